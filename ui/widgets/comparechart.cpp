// The bar chart of the comparison tab (see comparechart.h).

#include "ui/widgets/comparechart.h"

#include "ui/models/comparemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

namespace shienplan
{

CompareChart::CompareChart(CompareModel *model, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    connect(model, &QAbstractItemModel::dataChanged, this, &CompareChart::rebuildLater);
    connect(model, &QAbstractItemModel::modelReset, this, &CompareChart::rebuildLater);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &CompareChart::rebuildLater);
}

// Building a chart costs milliseconds: do it only when it can be seen, once per batch of edits.
void CompareChart::rebuildLater()
{
    m_stale = true;
    if (isVisible())
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_stale && isVisible())
                    rebuild();
            },
            Qt::QueuedConnection);
}

void CompareChart::showEvent(QShowEvent *e)
{
    QChartView::showEvent(e);
    if (m_stale)
        rebuild();
}

void CompareChart::rebuild()
{
    auto *chart = new QChart();
    auto *series = new QBarSeries(chart);
    bool anyRange = false;
    QStringList categories;
    m_stale = false;
    const int n = std::min(m_model->columnCount(), kMaxScenarios);
    for (int c = 0; c < n; ++c)
        categories << m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    qreal top = 0;
    for (int row :
        { int(CompareModel::National), int(CompareModel::Prefecture), int(CompareModel::Local) }) {
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
    y->applyNiceNumbers();
    y->setTitleText(tr("thousand yen"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    const QString plan = m_model->planTitle();
    QString title = anyRange ? tr("Alternatives of %1 (ranges drawn at their upper end)").arg(plan)
                             : tr("Alternatives of %1").arg(plan);
    if (m_model->columnCount() > n)
        title += tr(" — the first %1 of %2").arg(n).arg(m_model->columnCount());
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = this->chart();
    setChart(chart);
    if (old && old != chart)
        delete old;
}

} // namespace shienplan
