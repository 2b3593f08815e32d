#include "comparechart.h"

#include "models/comparemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

namespace shienplan {

CompareChart::CompareChart(CompareModel *model, QWidget *parent) : QChartView(parent), m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    connect(model, &QAbstractItemModel::dataChanged, this, &CompareChart::rebuild);
    connect(model, &QAbstractItemModel::modelReset, this, &CompareChart::rebuild);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &CompareChart::rebuild);
    rebuild();
}

void CompareChart::rebuild()
{
    auto *chart = new QChart();
    auto *series = new QBarSeries(chart);
    bool anyRange = false;
    QStringList categories;
    const int n = m_model->columnCount();
    for (int c = 0; c < n; ++c)
        categories << m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    qreal top = 0;
    for (int row : {int(CompareModel::National), int(CompareModel::Prefecture), int(CompareModel::Local)}) {
        auto *set = new QBarSet(m_model->headerData(row, Qt::Vertical, Qt::DisplayRole).toString());
        for (int c = 0; c < n; ++c) {
            const YenRange r = m_model->amount(row, c);
            anyRange = anyRange || !r.isExact();
            const auto end = r.max ? r.max : r.min;
            // Display only: thousands of yen as a chart coordinate.
            const qreal v = end ? qreal(Yen(*end / 1000).convert_to<long long>()) : 0;
            top = std::max(top, v);
            *set << v;
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis(chart);
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("thousand yen"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->setTitle(anyRange ? tr("Scenarios compared (ranges drawn at their upper end)") : tr("Scenarios compared"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = this->chart();
    setChart(chart);
    if (old && old != chart)
        delete old;
}

} // namespace shienplan
