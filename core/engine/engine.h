#pragma once

// The rules engine: a plan and the rule book of its fiscal year in, findings and amounts out,
// with an explanation of every step (which rule, which value, which source) so that a planner
// can answer "how was this amount computed?".

#include "core/base/interval.h"
#include "core/base/provenance.h"
#include "core/engine/findings.h"
#include "core/engine/plan.h"
#include "core/rules/rulebook.h"

namespace shienplan
{

class Registry;

struct UsedValue { // one rule-book value an amount rests on
    QString item; // "station.base", "station.addons.needs_survey", "calculation.truncation_unit"
    Status status;
    QString source;
    QString note;
};

// One step of an explanation, in both languages (.ja, .en).
using Step = Bilingual;

struct MemberPart {
    QString code;
    QString name;
    Fraction share;
    YenRange local; // the member's part of the local burden; parts add up to the whole
};

struct ProgramResult {
    QString id;
    QString menu;
    std::optional<Fraction> rate; // absent when the menu has no rule this year
    // The calculation in the order of the subsidy's forms (所要額調書), steps A to H:
    Yen totalCost { 0 }; // (A) 総事業費
    Yen otherIncome { 0 }; // (B) 寄付金その他の収入額
    Yen net { 0 }; // (C) 差引額 = A − B, at least 0
    Yen eligible { 0 }; // (D) 対象経費の実支出予定額
    YenRange standard; // (E) 基準額
    YenRange selected; // (F) 選定額 = min(D, E)
    YenRange adopted; // (G) 補助基本額 = min(C, F)
    YenRange national; // (H) 国庫補助所要額 = G × 補助率, truncated to 1,000 yen
    YenRange prefectureSupport; // 都道府県による立ち上げ支援
    YenRange local; // 実施主体の負担
    QList<UsedValue> provenance;
    QList<Step> explanation;
    QList<MemberPart> members; // joint programs only
};

struct Totals {
    YenRange national = YenRange::exact(0);
    YenRange prefectureSupport = YenRange::exact(0);
    YenRange local = YenRange::exact(0);
    void add(const Totals &o);
};

// What an evaluation records besides its figures and findings. Totals over thousands of plans
// (the prefecture tab, batch sums, the other alternatives of a comparison) need the figures; a
// plan someone reads (計算の根拠, the report, the command line) needs every step and value.
// How much an evaluation says. Explained: every step of the calculation in words and the values
// it used; Figures: the amounts and the findings with their messages; Verdict: the amounts and
// the findings' codes and severities without their messages, for totals that only count them
// (`batch --summary`).
enum class Detail { Verdict, Figures, Explained };

struct Evaluation {
    int fiscalYear = 0;
    Detail detail = Detail::Explained; // below Explained: programs have no explanation nor
                                       // provenance; Verdict: findings have no message
    bool eligible = true;
    QList<Finding> findings;
    QList<ProgramResult> programs;
    Totals totals;
};

Evaluation evaluate(const Plan &plan, const RuleBook &book, const Registry &registry,
    Detail detail = Detail::Explained);

// Splits an amount by exact shares into whole yen that add up to the amount: each part is
// rounded down and the yen left over go to the largest remainders, earliest member first.
QList<Yen> splitByShares(const Yen &amount, const QList<Fraction> &shares);

} // namespace shienplan
