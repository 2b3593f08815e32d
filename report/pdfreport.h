#pragma once

// The printable report: A4, Japanese, real text (BIZ UDPGothic is embedded: with Noto CJK or
// IPAex, Qt's ToUnicode map turns 月 into ⽉ and search and copy fail, see toolchain.md §5).
// One layout for the PDF file, the printer and the print preview: the report is HTML laid out
// by QTextDocument at 96 dpi and painted page by page, with a footer (title, date, "1 / 3")
// that QTextDocument alone cannot draw.

#include "core/report/reportdata.h"
#include "core/report/shoyogaku.h"

#include <functional>

class QIODevice;
class QPagedPaintDevice;

namespace shienplan
{

inline constexpr const char *kReportFontFamily = "BIZ UDPGothic";

// The report as HTML (Qt's rich-text subset), for QTextDocument laid out at 96 dpi on a page
// `contentWidth` pixels wide (1/96 inch; A4 with 15 mm margins is about 680).
QString reportHtml(const ReportData &data, qreal contentWidth = 680);
// Lays the report out for the device's page and paints every page. The device keeps its page
// size and margins (a printer's are the user's choice). Returns the number of pages.
int paintReport(const ReportData &data, QPagedPaintDevice *device);
// Writes the whole PDF to `out` (A4 portrait, 15 mm margins, title metadata). False if the
// painter could not start on the device.
bool writeReportPdf(const ReportData &data, QIODevice *out);

// What every page's footer says: the title, the date and (by the language) the words.
struct FooterText {
    QString title;
    QString dateText;
    QString lang;
};
// Lays out the HTML parts `parts(contentWidth)` (each starts on a new page) for the device's page
// and paints every page with the footer. Returns the number of pages, 0 if the painter could not
// start.
int paintParts(const std::function<QStringList(qreal)> &parts, const FooterText &footer,
    QPagedPaintDevice *device);

// The 所要額調書 as a PDF: A4 landscape; the table printed in parts of at most 12 columns (実施主体
// and 事業区分 repeated), each part on its own pages (pdfshoyogaku.cpp).
QStringList shoyogakuHtmlParts(const ShoyogakuData &data, qreal contentWidth);
bool writeShoyogakuPdf(const ShoyogakuData &data, QIODevice *out);

} // namespace shienplan
