#pragma once

// The one check of a program's cost fields that every reader makes (plan JSON, the .shienplan
// file), so that a document refused by one is refused by the other for the same reason: the
// cost lines (経費内訳) make (A) 総事業費 and (D) 対象経費 (syncCostLines), a stated figure that
// differs from them is refused, and so are D above A, a negative amount and a line without a 費目.

#include "core/engine/plan.h"

#include <QString>
#include <optional>

namespace shienplan
{

// What is wrong, at a field of the program named as plan JSON names it ("eligible_expenditure",
// "cost_lines[2].amount"), so that each reader puts its own place in front.
struct CostProblem {
    QString field;
    QString message;
};

// Sets A and D from the cost lines (when there are any) and checks them against what the input
// stated. `expenditureStated`: false when the input gave no (A) and the lines make it (plan JSON
// may leave it out; a document always stores it). On a problem the program is left half-settled:
// the reader refuses the input.
std::optional<CostProblem> settleCosts(Program &p, bool expenditureStated = true);

} // namespace shienplan
