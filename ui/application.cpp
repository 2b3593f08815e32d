// Start-up: the command line, the language, recovery of unsaved work, and the window
// (see application.h).

#include "ui/application.h"

#include "report/pdflayout.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFont>
#include <QTabWidget>
#include <QTimer>

namespace shienplan
{

void useJapaneseFont()
{
    loadBundledFonts();
    QFont font = QApplication::font();
#ifdef Q_OS_WIN
    // Windows' own UI fonts for the window, as every other program on the planner's PC; BIZ
    // UDPGothic (shipped beside the program for the PDFs) where they are missing.
    font.setFamilies({ QStringLiteral("Yu Gothic UI"), QStringLiteral("Meiryo UI"),
        QStringLiteral("BIZ UDPGothic") });
#else
    font.setFamilies({ QStringLiteral("BIZ UDPGothic"), QStringLiteral("Noto Sans CJK JP"),
        QStringLiteral("Yu Gothic UI"), QStringLiteral("Meiryo UI") });
#endif
    QApplication::setFont(font);
}

int runDesktop(int argc, char **argv)
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShienPlan"));
    QApplication::setApplicationName(QStringLiteral("ShienPlan"));
    QApplication::setApplicationVersion(QStringLiteral(SHIENPLAN_VERSION));
    useJapaneseFont();

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
    QCommandLineOption fitScreen(QStringLiteral("fit-screen"),
        QStringLiteral("With --screenshot: the size the window opens with on this screen, not "
                       "1360×860."));
    QCommandLineOption timing(QStringLiteral("startup-time"),
        QStringLiteral("Print the time to a usable window and exit."));
    parser.addOption(screenshot);
    parser.addOption(lang);
    parser.addOption(tab);
    parser.addOption(fitScreen);
    parser.addOption(timing);
    parser.addPositionalArgument(
        QStringLiteral("file"), QStringLiteral("A .shienplan document or a JSON plan to open."));
    parser.process(app);

    // --lang is for this run only (a screenshot in English does not make English the planner's
    // language); View ▸ Language is what remembers a choice.
    setLanguage(startupLanguage(parser.value(lang)));

    MainWindow window;
    const bool scripted = parser.isSet(screenshot) || parser.isSet(timing);
    bool loaded = false;
    if (!parser.positionalArguments().isEmpty())
        loaded = window.openFile(parser.positionalArguments().first());
    if (!loaded && !scripted)
        loaded = window.offerRecovery();
    // A screenshot or a timing shows the sample, the same on every machine; a planner's start
    // shows their own last document.
    if (!loaded && scripted)
        window.loadSample();
    else if (!loaded)
        window.openAtStart();
    if (parser.isSet(screenshot)) {
        // A fixed size by default, so that the documentation's pictures compare across machines.
        if (parser.isSet(fitScreen)) {
            window.setWindowState(Qt::WindowNoState);
            window.placeOnScreen();
        } else {
            window.setWindowState(Qt::WindowNoState);
            window.resize(MainWindow::kPreferredSize);
        }
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
    return app.exec();
}

} // namespace shienplan
