#pragma once

// Many plans at once: a JSON array of plans, or JSON Lines (one plan a line). Used by
// `shienplan-cli batch` and by prefecture staff to total what a whole prefecture draws.

#include "core/engine/engine.h"
#include "core/engine/plan.h"
#include "core/interchange/jsonwriter.h"

#include <QList>

namespace shienplan
{

class Registry;
class RuleBookLibrary;

// One plan of a batch and where it stands in its file ("line 17", "[16]"), so that an error
// found later (a year without a rule book) still names the place.
struct PlanInput {
    QString where;
    Plan plan;
    QString scenario; // the optional extra field "scenario" (a document's scenario name)
};

// Reads every plan; throws InputError naming the plan ("line 17: programs[0].menu" for JSON
// Lines, "[16].programs[0].menu" for an array). A file holding one plan object is a batch of one.
QList<PlanInput> readPlans(const QByteArray &bytes, const Registry &registry);

struct BatchResult {
    QList<Plan> plans;
    QList<Evaluation> evaluations;
};

// Throws InputError, naming the plan's place, when its fiscal year has no rule book.
BatchResult evaluateAll(
    QList<PlanInput> inputs, const RuleBookLibrary &books, const Registry &registry);

JsonOut batchToJson(const BatchResult &r);
// Totals per prefecture (by name) and for the country, with counts of plans, eligible and not.
JsonOut batchSummaryToJson(const BatchResult &r, const Registry &registry);

} // namespace shienplan
