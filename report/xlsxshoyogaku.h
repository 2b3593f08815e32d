#pragma once

// The 所要額調書 as an Excel workbook: one sheet 「所要額調書」 whose derived cells are live
// formulas — (C) =MAX(0,A−B), (F) =MIN(D,E), (G) =MIN(C,F), (H) =ROUNDDOWN(G*補助率,-3), the
// prefecture's support =ROUNDDOWN(G*share,-3), the local burden =C−H−support — each cached with
// the engine's figure, so that the sheet opens with the engine's amounts and stays consistent
// when a planner edits a figure. 小計 and 合計 are =SUM() formulas. An unknown end is an empty
// cell with 「下限不明」「上限不明」 beside it (itself a formula, so it follows an edit too). In
// 千円 the cells still hold yen and their number format shows yen ÷ 1,000 with three decimals.

#include "core/report/shoyogaku.h"

namespace shienplan
{

// Writes the workbook to `path`. Throws ReportError naming `path`.
void writeShoyogakuXlsx(const ShoyogakuData &data, const QString &path);

} // namespace shienplan
