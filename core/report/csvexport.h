#pragma once

// The report as CSV, for the finance department's own spreadsheets: one row per program of
// every scenario. UTF-8 with a byte-order mark (without it Excel on Japanese Windows reads the
// file as CP932 and shows mojibake), CRLF line ends, RFC 4180 quoting. Amounts are plain
// integers without grouping so that Excel reads them as numbers; an unknown end is an empty cell.

#include "core/report/reportdata.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace shienplan
{

// What a column of an exported table holds, so that the CSV and the XLSX of one table say the
// same: a code (団体コード 013030, a joint member list "013030:1/2") stays the text it is, never
// the number 13030 or the date 1月2日; a number is a plain integer; a text is guarded against
// formulas.
enum class CellKind { Text, Code, Number };

// A table as it is exported: the header, what each column holds, the rows of texts (a Number
// cell: an integer without grouping, or empty for an unknown end). One CSV writer and one XLSX
// writer (report/xlsxtable.h) take it, for the report, the prefecture table and the roster.
struct ExportTable {
    QString title; // the sheet's name in a workbook
    QStringList header;
    QList<CellKind> kinds; // one per column of the header
    QList<QStringList> rows;
};

// UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting; a Code cell of digits, slashes, colons or
// semicolons is written ="013030" (quoted as RFC 4180 wants: "=""013030"""), which Excel and
// LibreOffice show as the text 013030; every reader of ShienPlan's CSVs reads it back as 013030.
QByteArray tableToCsv(const ExportTable &table);
// One Code cell as tableToCsv writes it.
QString codeField(const QString &code);
// A Code cell read back: ="013030" (Excel's text formula) is 013030; anything else as it is.
QString codeFromCsv(const QString &field);

// The column headers, in the report's language (ReportData::lang).
QStringList csvHeader(QStringView lang);
// The report's table: one row per program of every scenario.
ExportTable reportTable(const ReportData &data);
// The whole file, BOM included.
QByteArray reportToCsv(const ReportData &data);
// One field, quoted when it holds a comma, a quote, a line break or leading/trailing spaces.
QString csvField(const QString &text);
// A text field: as csvField, and a text that Excel would take for a formula (=, +, -, @) gets a
// leading apostrophe, as Excel itself does: a name "=HYPERLINK(…)" stays a name (CSV injection).
QString textField(const QString &text);

} // namespace shienplan
