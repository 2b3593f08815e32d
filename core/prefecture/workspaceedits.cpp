// The prefecture view's whole-document edits (workspaceedits.h): importing a roster, planning
// the next year, starting a plan for a body.

#include "core/prefecture/workspaceedits.h"

#include "core/base/fiscalyear.h"
#include "core/prefecture/workspace.h"
#include "core/registry/registry.h"

#include <QHash>
#include <QSet>

namespace shienplan
{

namespace
{
QString keyOf(const Plan &p)
{
    return p.body.code + u'/' + QString::number(p.fiscalYear);
}
} // namespace

Scenario scenarioFor(const LocalBody &body, int fiscalYear)
{
    Scenario sc;
    sc.plan.alternative
        = QStringLiteral("%1 %2").arg(body.name, fiscalYearLabel(fiscalYear, u"ja"));
    sc.plan.fiscalYear = fiscalYear;
    sc.plan.body.code = body.code;
    sc.plan.body.name = body.name;
    sc.plan.body.kind = body.kind;
    sc.plan.body.prefectureCode = body.prefectureCode;
    return sc;
}

MergeResult mergeScenarios(const QList<Scenario> &existing, const QList<Scenario> &imported)
{
    MergeResult r;
    r.scenarios = existing;
    QHash<QString, int> at;
    for (int i = 0; i < r.scenarios.size(); ++i)
        at.insert(
            keyOf(r.scenarios[i].plan), i); // the last of duplicates, as a hand-made file may hold
    for (const Scenario &s : imported) {
        const QString key = keyOf(s.plan);
        if (const auto it = at.constFind(key); it != at.cend() && !s.plan.body.code.isEmpty()) {
            r.scenarios[*it] = s;
            r.replaced += 1;
        } else {
            at.insert(key, int(r.scenarios.size()));
            r.scenarios << s;
            r.added += 1;
        }
    }
    return r;
}

Scenario nextYearScenario(const Scenario &s)
{
    Scenario n = s;
    const int year = s.plan.fiscalYear + 1;
    n.plan.fiscalYear = year;
    n.plan.alternative
        = QStringLiteral("%1 %2").arg(s.plan.body.name, fiscalYearLabel(year, u"ja"));
    n.plan.adopted = false; // the new year's only alternative; a second one starts undecided
    for (Program &p : n.plan.programs) {
        if (p.menu == u"preparation" && !p.nextYearMenu.isEmpty()) {
            Program next;
            next.id = p.id;
            next.menu = p.nextYearMenu;
            next.joint = p.joint;
            p = next;
            continue;
        }
        p.yearsRunning += 1;
        if (p.startup)
            p.startup->year += 1;
    }
    return n;
}

MergeResult withNextYear(
    const Document &doc, const QString &prefectureCode, int fiscalYear, const Registry &registry)
{
    QSet<QString> planned;
    for (const Scenario &s : doc.scenarios)
        planned.insert(keyOf(s.plan));
    QList<Scenario> next;
    // One plan each: from its adopted alternative, or, while undecided, from its first.
    for (const PlanGroup &g : plansOf(doc, fiscalYear)) {
        const Scenario &s = doc.scenarios[g.representative()];
        if (prefectureOf(s.plan, registry) != prefectureCode)
            continue;
        Scenario n = nextYearScenario(s);
        if (planned.contains(keyOf(n.plan)))
            continue;
        planned.insert(keyOf(n.plan));
        next << n;
    }
    return mergeScenarios(doc.scenarios, next);
}

} // namespace shienplan
