#pragma once

// The prefecture's national subsidy by fiscal year, stacked by menu, in 千円: the map-free
// picture of what the prefecture draws and how it grows. Drawn with ShienPlan's chart
// (report/chart/barchart.h): the certain part of each menu solid, the rest of a range hatched
// above, an amount known only as an upper bound as a dashed outline marked 「不明」.

#include "core/prefecture/workspace.h"
#include "ui/widgets/chartwidget.h"

#include <QMap>

namespace shienplan
{

class PrefectureChart : public ChartWidget
{
    Q_OBJECT
public:
    explicit PrefectureChart(QWidget *parent = nullptr);
    void setTotals(const QMap<int, WorkspaceTotals> &byYear, const QStringList &menus);
    void rebuild();
    // What the chart shows, for tests: per menu, the upper ends by year (thousands of yen; an
    // unknown upper end as its lower end).
    QMap<QString, QList<qint64>> values() const { return m_values; }
    QList<int> years() const { return m_byYear.keys(); }
    int builds() const { return m_builds; } // how many times the chart was built (tests, benchmark)

protected:
    void showEvent(QShowEvent *e) override;

private:
    QMap<int, WorkspaceTotals> m_byYear;
    QStringList m_menus;
    QMap<QString, QList<qint64>> m_values;
    bool m_stale = true;
    QString m_builtLanguage; // the language of the chart as built: a switch rebuilds it
    int m_builds = 0;
};

} // namespace shienplan
