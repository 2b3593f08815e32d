#pragma once

// The alternatives of the plan shown in one bar chart (CompareModel's columns): national subsidy,
// prefecture support and local burden per alternative, in 千円. A range is drawn at its upper end
// and said so in the title; an unknown end is not drawn as zero.

#include <QChartView>

namespace shienplan
{

class CompareModel;

class CompareChart : public QChartView
{
    Q_OBJECT
public:
    explicit CompareChart(CompareModel *model, QWidget *parent = nullptr);
    void rebuild();
    static constexpr int kMaxScenarios = 12; // a chart of more bars is no longer readable

protected:
    void showEvent(QShowEvent *e) override;

private:
    void rebuildLater();
    CompareModel *m_model;
    bool m_stale = true;
};

} // namespace shienplan
