// The bar chart of the comparison tab (see comparechart.h).

#include "ui/widgets/comparechart.h"

#include "report/chart/alternativeschart.h"
#include "ui/language.h"
#include "ui/models/comparemodel.h"

#include <QEvent>

namespace shienplan
{

CompareChart::CompareChart(CompareModel *model, QWidget *parent)
    : ChartWidget(parent)
    , m_model(model)
{
    connect(model, &QAbstractItemModel::dataChanged, this, &CompareChart::rebuildLater);
    connect(model, &QAbstractItemModel::modelReset, this, &CompareChart::rebuildLater);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &CompareChart::rebuildLater);
}

// Once per batch of edits, and only when it can be seen.
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
    ChartWidget::showEvent(e);
    if (m_stale)
        rebuild();
}

void CompareChart::changeEvent(QEvent *e)
{
    ChartWidget::changeEvent(e);
    if (e->type() == QEvent::LanguageChange)
        rebuildLater();
}

void CompareChart::rebuild()
{
    m_stale = false;
    const int n = std::min(m_model->columnCount(), kMaxScenarios);
    QList<AlternativeAmounts> alternatives;
    for (int c = 0; c < n; ++c)
        alternatives.append({ m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(),
            m_model->amount(CompareModel::National, c),
            m_model->amount(CompareModel::Prefecture, c),
            m_model->amount(CompareModel::Local, c) });
    QString title = tr("Alternatives of %1").arg(m_model->planTitle());
    if (m_model->columnCount() > n)
        title += tr(" — the first %1 of %2").arg(n).arg(m_model->columnCount());
    setChart(alternativesChart(title, alternatives, currentLanguage()));
}

} // namespace shienplan
