#pragma once

// The report as an Excel workbook (libxlsxwriter): a summary sheet 「概要」 and one sheet per
// scenario named after it. Amounts are numbers with a yen format, never text; totals are =SUM()
// formulas (with the engine's figure as the cached result) and the summary refers to them, as a
// planner who edits a sheet expects. An unknown end of an amount is the text 不明 and a total
// over it is 不明 too: a SUM that skipped it would look exact and be wrong.

#include "core/report/reportdata.h"

namespace shienplan
{

// Writes the workbook to `path` (a new file; the caller renames it into place). Throws
// ReportError naming `path`.
void writeReportXlsx(const ReportData &data, const QString &path);

// Sheet names Excel accepts, in order: at most 31 characters, none of []:*?/\ (replaced by
// their full-width forms), no apostrophe at either end, not "History", never empty, unique
// (case-insensitive; later ones get "（2）"…), and different from every name in `taken`.
QStringList xlsxSheetNames(const QStringList &wanted, const QStringList &taken = {});

} // namespace shienplan
