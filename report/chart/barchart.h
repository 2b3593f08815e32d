#pragma once

// ShienPlan's own bar chart, drawn with QPainter on a widget, a printer or a PDF: the same
// geometry everywhere, computed by a pure layout function that tests can read.
//
// The chart draws what is known and nothing more. Every value is a YenRange whose ends may be
// unknown (std::nullopt, as the engine marks them):
//  - an exact amount is a solid bar;
//  - a range is solid up to its lower end and hatched from the lower to the upper end;
//  - an amount known only as an upper bound (its lower end unknown: a センター whose 基準額 is
//    not in the sources) is a dashed outline up to that bound, never filled, labelled 「不明」;
//  - an amount with an unknown upper end is solid up to its lower end, labelled 「上限不明」;
//  - an amount with neither end is no bar at all, only 「不明」.
// Stacked bars put the certain parts first and the uncertain parts above them, so the top of a
// stack is the highest total the known upper ends allow, never more.

#include "core/base/interval.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace shienplan
{

struct ChartSeries {
    QString name; // the legend's text, whole (it wraps, it is never cut off)
    QColor color;
};

struct BarChart {
    enum class Mode {
        Grouped, // one bar per series side by side in each category
        Stacked, // the series on top of each other in each category
    };
    QString lang = QStringLiteral("ja"); // the words of the chart: axis unit, labels, keys
    QString title;
    Mode mode = Mode::Grouped;
    QStringList categories; // the x axis
    QList<ChartSeries> series;
    QList<QList<YenRange>> values; // [series][category] in yen; missing entries are 0
    YenRange value(int series, int category) const;
};

// How a piece of a bar is drawn (see the top of this file).
enum class BarPart {
    Solid, // certain: up to the lower end
    Hatched, // uncertain: from the lower to the upper end
    Bound, // only an upper end is known: a dashed outline, no fill
};

struct ChartBar {
    int series = 0;
    int category = 0;
    BarPart part = BarPart::Solid;
    QRectF rect;
};

struct ChartText {
    QString text;
    QRectF rect; // the whole text fits in it (wrapped where it has several lines)
    int series = -1;
    int category = -1;
};

struct ChartTick {
    qreal y = 0;
    ChartText label; // 「12,500」: thousands of yen, grouped by three
};

// The legend: the series, then (when the chart has them) the keys of the hatching and the
// dashed outline. series -1: the hatching's key, -2: the outline's key.
struct ChartLegendItem {
    int series = 0;
    QRectF swatch;
    ChartText label;
};

struct ChartLayout {
    QRectF area;
    ChartText title;
    ChartText unit; // 「（千円）」 above the value axis
    QRectF plot;
    QList<ChartTick> ticks;
    QList<ChartText> categoryLabels;
    QList<ChartBar> bars;
    QList<ChartText> labels; // 「不明」, 「上限不明」 at the bars they belong to
    QList<ChartLegendItem> legend;
    qreal axisTop = 0; // thousands of yen at the top of the plot
    qreal neededHeight = 0; // the height the chart needs at this width with a usable plot
};

// The geometry of `chart` in `area` with `font` for every text.
ChartLayout layoutChart(const BarChart &chart, const QRectF &area, const QFont &font);
// The height the chart needs at `width` for a plot of `plotHeight`.
qreal chartHeightFor(const BarChart &chart, qreal width, const QFont &font, qreal plotHeight);
// Draws a layout computed for this chart on any painter (widget, printer, PDF).
void paintChart(
    QPainter &painter, const BarChart &chart, const ChartLayout &layout, const QFont &font);
// What the chart shows, in words (for screen readers and tooltips): per category, each
// series' amount in 千円 as the tables write it.
QString chartSummary(const BarChart &chart);
// The amount one bar piece stands for: 「国庫補助所要額: 5,500〜7,000千円」.
QString chartValueText(const BarChart &chart, int series, int category);

// The words of the chart's fixed texts, in its language.
QString chartUnknownText(QStringView lang); // 不明
QString chartNoUpperText(QStringView lang); // 上限不明

} // namespace shienplan
