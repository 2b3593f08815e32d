// The summary sheet 「概要」: the document's title, body and years, a row per scenario whose
// figures are formulas referring to the totals of the scenario's own sheet, and the legend.

#include "core/base/bilingual.h"
#include "report/xlsxsheets.h"

namespace shienplan
{

namespace
{

class SummarySheet
{
public:
    SummarySheet(Sheet &sh, const Formats &F, const ReportData &data, const QStringList &names,
        const QList<int> &totalRows)
        : sh(sh)
        , F(F)
        , L(reportLabels(data.lang))
        , lang(data.lang)
        , data(data)
        , names(names)
        , totalRows(totalRows)
    {
    }

    void write()
    {
        heading();
        tableHeader();
        int row = kFirstProgram;
        for (qsizetype si = 0; si < data.scenarios.size(); ++si)
            scenarioRow(row++, si);
        row = legend(row + 1);
        problems(row);
        worksheet_freeze_panes(sh.ws(), kFirstProgram, SYear);
        sh.cap(SName, 36);
        sh.cap(SMenus, 40);
        sh.cap(SStatusNational, 26);
        sh.applyWidths();
        sh.setUpPrint(kHeader1, kHeader2, 0, {});
        worksheet_activate(sh.ws()); // the workbook opens on it
    }

private:
    void heading()
    {
        sh.titleBlock(F, data.title,
            { { L.body, data.bodyText }, { L.fiscalYear, data.fiscalYearText },
                { L.date, data.dateText } },
            L.disclaimer);
    }

    void tableHeader()
    {
        auto single = [&](int col, const QString &label) {
            sh.headerSingle(kHeader1, col, label, F.header);
        };
        auto pair = [&](int col, const QString &label) {
            sh.headerPair(kHeader1, col, label, L.min, L.max, F.header);
        };
        single(SNo, QStringLiteral("No."));
        single(SName, L.scenario);
        single(SYear, L.fiscalYear);
        single(SMenus, L.program);
        single(SEligible, L.eligibility);
        int col = SFirstFigure;
        for (qsizetype row : summaryRows()) {
            pair(col, fundingSteps()[row].heading(lang));
            col += 2;
        }
        single(SStatusNational,
            textIn(lang, u"%1の根拠の状態", u"%1: rests on").arg(fundingStep('H').heading(lang)));
        worksheet_set_row(sh.ws(), kHeader1, 30, nullptr);
        worksheet_set_row(sh.ws(), kHeader2, 16, nullptr);
    }

    void scenarioRow(int row, qsizetype si)
    {
        lxw_worksheet *ws = sh.ws();
        const ReportScenario &s = data.scenarios[si];
        worksheet_write_number(ws, lxw_row_t(row), SNo, double(si + 1), F.text);
        // The name links to the scenario's sheet (Excel refuses links of 255 bytes or more).
        const QByteArray url = (QStringLiteral("internal:") + sheetRef(names[si], 0, 0)).toUtf8();
        const QByteArray name = s.name.toUtf8();
        if (url.size() < 255)
            worksheet_write_url_opt(ws, lxw_row_t(row), SName, url.constData(), F.link,
                name.constData(),
                textIn(lang, u"シートへ移動", u"Go to the sheet").toUtf8().constData());
        else
            worksheet_write_string(ws, lxw_row_t(row), SName, name.constData(), F.text);
        sh.grow(SName, displayWidth(s.name));
        sh.text(row, SYear, s.fiscalYearLabel, F.text);
        sh.text(row, SMenus, s.menusText(lang), F.wrap);
        sh.text(row, SEligible, s.eligibilityText(lang), s.evaluated && s.eligible ? F.ok : F.ng);
        const ReportTotals &t = s.totals;
        int col = SFirstFigure;
        for (qsizetype step : summaryRows()) {
            const ReportFigure &fig = t.steps[step];
            for (bool max : { false, true })
                sh.formula(row, col + int(max),
                    QStringLiteral("=")
                        + sheetRef(names[si], totalRows[si], ScenarioColumns::step(step, max)),
                    max ? fig.value.max : fig.value.min, F.yen, F.unknown, L.unknown);
            col += 2;
        }
        sh.text(row, SStatusNational, statusesText(t.step('H').statuses, lang), F.status);
    }

    int legend(int row)
    {
        sh.text(row++, 0, formLayoutNote().in(lang), F.textSmall, false);
        sh.text(row++, 0,
            textIn(lang, u"金額は各案のシートの合計を参照しています。",
                u"The figures refer to the totals on each scenario's sheet."),
            F.textSmall, false);
        if (data.legend.isEmpty())
            return row;
        ++row;
        sh.text(row++, 0, L.legend, F.label, false);
        for (const auto &e : data.legend) {
            sh.text(row, 1, e.label, F.text);
            sh.text(row, 2, e.meaning, F.value, false);
            ++row;
        }
        return row;
    }

    void problems(int row)
    {
        if (data.problems.isEmpty())
            return;
        ++row;
        sh.text(row++, 0, L.notApplied, F.label, false);
        for (const auto &p : data.problems)
            sh.text(row++, 1, p, F.value, false);
    }

    Sheet &sh;
    const Formats &F;
    const ReportLabels &L;
    const QString &lang;
    const ReportData &data;
    const QStringList &names;
    const QList<int> &totalRows;
};

} // namespace

QList<qsizetype> summaryRows()
{
    return { ReportSteps::fundingRow('E'), ReportSteps::fundingRow('G'),
        ReportSteps::fundingRow('H'), ReportSteps::prefectureRow(), ReportSteps::localRow() };
}

void writeSummarySheet(Sheet &summary, const Formats &F, const ReportData &data,
    const QStringList &names, const QList<int> &totalRows)
{
    SummarySheet(summary, F, data, names, totalRows).write();
}

} // namespace shienplan
