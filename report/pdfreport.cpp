#include "report/pdfreport.h"

#include "core/base/fiscalyear.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QImage>
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

// The layout resolution: CSS pixels (borders, padding) are 1/96 inch as in a browser, whatever
// the device; the painter is scaled to the device (a PDF is 1200 dpi, a printer anything).
constexpr int kLayoutDpi = 96;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Print-friendly versions of the window's badge colours (ui/statusstyle.cpp).
QString statusColor(Status s)
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

QFont reportFont(qreal pointSize, bool bold = false)
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

// A 96-dpi image as the layout device: the layout does not depend on the screen or printer.
QImage layoutDevice()
{
    QImage device(1, 1, QImage::Format_ARGB32);
    device.setDotsPerMeterX(3780);
    device.setDotsPerMeterY(3780);
    return device;
}

// Qt's rich text breaks CJK text between any two characters and has no inline nowrap, so
// "前年度から継続" could become "前年度か / ら継続" and "0〜5,750,000円" leave its 円 alone on a
// line. Cells with figures and status labels are therefore broken here, by measuring: pieces are
// packed greedily into lines that fit the column, and a line breaks only between pieces.
class Packer
{
public:
    explicit Packer(qreal contentWidth)
        : m_width(contentWidth)
        , m_device(layoutDevice())
    {
    }

    // The width available in a column of `percent` of a full-width table with 3 px padding.
    qreal column(qreal percent) const { return m_width * percent / 100.0 - 11.0; }

    QString pack(const QStringList &pieces, const QString &separator, qreal width, qreal pointSize,
        bool bold = false)
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

    // An amount: it may break after 〜 and before 以下/以上, never inside a figure.
    QString amount(const QString &text, qreal width, qreal pointSize, bool bold = false)
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

    // The statuses a figure rests on, each in its colour; "—" when it rests on nothing uncertain.
    QString statuses(const QList<Status> &list, QStringView lang, qreal width)
    {
        constexpr qreal size = 8;
        if (list.isEmpty())
            return QStringLiteral("<span style=\"font-size:8pt\">—</span>");
        const QString sep = lang == u"en" ? QStringLiteral(", ") : QStringLiteral("・");
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
                        .arg(statusColor(list[i]), esc(labels[i]));
            if (i + 1 < list.size())
                html += esc(sep);
            used += w;
        }
        return QStringLiteral("<span style=\"font-size:8pt\">") + html + QStringLiteral("</span>");
    }

private:
    qreal m_width;
    QImage m_device;
};

class Html
{
public:
    Html(const ReportData &d, qreal contentWidth)
        : m_d(d)
        , L(reportLabels(d.lang))
        , m_lang(d.lang)
        , m_en(d.lang == QLatin1String("en"))
        , m_pack(contentWidth)
    {
    }

    // The whole report as one document, each scenario after a page break.
    QString build()
    {
        m_h.clear();
        head();
        front();
        for (qsizetype i = 0; i < m_d.scenarios.size(); ++i)
            scenario(m_d.scenarios[i], int(i), true);
        notes(true);
        m_h += QStringLiteral("</body></html>");
        return m_h;
    }

    // The same as separate documents: the front page(s), one per scenario, the notes. Each
    // starts on a new page anyway, and a hundred small layouts are much faster than one big
    // one (drawing a page of a big document walks the whole document).
    QStringList parts()
    {
        QStringList out;
        auto part = [&](const std::function<void()> &body) {
            m_h.clear();
            head();
            body();
            m_h += QStringLiteral("</body></html>");
            out << m_h;
        };
        part([this] { front(); });
        for (qsizetype i = 0; i < m_d.scenarios.size(); ++i)
            part([this, i] { scenario(m_d.scenarios[i], int(i), false); });
        if (!m_d.notes.isEmpty())
            part([this] { notes(false); });
        return out;
    }

private:
    // No style sheet: Qt matches every rule against every node, which made setHtml the slowest
    // step of a 100-scenario report. Plain attributes and a few inline styles instead.
    void head()
    {
        m_h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
                   .arg(esc(m_d.title));
    }

    static QString heading(int level, const QString &html, bool pageBreak = false)
    {
        static const char *styles[] = {
            "font-size:16pt; font-weight:bold; margin-top:0px; margin-bottom:6px",
            "font-size:13pt; font-weight:bold; color:#1a3d6d; margin-top:14px; margin-bottom:6px",
            "font-size:10.5pt; font-weight:bold; color:#1a3d6d; margin-top:12px; margin-bottom:4px",
            "font-size:9pt; font-weight:bold; margin-top:8px; margin-bottom:3px"
        };
        return QStringLiteral("<p style=\"%1%2\">%3</p>")
            .arg(QLatin1String(styles[std::clamp(level, 1, 4) - 1]),
                pageBreak ? QStringLiteral("; page-break-before:always") : QString(), html);
    }
    static QString small(const QString &html)
    {
        return QStringLiteral(
            "<span style=\"font-size:8pt\"><font color=\"#333333\">%1</font></span>")
            .arg(html);
    }
    static QString smallParagraph(const QString &html)
    {
        return QStringLiteral("<p style=\"margin-top:2px; margin-bottom:4px\">%1</p>")
            .arg(small(html));
    }
    static QString paragraph(const QString &html)
    {
        return QStringLiteral("<p style=\"margin-top:2px; margin-bottom:4px\">%1</p>").arg(html);
    }
    static QString verdict(bool ok, const QString &html)
    {
        return QStringLiteral("<font color=\"%1\"><b>%2</b></font>")
            .arg(ok ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"), html);
    }
    // Separate cell borders: border-collapse looks a little finer but made painting a
    // 100-scenario report 0.4 s slower (Qt resolves every collapsed edge against its neighbours).
    static QString gridTable()
    {
        return QStringLiteral(
            "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
            "style=\"border-color:#a8a8a8; border-style:solid\">");
    }
    static QString th(const QString &width, const QString &html)
    {
        return QStringLiteral("<th width=\"%1\" bgcolor=\"#e8edf3\">%2</th>").arg(width, html);
    }

    void front()
    {
        titleBlock();
        if (m_d.scenarios.size() > 1)
            comparison();
        legend();
        problems();
    }

    void titleBlock()
    {
        m_h += heading(1, esc(m_d.title));
        m_h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        auto row = [&](const QString &k, const QString &v) {
            m_h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v));
        };
        row(L.body, m_d.bodyText);
        row(L.fiscalYear, m_d.fiscalYearText);
        row(L.date, m_d.dateText);
        if (m_d.scenarios.size() > 1)
            row(L.scenario,
                m_en ? QStringLiteral("%1 scenarios").arg(m_d.scenarios.size())
                     : QStringLiteral("%1 案").arg(m_d.scenarios.size()));
        m_h += QStringLiteral("</table>");
        m_h += smallParagraph(esc(L.disclaimer));
    }

    void comparison()
    {
        m_h += heading(2, esc(L.scenarios));
        m_h += gridTable() + QStringLiteral("<thead><tr>")
            + th(QStringLiteral("6%"), QStringLiteral("No."))
            + th(QStringLiteral("26%"), esc(L.scenario))
            + th(QStringLiteral("17%"), esc(L.standard))
            + th(QStringLiteral("17%"), esc(L.national))
            + th(QStringLiteral("17%"), esc(L.prefecture)) + th(QStringLiteral("17%"), esc(L.local))
            + QStringLiteral("</tr></thead>");
        const qreal w = m_pack.column(17);
        for (qsizetype i = 0; i < m_d.scenarios.size(); ++i) {
            const ReportScenario &s = m_d.scenarios[i];
            const ReportTotals &t = s.totals;
            m_h += QStringLiteral("<tr><td align=\"right\">%1</td><td><b>%2</b><br>%3<br>%4</td>")
                       .arg(i + 1)
                       .arg(esc(s.name),
                           small(
                               esc(s.fiscalYearLabel + QStringLiteral(" ") + s.menusText(m_lang))),
                           verdict(s.evaluated && s.eligible, esc(s.eligibilityText(m_lang))));
            for (const ReportFigure *f : { &t.standard, &t.national, &t.prefecture, &t.local }) {
                QString cell = m_pack.amount(formatRange(f->value, m_lang), w, 9);
                if (s.evaluated)
                    cell += QStringLiteral("<br>") + m_pack.statuses(f->statuses, m_lang, w);
                m_h += QStringLiteral("<td align=\"right\">%1</td>").arg(cell);
            }
            m_h += QStringLiteral("</tr>");
        }
        m_h += QStringLiteral("</table>");
        m_h += smallParagraph(esc(
            m_en ? QStringLiteral(
                "Standard amounts are the sums over the scenario's programs; the national subsidy, "
                "the prefecture's support and the local burden are the scenario's totals.")
                 : QStringLiteral("基準額はシナリオ内の事業の合計、国庫補助額・都道府県の支援・実施"
                                  "主体の負担はシナリオの合計です。")));
    }

    void legend()
    {
        if (m_d.legend.isEmpty())
            return;
        m_h += heading(2, esc(L.legend));
        m_h += gridTable();
        for (const auto &e : m_d.legend)
            m_h += QStringLiteral(
                "<tr><td width=\"22%\"><font color=\"%1\"><b>%2</b></font></td><td>%3</td></tr>")
                       .arg(statusColor(e.status), esc(e.label), esc(e.meaning));
        m_h += QStringLiteral("</table>");
        m_h += smallParagraph(
            esc(m_en ? QStringLiteral(
                    "An amount shown as a range (min〜max) rests on a value known only as a range; "
                    "\"unknown\" is an end the sources do not give (never 0).")
                     : QStringLiteral("「〜」で示す金額は範囲でしか分からない値に基づくもの、「不明"
                                      "」は資料にない端（0 ではありません）です。")));
    }

    void problems()
    {
        if (m_d.problems.isEmpty())
            return;
        m_h += heading(3,
                   esc(m_en ? QStringLiteral("Values of the document that could not be applied")
                            : QStringLiteral("適用できなかった文書の値")))
            + QStringLiteral("<ul>");
        for (const auto &p : m_d.problems)
            m_h += QStringLiteral("<li>%1</li>").arg(esc(p));
        m_h += QStringLiteral("</ul>");
    }

    void figureRow(const QString &label, const ReportFigure &f, bool key = false)
    {
        const QString b = key ? QStringLiteral("<b>") : QString();
        const QString eb = key ? QStringLiteral("</b>") : QString();
        m_h += QStringLiteral("<tr><td>%1%2%3</td><td align=\"right\">%1%4%3</td><td "
                              "align=\"right\">%1%5%3</td><td>%6</td></tr>")
                   .arg(b, esc(label), eb,
                       m_pack.amount(formatRange(f.value, m_lang), m_pack.column(30), 9, key),
                       m_pack.amount(
                           formatThousandRange(f.value, m_lang), m_pack.column(20), 9, key),
                       m_pack.statuses(f.statuses, m_lang, m_pack.column(26)));
    }

    void figureTableStart()
    {
        m_h += gridTable() + QStringLiteral("<thead><tr>") + th(QStringLiteral("24%"), esc(L.item))
            + th(QStringLiteral("30%"), esc(L.yen)) + th(QStringLiteral("20%"), esc(L.thousandYen))
            + th(QStringLiteral("26%"), esc(L.restsOn)) + QStringLiteral("</tr></thead>");
    }

    void program(const ReportScenario &s, const ReportProgram &p)
    {
        m_h += heading(3, esc(QStringLiteral("%1 %2 — %3").arg(L.program, p.id, p.menuLabel)));
        m_h += gridTable();
        auto info = [&](const QString &k, const QString &vHtml) {
            m_h += QStringLiteral(
                "<tr><td bgcolor=\"#f4f6f8\" width=\"30%\">%1</td><td>%2</td></tr>")
                       .arg(esc(k), vHtml);
        };
        info(L.menu, esc(p.menuLabel));
        if (s.evaluated) {
            info(L.subprojects, esc(p.subprojects.isEmpty() ? L.none : p.subprojectsText(m_lang)));
            info(L.staff, esc(p.staff.isEmpty() ? L.none : p.staffText(m_lang)));
            info(L.rate, esc(p.rate ? fractionToString(*p.rate) : L.unknown));
            info(L.startup, esc(p.startup.isEmpty() ? L.none : p.startup));
            if (!p.members.isEmpty()) {
                QStringList members;
                for (const auto &m : p.members)
                    members << QStringLiteral("%1 %2").arg(m.name, fractionToString(m.share));
                info(
                    L.joint, esc(members.join(m_en ? QStringLiteral(", ") : QStringLiteral("、"))));
            }
            if (!p.served.isEmpty())
                info(L.served, esc(p.served));
            info(L.eligibility, verdict(p.eligible, esc(p.eligible ? L.eligible : L.notEligible)));
        }
        m_h += QStringLiteral("</table>");

        figureTableStart();
        const QList<Status> user { Status::User };
        figureRow(L.expenditure, { YenRange::exact(p.expenditure), user });
        figureRow(L.otherIncome, { YenRange::exact(p.otherIncome), user });
        if (s.evaluated) {
            figureRow(L.net, p.net);
            figureRow(L.standard, p.standard);
            figureRow(L.adopted, p.adopted);
            figureRow(L.national, p.national, true);
            figureRow(L.prefecture, p.prefecture);
            figureRow(L.local, p.local);
        }
        m_h += QStringLiteral("</table>");

        if (!p.members.isEmpty()) {
            m_h += heading(4, esc(QStringLiteral("%1: %2").arg(L.joint, L.local)));
            m_h += gridTable() + QStringLiteral("<thead><tr>")
                + th(QStringLiteral("30%"), esc(L.member)) + th(QStringLiteral("14%"), esc(L.share))
                + th(QStringLiteral("30%"), esc(L.yen))
                + th(QStringLiteral("26%"), esc(L.thousandYen)) + QStringLiteral("</tr></thead>");
            for (const auto &m : p.members)
                m_h += QStringLiteral("<tr><td>%1（%2）</td><td align=\"right\">%3</td><td "
                                      "align=\"right\">%4</td><td align=\"right\">%5</td></tr>")
                           .arg(esc(m.name), esc(m.code), esc(fractionToString(m.share)),
                               m_pack.amount(formatRange(m.local, m_lang), m_pack.column(30), 9),
                               m_pack.amount(
                                   formatThousandRange(m.local, m_lang), m_pack.column(26), 9));
            m_h += QStringLiteral("</table>");
        }

        if (!p.explanation.isEmpty()) {
            m_h += heading(4, esc(L.explanation))
                + QStringLiteral("<ol style=\"margin-top:0px; margin-bottom:0px\">");
            for (const auto &step : p.explanation)
                m_h += QStringLiteral("<li>%1</li>").arg(esc(step));
            m_h += QStringLiteral("</ol>");
        }
        if (!p.sources.isEmpty()) {
            m_h += heading(4, esc(L.sources));
            m_h += gridTable() + QStringLiteral("<thead><tr>")
                + th(QStringLiteral("33%"), esc(L.item)) + th(QStringLiteral("14%"), esc(L.status))
                + th(QStringLiteral("21%"), esc(L.source)) + th(QStringLiteral("32%"), esc(L.note))
                + QStringLiteral("</tr></thead>");
            for (const auto &src : p.sources)
                m_h += QStringLiteral("<tr><td>%1</td><td><font "
                                      "color=\"%2\">%3</font></td><td>%4</td><td>%5</td></tr>")
                           .arg(esc(src.label), statusColor(src.status),
                               esc(statusLabel(src.status, m_lang)), esc(src.source),
                               small(esc(src.note)));
            m_h += QStringLiteral("</table>");
        }
    }

    void scenario(const ReportScenario &s, int index, bool pageBreak)
    {
        // Every scenario starts on a new page: the page a section chief signs is about one plan.
        m_h += heading(2,
            esc((m_en ? QStringLiteral("%1 %2 \"%3\"") : QStringLiteral("%1 %2 「%3」"))
                    .arg(L.scenario)
                    .arg(index + 1)
                    .arg(s.name)),
            pageBreak);
        QStringList body { s.bodyName };
        if (!s.bodyKindLabel.isEmpty())
            body << s.bodyKindLabel;
        if (!s.bodyCode.isEmpty())
            body << s.bodyCode;
        m_h += paragraph(
            QStringLiteral("%1: %2　%3: %4　%5: %6")
                .arg(esc(L.body),
                    esc(body.join(m_en ? QStringLiteral(", ") : QStringLiteral("・"))),
                    esc(L.fiscalYear), esc(s.fiscalYearLabel), esc(L.eligibility),
                    verdict(s.evaluated && s.eligible, esc(s.eligibilityText(m_lang)))));
        if (!s.planTitle.isEmpty() && s.planTitle != m_d.title)
            m_h += smallParagraph(esc(s.planTitle));
        if (!s.evaluated)
            m_h += paragraph(verdict(false, esc(s.notEvaluated)));
        if (s.programs.isEmpty())
            m_h += paragraph(esc(L.noProgram));

        // With one program its own table is the total.
        if (s.evaluated && s.programs.size() > 1) {
            m_h += heading(3, esc(L.totals));
            figureTableStart();
            const ReportTotals &t = s.totals;
            figureRow(L.net, t.net);
            figureRow(L.standard, t.standard);
            figureRow(L.adopted, t.adopted);
            figureRow(L.national, t.national, true);
            figureRow(L.prefecture, t.prefecture);
            figureRow(L.local, t.local);
            m_h += QStringLiteral("</table>");
        }

        if (s.evaluated) {
            m_h += heading(3, esc(L.findings));
            if (s.findings.isEmpty()) {
                m_h += paragraph(esc(L.noFindings));
            } else {
                m_h += QStringLiteral("<ul style=\"margin-top:0px; margin-bottom:0px\">");
                for (const auto &f : s.findings) {
                    QString line = f.severity == Severity::Error
                        ? verdict(false, esc(QStringLiteral("【%1】").arg(f.severityLabel)))
                        : esc(QStringLiteral("【%1】").arg(f.severityLabel));
                    if (!f.program.isEmpty())
                        line += esc(QStringLiteral("%1 %2: ").arg(L.program, f.program));
                    line += esc(f.message);
                    if (!f.source.isEmpty())
                        line += QStringLiteral(" ")
                            + small(esc(m_en ? QStringLiteral("(source: %1)").arg(f.source)
                                             : QStringLiteral("（出典: %1）").arg(f.source)));
                    m_h += QStringLiteral("<li>%1</li>").arg(line);
                }
                m_h += QStringLiteral("</ul>");
            }
        }
        for (const auto &p : s.programs)
            program(s, p);
    }

    void notes(bool pageBreak)
    {
        if (m_d.notes.isEmpty())
            return;
        m_h += heading(2, esc(L.notes), pageBreak) + QStringLiteral("<ul>");
        for (const auto &n : m_d.notes) {
            QString who = n.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            if (!n.author.isEmpty())
                who += QStringLiteral(" ") + n.author;
            if (n.scenario >= 0 && n.scenario < m_d.scenarios.size())
                who += (m_en ? QStringLiteral(" \"%1\"") : QStringLiteral(" 「%1」"))
                           .arg(m_d.scenarios[n.scenario].name);
            m_h += QStringLiteral("<li>%1<br>%2</li>")
                       .arg(small(esc(who)), esc(n.text).replace(u'\n', QStringLiteral("<br>")));
        }
        m_h += QStringLiteral("</ul>");
    }

    const ReportData &m_d;
    const ReportLabels &L;
    QString m_lang;
    bool m_en;
    Packer m_pack;
    QString m_h;
};

} // namespace

QString reportHtml(const ReportData &data, qreal contentWidth)
{
    return Html(data, contentWidth).build();
}

int paintReport(const ReportData &data, QPagedPaintDevice *device)
{
    const ReportLabels &L = reportLabels(data.lang);
    const QPageLayout layout = device->pageLayout();
    // The printable area in points, then in layout pixels (1/96 inch). Using device pixels here
    // instead is the page-size pitfall of toolchain.md §5 (text at a third of its size).
    const QRectF paintPt = layout.paintRect(QPageLayout::Point);
    const qreal toLayout = qreal(kLayoutDpi) / 72.0;
    const qreal width = paintPt.width() * toLayout;
    const qreal height = paintPt.height() * toLayout;
    const qreal footerBand = 28.0; // layout pixels: a rule and one line of 7.5 pt text
    const qreal bodyHeight = height - footerBand;

    // The parts are laid out in parallel (the layout is half of the work; a report of 100
    // scenarios has 101 parts); the painting stays in this thread. QTextDocument is reentrant,
    // but a laid-out document keeps pointers to font engines of the font cache of the thread that
    // laid it out, and that cache dies with its thread: so each worker waits until the pages are
    // painted and the documents are gone before it ends.
    const QStringList parts = Html(data, width).parts();
    const int workers
        = std::clamp(QThread::idealThreadCount(), 1, std::max(1, int(parts.size()) / 4));
    std::vector<std::unique_ptr<QTextDocument>> docs(size_t(parts.size()));
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
            doc->setPageSize(QSizeF(width, bodyHeight));
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
        std::vector<std::unique_ptr<QTextDocument>> &docs;
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
    int pages = 0;
    for (const auto &doc : docs)
        pages += std::max(1, doc->pageCount());

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const qreal sx = qreal(device->logicalDpiX()) / kLayoutDpi;
    const qreal sy = qreal(device->logicalDpiY()) / kLayoutDpi;
    const QFont footerFont = reportFont(7.5);
    const QString footerLeft = data.title;
    const QString footerMiddle = L.date
        + (data.lang == QLatin1String("en") ? QStringLiteral(": ") : QStringLiteral(" "))
        + data.dateText;
    int page = 0;
    for (const auto &doc : docs) {
        for (int local = 0; local < std::max(1, doc->pageCount()); ++local, ++page) {
            if (page > 0)
                device->newPage();
            painter.save();
            painter.scale(sx, sy);
            painter.translate(0, -local * bodyHeight);
            doc->drawContents(
                &painter, QRectF(0, local * bodyHeight, width, bodyHeight)); // clips to the page
            painter.restore();

            // The footer in device pixels, with a font resolved for the device itself.
            painter.save();
            painter.setFont(footerFont);
            painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 0));
            const qreal top = (bodyHeight + 8) * sy;
            const QRectF band(0, top, width * sx, (footerBand - 8) * sy);
            painter.drawLine(QPointF(0, top - 2 * sy), QPointF(width * sx, top - 2 * sy));
            const QString pageText = L.page.arg(page + 1).arg(pages);
            const QFontMetricsF fm(footerFont, device);
            const qreal reserved = fm.horizontalAdvance(footerMiddle + pageText) + 40 * sx;
            painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(
                    footerLeft, Qt::ElideRight, std::max<qreal>(band.width() - reserved, 40 * sx)));
            painter.drawText(band.adjusted(0, 0, -fm.horizontalAdvance(pageText) - 24 * sx, 0),
                Qt::AlignRight | Qt::AlignVCenter, footerMiddle);
            painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, pageText);
            painter.restore();
        }
    }
    painter.end();
    return pages;
}

bool writeReportPdf(const ReportData &data, QIODevice *out)
{
    QPdfWriter writer(out);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(15, 14, 15, 12), QPageLayout::Millimeter));
    writer.setTitle(data.title);
    writer.setCreator(QStringLiteral("ShienPlan"));
    return paintReport(data, &writer) > 0;
}

} // namespace shienplan
