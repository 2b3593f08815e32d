// `shienplan-cli batch FILE`: many plans at once (a JSON array, JSON Lines, every scenario of a
// document, or a roster), each evaluated, or only the totals with --summary. Exit 1 when any
// plan is not eligible.

#include "cli/commands.h"
#include "cli/inputs.h"

#include "core/interchange/batch.h"
#include "core/registry/registry.h"

#include <optional>

namespace shienplan::cli
{

namespace
{

class BatchCommand : public Command
{
public:
    BatchCommand()
        : Command(QStringLiteral("batch"), QStringLiteral("batch FILE [--summary] [--rules BOOK]"),
            QStringLiteral(
                "Evaluate many plans: a JSON array of plans, JSON Lines (one plan a line), every\n"
                "scenario of a .shienplan document, or a roster (.csv: one row per program of a "
                "body\n"
                "in a year; any unusable row refuses the file). --summary prints only totals per\n"
                "prefecture and for the country, with counts per menu."),
            sharedOptions({ QStringLiteral("summary"), QStringLiteral("rules") }))
    {
    }

    int execute(const QStringList &args, Output &o) const override
    {
        const auto p = parse(args);
        const QString path = onlyPositional(*p, QStringLiteral("FILE"));
        const Registry &registry = Registry::bundled();
        RuleBookLibrary lib = libraryWith(*p);
        QList<PlanInput> inputs;
        std::optional<RosterImport> roster;
        if (treatAsDocument(path)) {
            const Document doc = readDocumentInput(path);
            for (const auto &sc : doc.scenarios)
                inputs << PlanInput { QStringLiteral("scenario \"%1\"").arg(sc.plan.alternative),
                    sc.plan };
            applyDocumentOverrides(lib, doc);
        } else if (isRosterFileName(path)) {
            roster = readRosterInput(path, registry);
            for (qsizetype i = 0; i < roster->scenarios.size(); ++i)
                inputs << PlanInput { QStringLiteral("line %1").arg(roster->scenarioLines[i]),
                    roster->scenarios[i].plan };
        } else {
            inputs = onFile(path, [&] { return readPlans(readInputFile(path), registry); });
        }
        QList<int> years;
        for (const auto &in : inputs)
            years << in.plan.fiscalYear;
        checkRulesYear(*p, years);
        const bool summary = p->isSet(QStringLiteral("summary"));
        const BatchResult r = onFile(path, [&] {
            return evaluateAll(
                inputs, lib, registry, summary ? Detail::Verdict : Detail::Explained);
        });
        JsonOut result = summary ? batchSummaryToJson(r, registry) : batchToJson(r);
        if (roster)
            result.insert("roster", rosterJson(*roster));
        o.out = result.toJson();
        for (const auto &e : r.evaluations)
            if (!e.eligible)
                return NotEligible;
        return Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeBatchCommand()
{
    return std::make_unique<BatchCommand>();
}

} // namespace shienplan::cli
