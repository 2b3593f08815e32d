// How the printed report is measured: its fonts, the 96-dpi layout device, and lines packed by
// measuring, because Qt's rich text would break a figure or a status label anywhere.

#include "report/pdflayout.h"

#include "core/base/bilingual.h"
#include "core/base/textlimit.h"
#include "report/pdfreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>

namespace shienplan
{

QString esc(const QString &s)
{
    return cutForShowing(s, kPrintedTextLimit).toHtmlEscaped();
}

QString printedName(const QString &s)
{
    return cutForShowing(s, kPrintedNameLimit);
}

QString escName(const QString &s)
{
    return printedName(s).toHtmlEscaped();
}

QString printColor(Status s)
{
    switch (s) {
    case Status::Stated:
        return QStringLiteral("#2e7d32");
    case Status::User:
        return QStringLiteral("#6a1b9a");
    case Status::CarriedOver:
        return QStringLiteral("#455a64");
    case Status::Inferred:
        return QStringLiteral("#8d6e00");
    case Status::Assumed:
        return QStringLiteral("#b26a00");
    case Status::Range:
        return QStringLiteral("#a05200");
    case Status::Unknown:
        return QStringLiteral("#c62828");
    }
    return QStringLiteral("#000000");
}

void loadBundledFonts()
{
    static const bool loaded = [] {
        const QDir dir(QCoreApplication::applicationDirPath() + QStringLiteral("/fonts"));
        for (const QString &file :
            dir.entryList({ QStringLiteral("*.ttf"), QStringLiteral("*.otf") }, QDir::Files))
            QFontDatabase::addApplicationFont(dir.filePath(file));
        return true;
    }();
    Q_UNUSED(loaded);
}

QFont reportFont(qreal pointSize, bool bold)
{
    QFont f;
    // BIZ UDPGothic first: its cmap gives every kanji back as itself (see the header); the
    // others only if it is missing (e.g. a Windows without the BIZ UD fonts).
    f.setFamilies({ QString::fromLatin1(kReportFontFamily), QStringLiteral("BIZ UDPゴシック"),
        QStringLiteral("Yu Gothic"), QStringLiteral("Meiryo"),
        QStringLiteral("Noto Sans CJK JP") });
    f.setPointSizeF(pointSize);
    // No ligatures: the font's "fi" glyph has no text of its own, so pdftotext (and copy and
    // search) would read "official" as "of cial". Japanese needs no shaping anyway.
    f.setStyleHint(
        QFont::SansSerif, QFont::StyleStrategy(QFont::PreferNoShaping | QFont::PreferAntialias));
    f.setHintingPreference(
        QFont::PreferNoHinting); // outlines as designed: the layout is resolution-free
    f.setBold(bold);
    return f;
}

QImage layoutDevice()
{
    QImage device(1, 1, QImage::Format_ARGB32);
    device.setDotsPerMeterX(3780);
    device.setDotsPerMeterY(3780);
    return device;
}

Packer::Packer(qreal contentWidth)
    : m_width(contentWidth)
    , m_device(layoutDevice())
{
}

QString Packer::pack(
    const QStringList &pieces, const QString &separator, qreal width, qreal pointSize, bool bold)
{
    const QFontMetricsF fm(reportFont(pointSize, bold), &m_device);
    QStringList lines;
    QString line;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QString piece = pieces[i] + (i + 1 < pieces.size() ? separator : QString());
        if (!line.isEmpty() && fm.horizontalAdvance(line + piece) > width) {
            lines << line;
            line = piece;
        } else {
            line += piece;
        }
    }
    if (!line.isEmpty())
        lines << line;
    for (auto &l : lines)
        l = esc(l);
    return lines.join(QStringLiteral("<br>"));
}

QString Packer::amount(const QString &text, qreal width, qreal pointSize, bool bold)
{
    QStringList pieces;
    const QString tilde = QStringLiteral("〜");
    const auto at = text.indexOf(tilde);
    QString rest = text;
    if (at >= 0) {
        pieces << text.left(at + 1);
        rest = text.mid(at + 1);
    }
    for (const QString &suffix : { QStringLiteral("以下"), QStringLiteral("以上") }) {
        if (rest.endsWith(suffix) && rest.size() > suffix.size()) {
            pieces << rest.chopped(suffix.size()) << suffix;
            rest.clear();
        }
    }
    if (!rest.isEmpty())
        pieces << rest;
    return pack(pieces, QString(), width, pointSize, bold);
}

QString Packer::statuses(const QList<Status> &list, QStringView lang, qreal width)
{
    constexpr qreal size = 8;
    if (list.isEmpty())
        return QStringLiteral("<span style=\"font-size:8pt\">—</span>");
    const QString sep = textIn(lang, u"・", u", ");
    QStringList labels;
    for (Status s : list)
        labels << statusLabel(s, lang);
    // Pack the plain labels, then colour each one in the packed text.
    const QFontMetricsF fm(reportFont(size), &m_device);
    QString html;
    qreal used = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString piece = labels[i] + (i + 1 < list.size() ? sep : QString());
        const qreal w = fm.horizontalAdvance(piece);
        if (used > 0 && used + w > width) {
            html += QStringLiteral("<br>");
            used = 0;
        }
        html += QStringLiteral("<font color=\"%1\">%2</font>")
                    .arg(printColor(list[i]), esc(labels[i]));
        if (i + 1 < list.size())
            html += esc(sep);
        used += w;
    }
    return QStringLiteral("<span style=\"font-size:8pt\">") + html + QStringLiteral("</span>");
}

} // namespace shienplan
