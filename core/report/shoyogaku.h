#pragma once

// The 所要額調書 (statement of the amount required) of a document: one row per program, the
// calculation in the columns of the subsidy's form — (A) 総事業費 … (H) 国庫補助所要額, then
// 都道府県の支援 and 実施主体の負担 (fundingSteps()) — with totals. The workbook, the PDF page and
// the CSV all take their rows and columns from here.
//
// Which rows: the document's plans (alternatives grouped by body and year, alternatives.h). A
// plan with an adopted alternative (or only one) gives a row per program of that alternative,
// counted in the totals. A plan whose alternatives are not decided gives a row per program of
// every alternative, marked 「未決定（3案）：案名」, listed apart after the totals and NOT added
// into them: a statement sent to the prefecture asks for one amount per plan, and adding the
// alternatives would overstate it. The hull of such plans (the engine's countedTotals) is stated
// in a note instead. A document of several bodies (a prefecture's) is grouped by menu, with a
// 小計 per menu.

#include "core/report/reportdata.h"

namespace shienplan
{

enum class AmountUnit { Yen, Thousand }; // 円, 千円 (a display unit: amounts stay exact yen)

struct ShoyogakuRow {
    QString body; // 高岡市; a joint program: 「高岡市（共同実施 3団体）」
    QString decision; // the adopted alternative's name, or 「未決定（3案）：案B」
    bool computed = false; // the engine computed (E) on (a rule book and a rule for the menu)
    ReportProgram program; // its steps, rate, truncation unit, share and sources
    std::optional<Yen> budgeted; // 予算計上額 (Program::budgeted)
    QString budgetedReason;
    QString standardBasis; // what (E) rests on: 「前年度から継続・範囲（002:1148、002:1150）」
};

struct ShoyogakuGroup {
    QString menuLabel; // empty when the document is not grouped by menu
    QList<ShoyogakuRow> rows;
    ReportSteps subtotal; // each step's sum; an unknown end stays unknown
    // The sum of the rows' 予算計上額 when every row has one; nothing otherwise (a sum over some
    // rows only would read as the budget of them all).
    std::optional<Yen> budgeted;
};

struct ShoyogakuData {
    QString lang;
    QString title; // ひきこもり支援推進事業 所要額調書
    QString dateText;
    QString bodyText;
    QString fiscalYearText;
    AmountUnit unit = AmountUnit::Yen;
    bool byMenu = false; // several bodies: grouped by menu with subtotals
    QList<ShoyogakuGroup> groups; // the counted rows
    ReportSteps total;
    std::optional<Yen> budgetedTotal; // as ShoyogakuGroup::budgeted, over every counted row
    QList<ShoyogakuRow> undecided; // rows of plans not yet decided, not in the totals
    QString unitNote; // 単位：円 / 単位：千円（…丸めていません）
    QStringList notes; // the form's layout, the unit, the plans left out of the totals
};

ShoyogakuData buildShoyogaku(const Document &doc, const RuleBookLibrary &library,
    const Registry &registry, QStringView lang = u"ja", AmountUnit unit = AmountUnit::Yen,
    QDate date = QDate::currentDate());

// One column of the statement, in order: 実施主体, 事業区分, then each step of fundingSteps() —
// one column where every row's figure is exact, 下限 and 上限 where one is a range, and after
// them a column saying which end is 不明 where one is unknown (the unknown end itself is an empty
// cell, never 0) — with 補助率 before (H) and, when a program has one, 予算計上額 and its reason
// after (H); last what (E) rests on and the decision (採用案 / 未決定).
struct ShoyogakuColumn {
    enum Kind { Body, Menu, Amount, UnknownEnd, Rate, Budgeted, BudgetedReason, Basis, Decision };
    Kind kind = Body;
    qsizetype step = -1; // Amount, UnknownEnd: row of fundingSteps()
    bool max = false; // Amount: the upper end (of a 下限/上限 pair)
    bool pair = false; // Amount: one of a 下限/上限 pair
    QString group; // the first header line: 「(E) 基準額」
    QString label; // the second: 下限, 上限, 不明の端; empty for a single column
};
QList<ShoyogakuColumn> shoyogakuColumns(const ShoyogakuData &data);
// Where printed pages start (column indexes after the first page) so that no page, with the
// first `titleColumns` columns repeated on each, has more than `maxColumns`; a step's columns stay
// together.
QList<int> shoyogakuPageBreaks(
    const QList<ShoyogakuColumn> &columns, int maxColumns, int titleColumns = 2);

// 「下限不明」「上限不明」「不明」, or empty when both ends are known.
QString unknownEndText(const YenRange &r, QStringView lang);
// An amount in the statement's unit: "12345678" (yen) or "12345.678" (千円, exact, no trailing
// zeros: "12000").
QString amountInUnit(const Yen &v, AmountUnit unit);
// The same grouped by three for reading: "12,345,678" or "12,345.678".
QString formatInUnit(const Yen &v, AmountUnit unit);
// The fixed words of the statement (小計, 合計, the unit …).
QString shoyogakuText(QStringView key, QStringView lang);

// The CSV: UTF-8 with BOM, CRLF; a header line, then the rows as the workbook has them (programs,
// 小計, 合計, then the undecided plans' rows); amounts as plain numbers in the unit.
QByteArray shoyogakuToCsv(const ShoyogakuData &data);

} // namespace shienplan
