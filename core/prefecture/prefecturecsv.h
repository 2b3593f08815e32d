#pragma once

// The prefecture table as CSV, for the prefecture's own spreadsheets and for sending to the
// municipalities: one row per body, in the order and with the filter the planner sees. Like the
// report's CSV (csvexport.h): UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting, amounts as
// plain integers in yen with each range in two columns (下限, 上限) and an unknown end empty, so
// that Excel reads them as numbers and a sum over a column is exact; the body code is written
// ="013030" so that a spreadsheet keeps its leading zero.

#include "core/prefecture/prefecturerows.h"
#include "core/report/csvexport.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace shienplan
{

QStringList prefectureCsvHeader(int fiscalYear, QStringView lang);

// The table as exported (CSV, XLSX): `rows` are indexes into table.rows in the order to write (the
// view's filter and sort); empty writes every row in table order.
ExportTable prefectureExportTable(
    const PrefectureTable &table, const QList<int> &rows, QStringView lang);
QByteArray prefectureTableToCsv(
    const PrefectureTable &table, const QList<int> &rows, QStringView lang);

} // namespace shienplan
