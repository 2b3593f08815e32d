// Totals of a fiscal year per prefecture and for the whole country (workspace.h): amounts per
// menu, what the prefecture pays, and the towns that run nothing yet or that no center or
// satellite serves. Each plan counts once (workspace.h): never the sum of its alternatives.

#include "core/prefecture/workspace.h"

#include "core/base/catalogue.h"

#include <algorithm>

namespace shienplan
{

namespace
{

// One pass over the plans of a year: the totals of every prefecture that has a plan, plus the
// bodies running a program (own or as joint member).
struct Accumulated {
    QMap<QString, WorkspaceTotals> byPrefecture;
    QSet<QString> running; // body codes
    QSet<QString> served; // municipalities in the served area of a center or satellite
};

// What one plan adds to who runs a program and who is served, whatever its prefecture: a joint
// member or a served town may lie in another prefecture than the plan's body. A decided plan
// adds what its adopted alternative runs and serves; an undecided one only its body, when every
// alternative runs a program (whichever is adopted, the body runs one), and no joint member or
// served town, which the choice may yet change.
void collectBodies(const Document &doc, const PlanGroup &g, Accumulated &a)
{
    if (g.undecided()) {
        const bool everyOneRuns = std::all_of(g.alternatives.cbegin(), g.alternatives.cend(),
            [&](int s) { return !doc.scenarios[s].plan.programs.isEmpty(); });
        if (everyOneRuns)
            a.running.insert(doc.scenarios[g.representative()].plan.body.code);
        return;
    }
    const Plan &p = doc.scenarios[g.adopted].plan;
    for (const auto &pr : p.programs) {
        for (const auto &jm : pr.joint)
            a.running.insert(jm.code);
        if (menuServesMunicipalities(pr.menu))
            for (const auto &code : pr.served)
                a.served.insert(code);
    }
    if (!p.programs.isEmpty())
        a.running.insert(p.body.code);
}

// Each plan once: its counted totals (countedTotals) in the prefecture's; the adopted
// alternative's programs under their menus, or the plan counted as undecided.
Accumulated accumulate(const Document &doc, const QList<Evaluation> &evaluations,
    const QList<PlanGroup> &plans, const QString &onlyPrefecture, const Registry &registry)
{
    Accumulated a;
    for (const PlanGroup &g : plans) {
        const Plan &p = doc.scenarios[g.representative()].plan;
        const QString pref = prefectureOf(p, registry);
        if (!onlyPrefecture.isEmpty() && pref != onlyPrefecture)
            continue;
        WorkspaceTotals &t = a.byPrefecture[pref];
        const Totals counted = countedTotals(g, evaluations);
        t.plans += 1;
        t.alternatives += int(g.alternatives.size());
        t.all.add(counted);
        if (p.body.kind == BodyKind::Prefecture)
            t.ownPrograms.add(counted);
        collectBodies(doc, g, a);
        if (g.undecided()) {
            t.undecided += 1;
            t.undecidedTotals.add(counted);
            continue;
        }
        if (g.adopted >= evaluations.size())
            continue;
        const Plan &adopted = doc.scenarios[g.adopted].plan;
        const Evaluation &e = evaluations[g.adopted];
        t.eligible += e.eligible ? 1 : 0;
        for (qsizetype j = 0; j < adopted.programs.size() && j < e.programs.size(); ++j) {
            const Program &pr = adopted.programs[j];
            const ProgramResult &r = e.programs[j];
            MenuTotals &m = t.perMenu[pr.menu];
            m.programs += 1;
            m.withStartup += pr.startup ? 1 : 0;
            m.totals.add({ r.national, r.prefectureSupport, r.local });
        }
    }
    return a;
}

void finish(WorkspaceTotals &t, const QString &prefCode, int fiscalYear, const Accumulated &a,
    const Registry &registry)
{
    t.prefectureCode = prefCode;
    t.fiscalYear = fiscalYear;
    const LocalBody *pref = registry.find(prefCode);
    t.prefectureName = pref ? pref->name : QStringLiteral("（都道府県不明）");
    t.prefectureBurden = t.ownPrograms.local + t.all.prefectureSupport;
    for (const LocalBody *b : registry.municipalitiesOf(prefCode)) {
        t.municipalities += 1;
        const bool runs = a.running.contains(b->code);
        const bool served = a.served.contains(b->code);
        if (runs) {
            t.municipalitiesWithProgram += 1;
        } else {
            t.withoutProgram[b->kind] += 1;
            t.withoutProgramCodes << b->code;
        }
        t.servedMunicipalities += served ? 1 : 0;
        t.servedWithoutProgram += served && !runs ? 1 : 0;
        if (!runs && !served)
            t.uncoveredCodes << b->code;
    }
}

void addInto(WorkspaceTotals &sum, const WorkspaceTotals &t)
{
    sum.plans += t.plans;
    sum.alternatives += t.alternatives;
    sum.eligible += t.eligible;
    sum.undecided += t.undecided;
    sum.undecidedTotals.add(t.undecidedTotals);
    sum.all.add(t.all);
    sum.ownPrograms.add(t.ownPrograms);
    sum.prefectureBurden = sum.prefectureBurden + t.prefectureBurden;
    for (auto it = t.perMenu.cbegin(); it != t.perMenu.cend(); ++it) {
        MenuTotals &m = sum.perMenu[it.key()];
        m.programs += it->programs;
        m.withStartup += it->withStartup;
        m.totals.add(it->totals);
    }
    sum.municipalities += t.municipalities;
    sum.municipalitiesWithProgram += t.municipalitiesWithProgram;
    for (auto it = t.withoutProgram.cbegin(); it != t.withoutProgram.cend(); ++it)
        sum.withoutProgram[it.key()] += it.value();
    sum.withoutProgramCodes << t.withoutProgramCodes;
    sum.servedMunicipalities += t.servedMunicipalities;
    sum.servedWithoutProgram += t.servedWithoutProgram;
    sum.uncoveredCodes << t.uncoveredCodes;
}

} // namespace

YearTotals totalsOfYear(const Document &doc, const QList<Evaluation> &evaluations, int fiscalYear,
    const Registry &registry)
{
    const Accumulated a
        = accumulate(doc, evaluations, plansOf(doc, fiscalYear), QString(), registry);
    YearTotals out;
    WorkspaceTotals &sum = out.country;
    sum.fiscalYear = fiscalYear;
    sum.prefectureName = QStringLiteral("全国");
    for (const auto &b : registry.all()) {
        if (b.kind != BodyKind::Prefecture)
            continue;
        WorkspaceTotals t = a.byPrefecture.value(b.code);
        finish(t, b.code, fiscalYear, a, registry);
        addInto(sum, t);
        out.prefectures << std::move(t);
    }
    // Plans of bodies outside the registry's prefectures still count in the country.
    for (auto it = a.byPrefecture.cbegin(); it != a.byPrefecture.cend(); ++it) {
        const LocalBody *p = registry.find(it.key());
        if (p && p->kind == BodyKind::Prefecture)
            continue;
        WorkspaceTotals t = it.value();
        t.prefectureBurden = t.ownPrograms.local + t.all.prefectureSupport;
        addInto(sum, t);
    }
    return out;
}

QList<WorkspaceTotals> totalsByPrefecture(const Document &doc, const QList<Evaluation> &evaluations,
    int fiscalYear, const Registry &registry)
{
    return totalsOfYear(doc, evaluations, fiscalYear, registry).prefectures;
}

WorkspaceTotals totalsFor(const Document &doc, const QList<Evaluation> &evaluations,
    const QString &prefectureCode, int fiscalYear, const Registry &registry)
{
    if (prefectureCode.isEmpty())
        return totalsOfYear(doc, evaluations, fiscalYear, registry).country;
    const LocalBody *pref = registry.find(prefectureCode);
    const QString code = pref ? pref->code : prefectureCode;
    const QList<PlanGroup> plans = plansOf(doc, fiscalYear);
    Accumulated a = accumulate(doc, evaluations, plans, code, registry);
    // A joint member or a served town may belong to a plan of another prefecture: collect them
    // Japan-wide.
    for (const PlanGroup &g : plans)
        collectBodies(doc, g, a);
    WorkspaceTotals t = a.byPrefecture.value(code);
    finish(t, code, fiscalYear, a, registry);
    return t;
}

} // namespace shienplan
