#pragma once

// What the prefecture view does to a document in one step: bring in a roster, plan the next
// year of every body from this year, start a plan for a body that has none. Each returns the
// new scenario list, which the window applies as one undoable edit (edits::replaceScenarios).

#include "core/document/document.h"

#include <QList>
#include <QString>

namespace shienplan
{

class Registry;
struct LocalBody;

// An empty plan (no program) for a body of the registry in a fiscal year, named
// 「高岡市 令和7年度」 as the roster importer names its scenarios.
Scenario scenarioFor(const LocalBody &body, int fiscalYear);

// `existing` with the imported scenarios: one that has the same body and fiscal year as an
// existing scenario replaces it in place (the roster is the newer word); the others are
// appended in roster order.
struct MergeResult {
    QList<Scenario> scenarios;
    int replaced = 0;
    int added = 0;
};
MergeResult mergeScenarios(const QList<Scenario> &existing, const QList<Scenario> &imported);

// The same body's plan for the following year, as a starting point: every program continues
// one year further (years_running + 1, start-up support in its next year); a preparation support
// whose next year's program is named becomes that program in its first year, with no sub-project
// chosen yet, so the checks show at once what it still needs.
Scenario nextYearScenario(const Scenario &s);

// For every body of the prefecture (its own plans included) with a plan in `fiscalYear` and none
// in the year after: that next year's plan, appended, made from the plan's adopted alternative
// (while undecided, from its first). Bodies already planned are left alone.
MergeResult withNextYear(
    const Document &doc, const QString &prefectureCode, int fiscalYear, const Registry &registry);

} // namespace shienplan
