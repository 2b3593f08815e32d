// The prefecture workspace (workspace.h): every scenario evaluated with the book of its year,
// and each body's timeline over the years. The other parts of workspace.h are in
// servedareas.cpp, crossyearchecks.cpp, yearonyear.cpp, prefecturetotals.cpp and
// jointshares.cpp.

#include "core/prefecture/workspace.h"

#include "core/prefecture/workspaceindex.h"
#include "core/rules/rulebooklibrary.h"

#include <algorithm>

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
    const Document &doc, const RuleBookLibrary &books, const Registry &registry)
{
    QHash<int, RuleBook> perYear; // effective books, one per year of the document
    QList<Evaluation> out;
    out.reserve(doc.scenarios.size());
    for (const auto &sc : doc.scenarios) {
        const int fy = sc.plan.fiscalYear;
        auto it = perYear.find(fy);
        if (it == perYear.end()) {
            RuleBook book;
            if (const RuleBook *b = books.book(fy)) {
                book = effectiveRuleBook(*b, doc);
            } else {
                book.fiscalYear = fy; // no menus: every program is menu_not_available
                book.matrixProv = { Status::Unknown, QStringLiteral("rules.md §4 gap 11"), {} };
            }
            it = perYear.insert(fy, book);
        }
        out << evaluate(sc.plan, *it, registry);
    }
    return out;
}

QSet<int> fiscalYearsOf(const Document &doc)
{
    QSet<int> years;
    for (const auto &sc : doc.scenarios)
        years.insert(sc.plan.fiscalYear);
    return years;
}

// ---- Timeline ---------------------------------------------------------------------------------

QHash<QString, QList<TimelineEntry>> timelines(const Document &doc)
{
    // Own programs first, then joint memberships folded into the member's entry of that year.
    QHash<QString, QList<TimelineEntry>> out;
    QHash<QString, int> entryOf; // "code/year" → index in out[code] (its first entry of the year)
    for (qsizetype i = 0; i < doc.scenarios.size(); ++i) {
        const Plan &p = doc.scenarios[i].plan;
        TimelineEntry e;
        e.fiscalYear = p.fiscalYear;
        e.scenario = int(i);
        for (const auto &pr : p.programs) {
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
    for (const auto &sc : doc.scenarios) {
        const Plan &p = sc.plan;
        for (const auto &pr : p.programs) {
            for (const auto &m : pr.joint) {
                if (m.code == p.body.code)
                    continue;
                auto &list = out[m.code];
                const QString key = yearKey(m.code, p.fiscalYear);
                int at = entryOf.value(key, -1);
                if (at < 0) {
                    TimelineEntry e;
                    e.fiscalYear = p.fiscalYear;
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
