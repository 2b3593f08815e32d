#pragma once

// What a report shows, computed once and shared by every output: the printed/PDF report, the
// Excel workbook and the CSV. A planner hands these to a section chief, the finance department
// and the prefecture, so every figure carries what it rests on (a carried-over, assumed, ranged or
// unknown rule-book value is never passed off as an official amount) and how it was computed.
//
// Plain, display-ready values only (no Gui): the renderers in ui/report/ lay it out. Money stays
// Yen and YenRange; an unknown end stays std::nullopt ("不明"), never 0.

#include "core/document/document.h"
#include "core/engine/engine.h"
#include "core/engine/fundingsteps.h"

#include <QDate>

namespace shienplan
{

class Registry;
class RuleBookLibrary;

// One amount of the report with the statuses of the rule-book values it rests on, most
// trustworthy first and the weakest last, without duplicates. Empty: it rests on nothing that
// could be uncertain (the prefecture's support of a program without start-up support is 0).
struct ReportFigure {
    YenRange value;
    QList<Status> statuses;
};

// The figures of the calculation, one per row of fundingSteps() and in its order: (A) 総事業費 …
// (H) 国庫補助所要額, then 都道府県の支援 and 実施主体の負担. The rows, their words and their order
// are fundingSteps()'s; these only say where each of them is.
struct ReportSteps {
    QList<ReportFigure> steps;
    const ReportFigure &step(char letter) const { return steps[fundingRow(letter)]; }
    const ReportFigure &prefecture() const { return steps[prefectureRow()]; }
    const ReportFigure &local() const { return steps[localRow()]; }

    static qsizetype fundingRow(char letter); // 'A' … 'H'
    static qsizetype prefectureRow(); // the first row after (H)
    static qsizetype localRow(); // the second row after (H)
    // (A)–(D) are the planner's own figures, exact yen; the rows after them may be ranges.
    static bool plannersOwn(qsizetype row);
};

struct ReportSubproject {
    QString id;
    QString key; // "S01"
    QString label; // 相談支援
    QString
        symbol; // ◎ required, ○ optional, - not allowed; empty when the year's matrix has no cell
};

struct ReportStaff {
    QString kind;
    QString label;
    int count = 0;
};

struct ReportMember { // one member of a joint program and its part of the local burden
    QString code;
    QString name;
    Fraction share;
    YenRange local;
};

struct ReportSource { // one rule-book value an amount rests on
    QString item; // "station.base"
    QString label; // ひきこもり支援ステーション事業の基本額
    Status status = Status::Unknown;
    QString sourceId; // "002:1148", as the rule book gives it
    QString source; // the citation in the report's language: 厚生労働省『…』本文1148行目
    QString note;
};

struct ReportFinding {
    Severity severity = Severity::Error;
    QString severityLabel; // エラー / 注意 / 情報
    QString code;
    QString program; // program id, empty for plan-wide findings
    QString message; // in the report's language
    QString source; // the citation in the report's language (Finding::citation)
};

struct ReportProgram : ReportSteps {
    QString id;
    QString menu; // id
    QString menuLabel; // ひきこもり支援ステーション事業
    QList<ReportSubproject> subprojects; // in matrix order
    QList<ReportStaff> staff; // kinds with at least one person
    std::optional<Fraction> rate; // absent when the menu has no rule this year
    // What the workbook's formulas need to recompute (H) and the prefecture's support from (G):
    // the rule book's truncation unit, and the share of the start-up support where there is one.
    Yen truncationUnit { 1000 };
    std::optional<FractionRange> prefectureShare;
    int yearsRunning = 1;
    QString startup; // "都道府県 1/4（1年目）", empty without start-up support
    // steps: (A)–(D) are the planner's own figures (status ユーザー入力); (E) on.. rest on the
    // rule book's values.
    QList<ReportMember> members; // joint programs only
    QString served; // 担当区域 of a center or satellite: "舟橋村、上市町（2団体）", empty when none
    QStringList explanation; // the engine's steps, in the report's language
    QList<ReportSource> sources; // rule-book values used, without duplicates
    bool eligible = true; // no error finding about it (nor about the whole plan)

    QString subprojectsText(QStringView lang) const; // "◎相談支援・○実態把握調査"
    QString staffText(QStringView lang) const; // "ひきこもり支援コーディネーター 1名"
};

// Over the programs of one scenario: each step's sum (an unknown end stays unknown), and for (H),
// the prefecture's support and the local burden the engine's own totals.
struct ReportTotals : ReportSteps {
};

struct ReportScenario {
    QString name;
    QString planTitle;
    int fiscalYear = 0;
    QString fiscalYearLabel; // 令和7年度 / FY2025
    QString bodyCode;
    QString bodyName;
    QString bodyKindLabel;
    bool evaluated = false; // false: no rule book for the year, or the body's kind is not known
    QString notEvaluated; // why, in the report's language
    bool eligible = false;
    int errors = 0;
    int warnings = 0;
    QList<ReportProgram> programs;
    QList<ReportFinding> findings;
    ReportTotals totals;

    QString eligibilityText(
        QStringView lang) const; // 補助対象 / 補助対象外（エラー 2 件）/ 計算できません
    QString menusText(QStringView lang) const; // the menus of the programs, joined
};

struct ReportLegendEntry {
    Status status = Status::Unknown;
    QString label; // 前年度から継続
    QString meaning; // what it means for the figure next to it
};

struct ReportData {
    QString lang; // "ja" or "en"
    QString title;
    QDate date;
    QString dateText; // 2026年11月22日 / 2026-11-22
    QString bodyText; // 高岡市（市・162027）; the bodies of all scenarios when they differ
    QString fiscalYearText; // 令和7年度（FY2025）; all years when they differ
    QList<ReportScenario> scenarios;
    QList<ReportLegendEntry>
        legend; // every status used by a figure or a source, most trusted first
    QList<Note> notes;
    QStringList problems; // the document's rule-book values that could not be applied

    QList<Status> statusesUsed() const;
};

// Every fixed text of the reports, in one place so that the PDF, the workbook and the CSV use
// the same terms (the calculation's rows and words are fundingSteps()'s).
struct ReportLabels {
    QString reportTitle; // ひきこもり支援推進事業 計画書
    QString body; // 実施主体
    QString bodyCode; // 団体コード
    QString fiscalYear; // 年度
    QString date; // 作成日
    QString scenario; // シナリオ
    QString scenarios; // シナリオの比較
    QString program; // 事業
    QString programId; // 事業ID
    QString menu; // 事業区分
    QString subprojects; // 実施する事業（◎必須・○任意）
    QString staff; // 人員
    QString rate; // 補助率
    QString startup; // 都道府県による立ち上げ支援
    QString joint; // 共同実施
    QString member; // 構成団体
    QString share; // 負担割合
    QString served; // 担当区域（支援する市町村）
    // The steps' own words (総事業費 … 実施主体の負担) are fundingSteps()'s, never here.
    QString formula; // 算式
    QString item; // 項目
    QString yen; // 金額（円）
    QString thousandYen; // 金額（千円）
    QString thousandUnit; // 千円
    QString yenUnit; // 円
    QString restsOn; // 根拠の状態
    QString min; // 下限
    QString max; // 上限
    QString eligibility; // 判定
    QString eligible; // 補助対象
    QString notEligible; // 補助対象外
    QString findings; // 指摘事項
    QString noFindings; // 指摘事項はありません
    QString explanation; // 計算の根拠
    QString sources; // 使用した値と出典
    QString source; // 出典
    QString status; // 状態
    QString note; // 備考
    QString legend; // 値の状態（凡例）
    QString totals; // シナリオ合計
    QString total; // 合計
    QString summary; // 概要 (also the summary sheet's name)
    QString notes; // メモ
    QString none; // なし
    QString unknown; // 不明
    QString noProgram; // 事業がありません
    QString page; // "%1 / %2"
    QString generatedBy; // ShienPlan で作成
    QString disclaimer; // 試算です …
    QString scenarioHeading; // "%1 %2 「%3」": シナリオ, its number, its name
    QString notApplied; // 適用できなかった文書の値
};
const ReportLabels &reportLabels(QStringView lang);

// Builds the report of a document. Each scenario is evaluated with the rule book of its fiscal
// year from `library`, with the document's own rule-book values applied (effectiveRuleBook), as
// the window does. A scenario whose year has no rule book is kept, marked as not evaluated.
// lang: "en" for English, anything else Japanese.
ReportData buildReportData(const Document &doc, const RuleBookLibrary &library,
    const Registry &registry, QStringView lang = u"ja", QDate date = QDate::currentDate());

// The fiscal years of a document's scenarios that have no rule book in `library`.
QList<int> yearsWithoutRuleBook(const Document &doc, const RuleBookLibrary &library);

// The statuses as one short text: "前年度から継続・範囲・仮定" ("carried over, range, assumed").
QString statusesText(const QList<Status> &statuses, QStringView lang);
// An amount in 千円, exact (yen ÷ 1,000, never rounded): "10,500〜13,000", "12,345.678".
QString formatThousandRange(const YenRange &r, QStringView lang);
// A readable name of a rule-book item: "station.base" → 基本額.
QString reportItemLabel(const QString &item, QStringView lang);
// What a status means for a figure that rests on it (the legend's text).
QString statusMeaning(Status s, QStringView lang);

} // namespace shienplan
