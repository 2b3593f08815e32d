#pragma once

// Fiscal years and their names (令和7年度, FY2025).

#include <QDate>
#include <QString>
#include <QStringView>

namespace shienplan
{

// A fiscal year is named by the calendar year in which it starts (令和7年度 = FY2025, April 2025
// to March 2026). 令和 1 = 2019.
int reiwaYear(int fiscalYear);
QString fiscalYearLabel(int fiscalYear, QStringView lang); // "令和7年度" / "FY2025"
// "令和7年度 (FY2025)"; the planners' calendar first, the Western one for colleagues abroad.
QString fiscalYearLabelBoth(int fiscalYear);

// The fiscal year a date falls in: Japan's starts on 1 April (2026-03-31 → 2025, 2026-04-01 →
// 2026).
int fiscalYearOf(const QDate &date);
// The year a new plan is for: the one after today's, since a plan is made for the next year's
// budget (on 2026-12-01, 令和9年度 = 2027).
int planningFiscalYear(const QDate &today);

} // namespace shienplan
