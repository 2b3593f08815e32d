#pragma once

// Many plans at once: a JSON array of plans, or JSON Lines (one plan a line). Used by
// `shienplan-cli batch` and by prefecture staff to total what a whole prefecture draws.

#include "core/engine/alternatives.h"
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
    Plan plan; // with its alternative's name and adopted mark
};

// Reads every plan; throws InputError naming the plan ("line 17: programs[0].menu" for JSON
// Lines, "[16].programs[0].menu" for an array). A file holding one plan object is a batch of one.
// Plans of the same body and year are alternatives of one plan: two of them adopted, or two
// with the same name, are refused (checkAlternatives).
QList<PlanInput> readPlans(const QByteArray &bytes, const Registry &registry);

struct BatchResult {
    QList<Plan> plans;
    QList<Evaluation> evaluations; // parallel to plans; an undecided plan's alternatives carry
                                   // the finding undecided_alternatives
    QList<PlanGroup> groups; // the plans with their alternatives (indexes into plans)
};

// Throws InputError, naming the plan's place, when its fiscal year has no rule book.
// Detail::Verdict leaves out the explanations, the list of values used and the findings'
// messages (the summary prints none of them, and building their words is most of the work).
BatchResult evaluateAll(QList<PlanInput> inputs, const RuleBookLibrary &books,
    const Registry &registry, Detail detail = Detail::Explained);

// Every plan's evaluation and the totals. The plans are written on every core in `style` (the
// one the whole is written in), so the tree holds their bytes, not their nodes.
JsonOut batchToJson(const BatchResult &r, JsonOut::Style style = JsonOut::Style::Pretty);
// Totals per prefecture (by name) and for the country, with counts of plans (each once, however
// many alternatives it has), eligible, not eligible and undecided.
JsonOut batchSummaryToJson(const BatchResult &r, const Registry &registry);

} // namespace shienplan
