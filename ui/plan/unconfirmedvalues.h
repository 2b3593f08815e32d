#pragma once

// The rule-book values an estimate rests on that no official source confirms yet, each as the
// document-level value a planner can enter (a RuleOverride target). The funding panel lists
// them under the amounts, so that an estimate never looks more certain than its sources: the
// amounts it rests on, and the matrix cells, staff caps and minimums its checks rest on
// (core/engine/checkedvalues.h).

#include "core/engine/engine.h"
#include "core/rules/ruleoverride.h"

#include <QList>

namespace shienplan
{

struct Unconfirmed {
    RuleOverride target;
    QString label;
    YenRange amount;
    std::optional<Fraction> rate;
    std::optional<Cell> cell; // a matrix cell
    std::optional<int> count; // a cap or a minimum (persons)
    Provenance prov;
};

// The value as the list and the dialog show it: 「2,000,000円」, 「1/2」, 「◎ 必須」, 「3名」.
QString unconfirmedValueText(const Unconfirmed &u, QStringView lang);

// A station's add-ons known only as one range for all sub-projects are offered one by one, for
// the sub-projects the plan selects.
QList<Unconfirmed> unconfirmedValues(
    const Plan &plan, const Program &p, const RuleBook &book, const ProgramResult &r);

} // namespace shienplan
