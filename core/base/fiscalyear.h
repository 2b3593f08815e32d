#pragma once

// Fiscal years and their names (令和7年度, FY2025).

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

} // namespace shienplan
