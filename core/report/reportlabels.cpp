// The fixed texts of the report (its labels, the names of rule-book items, what each status
// means) in both languages side by side, and the short texts built from them. One place, so
// that the PDF, the workbook and the CSV use the same terms.

#include "core/base/bilingual.h"
#include "core/base/catalogue.h"
#include "core/base/sources.h"
#include "core/report/reportdata.h"
#include "core/report/shoyogaku.h"

namespace shienplan
{

namespace
{

// The labels of one language; each line names both, so that a label is never missing in one.
ReportLabels labelsIn(QStringView lang)
{
    auto t = [lang](QStringView ja, QStringView en) { return textIn(lang, ja, en); };
    ReportLabels l;
    l.reportTitle = t(u"ひきこもり支援推進事業 計画書", u"Hikikomori support programme: plan");
    l.body = t(u"実施主体", u"Implementing body");
    l.bodyCode = t(u"団体コード", u"Body code");
    l.fiscalYear = t(u"年度", u"Fiscal year");
    l.date = t(u"作成日", u"Date");
    l.scenario = t(u"案", u"Alternative");
    l.scenarios = t(u"案の比較", u"Alternatives compared");
    l.program = t(u"事業", u"Program");
    l.programId = t(u"事業ID", u"Program id");
    l.menu = t(u"事業区分", u"Menu");
    l.subprojects = t(u"実施する事業（◎必須・○任意）", u"Sub-projects (◎ required, ○ optional)");
    l.staff = t(u"人員", u"Staff");
    l.rate = t(u"補助率", u"Rate");
    l.startup = t(u"都道府県による立ち上げ支援", u"Start-up support by the prefecture");
    l.served = t(u"担当区域（支援する市町村）", u"Served municipalities");
    l.joint = t(u"共同実施", u"Joint program");
    l.member = t(u"構成団体", u"Member");
    l.share = t(u"負担割合", u"Share");
    l.formula = t(u"算式", u"Formula");
    l.item = t(u"項目", u"Item");
    l.yen = t(u"金額（円）", u"Yen");
    l.thousandYen = t(u"金額（千円）", u"Thousand yen");
    l.thousandUnit = t(u"千円", u"thousand yen");
    l.yenUnit = t(u"円", u"yen");
    l.restsOn = t(u"根拠の状態", u"Rests on");
    l.min = t(u"下限", u"min");
    l.max = t(u"上限", u"max");
    l.eligibility = t(u"判定", u"Eligibility");
    l.eligible = t(u"補助対象", u"Eligible");
    l.notEligible = t(u"補助対象外", u"Not eligible");
    l.findings = t(u"指摘事項", u"Findings");
    l.noFindings = t(u"指摘事項はありません。", u"No findings.");
    l.explanation = t(u"計算の根拠", u"How the amounts were computed");
    l.sources = t(u"使用した値と出典", u"Values used and their sources");
    l.source = t(u"出典", u"Source");
    l.status = t(u"状態", u"Status");
    l.note = t(u"備考", u"Note");
    l.legend = t(u"値の状態（凡例）", u"Status of values (legend)");
    l.totals = t(u"案ごとの合計", u"Totals per alternative");
    l.total = t(u"合計", u"Total");
    l.summary = t(u"概要", u"Summary");
    l.notes = t(u"メモ", u"Notes");
    l.none = t(u"なし", u"none");
    l.unknown = t(u"不明", u"unknown");
    l.noProgram = t(u"事業がありません", u"no program");
    l.page = QStringLiteral("%1 / %2");
    l.generatedBy = t(u"ShienPlan で作成", u"Made with ShienPlan");
    l.disclaimer = t(u"この計画書の金額は、資料とその解釈に基づく試算です。"
                     u"国・都道府県の正式な額ではありません。"
                     u"各金額の右に、その金額が拠って立つ値の状態を示します（凡例を参照）。",
        u"The amounts in this plan are estimates from the source documents and their reading, "
        u"not official national or prefectural figures. Next to each amount is the status of "
        u"the values it rests on (see the legend).");
    l.scenarioHeading = t(u"%1 %2 「%3」", u"%1 %2 \"%3\"");
    l.notApplied
        = t(u"適用できなかった文書の値", u"Values of the document that could not be applied");
    return l;
}

} // namespace

const ReportLabels &reportLabels(QStringView lang)
{
    // Built once per language: every row of every output reads them.
    static const ReportLabels ja = labelsIn(u"ja");
    static const ReportLabels en = labelsIn(u"en");
    return isEnglish(lang) ? en : ja;
}

QString statusesText(const QList<Status> &statuses, QStringView lang)
{
    QStringList names;
    for (Status s : statuses)
        names << statusLabel(s, lang);
    return names.join(textIn(lang, u"・", u", "));
}

QString formatThousandRange(const YenRange &r, QStringView lang)
{
    // Exact, as the 所要額調書 shows it: 12,345,678 円 is 12,345.678 千円, never rounded.
    return formatRangeWith(
        r, lang, [](const Yen &v) { return formatInUnit(v, AmountUnit::Thousand); }, u"", u"");
}

QString reportItemLabel(const QString &item, QStringView lang)
{
    if (item == QLatin1String("calculation.adopted_rule"))
        return textIn(lang, u"%1・%2の算定（少ない方を採る）", u"%1 and %2: the lower amount")
            .arg(fundingStep('F').heading(lang), fundingStep('G').heading(lang));
    // Every other value by the names the window uses too.
    return valueLabel(item, lang);
}

QString statusMeaning(Status s, QStringView lang)
{
    switch (s) {
    case Status::Stated:
        return textIn(lang, u"資料に記載のある値", u"stated in the source documents");
    case Status::CarriedOver:
        return textIn(lang,
            u"以前の年度の資料の値を引き継いだもの。今年度の正式な額で確認してください",
            u"carried over from an earlier year's documents; confirm it against this year's "
            u"official figure");
    case Status::Inferred:
        return textIn(lang, u"資料に明記はなく、資料から推定した値",
            u"inferred from the source documents, not stated in them");
    case Status::Assumed:
        return textIn(lang, u"資料にないため仮定した値（通常の算定方法など）",
            u"not in the sources; an assumption (such as the usual calculation method)");
    case Status::Range:
        return textIn(lang, u"資料では範囲でしか示されていない値。金額は範囲で示します",
            u"the sources give only a range; the amount is shown as a range");
    case Status::Unknown:
        return textIn(lang, u"資料にない値。これに依存する端は「不明」と示します",
            u"not in the sources; an end that depends on it is shown as unknown");
    case Status::User:
        return textIn(lang,
            u"計画またはユーザーが入力した値（支出額、負担割合、入力した正式な額など）",
            u"entered in the plan or by the user (expenditure, shares, corrected values)");
    }
    return {};
}

} // namespace shienplan
