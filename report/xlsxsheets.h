#pragma once

// The sheets of the report's workbook: one per scenario and the summary that refers to their
// totals. Internal to shienplan_report (called by writeReportXlsx in this order).

#include "core/report/reportdata.h"
#include "report/xlsxbook.h"

namespace shienplan
{

// Columns of a scenario sheet, one row per program.
enum Col {
    CId,
    CMenu,
    CSubprojects,
    CStaff,
    CExpenditure,
    COtherIncome,
    CNet,
    CStandardMin,
    CStandardMax,
    CAdoptedMin,
    CAdoptedMax,
    CNationalMin,
    CNationalMax,
    CPrefectureMin,
    CPrefectureMax,
    CLocalMin,
    CLocalMax,
    CEligible,
    CStatusStandard,
    CStatusAdopted,
    CStatusNational,
    CStatusPrefecture,
    CStatusLocal,
    CCount
};

// Columns of the summary sheet, one row per scenario.
enum SCol {
    SNo,
    SName,
    SYear,
    SMenus,
    SEligible,
    SStandardMin,
    SStandardMax,
    SAdoptedMin,
    SAdoptedMax,
    SNationalMin,
    SNationalMax,
    SPrefectureMin,
    SPrefectureMax,
    SLocalMin,
    SLocalMax,
    SStatusNational,
    SCount
};

// Both sheets have their two header rows at the same place, the table below them.
constexpr int kHeader1 = 5, kHeader2 = 6, kFirstProgram = 7;

// Writes the sheet of scenario `index` of `data`; returns the row of its totals.
int writeScenarioSheet(Sheet &sh, const Formats &F, const ReportData &data, qsizetype index);
// Writes the summary: a row per scenario whose figures refer to the totals of the scenario
// sheets (named `names`, totals on `totalRows`).
void writeSummarySheet(Sheet &summary, const Formats &F, const ReportData &data,
    const QStringList &names, const QList<int> &totalRows);

} // namespace shienplan
