#pragma once

// A widget that shows one BarChart (report/chart/barchart.h) with the painter the PDF uses. Its
// accessible description is the chart in words (every bar's amount), and each bar's tooltip
// says the amount it stands for.

#include "report/chart/barchart.h"

#include <QWidget>

namespace shienplan
{

class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(QWidget *parent = nullptr);
    void setChart(const BarChart &chart);
    const BarChart &chart() const { return m_chart; }
    // The geometry as painted at the widget's current size (tests read it).
    ChartLayout chartLayout() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *e) override;
    bool event(QEvent *e) override;

private:
    BarChart m_chart;
};

} // namespace shienplan
