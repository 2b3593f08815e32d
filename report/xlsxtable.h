#pragma once

// Any exported table (core/report/csvexport.h: the prefecture table, the roster, the report's
// rows) as a one-sheet workbook, the Excel choice beside each CSV: codes and shares are TEXT
// cells (013030 keeps its zero, 1/2 stays 1/2), amounts and counts are numbers, an unknown end is
// an empty cell as in the CSV. Columns as wide as their content; the header row frozen and
// filtered.

#include "core/report/csvexport.h"

#include <QString>

namespace shienplan
{

// Writes `table` to `path` (beside it first, then renamed over it: a failed write leaves what was
// there). False with the reason in `error`.
bool writeTableXlsx(const ExportTable &table, const QString &path, QString *error = nullptr);

} // namespace shienplan
