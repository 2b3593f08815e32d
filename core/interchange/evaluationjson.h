#pragma once

// The evaluation as the command line prints it (spec/interchange.md, "What evaluate --format
// json prints") and as readable text in Japanese or English.

#include "core/engine/engine.h"
#include "core/interchange/jsonwriter.h"

namespace shienplan
{

JsonOut rangeJson(const YenRange &r); // {"min": …, "max": …}, null for an unknown end
JsonOut totalsJson(const Totals &t);
// With the plan: its body code, "alternative" and "adopted" (version 2), so that a batch's output
// says which alternative of which plan each object is. `adopted` is whether the plan counts it as
// adopted: marked so, or the plan's only alternative. Written at once for its place: `depth`
// levels down in a whole written in `style` (JsonOut::rendered).
JsonOut evaluationToJson(const Evaluation &e, const Plan *plan = nullptr, bool adopted = false,
    int depth = 0, JsonOut::Style style = JsonOut::Style::Pretty);
QString evaluationToText(const Evaluation &e, const Plan &plan, QStringView lang);

} // namespace shienplan
