// The sheet of one scenario: who and when, the table of its programs with a totals row of
// =SUM() formulas, then its findings, the engine's explanation and the sources used.

#include "core/base/bilingual.h"
#include "report/xlsxsheets.h"

#include <algorithm>

namespace shienplan
{

namespace
{

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
        int row = findings(totalRow + 2);
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
        lxw_worksheet *ws = sh.ws();
        worksheet_set_paper(ws, 9); // A4
        worksheet_set_landscape(ws);
        worksheet_fit_to_pages(ws, 1, 0);
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
        auto single = [&](int col, const QString &label) {
            sh.headerSingle(kHeader1, col, label, F.header);
        };
        auto pair = [&](int col, const QString &label) {
            sh.headerPair(kHeader1, col, label, L.min, L.max, F.header);
        };
        single(CId, L.programId);
        single(CMenu, L.menu);
        single(CSubprojects, L.subprojects);
        single(CStaff, L.staff);
        single(CExpenditure, L.expenditure);
        single(COtherIncome, L.otherIncome);
        single(CNet, L.net);
        pair(CStandardMin, L.standard);
        pair(CAdoptedMin, L.adopted);
        pair(CNationalMin, L.national);
        pair(CPrefectureMin, L.prefecture);
        pair(CLocalMin, L.local);
        single(CEligible, L.eligibility);
        sh.merge(kHeader1, CStatusStandard, kHeader1, CStatusLocal, L.restsOn, F.header);
        const QList<QString> statusHeads { L.standard, L.adopted, L.national, L.prefecture,
            L.local };
        for (int i = 0; i < statusHeads.size(); ++i)
            sh.headerBelow(kHeader2, CStatusStandard + i, statusHeads[i], F.header);
        worksheet_set_row(sh.ws(), kHeader1, 30, nullptr);
        worksheet_set_row(sh.ws(), kHeader2, 16, nullptr);
    }

    // One row per program; returns the row after them, where the totals go.
    int programRows()
    {
        int row = kFirstProgram;
        for (const auto &p : s.programs) {
            sh.text(row, CId, p.id, F.text);
            sh.text(row, CMenu, p.menuLabel, F.text);
            sh.text(row, CSubprojects, p.subprojectsText(lang), F.wrap);
            sh.text(row, CStaff, p.staffText(lang), F.wrap);
            sh.amount(row, CExpenditure, p.expenditure, F.yen, F.unknown, L.unknown);
            sh.amount(row, COtherIncome, p.otherIncome, F.yen, F.unknown, L.unknown);
            // The net cost as the formula a planner would write; the engine's figure is its
            // cached value.
            sh.formula(row, CNet,
                QStringLiteral("=MAX(0,%1-%2)")
                    .arg(cellName(row, CExpenditure), cellName(row, COtherIncome)),
                Yen(std::max(Yen(0), Yen(p.expenditure - p.otherIncome))), F.yen, F.unknown,
                L.unknown);
            int col = CStandardMin;
            for (const ReportFigure *fig :
                { &p.standard, &p.adopted, &p.national, &p.prefecture, &p.local }) {
                sh.amount(row, col, fig->value.min, F.yen, F.unknown, L.unknown);
                sh.amount(row, col + 1, fig->value.max, F.yen, F.unknown, L.unknown);
                col += 2;
            }
            const bool ok = s.evaluated && p.eligible;
            sh.text(row, CEligible,
                !s.evaluated ? s.eligibilityText(lang)
                    : ok     ? L.eligible
                             : L.notEligible,
                ok ? F.ok : F.ng);
            col = CStatusStandard;
            for (const ReportFigure *fig :
                { &p.standard, &p.adopted, &p.national, &p.prefecture, &p.local })
                sh.text(row, col++, restsOn(*fig), F.status);
            ++row;
        }
        if (s.programs.isEmpty()) {
            sh.text(row, CId, L.noProgram, F.text, false);
            ++row;
        }
        return row;
    }

    // Totals: =SUM() over the program rows, cached with the engine's totals. A column with an
    // unknown end sums to 不明, as the engine says.
    void totals(int totalRow)
    {
        sh.merge(totalRow, CId, totalRow, CStaff, L.total, F.totalLabel);
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
        total(CExpenditure, t.expenditure);
        total(COtherIncome, t.otherIncome);
        total(CNet, t.net.value.min);
        int col = CStandardMin;
        for (const ReportFigure *fig :
            { &t.standard, &t.adopted, &t.national, &t.prefecture, &t.local }) {
            total(col, fig->value.min);
            total(col + 1, fig->value.max);
            col += 2;
        }
        sh.text(
            totalRow, CEligible, s.eligibilityText(lang), s.evaluated && s.eligible ? F.ok : F.ng);
        col = CStatusStandard;
        for (const ReportFigure *fig :
            { &t.standard, &t.adopted, &t.national, &t.prefecture, &t.local })
            sh.text(totalRow, col++, restsOn(*fig), F.status);
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
        sh.cap(CSubprojects, 44);
        sh.cap(CStaff, 30);
        for (int c = CStatusStandard; c <= CStatusLocal; ++c)
            sh.cap(c, 26);
        worksheet_freeze_panes(sh.ws(), kFirstProgram, CSubprojects);
        worksheet_repeat_rows(sh.ws(), kHeader1, kHeader2);
        sh.applyWidths();
    }

    Sheet &sh;
    const Formats &F;
    const ReportLabels &L;
    const QString &lang;
    const ReportScenario &s;
};

} // namespace

int writeScenarioSheet(Sheet &sh, const Formats &F, const ReportData &data, qsizetype index)
{
    return ScenarioSheet(sh, F, data, data.scenarios[index]).write(index);
}

} // namespace shienplan
