#pragma once

// The sheets of the report's workbook: one per scenario and the summary that refers to their
// totals. Internal to shienplan_report (called by writeReportXlsx in this order).

#include "core/report/reportdata.h"
#include "report/xlsxbook.h"

#include <QList>

namespace shienplan
{

// Columns of a scenario sheet, one row per program: the program, every row of fundingSteps() in
// its order (one column for the planner's own figures (A)–(D), 下限 and 上限 for the others) with
// 補助率 just before (H), the eligibility, and what each of the ranged rows rests on.
struct ScenarioColumns {
    static constexpr int id = 0, menu = 1, subprojects = 2, staff = 3;
    static int step(qsizetype row, bool max = false); // row of fundingSteps()
    static int rate();
    static int eligible();
    static int status(qsizetype row); // a ranged row of fundingSteps()
    static int count();
};

// Columns of the summary sheet, one row per scenario.
enum SCol {
    SNo,
    SName,
    SYear,
    SMenus,
    SEligible,
    SFirstFigure, // then 下限/上限 of (E), (G), (H), the prefecture's support, the local burden
    SStatusNational = SFirstFigure + 10,
    SCount
};

// The rows of fundingSteps() the summary shows, in its order: (E), (G), (H) and the two after.
QList<qsizetype> summaryRows();

// Both sheets have their two header rows at the same place, the table below them.
constexpr int kHeader1 = 5, kHeader2 = 6, kFirstProgram = 7;

// Writes the sheet of scenario `index` of `data`; returns the row of its totals.
int writeScenarioSheet(Sheet &sh, const Formats &F, const ReportData &data, qsizetype index);
// Writes the summary: a row per scenario whose figures refer to the totals of the scenario
// sheets (named `names`, totals on `totalRows`).
void writeSummarySheet(Sheet &summary, const Formats &F, const ReportData &data,
    const QStringList &names, const QList<int> &totalRows);

} // namespace shienplan
