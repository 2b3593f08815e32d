// Charts drawn inside the report's text documents (see charttextobject.h).

#include "report/chart/charttextobject.h"

#include "report/pdflayout.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace shienplan
{

namespace
{

const QString kScheme = QStringLiteral("shienplan-chart:");

int chartIndex(const QTextFormat &format)
{
    const QString name = format.toImageFormat().name();
    return name.startsWith(kScheme) ? name.mid(kScheme.size()).toInt() : -1;
}

} // namespace

QFont printedChartFont()
{
    QFont f = reportFont(8);
    f.setPixelSize(11); // 8.25 pt at 96 layout pixels per inch
    return f;
}

QString chartImageHtml(int index, const BarChart &chart, qreal width)
{
    // A plot of 150 px (4 cm) keeps the bars readable and the front page short.
    const qreal height = chartHeightFor(chart, width, printedChartFont(), 150);
    return QStringLiteral("<p style=\"margin-top:6px; margin-bottom:6px\"><img src=\"%1%2\" "
                          "width=\"%3\" height=\"%4\"></p>")
        .arg(kScheme)
        .arg(index)
        .arg(int(width))
        .arg(int(std::ceil(height)));
}

void installCharts(QTextDocument *doc, const QList<BarChart> *charts)
{
    if (!charts || charts->isEmpty())
        return;
    struct Found {
        int position;
        int length;
        QTextCharFormat format;
    };
    QList<Found> found; // collected first: changing a format while walking would split blocks
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().isImageFormat() && chartIndex(f.charFormat()) >= 0)
                found.append({ f.position(), f.length(), f.charFormat() });
        }
    if (found.isEmpty())
        return;
    doc->documentLayout()->registerHandler(
        ChartTextObject::kType, new ChartTextObject(charts, doc));
    QTextCursor cursor(doc);
    for (Found f : std::as_const(found)) {
        f.format.setObjectType(ChartTextObject::kType);
        cursor.setPosition(f.position);
        cursor.setPosition(f.position + f.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(f.format);
    }
}

ChartTextObject::ChartTextObject(const QList<BarChart> *charts, QObject *parent)
    : QObject(parent)
    , m_charts(charts)
{
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const QTextImageFormat f = format.toImageFormat();
    return { f.width(), f.height() };
}

void ChartTextObject::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int i = chartIndex(format);
    if (i < 0 || i >= m_charts->size())
        return;
    const BarChart &chart = m_charts->at(i);
    const QFont font = printedChartFont();
    paintChart(*painter, chart, layoutChart(chart, rect, font), font);
}

} // namespace shienplan
