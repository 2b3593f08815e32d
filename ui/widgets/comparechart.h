#pragma once

// The alternatives of the plan in one bar chart (CompareModel's columns): national subsidy,
// prefecture support and local burden per alternative, in 千円, side by side, each drawn as what
// is known of it (a range solid up to its lower end and hatched above, an amount known only as an
// upper bound as a dashed outline marked 「不明」). The same chart as the PDF report's
// (report/chart/alternativeschart.h).

#include "ui/widgets/chartwidget.h"

namespace shienplan
{

class CompareModel;

class CompareChart : public ChartWidget
{
    Q_OBJECT
public:
    explicit CompareChart(CompareModel *model, QWidget *parent = nullptr);
    void rebuild();
    static constexpr int kMaxScenarios = 12; // a chart of more bars is no longer readable

protected:
    void showEvent(QShowEvent *e) override;
    void changeEvent(QEvent *e) override; // a language switch rewords the chart

private:
    void rebuildLater();
    CompareModel *m_model;
    bool m_stale = true;
};

} // namespace shienplan
