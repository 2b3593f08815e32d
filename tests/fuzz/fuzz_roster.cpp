// Fuzz target: bytes read as a roster (名簿 CSV, `batch ROSTER.csv`, the window's import). The
// reader never throws; what it imports makes a document, and each imported plan is evaluated.

#include "core/roster/roster.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace shienplan;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const RosterImport roster = readRosterCsv(fuzz::bytesOf(data, size), Registry::bundled());
    for (const Scenario &s : roster.scenarios)
        fuzz::evaluateAndWrite(s.plan);
    // What was imported is written as a roster again and read back to the same plans.
    if (roster.ok() && !roster.scenarios.isEmpty()) {
        const Document doc = documentFromRoster(roster, QStringLiteral("fuzz"));
        const RosterImport again = readRosterCsv(rosterToCsv(doc), Registry::bundled());
        if (!again.ok())
            fuzz::defect("roster refused after its round trip", again.problems.first().en);
        if (again.scenarios.size() != roster.scenarios.size())
            fuzz::defect("roster round trip changed the number of plans", QString());
    }
    return 0;
}
