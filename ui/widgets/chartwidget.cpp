// The chart widget (see chartwidget.h).

#include "ui/widgets/chartwidget.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace shienplan
{

namespace
{
constexpr int kPlotHeight = 160; // the plot's preferred height: bars whose heights can be told
constexpr int kMinPlotHeight = 80;
} // namespace

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void ChartWidget::setChart(const BarChart &chart)
{
    m_chart = chart;
    setAccessibleName(chart.title);
    setAccessibleDescription(chartSummary(chart));
    updateGeometry(); // the legend and the labels may need more or fewer lines
    update();
}

ChartLayout ChartWidget::chartLayout() const
{
    return layoutChart(m_chart, QRectF(rect()), font());
}

int ChartWidget::heightForWidth(int width) const
{
    return int(std::ceil(chartHeightFor(m_chart, width, font(), kPlotHeight)));
}

QSize ChartWidget::sizeHint() const
{
    const int w = std::max(480, fontMetrics().averageCharWidth() * 70);
    return { w, heightForWidth(w) };
}

QSize ChartWidget::minimumSizeHint() const
{
    const int w = fontMetrics().averageCharWidth() * 30;
    return { w,
        int(std::ceil(
            chartHeightFor(m_chart, width() > 0 ? width() : w, font(), kMinPlotHeight))) };
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintChart(p, m_chart, chartLayout(), font());
}

bool ChartWidget::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(e);
        const ChartLayout l = chartLayout();
        const QPointF at = help->pos();
        QString text;
        for (const ChartBar &b : l.bars)
            if (b.rect.adjusted(-2, -2, 2, 2).contains(at))
                text = chartValueText(m_chart, b.series, b.category);
        for (const ChartText &t : l.labels)
            if (t.rect.contains(at) && t.series >= 0)
                text = chartValueText(m_chart, t.series, t.category);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

} // namespace shienplan
