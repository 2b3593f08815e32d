#pragma once

// The rule-book values an estimate rests on that no official source confirms yet, each as the
// document-level value a planner can enter (a RuleOverride target). The funding panel lists
// them under the amounts, so that an estimate never looks more certain than its sources.

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
    Provenance prov;
};

// A station's add-ons known only as one range for all sub-projects are offered one by one, for
// the sub-projects the plan selects.
QList<Unconfirmed> unconfirmedValues(
    const Plan &plan, const Program &p, const RuleBook &book, const ProgramResult &r);

} // namespace shienplan
