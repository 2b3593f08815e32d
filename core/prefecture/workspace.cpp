// The prefecture workspace (workspace.h): every scenario evaluated with the book of its year,
// the plans (alternatives grouped), and each body's timeline over the years. The other parts of
// workspace.h are in servedareas.cpp, crossyearchecks.cpp, yearonyear.cpp, prefecturetotals.cpp and
// jointshares.cpp.

#include "core/prefecture/workspace.h"

#include "core/base/parallel.h"
#include "core/base/sources.h"
#include "core/prefecture/workspaceindex.h"
#include "core/rules/rulebooklibrary.h"

namespace shienplan
{

using workspace::yearKey;

QString prefectureOf(const Plan &plan, const Registry &registry)
{
    if (!plan.body.prefectureCode.isEmpty())
        return plan.body.prefectureCode;
    const LocalBody *b = registry.find(plan.body.code);
    return b ? b->prefectureCode : QString();
}

QList<Evaluation> evaluateWorkspace(
    const Document &doc, const RuleBookLibrary &books, const Registry &registry, Detail detail)
{
    // The effective book of every year first, then the scenarios.
    QHash<int, RuleBook> perYear;
    for (const auto &sc : doc.scenarios) {
        const int fy = sc.plan.fiscalYear;
        if (perYear.contains(fy))
            continue;
        RuleBook book;
        if (const RuleBook *b = books.book(fy)) {
            book = effectiveRuleBook(*b, doc);
        } else {
            book.fiscalYear = fy; // no menus: every program is menu_not_available
            book.matrixProv = { Status::Unknown, ownAssumptionSource(u"no-book"), {} };
        }
        perYear.insert(fy, book);
    }
    // A country's plans are evaluated on every core: each evaluation reads only const data (the
    // plan, its year's book, the registry). A town's few plans are not worth a thread.
    return makeInParallel<Evaluation>(doc.scenarios.size(), 1000, [&](qsizetype i) {
        const Plan &plan = doc.scenarios[i].plan;
        return evaluate(plan, *perYear.constFind(plan.fiscalYear), registry, detail);
    });
}

QSet<int> fiscalYearsOf(const Document &doc)
{
    QSet<int> years;
    for (const auto &sc : doc.scenarios)
        years.insert(sc.plan.fiscalYear);
    return years;
}

QList<PlanGroup> plansOf(const Document &doc, int fiscalYear)
{
    if (fiscalYear == 0)
        return groupAlternatives(doc.scenarios.size(),
            [&](qsizetype i) -> const Plan & { return doc.scenarios[i].plan; });
    QList<int> at; // the scenarios of the year
    for (qsizetype i = 0; i < doc.scenarios.size(); ++i)
        if (doc.scenarios[i].plan.fiscalYear == fiscalYear)
            at << int(i);
    QList<PlanGroup> groups = groupAlternatives(
        at.size(), [&](qsizetype k) -> const Plan & { return doc.scenarios[at[k]].plan; });
    for (PlanGroup &g : groups) {
        for (int &k : g.alternatives)
            k = at[k];
        if (g.adopted >= 0)
            g.adopted = at[g.adopted];
    }
    return groups;
}

// ---- Timeline ---------------------------------------------------------------------------------

QHash<QString, QList<TimelineEntry>> timelines(const Document &doc)
{
    // Own plans first, one entry per plan, then joint memberships (of adopted alternatives)
    // folded into the member's entry of that year.
    const QList<PlanGroup> plans = plansOf(doc);
    QHash<QString, QList<TimelineEntry>> out;
    QHash<QString, int> entryOf; // "code/year" → index in out[code] (its first entry of the year)
    for (const PlanGroup &g : plans) {
        const Plan &p = doc.scenarios[g.representative()].plan;
        TimelineEntry e;
        e.fiscalYear = p.fiscalYear;
        e.scenario = g.representative();
        e.alternatives = int(g.alternatives.size());
        e.undecided = g.undecided();
        if (const Plan *adopted = workspace::adoptedPlan(doc, g))
            for (const auto &pr : adopted->programs) {
                e.menus << pr.menu;
                if (pr.startup)
                    e.startupMenus << pr.menu;
            }
        auto &list = out[p.body.code];
        const QString key = yearKey(p.body.code, p.fiscalYear);
        if (!entryOf.contains(key))
            entryOf.insert(key, int(list.size()));
        list << e;
    }
    for (const PlanGroup &g : plans) {
        const Plan *p = workspace::adoptedPlan(doc, g);
        if (!p)
            continue;
        for (const auto &pr : p->programs) {
            for (const auto &m : pr.joint) {
                if (m.code == p->body.code)
                    continue;
                auto &list = out[m.code];
                const QString key = yearKey(m.code, p->fiscalYear);
                int at = entryOf.value(key, -1);
                if (at < 0) {
                    TimelineEntry e;
                    e.fiscalYear = p->fiscalYear;
                    at = int(list.size());
                    list << e;
                    entryOf.insert(key, at);
                }
                list[at].jointMenus << pr.menu;
            }
        }
    }
    for (auto &list : out)
        std::stable_sort(
            list.begin(), list.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
                return a.fiscalYear < b.fiscalYear;
            });
    return out;
}

QList<TimelineEntry> timeline(const Document &doc, const QString &bodyCode)
{
    return timelines(doc).value(bodyCode);
}

} // namespace shienplan
