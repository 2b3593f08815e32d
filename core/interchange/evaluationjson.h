#pragma once

// The evaluation as the command line prints it (spec/interchange.md, "What evaluate --format
// json prints") and as readable text in Japanese or English.

#include "core/engine/engine.h"
#include "core/interchange/jsonwriter.h"

namespace shienplan
{

JsonOut rangeJson(const YenRange &r); // {"min": …, "max": …}, null for an unknown end
JsonOut totalsJson(const Totals &t);
JsonOut evaluationToJson(const Evaluation &e);
QString evaluationToText(const Evaluation &e, const Plan &plan, QStringView lang);

} // namespace shienplan
