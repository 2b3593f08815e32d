// Start-up: the command line, the language, recovery of unsaved work, and the window
// (see application.h).

#include "ui/application.h"

#include "core/document/documentfile.h"
#include "core/document/recovery.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFont>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

namespace shienplan
{

namespace
{
// After a crash, offer the newest autosaved copy. Nothing is overwritten: the copy opens as an
// unsaved document and the planner decides where to save it.
bool offerRecovery(MainWindow &window)
{
    RecoveryStore store;
    const QList<RecoveredCopy> copies = store.list();
    if (copies.isEmpty())
        return false;
    const RecoveredCopy &c = copies.first();
    const QString what = c.originalPath.isEmpty() ? QObject::tr("an unsaved document")
                                                  : QFileInfo(c.originalPath).fileName();
    const auto answer = QMessageBox::question(&window, QObject::tr("Recover unsaved work"),
        QObject::tr("ShienPlan was not closed normally. An automatic copy of %1 from %2 exists.\n"
                    "Open it? Your file itself has not been changed.")
            .arg(what, c.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        QMessageBox::Open | QMessageBox::Discard | QMessageBox::Ignore);
    if (answer == QMessageBox::Discard) {
        QFile::remove(c.copyPath);
        QFile::remove(c.copyPath.chopped(10) + QStringLiteral(".json"));
        return false;
    }
    if (answer != QMessageBox::Open)
        return false;
    try {
        Document d = store.open(c);
        window.loadDocument(d, QString(), true);
        return true;
    } catch (const DocumentError &e) {
        QMessageBox::warning(&window, QObject::tr("Cannot recover"), e.toString());
        return false;
    }
}
} // namespace

int runDesktop(int argc, char **argv)
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShienPlan"));
    QApplication::setApplicationName(QStringLiteral("ShienPlan"));
    QApplication::setApplicationVersion(QStringLiteral(SHIENPLAN_VERSION));
    // Japanese glyphs everywhere: the first family present wins (Linux, then Windows).
    QFont font = QApplication::font();
    font.setFamilies({ QStringLiteral("BIZ UDPGothic"), QStringLiteral("Noto Sans CJK JP"),
        QStringLiteral("Yu Gothic UI"), QStringLiteral("Meiryo UI") });
    QApplication::setFont(font);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("ShienPlan — ひきこもり支援推進事業の計画と補助金の試算"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Render the main window to a PNG file and exit."), QStringLiteral("FILE"));
    QCommandLineOption lang(QStringLiteral("lang"),
        QStringLiteral("Interface language (ja or en)."), QStringLiteral("LANG"));
    QCommandLineOption tab(QStringLiteral("tab"),
        QStringLiteral("Tab to show: plan, prefecture, compare or log (with --screenshot)."),
        QStringLiteral("TAB"), QStringLiteral("plan"));
    QCommandLineOption timing(QStringLiteral("startup-time"),
        QStringLiteral("Print the time to a usable window and exit."));
    parser.addOption(screenshot);
    parser.addOption(lang);
    parser.addOption(tab);
    parser.addOption(timing);
    parser.addPositionalArgument(
        QStringLiteral("file"), QStringLiteral("A .shienplan document or a JSON plan to open."));
    parser.process(app);

    QSettings settings;
    const QString language = parser.isSet(lang)
        ? parser.value(lang)
        : settings.value(QStringLiteral("language"), QStringLiteral("ja")).toString();
    setLanguage(language);

    MainWindow window;
    const bool scripted = parser.isSet(screenshot) || parser.isSet(timing);
    bool loaded = false;
    if (!parser.positionalArguments().isEmpty())
        loaded = window.openFile(parser.positionalArguments().first());
    if (!loaded && !scripted)
        loaded = offerRecovery(window);
    if (!loaded)
        window.loadSample(); // a new user sees a filled plan, not an empty form
    if (parser.isSet(screenshot)) {
        window.resize(1360, 860);
        const QString which = parser.value(tab);
        if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs")))
            tabs->setCurrentIndex(which == QLatin1String("prefecture") ? 1
                    : which == QLatin1String("compare")                ? 2
                    : which == QLatin1String("log")                    ? 3
                                                                       : 0);
    }
    window.show();
    if (parser.isSet(timing)) {
        QTimer::singleShot(0, &window, [&] {
            std::printf("usable window after %lld ms\n", static_cast<long long>(startup.elapsed()));
            QApplication::exit(0);
        });
    }
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(400, &window, [&window, file] {
            const bool ok = window.grab().save(file, "PNG");
            QApplication::exit(ok ? 0 : 2);
        });
    }
    const int status = app.exec();
    settings.setValue(QStringLiteral("language"), currentLanguage());
    return status;
}

} // namespace shienplan
