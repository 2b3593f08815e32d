#pragma once

// shienplan-cli: the command line contract of spec/interchange.md. Kept in core so that tests
// can run it in-process; app/cli/main.cpp only forwards argv.
//
// Exit status: 0 evaluated, no error finding; 1 evaluated and the plan is not eligible;
// 2 the input could not be used (one line on stderr names the file, the place and the problem).

#include <QByteArray>
#include <QStringList>

namespace shienplan::cli {

struct Output {
    QByteArray out;
    QByteArray err;
};

int run(const QStringList &args, Output &output); // args without the program name
int main(int argc, char **argv);                  // writes to stdout/stderr

} // namespace shienplan::cli
