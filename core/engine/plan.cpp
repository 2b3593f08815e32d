// The one rule that ties a program's cost lines to its totals.

#include "core/engine/plan.h"

namespace shienplan
{

void syncCostLines(Program &p)
{
    if (p.costLines.isEmpty())
        return;
    Yen all = 0, eligible = 0;
    for (const auto &line : p.costLines) {
        all += line.amount;
        if (line.eligible)
            eligible += line.amount;
    }
    p.expenditure = all;
    p.eligibleExpenditure = eligible;
}

} // namespace shienplan
