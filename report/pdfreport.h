#pragma once

// The printable report: A4, Japanese, real text (BIZ UDPGothic is embedded: with Noto CJK or
// IPAex, Qt's ToUnicode map turns 月 into ⽉ and search and copy fail, see toolchain.md §5).
// One layout for the PDF file, the printer and the print preview: the report is HTML laid out
// by QTextDocument at 96 dpi and painted page by page, with a footer (title, date, "1 / 3")
// that QTextDocument alone cannot draw.

#include "core/report/reportdata.h"

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

} // namespace shienplan
