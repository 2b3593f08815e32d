// The sheet of one scenario: who and when, the table of its programs in the steps of the
// subsidy's form ((A)–(H), fundingSteps()) with live formulas for every derived figure and a totals
// row of =SUM() formulas, then its findings, the engine's explanation and the sources used.

#include "core/base/bilingual.h"
#include "report/xlsxformulas.h"
#include "report/xlsxsheets.h"

#include <algorithm>

namespace shienplan
{

namespace
{

// The columns in order, built once: ids of the table's columns.
struct Layout {
    QList<int> stepMin, stepMax, status; // by row of fundingSteps(); -1: none
    int rate = -1, eligible = -1, count = 0;
    Layout()
    {
        int col = ScenarioColumns::staff + 1;
        const qsizetype n = fundingSteps().size();
        for (qsizetype i = 0; i < n; ++i) {
            if (i == ReportSteps::fundingRow('H'))
                rate = col++;
            stepMin << col;
            stepMax << (ReportSteps::plannersOwn(i) ? col : col + 1);
            col = stepMax.last() + 1;
        }
        eligible = col++;
        for (qsizetype i = 0; i < n; ++i)
            status << (ReportSteps::plannersOwn(i) ? -1 : col++);
        count = col;
    }
};

const Layout &layout()
{
    static const Layout l;
    return l;
}

class ScenarioSheet
{
public:
    ScenarioSheet(Sheet &sh, const Formats &F, const ReportData &data, const ReportScenario &s)
        : sh(sh)
        , F(F)
        , L(reportLabels(data.lang))
        , lang(data.lang)
        , s(s)
    {
    }

    int write(qsizetype index)
    {
        heading(index);
        tableHeader();
        const int totalRow = programRows();
        totals(totalRow);
        int row = findings(totalRow + 3);
        row = explanations(row);
        sources(row);
        finish();
        return totalRow;
    }

private:
    // As in the PDF: "—" for a figure that rests on nothing uncertain (no start-up support).
    QString restsOn(const ReportFigure &f) const
    {
        return f.statuses.isEmpty() && f.value.isExact() ? QStringLiteral("—")
                                                         : statusesText(f.statuses, lang);
    }

    void heading(qsizetype index)
    {
        sh.text(0, 0, L.scenarioHeading.arg(L.scenario).arg(index + 1).arg(s.name), F.title, false);
        QStringList body { s.bodyName };
        if (!s.bodyKindLabel.isEmpty())
            body << s.bodyKindLabel;
        if (!s.bodyCode.isEmpty())
            body << s.bodyCode;
        sh.text(1, 0, L.body, F.label);
        sh.text(1, 1, body.join(textIn(lang, u"・", u", ")), F.value, false);
        sh.text(2, 0, L.fiscalYear, F.label);
        sh.text(2, 1, s.fiscalYearLabel, F.value, false);
        sh.text(3, 0, L.eligibility, F.label);
        sh.text(3, 1, s.evaluated ? s.eligibilityText(lang) : s.notEvaluated, F.value, false);
    }

    // Two header rows: a group label over 下限/上限, single columns merged over both rows.
    void tableHeader()
    {
        const Layout &c = layout();
        auto single = [&](int col, const QString &label) {
            sh.headerSingle(kHeader1, col, label, F.header);
        };
        single(ScenarioColumns::id, L.programId);
        single(ScenarioColumns::menu, L.menu);
        single(ScenarioColumns::subprojects, L.subprojects);
        single(ScenarioColumns::staff, L.staff);
        const QList<FundingStep> &steps = fundingSteps();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            if (c.stepMin[i] == c.stepMax[i])
                single(c.stepMin[i], steps[i].heading(lang));
            else
                sh.headerPair(
                    kHeader1, c.stepMin[i], steps[i].heading(lang), L.min, L.max, F.header);
        }
        single(c.rate, L.rate);
        single(c.eligible, L.eligibility);
        sh.merge(kHeader1, c.status[ReportSteps::fundingRow('E')], kHeader1, c.count - 1, L.restsOn,
            F.header);
        for (qsizetype i = 0; i < steps.size(); ++i)
            if (c.status[i] >= 0)
                sh.headerBelow(kHeader2, c.status[i], steps[i].heading(lang), F.header);
        worksheet_set_row(sh.ws(), kHeader1, 30, nullptr);
        worksheet_set_row(sh.ws(), kHeader2, 30, nullptr);
    }

    // One row per program; returns the row after them, where the totals go.
    int programRows()
    {
        const Layout &c = layout();
        int row = kFirstProgram;
        for (const auto &p : s.programs) {
            sh.text(row, ScenarioColumns::id, p.id, F.text);
            sh.text(row, ScenarioColumns::menu, p.menuLabel, F.text);
            sh.text(row, ScenarioColumns::subprojects, p.subprojectsText(lang), F.wrap);
            sh.text(row, ScenarioColumns::staff, p.staffText(lang), F.wrap);
            if (s.evaluated && p.rate)
                computedRow(row, p);
            else
                valuesRow(row, p);
            const bool ok = s.evaluated && p.eligible;
            sh.text(row, c.eligible,
                !s.evaluated ? s.eligibilityText(lang)
                    : ok     ? L.eligible
                             : L.notEligible,
                ok ? F.ok : F.ng);
            for (qsizetype i = 0; i < p.steps.size(); ++i)
                if (c.status[i] >= 0)
                    sh.text(row, c.status[i], restsOn(p.steps[i]), F.status);
            ++row;
        }
        if (s.programs.isEmpty()) {
            sh.text(row, ScenarioColumns::id, L.noProgram, F.text, false);
            ++row;
        }
        return row;
    }

    // Figures the engine could not compute (no rule for the menu): the values as they are.
    void valuesRow(int row, const ReportProgram &p)
    {
        const Layout &c = layout();
        for (qsizetype i = 0; i < p.steps.size(); ++i) {
            sh.amount(row, c.stepMin[i], p.steps[i].value.min, F.yen, F.unknown, L.unknown);
            if (c.stepMax[i] != c.stepMin[i])
                sh.amount(row, c.stepMax[i], p.steps[i].value.max, F.yen, F.unknown, L.unknown);
        }
        sh.text(row, c.rate, p.rate ? fractionToString(*p.rate) : L.unknown, F.unknown);
    }

    // The planner's figures and (E) as values, everything derived from them as the formula the
    // form's step names, with the engine's figure as its cached value.
    void computedRow(int row, const ReportProgram &p)
    {
        const Layout &c = layout();
        const QString unknown = u'"' + L.unknown + u'"';
        auto at = [&](char letter, bool max) {
            const qsizetype i = ReportSteps::fundingRow(letter);
            return cellName(row, max ? c.stepMax[i] : c.stepMin[i]);
        };
        auto end = [&](qsizetype i, bool max) {
            return max ? p.steps[i].value.max : p.steps[i].value.min;
        };
        auto known = [&](char letter, bool max) {
            return end(ReportSteps::fundingRow(letter), max).has_value();
        };
        auto put = [&](qsizetype i, bool max, const QString &formula) {
            sh.formula(row, max ? c.stepMax[i] : c.stepMin[i], u'=' + formula, end(i, max), F.yen,
                F.unknown, L.unknown);
        };
        for (char letter : { 'A', 'B', 'D', 'E' }) {
            const qsizetype i = ReportSteps::fundingRow(letter);
            for (bool max : { false, true })
                if (!max || c.stepMax[i] != c.stepMin[i])
                    sh.amount(row, max ? c.stepMax[i] : c.stepMin[i], end(i, max), F.yen, F.unknown,
                        L.unknown);
        }
        worksheet_write_number(
            sh.ws(), lxw_row_t(row), lxw_col_t(c.rate), p.rate->convert_to<double>(), F.rate);
        sh.grow(c.rate, 5);
        const QString rate = cellName(row, c.rate);
        put(ReportSteps::fundingRow('C'), false,
            QStringLiteral("MAX(0,%1-%2)").arg(at('A', false), at('B', false)));
        const qsizetype pref = ReportSteps::prefectureRow();
        for (bool max : { false, true }) {
            put(ReportSteps::fundingRow('F'), max,
                xlsxformula::lowerOf(
                    at('E', max), at('D', false), !max, !known('E', max), unknown));
            put(ReportSteps::fundingRow('G'), max,
                xlsxformula::lowerOf(
                    at('F', max), at('C', false), !max, !known('F', max), unknown));
            put(ReportSteps::fundingRow('H'), max,
                xlsxformula::truncated(
                    at('G', max), rate, p.truncationUnit, !known('G', max), unknown));
            const int prefCol = max ? c.stepMax[pref] : c.stepMin[pref];
            if (p.prefectureShare) {
                const Fraction &share = max ? p.prefectureShare->max : p.prefectureShare->min;
                put(pref, max,
                    xlsxformula::truncated(at('G', max), fractionToString(share), p.truncationUnit,
                        !known('G', max), unknown));
            } else {
                sh.amount(row, prefCol, end(pref, max), F.yen, F.unknown, L.unknown);
            }
        }
        // The local burden crosses the ends: its lower end takes the highest (H) and support.
        const qsizetype local = ReportSteps::localRow();
        for (bool max : { false, true }) {
            const QString h = at('H', !max);
            const QString sup = cellName(row, !max ? c.stepMax[pref] : c.stepMin[pref]);
            const bool guarded = !known('H', !max) || !end(pref, !max);
            put(local, max, xlsxformula::remainder(at('C', false), h, sup, guarded, unknown));
        }
    }

    // Totals: =SUM() over the program rows, cached with the engine's totals. A column with an
    // unknown end sums to 不明, as the engine says.
    void totals(int totalRow)
    {
        const Layout &c = layout();
        sh.merge(
            totalRow, ScenarioColumns::id, totalRow, ScenarioColumns::staff, L.total, F.totalLabel);
        const ReportTotals &t = s.totals;
        auto total = [&](int col, const std::optional<Yen> &cached) {
            if (s.programs.isEmpty()) {
                sh.amount(totalRow, col, Yen(0), F.yenTotal, F.unknownTotal, L.unknown);
                return;
            }
            if (!cached) {
                sh.text(totalRow, col, L.unknown, F.unknownTotal);
                return;
            }
            sh.formula(totalRow, col,
                QStringLiteral("=SUM(%1:%2)")
                    .arg(cellName(kFirstProgram, col), cellName(totalRow - 1, col)),
                cached, F.yenTotal, F.unknownTotal, L.unknown);
        };
        for (qsizetype i = 0; i < t.steps.size(); ++i) {
            total(c.stepMin[i], t.steps[i].value.min);
            if (c.stepMax[i] != c.stepMin[i])
                total(c.stepMax[i], t.steps[i].value.max);
        }
        sh.text(
            totalRow, c.eligible, s.eligibilityText(lang), s.evaluated && s.eligible ? F.ok : F.ng);
        for (qsizetype i = 0; i < t.steps.size(); ++i)
            if (c.status[i] >= 0)
                sh.text(totalRow, c.status[i], restsOn(t.steps[i]), F.status);
        // Where the steps are shown, what their layout rests on.
        sh.text(totalRow + 1, 0, formLayoutNote().in(lang), F.textSmall, false);
    }

    // Below the table the long texts run to the right, over the narrow columns.
    int findings(int row)
    {
        sh.text(row++, 0, L.findings, F.label, false);
        if (!s.evaluated)
            sh.text(row++, 0, s.notEvaluated, F.value, false);
        else if (s.findings.isEmpty())
            sh.text(row++, 0, L.noFindings, F.value, false);
        for (const auto &fd : s.findings) {
            sh.text(
                row, 0, fd.severityLabel, fd.severity == Severity::Error ? F.ng : F.text, false);
            sh.text(row, 1, fd.program, F.text, false);
            sh.text(row, 2, fd.source, F.text, false);
            sh.text(row, 3, fd.message, F.value, false);
            ++row;
        }
        return row;
    }

    int explanations(int row)
    {
        for (const auto &p : s.programs) {
            if (p.explanation.isEmpty())
                continue;
            ++row;
            sh.text(row++, 0, QStringLiteral("%1: %2 %3").arg(L.explanation, p.id, p.menuLabel),
                F.label, false);
            for (qsizetype i = 0; i < p.explanation.size(); ++i) {
                sh.text(row, 0, p.id, F.textSmall, false);
                worksheet_write_number(sh.ws(), lxw_row_t(row), 1, double(i + 1), F.textSmall);
                sh.text(row, 2, p.explanation[i], F.textSmall, false);
                ++row;
            }
        }
        return row;
    }

    void sources(int row)
    {
        const bool anySources = std::any_of(s.programs.cbegin(), s.programs.cend(),
            [](const ReportProgram &p) { return !p.sources.isEmpty(); });
        if (!anySources)
            return;
        ++row;
        sh.text(row++, 0, L.sources, F.label, false);
        sh.text(row, 0, L.programId, F.header, false);
        sh.text(row, 1, L.item, F.header, false);
        sh.text(row, 2, L.status, F.header, false);
        sh.text(row, 3, L.source, F.header, false);
        sh.text(row, 4, L.note, F.header, false);
        ++row;
        for (const auto &p : s.programs) {
            for (const auto &src : p.sources) {
                sh.text(row, 0, p.id, F.text, false);
                sh.text(row, 1, src.label, F.text, false);
                sh.text(row, 2, statusLabel(src.status, lang), F.text, false);
                sh.text(row, 3, src.source, F.text, false);
                sh.text(row, 4, src.note, F.text, false);
                ++row;
            }
        }
    }

    void finish()
    {
        const Layout &c = layout();
        sh.cap(ScenarioColumns::subprojects, 44);
        sh.cap(ScenarioColumns::staff, 30);
        for (int col : c.status)
            if (col >= 0)
                sh.cap(col, 26);
        worksheet_freeze_panes(sh.ws(), kFirstProgram, ScenarioColumns::subprojects);
        sh.applyWidths();
        // Printed in two parts: the program and (A)–(G), then 補助率, (H) and what follows.
        sh.setUpPrint(kHeader1, kHeader2, ScenarioColumns::menu + 1, { c.rate });
    }

    Sheet &sh;
    const Formats &F;
    const ReportLabels &L;
    const QString &lang;
    const ReportScenario &s;
};

} // namespace

int ScenarioColumns::step(qsizetype row, bool max)
{
    return max ? layout().stepMax[row] : layout().stepMin[row];
}

int ScenarioColumns::rate()
{
    return layout().rate;
}

int ScenarioColumns::eligible()
{
    return layout().eligible;
}

int ScenarioColumns::status(qsizetype row)
{
    return layout().status[row];
}

int ScenarioColumns::count()
{
    return layout().count;
}

int writeScenarioSheet(Sheet &sh, const Formats &F, const ReportData &data, qsizetype index)
{
    return ScenarioSheet(sh, F, data, data.scenarios[index]).write(index);
}

} // namespace shienplan
