// `shienplan-cli evaluate PLAN`: one plan (or one scenario of a document), its eligibility and
// funding as JSON or text. Exit 1 when the plan is evaluated but not eligible.

#include "cli/commands.h"
#include "cli/inputs.h"

#include "core/base/fiscalyear.h"
#include "core/engine/alternatives.h"
#include "core/interchange/evaluationjson.h"
#include "core/interchange/planjson.h"
#include "core/registry/registry.h"

namespace shienplan::cli
{

namespace
{

class EvaluateCommand : public Command
{
public:
    EvaluateCommand()
        : Command(QStringLiteral("evaluate"),
            QStringLiteral("evaluate PLAN [--format json|text] [--lang ja|en] [--rules BOOK] "
                           "[--scenario N|NAME]"),
            QStringLiteral("Check one plan (JSON, format shienplan/plan, or a .shienplan "
                           "document: its first\nscenario unless --scenario says which) and "
                           "estimate its funding."),
            sharedOptions({ QStringLiteral("format"), QStringLiteral("lang"),
                QStringLiteral("rules"), QStringLiteral("scenario") }))
    {
    }

    int execute(const QStringList &args, Output &o) const override
    {
        const auto p = parse(args);
        const QString path = onlyPositional(*p, QStringLiteral("PLAN file"));
        const QString format = choice(
            *p, QStringLiteral("format"), { QStringLiteral("json"), QStringLiteral("text") });
        const QString lang = languageOf(*p);
        const Registry &registry = Registry::bundled();
        RuleBookLibrary lib = libraryWith(*p);
        Plan plan;
        qsizetype alternatives = 1; // of the plan, when none of them is adopted
        bool adopted = true; // a plan object alone is its plan's adopted alternative
        if (treatAsDocument(path)) {
            const Document doc = readDocumentInput(path);
            const int picked = pickScenario(*p, doc, path);
            plan = doc.scenarios.value(picked).plan;
            for (const auto &g : groupAlternatives(doc.scenarios.size(),
                     [&](qsizetype i) -> const Plan & { return doc.scenarios[i].plan; }))
                if (g.alternatives.contains(picked)) {
                    adopted = g.adopted == picked;
                    if (g.undecided())
                        alternatives = g.alternatives.size();
                }
            applyDocumentOverrides(lib, doc);
        } else {
            if (p->isSet(QStringLiteral("scenario")))
                throw UsageError { QStringLiteral(
                    "--scenario applies to .shienplan documents only") };
            plan = onFile(path,
                [&] { return planFromJson(parseJson(readInputFile(path)).root(), registry); });
        }
        checkRulesYear(*p, { plan.fiscalYear });
        const RuleBook *book = lib.book(plan.fiscalYear);
        if (!book)
            throw FileError { path,
                InputError(QStringLiteral("fiscal_year"),
                    QStringLiteral("no rule book for %1 (FY%2); rule books exist for %3")
                        .arg(fiscalYearLabel(plan.fiscalYear, u"ja"))
                        .arg(plan.fiscalYear)
                        .arg(lib.describeYears())) };
        Evaluation e = evaluate(plan, *book, registry);
        if (alternatives > 1)
            e.findings << undecidedFinding(plan, alternatives);
        o.out = format == QLatin1String("json") ? evaluationToJson(e, &plan, adopted).toJson()
                                                : evaluationToText(e, plan, lang).toUtf8();
        return e.eligible ? Ok : NotEligible;
    }

private:
    // --scenario by number (from 1) or name; the first scenario without it.
    static int pickScenario(const QCommandLineParser &p, const Document &doc, const QString &path)
    {
        if (doc.scenarios.isEmpty())
            throw FileError { path,
                InputError(QString(), QStringLiteral("the document has no scenario")) };
        if (!p.isSet(QStringLiteral("scenario")))
            return 0;
        const QString want = p.value(QStringLiteral("scenario"));
        bool isNumber = false;
        const int n = want.toInt(&isNumber);
        if (isNumber && n >= 1 && n <= doc.scenarios.size())
            return n - 1;
        for (qsizetype i = 0; i < doc.scenarios.size(); ++i)
            if (doc.scenarios[i].plan.alternative == want)
                return int(i);
        QStringList names;
        for (const auto &sc : doc.scenarios)
            names << sc.plan.alternative;
        throw UsageError { QStringLiteral("no scenario \"%1\" in %2 (1–%3: %4)")
                               .arg(want, path)
                               .arg(doc.scenarios.size())
                               .arg(names.join(QStringLiteral(", "))) };
    }
};

} // namespace

std::unique_ptr<Command> makeEvaluateCommand()
{
    return std::make_unique<EvaluateCommand>();
}

} // namespace shienplan::cli
