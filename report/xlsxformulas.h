#pragma once

// The formulas of the calculation (A)–(H) in a worksheet, so that a planner who changes a figure
// in the workbook sees every figure after it follow, as on the subsidy's form: (C) = MAX(0, A−B),
// (F) = MIN(D, E), (G) = MIN(C, F), (H) = ROUNDDOWN(G × 補助率, −3), the prefecture's support
// = ROUNDDOWN(G × share, −3), the local burden = C − H − support. They mirror the engine's range
// arithmetic (core/base/interval.h) end by end: a lower end uses the lower ends, the local burden
// crosses them, and an end the sources leave unknown stays unknown (`unknown` is what such a cell
// shows: "" for an empty-looking cell, "\"不明\"" for the text). A formula is written in its plain
// form when the cells it reads are all numbers, guarded with ISNUMBER/COUNT only when one may not
// be. Internal to shienplan_report.

#include "core/base/money.h"

#include <QString>

namespace shienplan::xlsxformula
{

// min(x, cap) end by end (lowerOf): `lowerEnd` says whether x is the lower end.
QString lowerOf(
    const QString &x, const QString &cap, bool lowerEnd, bool guarded, const QString &unknown);
// floor(x × num/den / unit) × unit (truncateProductToUnit): ROUNDDOWN(x*rate,-3) for a unit of
// 1,000 yen; `rate` is a cell or a literal fraction "1/4".
QString truncated(
    const QString &x, const QString &rate, const Yen &unit, bool guarded, const QString &unknown);
// net − a − b (remainderAfter): the ends given are the crossed ones.
QString remainder(
    const QString &net, const QString &a, const QString &b, bool guarded, const QString &unknown);
// SUM over the cells (a range "C8:C12" or a list "C9,C14"); `count` cells, all numbers or the
// total is unknown.
QString sum(const QString &cells, int count, bool guarded, const QString &unknown);

} // namespace shienplan::xlsxformula
