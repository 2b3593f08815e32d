// Fuzz target: bytes read as one plan, or many (a JSON array, JSON Lines), as `evaluate` and
// `batch` read them; each accepted plan is evaluated and written back.

#include "core/interchange/batch.h"
#include "core/interchange/planjson.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace shienplan;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    QList<PlanInput> plans;
    try {
        plans = readPlans(bytes, Registry::bundled());
    } catch (const InputError &) {
        return 0;
    }
    for (const PlanInput &in : plans) {
        fuzz::evaluateAndWrite(in.plan);
        // What was accepted is accepted again, the same, after its own round trip.
        try {
            const Plan again
                = planFromJson(parseJson(planToJson(in.plan).toJson()).root(), Registry::bundled());
            if (planToJson(again).toJson() != planToJson(in.plan).toJson())
                fuzz::defect("plan changed by its round trip", in.where);
        } catch (const InputError &e) {
            fuzz::defect(
                "plan refused after its round trip", e.where + QStringLiteral(": ") + e.message);
        }
    }
    return 0;
}
