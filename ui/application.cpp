#include "application.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QTimer>

namespace shienplan {

int runDesktop(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShienPlan"));
    QApplication::setApplicationName(QStringLiteral("ShienPlan"));
    QApplication::setApplicationDisplayName(QStringLiteral("ShienPlan"));
    QApplication::setApplicationVersion(QStringLiteral(SHIENPLAN_VERSION));
    // Japanese glyphs everywhere: the first family present wins (Linux, then Windows).
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("BIZ UDPGothic"), QStringLiteral("Noto Sans CJK JP"),
                      QStringLiteral("Yu Gothic UI"), QStringLiteral("Meiryo UI")});
    QApplication::setFont(font);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ShienPlan — ひきこもり支援推進事業の計画と補助金の試算"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Render the main window to a PNG file and exit."),
                                  QStringLiteral("FILE"));
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language (ja or en)."),
                            QStringLiteral("LANG"), QStringLiteral("ja"));
    parser.addOption(screenshot);
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("plan"), QStringLiteral("A plan (JSON) to open."));
    parser.process(app);

    MainWindow window(parser.value(lang));
    if (!parser.positionalArguments().isEmpty())
        window.openPlan(parser.positionalArguments().first());
    window.resize(1100, 760);
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(300, &window, [&window, file] {
            const bool ok = window.grab().save(file, "PNG");
            QApplication::exit(ok ? 0 : 2);
        });
    }
    return app.exec();
}

} // namespace shienplan
