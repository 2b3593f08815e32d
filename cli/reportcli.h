#pragma once

// `shienplan-cli report PLAN --pdf OUT | --xlsx OUT | --csv OUT [--lang ja|en] [--rules BOOK]`.
// core/cli.cpp owns the command line but may not link Qt Gui, so shienplan-cli installs this
// handler (app/cli/main.cpp) before running. Rendering a PDF needs a QGuiApplication (offscreen
// is enough).
//
// Exit status: 0 every requested file was written (eligibility is in the report itself, so a
// plan that is not eligible still gives 0); 2 unusable input or a file that could not be
// written: one line on stderr names the file and the problem, and no partial file is left.

#include "cli/cli.h"

namespace shienplan::report
{

int reportCommand(const QStringList &args, cli::Output &out); // args after "report"
void installReportCommand(); // cli::setReportHandler(reportCommand)

} // namespace shienplan::report
