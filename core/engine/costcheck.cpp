// The cost fields of a program, settled and checked once for every reader (see costcheck.h).

#include "core/engine/costcheck.h"

namespace shienplan
{

std::optional<CostProblem> settleCosts(Program &p, bool expenditureStated)
{
    for (qsizetype i = 0; i < p.costLines.size(); ++i) {
        const CostLine &line = p.costLines[i];
        const QString at = QStringLiteral("cost_lines[%1]").arg(i);
        if (line.item.trimmed().isEmpty())
            return CostProblem { at + QStringLiteral(".item"),
                QStringLiteral("must not be empty") };
        if (line.amount < 0)
            return CostProblem { at + QStringLiteral(".amount"),
                QStringLiteral("%1 is negative").arg(formatYen(line.amount)) };
    }
    if (p.eligibleExpenditure && *p.eligibleExpenditure < 0)
        return CostProblem { QStringLiteral("eligible_expenditure"),
            QStringLiteral("%1 is negative").arg(formatYen(*p.eligibleExpenditure)) };
    if (p.budgeted && *p.budgeted < 0)
        return CostProblem { QStringLiteral("budgeted_national"),
            QStringLiteral("%1 is negative").arg(formatYen(*p.budgeted)) };
    if (!p.costLines.isEmpty()) {
        const Yen statedA = p.expenditure;
        const std::optional<Yen> statedD = p.eligibleExpenditure;
        syncCostLines(p);
        if (expenditureStated && statedA != p.expenditure)
            return CostProblem { QStringLiteral("expenditure"),
                QStringLiteral("is %1 but the cost lines add up to %2")
                    .arg(formatYen(statedA), formatYen(p.expenditure)) };
        if (statedD && *statedD != *p.eligibleExpenditure)
            return CostProblem { QStringLiteral("eligible_expenditure"),
                QStringLiteral("is %1 but the eligible cost lines add up to %2")
                    .arg(formatYen(*statedD), formatYen(*p.eligibleExpenditure)) };
    }
    if (p.eligibleExpenditure && *p.eligibleExpenditure > p.expenditure)
        return CostProblem { QStringLiteral("eligible_expenditure"),
            QStringLiteral("%1 is more than the total cost (expenditure) %2")
                .arg(formatYen(*p.eligibleExpenditure), formatYen(p.expenditure)) };
    return std::nullopt;
}

} // namespace shienplan
