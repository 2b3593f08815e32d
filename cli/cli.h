#pragma once

// shienplan-cli: the command line contract of spec/interchange.md. Kept in core so that tests
// can run it in-process; app/cli/main.cpp only forwards argv.
//
// Exit status: 0 evaluated, no error finding; 1 evaluated and the plan is not eligible;
// 2 the input could not be used (one line on stderr names the file, the place and the problem).

#include <QByteArray>
#include <QStringList>

class QCoreApplication;

namespace shienplan::cli {

struct Output {
    QByteArray out;
    QByteArray err;
};

int run(const QStringList &args, Output &output); // args without the program name
int main(int argc, char **argv);                  // writes to stdout/stderr
// The same for an entry point that constructs its own application object (shienplan-cli makes
// a QGuiApplication for `report`): names the application, runs its arguments, writes the output.
int mainWith(QCoreApplication &app);

// `report` renders PDF and workbooks, which needs Qt Gui; core may not link it, so the command
// is a hook that shienplan-cli fills in (ui/report/reportcli.h). Not set: exit 2, "not available".
using ReportHandler = int (*)(const QStringList &args, Output &out); // args after "report"
void setReportHandler(ReportHandler handler);

} // namespace shienplan::cli
