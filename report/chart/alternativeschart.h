#pragma once

// The comparison of a plan's alternatives (案) as a bar chart: per alternative, the national
// subsidy, the prefecture's support and the local burden side by side, in 千円, each drawn as
// what is known of it (barchart.h). The window's comparison tab and the PDF report both build
// their chart here, so they show the same bars under the same words (fundingSteps()'s).

#include "core/report/reportdata.h"
#include "report/chart/barchart.h"

namespace shienplan
{

struct AlternativeAmounts {
    QString name; // 「ステーション事業で開始（採用）」
    YenRange national;
    YenRange prefecture;
    YenRange local;
};

BarChart alternativesChart(
    const QString &title, const QList<AlternativeAmounts> &alternatives, QStringView lang);

// The charts of a report: one for each plan (body and fiscal year) that has several
// alternatives, in the order of the report's scenarios. The PDF refers to them by index.
QList<BarChart> reportCharts(const ReportData &data);

} // namespace shienplan
