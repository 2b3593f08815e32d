// The comparison chart of a plan's alternatives (see alternativeschart.h).

#include "report/chart/alternativeschart.h"

#include "core/base/textlimit.h"
#include "core/engine/fundingsteps.h"

namespace shienplan
{

BarChart alternativesChart(
    const QString &title, const QList<AlternativeAmounts> &alternatives, QStringView lang)
{
    BarChart chart;
    chart.lang = lang.toString();
    chart.title = cutForShowing(title, kPrintedNameLimit);
    chart.mode = BarChart::Mode::Grouped; // side by side: stacked ranges would add up their tops
    const auto &steps = fundingSteps();
    chart.series = {
        { fundingStep('H').label.in(lang), QColor(0x1f, 0x5f, 0xa8) },
        { steps[ReportSteps::prefectureRow()].label.in(lang), QColor(0x2e, 0x8b, 0x57) },
        { steps[ReportSteps::localRow()].label.in(lang), QColor(0xc0, 0x6a, 0x1a) },
    };
    chart.values = { {}, {}, {} };
    for (const AlternativeAmounts &a : alternatives) {
        chart.categories << cutForShowing(a.name, kPrintedNameLimit);
        chart.values[0] << a.national;
        chart.values[1] << a.prefecture;
        chart.values[2] << a.local;
    }
    return chart;
}

QList<BarChart> reportCharts(const ReportData &data)
{
    // The alternatives of one plan share its body and fiscal year; plans keep the order in
    // which their first alternative appears.
    QList<QPair<QString, int>> plans;
    QList<QList<int>> members;
    for (int i = 0; i < data.scenarios.size(); ++i) {
        const ReportScenario &s = data.scenarios[i];
        const QPair<QString, int> key { s.bodyCode, s.fiscalYear };
        qsizetype at = plans.indexOf(key);
        if (at < 0) {
            plans << key;
            members << QList<int> {};
            at = plans.size() - 1;
        }
        members[at] << i;
    }
    QList<BarChart> charts;
    for (const QList<int> &plan : std::as_const(members)) {
        if (plan.size() < 2)
            continue;
        QList<AlternativeAmounts> alternatives;
        for (int i : plan) {
            const ReportScenario &s = data.scenarios[i];
            alternatives.append({ s.name, s.totals.step('H').value, s.totals.prefecture().value,
                s.totals.local().value });
        }
        const ReportScenario &first = data.scenarios[plan.first()];
        const QString title = textIn(data.lang, u"%1 %2 の案の比較", u"Alternatives of %1, %2")
                                  .arg(first.bodyName, first.fiscalYearLabel);
        charts.append(alternativesChart(title, alternatives, data.lang));
    }
    return charts;
}

} // namespace shienplan
