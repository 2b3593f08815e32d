#pragma once

// The prefecture's national subsidy by fiscal year, stacked by menu, in 千円: the map-free
// picture of what the prefecture draws and how it grows. A range is drawn at its upper end and
// the title says so; an unknown upper end is drawn at its lower end and said as well.

#include "core/prefecture/workspace.h"

#include <QChartView>
#include <QMap>

namespace shienplan
{

class PrefectureChart : public QChartView
{
    Q_OBJECT
public:
    explicit PrefectureChart(QWidget *parent = nullptr);
    void setTotals(const QMap<int, WorkspaceTotals> &byYear, const QStringList &menus);
    void rebuild();
    // What the chart shows, for tests: per menu, the bar values by year (thousands of yen).
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
