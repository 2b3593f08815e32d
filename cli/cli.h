#pragma once

// shienplan-cli: the command line contract of spec/interchange.md, as its own library
// (shienplan_cli: core and report, no Widgets) so that tests and benchmarks can run it
// in-process; app/cli/main.cpp only forwards argv to main() here. Each verb is one Command
// (cli/command.h) in its own file; run() finds the verb and handles what is not any verb's:
// the program's --help, --version and the unknown verb.
//
// Exit status: 0 evaluated, no error finding; 1 evaluated and the plan is not eligible;
// 2 the input could not be used (one line on stderr names the file, the place and the problem).

#include <QByteArray>
#include <QStringList>

namespace shienplan::cli
{

struct Output {
    QByteArray out;
    QByteArray err;
};

int run(const QStringList &args, Output &output); // args without the program name
// Makes the application object (a QGuiApplication, offscreen, for `report`, which paints a
// PDF), runs argv and writes the output to stdout and stderr.
int main(int argc, char **argv);

} // namespace shienplan::cli
