#pragma once

// Plans to and from the interchange JSON ("shienplan/plan", docs/plan-format.md). Version 1
// files are read as they always were; version 2 adds the alternative (案) a plan object is, whether
// it is adopted, the eligible expenditure and the cost lines. The writer writes version 2.

#include "core/engine/plan.h"
#include "core/interchange/inputfile.h"
#include "core/interchange/jsonwriter.h"

namespace shienplan
{

class Registry;

inline constexpr const char *kPlanFormat = "shienplan/plan";
inline constexpr int kPlanVersion = 2;

// Reads one plan; throws InputError with the field path ("programs[0].menu"). Body codes are
// checked against the registry, which also fills in the name, kind and prefecture.
Plan planFromJson(const json::Value &value, const Registry &registry);
// Writes "alternative" and "adopted" from the plan (a document's scenario name and its mark).
JsonOut planToJson(const Plan &plan);

} // namespace shienplan
