#pragma once

// A chart inside the printed report: the report's HTML names it as an image
// (<img src="shienplan-chart:N" width height>, chartImageHtml) and installCharts() turns that
// image into an object the document draws with the chart painter, so the PDF gets the chart as
// vector graphics and real text at any resolution, laid out and paginated with the rest.

#include "report/chart/barchart.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace shienplan
{

// The font of a printed chart: the report's family, a pixel size (a point size would be
// resolved for the 1200-dpi PDF device, while the page is painted in 96-dpi layout pixels).
QFont printedChartFont();

// The HTML of chart `index` (of the list later given to installCharts) at `width` layout pixels.
QString chartImageHtml(int index, const BarChart &chart, qreal width);

// Makes the chart images of `doc` draw `charts` (which must outlive the document's use).
void installCharts(QTextDocument *doc, const QList<BarChart> *charts);

class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kType = QTextFormat::UserObject + 14;
    ChartTextObject(const QList<BarChart> *charts, QObject *parent);
    QSizeF intrinsicSize(QTextDocument *doc, int pos, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int pos,
        const QTextFormat &format) override;

private:
    const QList<BarChart> *m_charts;
};

} // namespace shienplan
