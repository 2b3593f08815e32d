#include "cli/cli.h"
#include "cli/reportcli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

// The contract is one stderr line on failure: Qt's own notes from the offscreen platform
// ("XDG_RUNTIME_DIR not set", "propagateSizeHints") are not the user's concern.
static void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "shienplan-cli: %s\n", qPrintable(message));
}

int main(int argc, char **argv)
{
    // `report` lays out and paints a PDF, which needs a QGuiApplication; no display is needed
    // (offscreen). Every other command stays a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        qInstallMessageHandler(quietQtMessages);
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
        shienplan::report::installReportCommand();
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    return shienplan::cli::mainWith(*app);
}
