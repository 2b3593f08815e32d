#pragma once

// The rule-book values a program's checks rest on, besides those its amounts rest on
// (ProgramResult::provenance): the matrix cells of the sub-projects it selects and of those its
// menu requires, the staff caps of the staff it plans, and the menu's minimum of coordinators.
// A planner sees them where the estimate lists what no official source confirms, and the report
// lists them with the values it used: a 推定 matrix says as much about a plan as a 推定 amount.

#include "core/engine/plan.h"
#include "core/rules/rulebook.h"
#include "core/rules/ruleoverride.h"

#include <optional>

namespace shienplan
{

struct CheckedValue {
    QString item; // "station.cells.needs_survey", "center_prefectural.caps.specialists"
    OverrideItem kind = OverrideItem::Cell; // Cell, Cap or MinCoordinators
    QString key; // the sub-project (Cell) or staff kind (Cap); empty for MinCoordinators
    std::optional<Cell> cell; // Cell
    int count = 0; // Cap, MinCoordinators
    Provenance prov;
};

// A cell in words, as the plan's findings say it: 必須 / 任意 / 対象外 (required / optional /
// not allowed).
QString cellLabel(Cell c, QStringView lang);

// In the book's order: the cells by matrix column, then the caps, then the minimum.
QList<CheckedValue> checkedValues(const Program &p, const RuleBook &book);

} // namespace shienplan
