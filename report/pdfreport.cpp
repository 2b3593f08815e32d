// The printed report painted page by page: the HTML parts laid out in parallel, each page of
// each part drawn on the device with a footer, and the PDF file itself.

#include "report/pdfreport.h"

#include "core/base/bilingual.h"
#include "report/chart/alternativeschart.h"
#include "report/chart/charttextobject.h"
#include "report/pdfhtml.h"
#include "report/pdflayout.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSemaphore>
#include <QTextDocument>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace shienplan
{

namespace
{

using Documents = std::vector<std::unique_ptr<QTextDocument>>;

// Lays out every part on pages of `pageSize` (layout pixels) and hands the documents to `use`.
// The parts are laid out in parallel (the layout is half of the work; a report of 100 scenarios
// has 101 parts); `use` runs in this thread. QTextDocument is reentrant, but a laid-out document
// keeps pointers to font engines of the font cache of the thread that laid it out, and that
// cache dies with its thread: so each worker waits until `use` is done and the documents are
// gone before it ends. The chart images of the parts draw `charts` (charttextobject.h).
void withLaidOut(const QStringList &parts, const QList<BarChart> &charts, QSizeF pageSize,
    const std::function<void(const Documents &)> &use)
{
    loadBundledFonts(); // here, in the caller's thread: the workers only use them
    const int workers
        = std::clamp(QThread::idealThreadCount(), 1, std::max(1, int(parts.size()) / 4));
    Documents docs(size_t(parts.size()));
    std::vector<QImage> devices;
    for (int w = 0; w < workers; ++w)
        devices.push_back(layoutDevice());
    QThread *home = QThread::currentThread();
    QSemaphore laidOut;
    QSemaphore released;
    auto layOut = [&](int worker) {
        const QFont font = reportFont(9);
        for (qsizetype i = worker; i < parts.size(); i += workers) {
            auto doc = std::make_unique<QTextDocument>();
            doc->documentLayout()->setPaintDevice(&devices[size_t(worker)]);
            doc->setUseDesignMetrics(
                true); // unhinted advances: the same line breaks at every resolution
            doc->setDefaultFont(font);
            doc->setDocumentMargin(0);
            doc->setHtml(parts[i]);
            installCharts(doc.get(), &charts);
            doc->setPageSize(pageSize);
            doc->pageCount(); // lays it out
            if (QThread::currentThread() != home)
                doc->moveToThread(home);
            docs[size_t(i)] = std::move(doc);
        }
        if (worker > 0) {
            laidOut.release();
            released.acquire();
        }
    };
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 1; w < workers; ++w) {
        threads.emplace_back(QThread::create(layOut, w));
        threads.back()->start();
    }
    struct Join { // on every way out: the documents first, then the workers
        Documents &docs;
        QSemaphore &released;
        std::vector<std::unique_ptr<QThread>> &threads;
        ~Join()
        {
            docs.clear();
            released.release(int(threads.size()));
            for (auto &t : threads)
                t->wait();
        }
    } join { docs, released, threads };
    layOut(0);
    laidOut.acquire(workers - 1);
    use(docs);
}

// The page's body and footer, in layout pixels, and the scale to the device.
struct PageGeometry {
    qreal width = 0;
    qreal bodyHeight = 0;
    qreal footerBand = 28.0; // a rule and one line of 7.5 pt text
    qreal sx = 1;
    qreal sy = 1;
};

// The footer of every page: the title on the left (elided), the date and "1 / 3" on the right.
// Drawn in device pixels, with a font resolved for the device itself.
void drawFooter(QPainter &painter, QPagedPaintDevice *device, const PageGeometry &g,
    const FooterText &data, const QString &pageText)
{
    const ReportLabels &L = reportLabels(data.lang);
    const QFont footerFont = reportFont(7.5);
    const QString footerMiddle = L.date + textIn(data.lang, u" ", u": ") + data.dateText;
    painter.save();
    painter.setFont(footerFont);
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 0));
    const qreal top = (g.bodyHeight + 8) * g.sy;
    const QRectF band(0, top, g.width * g.sx, (g.footerBand - 8) * g.sy);
    painter.drawLine(QPointF(0, top - 2 * g.sy), QPointF(g.width * g.sx, top - 2 * g.sy));
    const QFontMetricsF fm(footerFont, device);
    const qreal reserved = fm.horizontalAdvance(footerMiddle + pageText) + 40 * g.sx;
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(printedName(data.title), Qt::ElideRight,
            std::max<qreal>(band.width() - reserved, 40 * g.sx)));
    painter.drawText(band.adjusted(0, 0, -fm.horizontalAdvance(pageText) - 24 * g.sx, 0),
        Qt::AlignRight | Qt::AlignVCenter, footerMiddle);
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, pageText);
    painter.restore();
}

// Paints every page of the laid-out documents; returns the number of pages, 0 if the painter
// could not start on the device.
int paintPages(
    const Documents &docs, QPagedPaintDevice *device, PageGeometry g, const FooterText &data)
{
    int pages = 0;
    for (const auto &doc : docs)
        pages += std::max(1, doc->pageCount());

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    g.sx = qreal(device->logicalDpiX()) / kLayoutDpi;
    g.sy = qreal(device->logicalDpiY()) / kLayoutDpi;
    const ReportLabels &L = reportLabels(data.lang);
    int page = 0;
    for (const auto &doc : docs) {
        for (int local = 0; local < std::max(1, doc->pageCount()); ++local, ++page) {
            if (page > 0)
                device->newPage();
            painter.save();
            painter.scale(g.sx, g.sy);
            painter.translate(0, -local * g.bodyHeight);
            doc->drawContents(&painter,
                QRectF(0, local * g.bodyHeight, g.width, g.bodyHeight)); // clips to the page
            painter.restore();
            drawFooter(painter, device, g, data, L.page.arg(page + 1).arg(pages));
        }
    }
    painter.end();
    return pages;
}

} // namespace

namespace
{

int paintPartsWithCharts(const std::function<QStringList(qreal)> &parts,
    const QList<BarChart> &charts, const FooterText &footer, QPagedPaintDevice *device)
{
    const QPageLayout layout = device->pageLayout();
    // The printable area in points, then in layout pixels (1/96 inch). Using device pixels here
    // instead is the page-size pitfall of toolchain.md §5 (text at a third of its size).
    const QRectF paintPt = layout.paintRect(QPageLayout::Point);
    const qreal toLayout = qreal(kLayoutDpi) / 72.0;
    PageGeometry g;
    g.width = paintPt.width() * toLayout;
    g.bodyHeight = paintPt.height() * toLayout - g.footerBand;

    int pages = 0;
    withLaidOut(parts(g.width), charts, QSizeF(g.width, g.bodyHeight),
        [&](const Documents &docs) { pages = paintPages(docs, device, g, footer); });
    return pages;
}

} // namespace

int paintParts(const std::function<QStringList(qreal)> &parts, const FooterText &footer,
    QPagedPaintDevice *device)
{
    return paintPartsWithCharts(parts, {}, footer, device);
}

int paintReport(const ReportData &data, QPagedPaintDevice *device)
{
    // The same list, in the same order, as the front page's chart images name (pdfhtml.cpp).
    const QList<BarChart> charts = reportCharts(data);
    return paintPartsWithCharts([&](qreal width) { return ReportHtml(data, width).parts(); },
        charts, { data.title, data.dateText, data.lang }, device);
}

bool writeReportPdf(const ReportData &data, QIODevice *out)
{
    QPdfWriter writer(out);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(15, 14, 15, 12), QPageLayout::Millimeter));
    writer.setTitle(printedName(data.title));
    writer.setCreator(QStringLiteral("ShienPlan"));
    return paintReport(data, &writer) > 0;
}

bool writeShoyogakuPdf(const ShoyogakuData &data, QIODevice *out)
{
    QPdfWriter writer(out);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
        QMarginsF(12, 12, 12, 10), QPageLayout::Millimeter));
    writer.setTitle(printedName(data.title));
    writer.setCreator(QStringLiteral("ShienPlan"));
    return paintParts([&](qreal width) { return shoyogakuHtmlParts(data, width); },
               { data.title, data.dateText, data.lang }, &writer)
        > 0;
}

} // namespace shienplan
