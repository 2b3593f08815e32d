// The bar chart's layout and painting (see barchart.h).

#include "report/chart/barchart.h"

#include "core/base/bilingual.h"
#include "core/report/reportdata.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace shienplan
{

YenRange BarChart::value(int s, int c) const
{
    if (s < 0 || s >= values.size() || c < 0 || c >= values[s].size())
        return YenRange::exact(0);
    return values[s][c];
}

QString chartUnknownText(QStringView lang)
{
    return textIn(lang, u"不明", u"unknown");
}

QString chartNoUpperText(QStringView lang)
{
    return textIn(lang, u"上限不明", u"no known upper end");
}

namespace
{

constexpr qreal kPad = 8;
constexpr qreal kGap = 6;
constexpr qreal kMinPlot = 80; // below this a bar's height says nothing
constexpr qreal kLegendSpacing = 16;
constexpr int kWrap = Qt::TextWordWrap;

// Display only: yen as a coordinate in thousands of yen (the money itself stays exact).
qreal thousands(const Yen &y)
{
    return qreal(y.convert_to<long long>()) / 1000.0;
}

QFont titleFont(const QFont &font)
{
    QFont f = font;
    f.setBold(true);
    return f;
}

// The text wrapped into `width`: its rect at (x, y), never narrower than the text's own lines.
ChartText wrapped(const QFontMetricsF &fm, const QString &text, qreal x, qreal y, qreal width,
    int align = Qt::AlignLeft)
{
    const QRectF need = fm.boundingRect(QRectF(x, y, width, 1e6), kWrap | align, text);
    return { text, QRectF(x, y, std::max(width, need.width()), need.height()) };
}

// A piece of a bar in thousands of yen, before it has a place.
struct Piece {
    int series;
    BarPart part;
    qreal from;
    qreal to;
};
struct Mark { // a label at a value (the top of what is drawn of that series)
    int series;
    QString text;
    qreal at;
};
struct Column {
    QList<Piece> pieces;
    QList<Mark> marks;
    qreal top = 0; // the highest value drawn
};

// What is drawn of one value in a bar that starts at `base` (grouped: 0).
void addGrouped(Column &col, int s, const YenRange &r, QStringView lang)
{
    if (r.isUnknown()) {
        col.marks.append({ s, chartUnknownText(lang), 0 });
        return;
    }
    if (!r.min) { // only an upper bound
        const qreal hi = thousands(*r.max);
        if (hi > 0)
            col.pieces.append({ s, BarPart::Bound, 0, hi });
        col.marks.append({ s, chartUnknownText(lang), hi });
        col.top = std::max(col.top, hi);
        return;
    }
    const qreal lo = thousands(*r.min);
    if (lo > 0)
        col.pieces.append({ s, BarPart::Solid, 0, lo });
    if (!r.max) {
        col.marks.append({ s, chartNoUpperText(lang), lo });
        col.top = std::max(col.top, lo);
        return;
    }
    const qreal hi = thousands(*r.max);
    if (hi > lo)
        col.pieces.append({ s, BarPart::Hatched, lo, hi });
    col.top = std::max(col.top, std::max(lo, hi));
}

// A stack: every certain part first, then every uncertain part, so that what is solid is what
// the sum certainly reaches and the top is the highest sum the known ends allow.
Column stackedColumn(const BarChart &chart, int c)
{
    Column col;
    qreal base = 0;
    for (int s = 0; s < chart.series.size(); ++s) {
        const YenRange r = chart.value(s, c);
        if (r.min && *r.min > 0) {
            const qreal lo = thousands(*r.min);
            col.pieces.append({ s, BarPart::Solid, base, base + lo });
            base += lo;
        }
    }
    QList<Mark> marks;
    for (int s = 0; s < chart.series.size(); ++s) {
        const YenRange r = chart.value(s, c);
        if (r.isUnknown()) {
            marks.append({ s, chartUnknownText(chart.lang), 0 });
        } else if (!r.min) {
            const qreal hi = thousands(*r.max);
            if (hi > 0)
                col.pieces.append({ s, BarPart::Bound, base, base + hi });
            base += hi;
            marks.append({ s, chartUnknownText(chart.lang), 0 });
        } else if (!r.max) {
            marks.append({ s, chartNoUpperText(chart.lang), 0 });
        } else if (*r.max > *r.min) {
            const qreal extra = thousands(*r.max) - thousands(*r.min);
            col.pieces.append({ s, BarPart::Hatched, base, base + extra });
            base += extra;
        }
    }
    col.top = base;
    // One label of each kind at the top of the stack; which series it is the tooltip says.
    QStringList seen;
    for (Mark m : marks) {
        if (seen.contains(m.text))
            continue;
        seen << m.text;
        m.at = base;
        col.marks.append(m);
    }
    return col;
}

QList<Column> columnsOf(const BarChart &chart)
{
    QList<Column> out;
    for (int c = 0; c < chart.categories.size(); ++c) {
        if (chart.mode == BarChart::Mode::Stacked) {
            out.append(stackedColumn(chart, c));
            continue;
        }
        Column col;
        for (int s = 0; s < chart.series.size(); ++s)
            addGrouped(col, s, chart.value(s, c), chart.lang);
        out.append(col);
    }
    return out;
}

// A step of 1, 2 or 5 × 10^n giving about four intervals up to `top`.
qreal niceStep(qreal top)
{
    const qreal raw = top / 4;
    const qreal mag = std::pow(10.0, std::floor(std::log10(raw)));
    const qreal norm = raw / mag;
    return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
}

QString tickText(qreal v, qreal step)
{
    const QLocale c(QLocale::English, QLocale::UnitedStates); // 12,500 in both languages
    if (step >= 1)
        return c.toString(qlonglong(std::llround(v)));
    const int decimals = int(std::ceil(-std::log10(step)));
    return c.toString(v, 'f', decimals);
}

// The legend's items flowed into lines of `width`; an item too long for a line wraps its text
// onto several lines. Positions are relative to (0, 0); returns the height.
qreal flowLegend(QList<ChartLegendItem> &items, const QFontMetricsF &fm, qreal width)
{
    const qreal sw = std::round(fm.height() * 0.8);
    qreal x = 0, y = 0, lineHeight = 0;
    for (ChartLegendItem &item : items) {
        const qreal textWidth = fm.horizontalAdvance(item.label.text) + 1;
        qreal itemWidth = sw + 4 + textWidth;
        if (x > 0 && x + itemWidth > width) {
            x = 0;
            y += lineHeight + 4;
            lineHeight = 0;
        }
        const qreal room = std::max<qreal>(width - sw - 4, fm.averageCharWidth() * 4);
        const ChartText label
            = wrapped(fm, item.label.text, x + sw + 4, y, std::min(textWidth, room));
        item.label.rect = label.rect;
        item.swatch = QRectF(x, y + (fm.height() - sw) / 2, sw, sw);
        itemWidth = sw + 4 + label.rect.width();
        lineHeight = std::max(lineHeight, label.rect.height());
        x += itemWidth + kLegendSpacing;
    }
    return items.isEmpty() ? 0 : y + lineHeight;
}

QString hatchKey(QStringView lang)
{
    return textIn(lang, u"斜線：範囲（下限まで塗りつぶし、下限〜上限が斜線）",
        u"hatched: a range (solid up to the lower end, hatched up to the upper end)");
}

QString boundKey(QStringView lang)
{
    return textIn(lang, u"点線：不明（上限だけが分かる額）",
        u"dashed outline: unknown (only an upper bound is known)");
}

} // namespace

ChartLayout layoutChart(const BarChart &chart, const QRectF &area, const QFont &font)
{
    ChartLayout L;
    L.area = area;
    const QFontMetricsF fm(font);
    const QFontMetricsF tfm(titleFont(font));
    const qreal inner = std::max<qreal>(area.width() - 2 * kPad, 40);
    const qreal left0 = area.left() + kPad;
    qreal y = area.top() + kPad;
    if (!chart.title.isEmpty()) {
        L.title = wrapped(tfm, chart.title, left0, y, inner);
        y += L.title.rect.height() + kGap;
    }

    const QList<Column> columns = columnsOf(chart);
    qreal top = 0;
    int marksHigh = 0; // the most labels one place has: the band above the plot holds them
    bool anyHatched = false, anyBound = false;
    for (const Column &col : columns) {
        top = std::max(top, col.top);
        marksHigh = std::max(marksHigh, int(col.marks.size()));
        for (const Piece &p : col.pieces) {
            anyHatched = anyHatched || p.part == BarPart::Hatched;
            anyBound = anyBound || p.part == BarPart::Bound;
        }
    }
    if (chart.mode == BarChart::Mode::Grouped)
        marksHigh = std::min(marksHigh, 1) + (marksHigh > 1 ? 1 : 0);
    qreal step = 5;
    L.axisTop = 10; // nothing to draw: a plain axis rather than repeated rounded ticks
    if (top > 0) {
        step = niceStep(top);
        L.axisTop = std::ceil(top / step - 1e-9) * step;
    }
    QStringList tickTexts;
    qreal tickWidth = 0;
    for (qreal v = 0; v <= L.axisTop + step / 2; v += step) {
        tickTexts << tickText(v, step);
        tickWidth = std::max(tickWidth, fm.horizontalAdvance(tickTexts.last()));
    }

    L.unit = { textIn(chart.lang, u"（千円）", u"(thousand yen)"),
        QRectF(left0, y,
            fm.horizontalAdvance(textIn(chart.lang, u"（千円）", u"(thousand yen)")) + 1,
            fm.height()) };
    // Half a line more: the top tick's label is centred on the plot's top edge.
    y += fm.height() * 1.5 + fm.height() * marksHigh;

    // The legend: each series, then the keys of the patterns the chart uses.
    for (int s = 0; s < chart.series.size(); ++s)
        L.legend.append({ s, {}, { chart.series[s].name, {}, s, -1 } });
    if (anyHatched)
        L.legend.append({ -1, {}, { hatchKey(chart.lang), {}, -1, -1 } });
    if (anyBound)
        L.legend.append({ -2, {}, { boundKey(chart.lang), {}, -1, -1 } });
    const qreal legendHeight = flowLegend(L.legend, fm, inner);

    const qreal plotLeft = left0 + tickWidth + kGap;
    const qreal plotWidth = std::max<qreal>(area.right() - kPad - plotLeft, 20);
    const int n = std::max<int>(1, int(chart.categories.size()));
    const qreal slot = plotWidth / n;
    qreal categoryHeight = 0;
    QList<ChartText> categories;
    for (int c = 0; c < chart.categories.size(); ++c) {
        ChartText t = wrapped(
            fm, chart.categories[c], plotLeft + c * slot + 2, 0, slot - 4, Qt::AlignHCenter);
        t.category = c;
        categoryHeight = std::max(categoryHeight, t.rect.height());
        categories.append(t);
    }

    const qreal below = kGap + categoryHeight + kGap + legendHeight + kPad;
    const qreal plotBottom = std::max(area.bottom() - below, y + 1);
    L.plot = QRectF(plotLeft, y, plotWidth, plotBottom - y);
    L.neededHeight = (y - area.top()) + kMinPlot + below;
    const qreal legendTop = plotBottom + kGap + categoryHeight + kGap;
    for (ChartLegendItem &item : L.legend) {
        item.swatch.translate(left0, legendTop);
        item.label.rect.translate(left0, legendTop);
    }
    for (ChartText &t : categories) {
        t.rect.moveTop(plotBottom + kGap);
        L.categoryLabels.append(t);
    }

    auto yOf = [&](qreal v) { return L.plot.bottom() - v / L.axisTop * L.plot.height(); };
    for (int i = 0; i < tickTexts.size(); ++i) {
        const qreal ty = yOf(i * step);
        L.ticks.append(
            { ty, { tickTexts[i], QRectF(left0, ty - fm.height() / 2, tickWidth, fm.height()) } });
    }

    // Bars: grouped, a slot of each category holds the series side by side; stacked, one bar.
    const int ns = std::max<int>(1, int(chart.series.size()));
    const qreal groupWidth = chart.mode == BarChart::Mode::Stacked
        ? std::min(slot * 0.5, fm.height() * 6)
        : std::min(slot * 0.75, fm.height() * 4 * ns);
    const qreal barWidth = chart.mode == BarChart::Mode::Stacked ? groupWidth : groupWidth / ns;
    for (int c = 0; c < columns.size(); ++c) {
        const qreal x0 = plotLeft + c * slot + (slot - groupWidth) / 2;
        auto barX
            = [&](int s) { return chart.mode == BarChart::Mode::Stacked ? x0 : x0 + s * barWidth; };
        for (const Piece &p : columns[c].pieces) {
            const QRectF r(QPointF(barX(p.series) + 1, yOf(p.to)),
                QPointF(barX(p.series) + barWidth - 1, yOf(p.from)));
            L.bars.append({ p.series, c, p.part, r });
        }
        QList<QRectF> placed;
        for (const Mark &m : columns[c].marks) {
            const qreal w = fm.horizontalAdvance(m.text) + 2;
            const qreal cx = barX(m.series) + barWidth / 2;
            QRectF r(cx - w / 2, yOf(m.at) - fm.height() - 1, w, fm.height());
            r.moveLeft(std::clamp(r.left(), area.left(), std::max(area.left(), area.right() - w)));
            for (bool moved = true; moved;) {
                moved = false;
                for (const QRectF &o : std::as_const(placed))
                    if (o.intersects(r)) {
                        r.moveBottom(o.top());
                        moved = true;
                    }
            }
            placed << r;
            L.labels.append({ m.text, r, m.series, c });
        }
    }
    return L;
}

qreal chartHeightFor(const BarChart &chart, qreal width, const QFont &font, qreal plotHeight)
{
    const ChartLayout l = layoutChart(chart, QRectF(0, 0, width, 10000), font);
    return l.neededHeight - kMinPlot + plotHeight;
}

namespace
{

void hatch(QPainter &p, const QRectF &r, const QColor &color)
{
    p.save();
    p.setClipRect(r, Qt::IntersectClip);
    QColor tint = color;
    tint.setAlpha(40);
    p.fillRect(r, tint);
    p.setPen(QPen(color, 1.2));
    const qreal spacing = 5;
    for (qreal x = r.left() - r.height(); x < r.right(); x += spacing)
        p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
    p.restore();
    p.setPen(QPen(color, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
}

void outline(QPainter &p, const QRectF &r, const QColor &color)
{
    QPen pen(color, 1.5, Qt::DashLine);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
}

void drawBar(QPainter &p, BarPart part, const QRectF &r, const QColor &color)
{
    switch (part) {
    case BarPart::Solid:
        p.setPen(QPen(color.darker(130), 1));
        p.setBrush(color);
        p.drawRect(r);
        break;
    case BarPart::Hatched:
        hatch(p, r, color);
        break;
    case BarPart::Bound:
        outline(p, r, color);
        break;
    }
}

void drawText(QPainter &p, const ChartText &t, int align)
{
    p.drawText(t.rect, align | kWrap, t.text);
}

} // namespace

void paintChart(QPainter &p, const BarChart &chart, const ChartLayout &L, const QFont &font)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink(0x22, 0x22, 0x22);
    const QColor grey(0x66, 0x66, 0x66);
    if (!L.title.text.isEmpty()) {
        p.setFont(titleFont(font));
        p.setPen(ink);
        drawText(p, L.title, Qt::AlignLeft | Qt::AlignTop);
    }
    p.setFont(font);
    p.setPen(grey);
    drawText(p, L.unit, Qt::AlignLeft | Qt::AlignTop);
    for (const ChartTick &t : L.ticks) {
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
        p.drawLine(QPointF(L.plot.left(), t.y), QPointF(L.plot.right(), t.y));
        p.setPen(grey);
        drawText(p, t.label, Qt::AlignRight | Qt::AlignVCenter);
    }
    p.setPen(QPen(grey, 1));
    p.drawLine(L.plot.bottomLeft(), L.plot.bottomRight());
    p.drawLine(L.plot.bottomLeft(), L.plot.topLeft());
    for (const ChartBar &b : L.bars)
        drawBar(p, b.part, b.rect, chart.series.value(b.series).color);
    p.setPen(ink);
    for (const ChartText &t : L.categoryLabels)
        drawText(p, t, Qt::AlignHCenter | Qt::AlignTop);
    p.setPen(QColor(0x8a, 0x1c, 0x1c)); // what is not known stands out
    for (const ChartText &t : L.labels)
        drawText(p, t, Qt::AlignHCenter | Qt::AlignBottom);
    for (const ChartLegendItem &item : L.legend) {
        const QColor key = item.series >= 0 ? chart.series.value(item.series).color : grey;
        drawBar(p,
            item.series == -1       ? BarPart::Hatched
                : item.series == -2 ? BarPart::Bound
                                    : BarPart::Solid,
            item.swatch, key);
        p.setPen(ink);
        drawText(p, item.label, Qt::AlignLeft | Qt::AlignTop);
    }
    p.restore();
}

QString chartValueText(const BarChart &chart, int s, int c)
{
    const YenRange r = chart.value(s, c);
    QString text = chart.series.value(s).name + textIn(chart.lang, u"：", u": ")
        + formatThousandRange(r, chart.lang);
    if (!r.isUnknown())
        text += textIn(chart.lang, u"千円", u" thousand yen");
    return text;
}

QString chartSummary(const BarChart &chart)
{
    QStringList lines { chart.title };
    for (int c = 0; c < chart.categories.size(); ++c) {
        QStringList parts;
        for (int s = 0; s < chart.series.size(); ++s)
            parts << chartValueText(chart, s, c);
        lines << chart.categories[c] + textIn(chart.lang, u"：", u": ")
                + parts.join(textIn(chart.lang, u"、", u"; "));
    }
    return lines.join(u'\n');
}

} // namespace shienplan
