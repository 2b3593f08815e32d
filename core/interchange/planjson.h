#pragma once

// Plans to and from the interchange JSON ("shienplan/plan", version 1; spec/interchange.md).

#include "core/engine/plan.h"
#include "core/interchange/inputfile.h"
#include "core/interchange/jsonwriter.h"

namespace shienplan
{

class Registry;

inline constexpr const char *kPlanFormat = "shienplan/plan";
inline constexpr int kPlanVersion = 1;

// Reads one plan; throws InputError with the field path ("programs[0].menu"). Body codes are
// checked against the registry, which also fills in the name, kind and prefecture.
Plan planFromJson(const QJsonValue &value, const Registry &registry);
// `scenario`, when given, is written as the extra field "scenario" (the name of a document's
// scenario), which planFromJson ignores and documentFromPlansJson reads back.
JsonOut planToJson(const Plan &plan, const QString &scenario = {});

} // namespace shienplan
