#pragma once

// The one set of value checks every reader of a plan makes, whatever the plan is read from (plan
// JSON, a .shienplan document, a roster CSV) and before it is evaluated or written: the limits
// below, the menus, sub-projects and staff kinds of the catalogue, the bodies of the registry,
// and what must hold between values (joint shares adding up to 1, no id or code listed twice).
// A reader only turns its bytes into a Plan without losing anything: its own types, and a bound
// wherever it narrows a value to the Plan's int (plan JSON uses the limits below for that, the
// document reader refuses what does not fit 32 bits). What may be in a plan is decided here
// once, so that a document refused by one reader is refused by every other, for the same
// reason and in the same words.
// The cost fields are settled first by settleCosts (costcheck.h), which every reader also calls.

#include "core/engine/plan.h"

#include <QString>
#include <limits>
#include <optional>

namespace shienplan
{

class Registry;

namespace planlimits
{
// The fiscal years ShienPlan plans (平成元年度 to a far future); a year outside is a typing slip.
inline constexpr int kFirstFiscalYear = 1989;
inline constexpr int kLastFiscalYear = 2200;
inline constexpr qint64 kMaxPopulation = 100'000'000;
inline constexpr int kMaxStaff = 10'000; // per staff kind and program
inline constexpr int kMaxYears = 100; // years_running, the start-up support's year
inline constexpr int kMinJointMembers = 2;
// Every amount must fit the 64-bit integer a document stores and plan JSON carries.
inline constexpr qint64 kMaxYen = std::numeric_limits<qint64>::max();
} // namespace planlimits

// What is wrong, named as plan JSON names the field: `program` is the index of the program
// (-1 for a field of the plan itself) and `field` the path under it ("staff.coordinators",
// "joint.members[1].code"; "fiscal_year", "body.population" for the plan), so that each reader
// puts its own place in front ("programs[2].", 「シナリオ "B案", program "p1"」, "line 7").
struct PlanProblem {
    qsizetype program = -1;
    QString field;
    QString message;
};

// Whether a plan may have no body yet: a document the window has just made (新規) is saved and
// reopened before the planner picks the body; plan JSON and rosters always name one.
enum class BodyChoice { Required, MayBeUnchosen };

// The first problem of the plan, in the order of plan JSON's fields; nothing when it may be
// evaluated and written. `registry` knows the body codes.
std::optional<PlanProblem> checkPlan(
    const Plan &plan, const Registry &registry, BodyChoice body = BodyChoice::Required);

// "programs[2].staff.coordinators", "fiscal_year": the problem's place as plan JSON names it.
QString planJsonPlace(const PlanProblem &problem);

} // namespace shienplan
