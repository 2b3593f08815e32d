#pragma once

// The report as CSV, for the finance department's own spreadsheets: one row per program of
// every scenario. UTF-8 with a byte-order mark (without it Excel on Japanese Windows reads the
// file as CP932 and shows mojibake), CRLF line ends, RFC 4180 quoting. Amounts are plain
// integers without grouping so that Excel reads them as numbers; an unknown end is an empty cell.

#include "core/report/reportdata.h"

#include <QByteArray>

namespace shienplan
{

// The column headers, in the report's language (ReportData::lang).
QStringList csvHeader(QStringView lang);
// The whole file, BOM included.
QByteArray reportToCsv(const ReportData &data);
// One field, quoted when it holds a comma, a quote, a line break or leading/trailing spaces.
QString csvField(const QString &text);
// A text field: as csvField, and a text that Excel would take for a formula (=, +, -, @) gets a
// leading apostrophe, as Excel itself does: a name "=HYPERLINK(…)" stays a name (CSV injection).
QString textField(const QString &text);

} // namespace shienplan
