// The report's HTML for one scenario: its heading, totals and findings, then each program with
// its facts, its figures (yen, 千円 and what each rests on), the members of a joint program,
// the engine's explanation and the sources of the values used.

#include "core/base/bilingual.h"
#include "report/pdfhtml.h"

namespace shienplan
{

// The figures of a program or of a scenario's totals in the steps of the subsidy's form, with
// each step's formula (fundingSteps()); (H) 国庫補助所要額 stands out. `computed`: the rows after
// the planner's own (A)–(D) too.
void ReportHtml::stepRows(const ReportSteps &f, bool computed)
{
    const QList<FundingStep> &steps = fundingSteps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (!computed && !ReportSteps::plannersOwn(i))
            continue;
        QString label = esc(steps[i].heading(m_lang));
        const QString formula = steps[i].formula.in(m_lang);
        if (!formula.isEmpty())
            label += QStringLiteral("<br>") + small(esc(formula));
        figureRow(label, f.steps[i], steps[i].letter == 'H');
    }
}

void ReportHtml::scenario(const ReportScenario &s, int index, bool pageBreak)
{
    scenarioHeading(s, index, pageBreak);
    if (!s.planTitle.isEmpty() && s.planTitle != m_d.title)
        m_h += smallParagraph(escName(s.planTitle));
    if (!s.evaluated)
        m_h += paragraph(verdict(false, esc(s.notEvaluated)));
    if (s.programs.isEmpty())
        m_h += paragraph(esc(L.noProgram));
    // With one program its own table is the total.
    if (s.evaluated && s.programs.size() > 1)
        scenarioTotals(s);
    if (s.evaluated)
        findings(s);
    for (const auto &p : s.programs)
        program(s, p);
}

void ReportHtml::scenarioHeading(const ReportScenario &s, int index, bool pageBreak)
{
    // Every scenario starts on a new page: the page a section chief signs is about one plan.
    m_h += heading(2,
        esc(L.scenarioHeading.arg(L.scenario).arg(index + 1).arg(printedName(s.name))), pageBreak);
    QStringList body { printedName(s.bodyName) };
    if (!s.bodyKindLabel.isEmpty())
        body << s.bodyKindLabel;
    if (!s.bodyCode.isEmpty())
        body << s.bodyCode;
    m_h += paragraph(QStringLiteral("%1: %2　%3: %4　%5: %6")
                         .arg(esc(L.body), esc(body.join(textIn(m_lang, u"・", u", "))),
                             esc(L.fiscalYear), esc(s.fiscalYearLabel), esc(L.eligibility),
                             verdict(s.evaluated && s.eligible, esc(s.eligibilityText(m_lang)))));
}

void ReportHtml::scenarioTotals(const ReportScenario &s)
{
    m_h += heading(3, esc(L.totals));
    figureTableStart();
    stepRows(s.totals, true);
    m_h += QStringLiteral("</table>");
    m_h += smallParagraph(esc(formLayoutNote().in(m_lang)));
}

void ReportHtml::findings(const ReportScenario &s)
{
    m_h += heading(3, esc(L.findings));
    if (s.findings.isEmpty()) {
        m_h += paragraph(esc(L.noFindings));
        return;
    }
    m_h += QStringLiteral("<ul style=\"margin-top:0px; margin-bottom:0px\">");
    for (const auto &f : s.findings) {
        const QString label = esc(QStringLiteral("【%1】").arg(f.severityLabel));
        QString line = f.severity == Severity::Error ? verdict(false, label) : label;
        if (!f.program.isEmpty())
            line += esc(QStringLiteral("%1 %2: ").arg(L.program, f.program));
        line += esc(f.message);
        if (!f.source.isEmpty())
            line += QStringLiteral(" ")
                + small(esc(textIn(m_lang, u"（出典: %1）", u"(source: %1)").arg(f.source)));
        m_h += QStringLiteral("<li>%1</li>").arg(line);
    }
    m_h += QStringLiteral("</ul>");
}

void ReportHtml::program(const ReportScenario &s, const ReportProgram &p)
{
    m_h += heading(3, esc(QStringLiteral("%1 %2 — %3").arg(L.program, p.id, p.menuLabel)));
    programInfo(s, p);
    programFigures(s, p);
    if (!p.members.isEmpty())
        members(p);
    if (!p.explanation.isEmpty())
        explanation(p);
    if (!p.sources.isEmpty())
        sources(p);
}

void ReportHtml::programInfo(const ReportScenario &s, const ReportProgram &p)
{
    m_h += gridTable();
    auto info = [&](const QString &k, const QString &vHtml) {
        m_h += QStringLiteral("<tr><td bgcolor=\"#f4f6f8\" width=\"30%\">%1</td><td>%2</td></tr>")
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
            info(L.joint, esc(members.join(textIn(m_lang, u"、", u", "))));
        }
        if (!p.served.isEmpty())
            info(L.served, esc(p.served));
        info(L.eligibility, verdict(p.eligible, esc(p.eligible ? L.eligible : L.notEligible)));
    }
    m_h += QStringLiteral("</table>");
}

void ReportHtml::programFigures(const ReportScenario &s, const ReportProgram &p)
{
    figureTableStart();
    stepRows(p, s.evaluated);
    m_h += QStringLiteral("</table>");
    m_h += smallParagraph(esc(formLayoutNote().in(m_lang)));
}

void ReportHtml::members(const ReportProgram &p)
{
    m_h += heading(4,
        esc(QStringLiteral("%1: %2").arg(
            L.joint, fundingSteps()[ReportSteps::localRow()].heading(m_lang))));
    m_h += gridTable() + QStringLiteral("<thead><tr>") + th(QStringLiteral("30%"), esc(L.member))
        + th(QStringLiteral("14%"), esc(L.share)) + th(QStringLiteral("30%"), esc(L.yen))
        + th(QStringLiteral("26%"), esc(L.thousandYen)) + QStringLiteral("</tr></thead>");
    for (const auto &m : p.members)
        m_h += QStringLiteral("<tr><td>%1（%2）</td><td align=\"right\">%3</td><td "
                              "align=\"right\">%4</td><td align=\"right\">%5</td></tr>")
                   .arg(esc(m.name), esc(m.code), esc(fractionToString(m.share)),
                       m_pack.amount(formatRange(m.local, m_lang), m_pack.column(30), 9),
                       m_pack.amount(formatThousandRange(m.local, m_lang), m_pack.column(26), 9));
    m_h += QStringLiteral("</table>");
}

void ReportHtml::explanation(const ReportProgram &p)
{
    m_h += heading(4, esc(L.explanation))
        + QStringLiteral("<ol style=\"margin-top:0px; margin-bottom:0px\">");
    for (const auto &step : p.explanation)
        m_h += QStringLiteral("<li>%1</li>").arg(esc(step));
    m_h += QStringLiteral("</ol>");
}

void ReportHtml::sources(const ReportProgram &p)
{
    m_h += heading(4, esc(L.sources));
    m_h += gridTable() + QStringLiteral("<thead><tr>") + th(QStringLiteral("33%"), esc(L.item))
        + th(QStringLiteral("14%"), esc(L.status)) + th(QStringLiteral("21%"), esc(L.source))
        + th(QStringLiteral("32%"), esc(L.note)) + QStringLiteral("</tr></thead>");
    for (const auto &src : p.sources)
        m_h += QStringLiteral("<tr><td>%1</td><td><font "
                              "color=\"%2\">%3</font></td><td>%4</td><td>%5</td></tr>")
                   .arg(esc(src.label), printColor(src.status),
                       esc(statusLabel(src.status, m_lang)), esc(src.source), small(esc(src.note)));
    m_h += QStringLiteral("</table>");
}

void ReportHtml::figureTableStart()
{
    m_h += gridTable() + QStringLiteral("<thead><tr>") + th(QStringLiteral("24%"), esc(L.item))
        + th(QStringLiteral("30%"), esc(L.yen)) + th(QStringLiteral("20%"), esc(L.thousandYen))
        + th(QStringLiteral("26%"), esc(L.restsOn)) + QStringLiteral("</tr></thead>");
}

void ReportHtml::figureRow(const QString &label, const ReportFigure &f, bool key)
{
    const QString b = key ? QStringLiteral("<b>") : QString();
    const QString eb = key ? QStringLiteral("</b>") : QString();
    m_h += QStringLiteral("<tr><td>%1%2%3</td><td align=\"right\">%1%4%3</td><td "
                          "align=\"right\">%1%5%3</td><td>%6</td></tr>")
               .arg(b, label, eb,
                   m_pack.amount(formatRange(f.value, m_lang), m_pack.column(30), 9, key),
                   m_pack.amount(formatThousandRange(f.value, m_lang), m_pack.column(20), 9, key),
                   m_pack.statuses(f.statuses, m_lang, m_pack.column(26)));
}

} // namespace shienplan
