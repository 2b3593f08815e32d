// The report's HTML: the document and its parts, the building blocks, the front page (title,
// comparison of the scenarios, legend, values that could not be applied) and the notes.

#include "report/pdfhtml.h"

#include "core/base/bilingual.h"
#include "report/chart/alternativeschart.h"
#include "report/chart/charttextobject.h"

#include <functional>

namespace shienplan
{

namespace
{

// The alternatives of each plan as a chart, drawn by the window's chart painter
// (charttextobject.h): paintReport() hands the same reportCharts() to the layout.
QString chartsHtml(const ReportData &d, qreal width)
{
    QString html;
    const QList<BarChart> list = reportCharts(d);
    for (qsizetype i = 0; i < list.size(); ++i)
        html += chartImageHtml(int(i), list[i], width);
    return html;
}

} // namespace

ReportHtml::ReportHtml(const ReportData &d, qreal contentWidth)
    : m_d(d)
    , L(reportLabels(d.lang))
    , m_lang(d.lang)
    , m_pack(contentWidth)
{
}

QString ReportHtml::build()
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

QStringList ReportHtml::parts()
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

// No style sheet: Qt matches every rule against every node, which made setHtml the slowest
// step of a 100-scenario report. Plain attributes and a few inline styles instead.
void ReportHtml::head()
{
    m_h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
               .arg(escName(m_d.title));
}

QString ReportHtml::heading(int level, const QString &html, bool pageBreak)
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

QString ReportHtml::small(const QString &html)
{
    return QStringLiteral("<span style=\"font-size:8pt\"><font color=\"#333333\">%1</font></span>")
        .arg(html);
}

QString ReportHtml::smallParagraph(const QString &html)
{
    return QStringLiteral("<p style=\"margin-top:2px; margin-bottom:4px\">%1</p>").arg(small(html));
}

QString ReportHtml::paragraph(const QString &html)
{
    return QStringLiteral("<p style=\"margin-top:2px; margin-bottom:4px\">%1</p>").arg(html);
}

QString ReportHtml::verdict(bool ok, const QString &html)
{
    return QStringLiteral("<font color=\"%1\"><b>%2</b></font>")
        .arg(ok ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"), html);
}

// Separate cell borders: border-collapse looks a little finer but made painting a
// 100-scenario report 0.4 s slower (Qt resolves every collapsed edge against its neighbours).
QString ReportHtml::gridTable()
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-color:#a8a8a8; border-style:solid\">");
}

QString ReportHtml::th(const QString &width, const QString &html)
{
    return QStringLiteral("<th width=\"%1\" bgcolor=\"#e8edf3\">%2</th>").arg(width, html);
}

void ReportHtml::front()
{
    titleBlock();
    if (m_d.scenarios.size() > 1)
        comparison();
    legend();
    problems();
}

void ReportHtml::titleBlock()
{
    m_h += heading(1, escName(m_d.title));
    m_h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    auto row = [&](const QString &k, const QString &v) {
        m_h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    row(L.body, m_d.bodyText);
    row(L.fiscalYear, m_d.fiscalYearText);
    row(L.date, m_d.dateText);
    if (m_d.scenarios.size() > 1)
        row(L.scenario, textIn(m_lang, u"%1 案", u"%1 scenarios").arg(m_d.scenarios.size()));
    m_h += QStringLiteral("</table>");
    m_h += smallParagraph(esc(L.disclaimer));
}

void ReportHtml::comparison()
{
    m_h += heading(2, esc(L.scenarios));
    // (E), (H), then the prefecture's support and the local burden, as fundingSteps() words them.
    const QList<qsizetype> rows { ReportSteps::fundingRow('E'), ReportSteps::fundingRow('H'),
        ReportSteps::prefectureRow(), ReportSteps::localRow() };
    m_h += gridTable() + QStringLiteral("<thead><tr>")
        + th(QStringLiteral("6%"), QStringLiteral("No."))
        + th(QStringLiteral("26%"), esc(L.scenario));
    for (qsizetype row : rows)
        m_h += th(QStringLiteral("17%"), esc(fundingSteps()[row].heading(m_lang)));
    m_h += QStringLiteral("</tr></thead>");
    const qreal w = m_pack.column(17);
    for (qsizetype i = 0; i < m_d.scenarios.size(); ++i) {
        const ReportScenario &s = m_d.scenarios[i];
        const ReportTotals &t = s.totals;
        m_h += QStringLiteral("<tr><td align=\"right\">%1</td><td><b>%2</b><br>%3<br>%4</td>")
                   .arg(i + 1)
                   .arg(escName(s.name),
                       small(esc(s.fiscalYearLabel + QStringLiteral(" ") + s.menusText(m_lang))),
                       verdict(s.evaluated && s.eligible, esc(s.eligibilityText(m_lang))));
        for (qsizetype row : rows) {
            const ReportFigure *f = &t.steps[row];
            QString cell = m_pack.amount(formatRange(f->value, m_lang), w, 9);
            if (s.evaluated)
                cell += QStringLiteral("<br>") + m_pack.statuses(f->statuses, m_lang, w);
            m_h += QStringLiteral("<td align=\"right\">%1</td>").arg(cell);
        }
        m_h += QStringLiteral("</tr>");
    }
    m_h += QStringLiteral("</table>");
    m_h += smallParagraph(esc(textIn(m_lang, u"いずれも案の中の事業の合計です。%1",
        u"Each is the total over the scenario's programs. %1")
                                  .arg(formLayoutNote().in(m_lang))));
    m_h += chartsHtml(m_d, m_pack.column(100));
}

void ReportHtml::legend()
{
    if (m_d.legend.isEmpty())
        return;
    m_h += heading(2, esc(L.legend));
    m_h += gridTable();
    for (const auto &e : m_d.legend)
        m_h += QStringLiteral(
            "<tr><td width=\"22%\"><font color=\"%1\"><b>%2</b></font></td><td>%3</td></tr>")
                   .arg(printColor(e.status), esc(e.label), esc(e.meaning));
    m_h += QStringLiteral("</table>");
    m_h += smallParagraph(esc(textIn(m_lang,
        u"「〜」で示す金額は範囲でしか分からない値に基づくもの、「不明」は資料にない端（0 "
        u"ではありません）です。",
        u"An amount shown as a range (min〜max) rests on a value known only as a range; "
        u"\"unknown\" is an end the sources do not give (never 0).")));
}

void ReportHtml::problems()
{
    if (m_d.problems.isEmpty())
        return;
    m_h += heading(3, esc(L.notApplied)) + QStringLiteral("<ul>");
    for (const auto &p : m_d.problems)
        m_h += QStringLiteral("<li>%1</li>").arg(esc(p));
    m_h += QStringLiteral("</ul>");
}

void ReportHtml::notes(bool pageBreak)
{
    if (m_d.notes.isEmpty())
        return;
    m_h += heading(2, esc(L.notes), pageBreak) + QStringLiteral("<ul>");
    for (const auto &n : m_d.notes) {
        QString who = n.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!n.author.isEmpty())
            who += QStringLiteral(" ") + n.author;
        if (n.scenario >= 0 && n.scenario < m_d.scenarios.size())
            who += textIn(m_lang, u" 「%1」", u" \"%1\"")
                       .arg(printedName(m_d.scenarios[n.scenario].name));
        m_h += QStringLiteral("<li>%1<br>%2</li>")
                   .arg(small(esc(who)), esc(n.text).replace(u'\n', QStringLiteral("<br>")));
    }
    m_h += QStringLiteral("</ul>");
}

QString reportHtml(const ReportData &data, qreal contentWidth)
{
    return ReportHtml(data, contentWidth).build();
}

} // namespace shienplan
