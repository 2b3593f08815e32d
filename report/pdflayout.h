#pragma once

// How the printed report is measured: the layout resolution, its fonts, the device the layout
// is computed on, and the packing of figures and status labels into lines that fit a column.
// Internal to shienplan_report (pdfhtml*.cpp and pdfreport.cpp).

#include "core/base/provenance.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace shienplan
{

// The layout resolution: CSS pixels (borders, padding) are 1/96 inch as in a browser, whatever
// the device; the painter is scaled to the device (a PDF is 1200 dpi, a printer anything).
constexpr int kLayoutDpi = 96;

QString esc(const QString &s); // HTML-escaped, cut at kPrintedTextLimit (core/base/textlimit.h)
QString escName(const QString &s); // a name or title a planner typed: cut at kPrintedNameLimit
QString printedName(const QString &s); // the same, not escaped (for text that is escaped later)
// Print-friendly versions of the window's badge colours (ui/statusstyle.cpp).
QString printColor(Status s);
QFont reportFont(qreal pointSize, bool bold = false);
// The font files shipped beside the program (fonts/ next to the .exe on Windows: BIZ UDPGothic,
// OFL), added to the application's fonts once, so that a PDF made on a PC without them is the
// same as on Linux. Call in the GUI thread before the first layout; a folder that is not there
// (Linux, where the fonts are the system's) adds nothing.
void loadBundledFonts();
// A 96-dpi image as the layout device: the layout does not depend on the screen or printer.
QImage layoutDevice();

// Qt's rich text breaks CJK text between any two characters and has no inline nowrap, so
// "前年度から継続" could become "前年度か / ら継続" and "0〜5,750,000円" leave its 円 alone on a
// line. Cells with figures and status labels are therefore broken here, by measuring: pieces are
// packed greedily into lines that fit the column, and a line breaks only between pieces.
class Packer
{
public:
    explicit Packer(qreal contentWidth);

    // The width available in a column of `percent` of a full-width table with 3 px padding.
    qreal column(qreal percent) const { return m_width * percent / 100.0 - 11.0; }

    QString pack(const QStringList &pieces, const QString &separator, qreal width, qreal pointSize,
        bool bold = false);
    // An amount: it may break after 〜 and before 以下/以上, never inside a figure.
    QString amount(const QString &text, qreal width, qreal pointSize, bool bold = false);
    // The statuses a figure rests on, each in its colour; "—" when it rests on nothing uncertain.
    QString statuses(const QList<Status> &list, QStringView lang, qreal width);

private:
    qreal m_width;
    QImage m_device;
};

} // namespace shienplan
