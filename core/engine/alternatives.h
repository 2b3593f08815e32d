#pragma once

// Plans and their alternatives (案). A plan is one body in one fiscal year; several Plan values
// with the same body and year (a document's scenarios, the objects of a JSON batch) are the
// alternatives of that one plan, and at most one of them is adopted (採用案). Totals count each
// plan once: its adopted alternative, or, while none is adopted, the hull of its alternatives
// (the lowest minimum and the highest maximum) with the finding undecided_alternatives. Never the
// sum of the alternatives, which would overstate what a prefecture draws.

#include "core/engine/engine.h"
#include "core/engine/plan.h"

#include <QList>
#include <QString>

#include <functional>

namespace shienplan
{

// The body a plan belongs to: its 6-digit code, or its name when it has none.
QString planBodyKey(const Plan &p);

struct PlanGroup {
    QString bodyKey;
    int fiscalYear = 0;
    QList<int> alternatives; // indexes into the list grouped, in list order
    int adopted = -1; // the adopted alternative (the only one when alone); -1: not decided
    bool undecided() const { return adopted < 0; }
    // The alternative whose body, programs and menus stand for the plan where one is needed (the
    // timeline, the per-menu counts): the adopted one, else the first.
    int representative() const { return adopted >= 0 ? adopted : alternatives.value(0, -1); }
};

// Groups the plans by body and fiscal year, in the order of each plan's first alternative.
// `planAt(i)` gives plan i of `count`. Two adopted alternatives of one plan: the first is taken
// (the readers refuse such input, see checkAlternatives).
QList<PlanGroup> groupAlternatives(
    qsizetype count, const std::function<const Plan &(qsizetype)> &planAt);
QList<PlanGroup> groupAlternatives(const QList<Plan> &plans);

// The first problem among the alternatives of the plans, as one line: two adopted alternatives
// of one plan, or one alternative name used twice in a plan. `where(i)` names plan i as its file
// does ("plans[3]", "line 4", 「シナリオ 2」); the problem is reported at the later plan, e.g.
// `plans[3]` with "高岡市 令和7年度 has two adopted alternatives (plans[1], plans[3])".
// Unnamed alternatives (version 1 files) are not a duplicate of each other.
struct AlternativeProblem {
    int at = -1;
    QString message;
};
std::optional<AlternativeProblem> checkAlternatives(qsizetype count,
    const std::function<const Plan &(qsizetype)> &planAt,
    const std::function<QString(qsizetype)> &where);

// What the plan counts in totals: the adopted alternative's totals, or the hull of them all.
Totals countedTotals(const PlanGroup &g, const QList<Evaluation> &evaluations);

// The info finding for a plan whose alternatives are not decided: 「未決定（3案）」.
Finding undecidedFinding(const Plan &plan, qsizetype alternatives);
// 「未決定（3案）」, "undecided (3 alternatives)": the one wording of an undecided plan in a cell.
QString undecidedLabel(qsizetype alternatives, QStringView lang);
// The short label for a plan in a table cell: the adopted alternative's name (or 「採用案」 when it
// has none), or 「未決定（3案）」.
QString decisionLabel(
    const PlanGroup &g, const std::function<const Plan &(qsizetype)> &planAt, QStringView lang);

// An alternative's name for display: its own, else 「案N」 by its place among the plan's.
QString alternativeLabel(const Plan &p, int position, QStringView lang);

} // namespace shienplan
