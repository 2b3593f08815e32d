#pragma once

// What `shienplan-cli report` needs from the report writers (report/, Qt Gui), behind a table of
// functions. Linking Qt Gui and its libraries costs every start of the command line about 10 ms
// of dynamic linking (measured: 16 ms → 6 ms for a program that does nothing), more than a whole
// evaluation; so on Linux the writers live in a module, shienplan-report, loaded only by
// `report`. On Windows the program links them (SHIENPLAN_REPORT_LINKED): one .exe, nothing to
// find at run time.

#include "core/report/reportdata.h"
#include "core/report/reportformat.h"
#include "core/report/shoyogaku.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace shienplan::cli
{

struct ReportBackend {
    // The application object `report` runs in: a QGuiApplication (offscreen), which paints.
    QCoreApplication *(*makeApplication)(int &argc, char **argv);
    // Each writes one file whole or not at all; an empty string when written, else the message
    // (the file is named by the caller).
    QString (*writeReport)(const ReportData &data, ReportFormat format, const QString &out);
    QString (*writeShoyogaku)(const ShoyogakuData &data, ReportFormat format, const QString &out);
};

// The writers, loaded on first use; nullptr, with the reason in `why`, when the module cannot be
// loaded (a damaged installation).
const ReportBackend *reportBackend(QString *why = nullptr);

} // namespace shienplan::cli

// Defined by the report writers (cli/reportbackendimpl.cpp): in the module, or linked in.
extern "C" Q_DECL_EXPORT const shienplan::cli::ReportBackend *shienplan_report_backend();
