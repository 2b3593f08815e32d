#include "core/prefecture/workspace.h"

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/rules/rulebooklibrary.h"

#include <QSet>

#include <algorithm>

namespace shienplan {

namespace {

const QStringList kMunicipalMenus = {QStringLiteral("center_municipal"), QStringLiteral("station"),
                                     QStringLiteral("support")};

QString yearKey(const QString &code, int year)
{
    return code + u'/' + QString::number(year);
}

// Scenario indexes by body code and year, built once: every check walks this, never the
// document once per body.
struct Index {
    QHash<QString, QMap<int, QList<int>>> byBody; // body code → year → scenario indexes
    QSet<int> years;                              // every fiscal year of the document
    QStringList bodies;                           // body codes, sorted

    explicit Index(const Document &doc)
    {
        for (qsizetype i = 0; i < doc.scenarios.size(); ++i) {
            const Plan &p = doc.scenarios[i].plan;
            byBody[p.body.code][p.fiscalYear].append(int(i));
            years.insert(p.fiscalYear);
        }
        bodies = byBody.keys();
        std::sort(bodies.begin(), bodies.end());
    }
};

QString yearsJa(const QList<int> &years)
{
    QStringList s;
    for (int y : years)
        s << fiscalYearLabel(y, u"ja");
    return s.join(u'・');
}

QString yearsEn(const QList<int> &years)
{
    QStringList s;
    for (int y : years)
        s << fiscalYearLabel(y, u"en");
    if (s.size() <= 1)
        return s.join(QString());
    return s.mid(0, s.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + s.last();
}

struct Limit {
    int years = 2;
    QString source;
};

Limit satelliteLimit(const RuleBookLibrary *books, int year)
{
    if (books)
        if (const RuleBook *b = books->book(year))
            if (const MenuRule *m = b->menu(u"satellite"); m && m->maxDurationYears)
                return {m->maxDurationYears->value, m->maxDurationYears->prov.source};
    return {2, QStringLiteral("000:52")};
}

Limit startupLimit(const RuleBookLibrary *books, int year)
{
    if (books)
        if (const RuleBook *b = books->book(year); b && b->startup.maxDurationYears)
            return {b->startup.maxDurationYears->value, QStringLiteral("000:139; ") + b->startup.maxDurationYears->prov.source};
    return {2, QStringLiteral("000:139; 000:52")};
}

struct NextYearRule {
    QStringList menus = kMunicipalMenus;
    QString source = QStringLiteral("000:46-48");
};

NextYearRule nextYearRule(const RuleBookLibrary *books, int year)
{
    if (books)
        if (const RuleBook *b = books->book(year))
            if (const MenuRule *m = b->menu(u"preparation"); m && !m->nextYearRequires.isEmpty())
                return {m->nextYearRequires, m->nextYearProv.source};
    return {};
}

QString menusJa(const QStringList &menus)
{
    QStringList s;
    for (const auto &m : menus)
        s << menuLabel(m, u"ja");
    return s.join(QStringLiteral("・"));
}

QString menusEn(const QStringList &menus)
{
    QStringList s;
    for (const auto &m : menus)
        s << menuLabel(m, u"en");
    return s.join(QStringLiteral(", "));
}

// Tracks a run of consecutive years in which something holds (a satellite, a start-up support)
// and warns from the year after the limit on.
struct Run {
    int lastYear = 0;
    int count = 0;       // years counted so far, earlier years before the document included
    QList<int> years;    // the years of the run found in the document
    int startBefore = 0; // years before the document's first year of the run (years_running − 1)

    // Returns the count for `year`.
    int step(int year, int yearsAlreadyRunning)
    {
        if (count > 0 && year == lastYear + 1) {
            ++count;
        } else {
            startBefore = std::max(0, yearsAlreadyRunning - 1);
            count = 1 + startBefore;
            years.clear();
        }
        years << year;
        lastYear = year;
        return count;
    }
};

// 「A町、B村ほか3団体」: the names of the first few bodies of a list, and how many more.
QString someNames(const QStringList &codes, QStringView lang)
{
    constexpr int shown = 5;
    const bool en = lang == u"en";
    const QStringList names = namesOf(codes.mid(0, shown));
    QString text = names.join(en ? QStringLiteral(", ") : QStringLiteral("、"));
    if (codes.size() > shown)
        text += en ? QStringLiteral(" and %1 more").arg(codes.size() - shown)
                   : QStringLiteral("ほか%1団体").arg(codes.size() - shown);
    return text;
}

// A satellite in its last allowed year (or later) is to hand over to municipal programs the year
// after (000:52): which municipalities of its served area have none planned then.
std::optional<Finding> transitionFinding(const Program &sat, int yearOfRun, const Limit &limit, int year,
                                         const QHash<QString, QStringList> &municipalMenus, const QSet<int> &docYears)
{
    const int next = year + 1;
    QStringList missing;
    for (const QString &served : sat.served) {
        const QStringList menus = municipalMenus.value(yearKey(served, next));
        if (std::none_of(menus.cbegin(), menus.cend(), [](const QString &m) { return kMunicipalMenus.contains(m); }))
            missing << served;
    }
    if (missing.isEmpty())
        return std::nullopt;
    const QString nextJa = fiscalYearLabel(next, u"ja");
    const QString nextEn = fiscalYearLabel(next, u"en");
    QString ja, en;
    if (!docYears.contains(next)) {
        ja = QStringLiteral("%1団体（%2）の%3はまだ計画されていません。").arg(missing.size()).arg(someNames(missing, u"ja"), nextJa);
        en = QStringLiteral("%1 is not yet planned for %2 municipalities (%3).").arg(nextEn).arg(missing.size()).arg(someNames(missing, u"en"));
    } else {
        ja = QStringLiteral("%1団体（%2）に%3の%4の計画がありません。")
                 .arg(missing.size()).arg(someNames(missing, u"ja"), nextJa, menusJa(kMunicipalMenus));
        en = QStringLiteral("%1 municipalities (%2) have no %3 planned in %4.")
                 .arg(missing.size()).arg(someNames(missing, u"en"), menusEn(kMunicipalMenus), nextEn);
    }
    Finding f = makeFinding("satellite_transition", sat.id,
                            {QString::number(limit.years), QString::number(yearOfRun), {ja, en}}, limit.source);
    f.field = QStringLiteral("served_municipalities");
    return f;
}

} // namespace

// ---- Evaluation -------------------------------------------------------------------------------

QString prefectureOf(const Plan &plan, const Registry &registry)
{
    if (!plan.body.prefectureCode.isEmpty())
        return plan.body.prefectureCode;
    const LocalBody *b = registry.find(plan.body.code);
    return b ? b->prefectureCode : QString();
}

QList<Evaluation> evaluateWorkspace(const Document &doc, const RuleBookLibrary &books, const Registry &registry)
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
                book.matrixProv = {Status::Unknown, QStringLiteral("rules.md §4 gap 11"), {}};
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
        std::stable_sort(list.begin(), list.end(),
                         [](const TimelineEntry &a, const TimelineEntry &b) { return a.fiscalYear < b.fiscalYear; });
    return out;
}

QList<TimelineEntry> timeline(const Document &doc, const QString &bodyCode)
{
    return timelines(doc).value(bodyCode);
}

// ---- 担当区域 -------------------------------------------------------------------------------------

QHash<QString, QList<ServingProgram>> servingPrograms(const Document &doc, int fiscalYear)
{
    QHash<QString, QList<ServingProgram>> out;
    for (qsizetype i = 0; i < doc.scenarios.size(); ++i) {
        const Plan &p = doc.scenarios[i].plan;
        if (fiscalYear != 0 && p.fiscalYear != fiscalYear)
            continue;
        for (const auto &pr : p.programs) {
            if (pr.served.isEmpty() || !menuServesMunicipalities(pr.menu))
                continue;
            const ServingProgram sp{p.fiscalYear, int(i), pr.id, pr.menu, p.body.code, p.body.name};
            for (const QString &code : pr.served)
                out[code] << sp;
        }
    }
    return out;
}

// ---- Checks across years ----------------------------------------------------------------------

namespace {
QList<WorkspaceFinding> findingsAcrossYears(const Document &doc, const Index &index, const QSet<int> &documentYears,
                                            const RuleBookLibrary *books);
}

QList<WorkspaceFinding> multiYearFindings(const Document &doc, const RuleBookLibrary *books)
{
    const Index index(doc);
    return findingsAcrossYears(doc, index, index.years, books);
}

QList<WorkspaceFinding> multiYearFindings(const Document &doc, const QSet<int> &documentYears, const RuleBookLibrary *books)
{
    return findingsAcrossYears(doc, Index(doc), documentYears, books);
}

namespace {
QList<WorkspaceFinding> findingsAcrossYears(const Document &doc, const Index &index, const QSet<int> &documentYears,
                                            const RuleBookLibrary *books)
{
    QList<WorkspaceFinding> out;

    // Who runs a center, station or support program in which year, alone or as a joint member:
    // "code/year" → the menus.
    QHash<QString, QStringList> municipalMenus;
    for (const auto &sc : doc.scenarios) {
        const Plan &p = sc.plan;
        for (const auto &pr : p.programs) {
            municipalMenus[yearKey(p.body.code, p.fiscalYear)] << pr.menu;
            for (const auto &m : pr.joint)
                if (m.code != p.body.code)
                    municipalMenus[yearKey(m.code, p.fiscalYear)] << pr.menu;
        }
    }

    for (const QString &code : index.bodies) {
        const QMap<int, QList<int>> &years = index.byBody.value(code);
        Run satellite;
        Run startup;
        for (auto y = years.cbegin(); y != years.cend(); ++y) {
            const int year = y.key();
            const Program *sat = nullptr;
            int satScenario = -1;
            const Program *sup = nullptr;
            int supScenario = -1;
            QStringList supMenus;
            QList<QPair<int, const Program *>> preparations;
            for (int s : y.value()) {
                for (const auto &pr : doc.scenarios[s].plan.programs) {
                    if (pr.menu == QLatin1String("satellite") && !sat) {
                        sat = &pr;
                        satScenario = s;
                    }
                    if (pr.startup) {
                        if (!sup) {
                            sup = &pr;
                            supScenario = s;
                        }
                        supMenus << pr.menu;
                    }
                    if (pr.menu == QLatin1String("preparation"))
                        preparations << qMakePair(s, &pr);
                }
            }

            if (sat) {
                const int n = satellite.step(year, sat->yearsRunning);
                const Limit limit = satelliteLimit(books, year);
                if (n > limit.years) {
                    const QString before = satellite.startBefore > 0
                        ? QStringLiteral("、それ以前に%1年").arg(satellite.startBefore) : QString();
                    const QString beforeEn = satellite.startBefore > 0
                        ? QStringLiteral(", after %1 earlier year(s)").arg(satellite.startBefore) : QString();
                    Finding f = makeFinding("duration_exceeded", sat->id,
                                            {{QStringLiteral("サテライト（%1と連続して実施%2）").arg(yearsJa(satellite.years), before),
                                              QStringLiteral("The satellite (run in %1 in a row%2)").arg(yearsEn(satellite.years), beforeEn)},
                                             QString::number(limit.years), QString::number(n)},
                                            limit.source);
                    f.field = QStringLiteral("years_running");
                    out << WorkspaceFinding{code, year, satScenario, f};
                }
                if (n >= limit.years && !sat->served.isEmpty()) {
                    if (auto f = transitionFinding(*sat, n, limit, year, municipalMenus, documentYears))
                        out << WorkspaceFinding{code, year, satScenario, *f};
                }
            } else {
                satellite = Run();
            }

            if (sup) {
                const int n = startup.step(year, sup->startup->year);
                const Limit limit = startupLimit(books, year);
                if (n > limit.years) {
                    const QString before = startup.startBefore > 0
                        ? QStringLiteral("、それ以前に%1年").arg(startup.startBefore) : QString();
                    const QString beforeEn = startup.startBefore > 0
                        ? QStringLiteral(", after %1 earlier year(s)").arg(startup.startBefore) : QString();
                    Finding f = makeFinding("duration_exceeded", sup->id,
                                            {{QStringLiteral("都道府県による立ち上げ支援（%1と連続%2、今年度は%3）").arg(yearsJa(startup.years), before, menusJa(supMenus)),
                                              QStringLiteral("Start-up support by the prefecture (in %1 in a row%2; this year on %3)").arg(yearsEn(startup.years), beforeEn, menusEn(supMenus))},
                                             QString::number(limit.years), QString::number(n)},
                                            limit.source);
                    f.field = QStringLiteral("startup_support.year");
                    out << WorkspaceFinding{code, year, supScenario, f};
                }
            } else {
                startup = Run();
            }

            for (const auto &[scenario, prep] : preparations) {
                const NextYearRule rule = nextYearRule(books, year);
                const int next = year + 1;
                const QStringList nextMenus = municipalMenus.value(yearKey(code, next));
                bool ok = false;
                for (const auto &m : nextMenus)
                    ok = ok || rule.menus.contains(m);
                if (ok)
                    continue;
                const QString nextJa = fiscalYearLabel(next, u"ja");
                const QString nextEn = fiscalYearLabel(next, u"en");
                const QString intended = prep->nextYearMenu;
                const QString intendedJa = intended.isEmpty() ? QString()
                    : QStringLiteral("。準備支援の計画では「%1」を予定").arg(menuLabel(intended, u"ja"));
                const QString intendedEn = intended.isEmpty() ? QString()
                    : QStringLiteral("; the preparation plan intends \"%1\"").arg(menuLabel(intended, u"en"));
                QString ja, en;
                if (years.contains(next)) {
                    ja = QStringLiteral("%1の計画に%2がありません（計画中の事業: %3）")
                             .arg(nextJa, menusJa(rule.menus), nextMenus.isEmpty() ? QStringLiteral("なし") : menusJa(nextMenus));
                    en = QStringLiteral("the %1 plan has no %2 (it has: %3)")
                             .arg(nextEn, menusEn(rule.menus), nextMenus.isEmpty() ? QStringLiteral("nothing") : menusEn(nextMenus));
                } else if (documentYears.contains(next)) {
                    ja = QStringLiteral("%1は他の団体の計画はありますが、この団体の計画がまだありません").arg(nextJa);
                    en = QStringLiteral("%1 is planned for other bodies but not yet for this one").arg(nextEn);
                } else {
                    ja = QStringLiteral("%1はまだ計画されていません").arg(nextJa);
                    en = QStringLiteral("%1 is not yet planned").arg(nextEn);
                }
                Finding f = makeFinding("next_year_condition", prep->id, {{ja + intendedJa, en + intendedEn}}, rule.source);
                f.field = QStringLiteral("next_year_menu");
                out << WorkspaceFinding{code, year, scenario, f};
            }
        }
    }
    return out;
}

} // namespace

// ---- Year-on-year ---------------------------------------------------------------------------

YenRange difference(const YenRange &a, const YenRange &b)
{
    YenRange r;
    if (a.min && b.max)
        r.min = Yen(*a.min - *b.max);
    if (a.max && b.min)
        r.max = Yen(*a.max - *b.min);
    return r;
}

Totals difference(const Totals &a, const Totals &b)
{
    Totals t;
    t.national = difference(a.national, b.national);
    t.prefectureSupport = difference(a.prefectureSupport, b.prefectureSupport);
    t.local = difference(a.local, b.local);
    return t;
}

QList<YearChange> yearOnYear(const Document &doc, const QList<Evaluation> &evaluations)
{
    const Index index(doc);
    QList<int> docYears = index.years.values();
    std::sort(docYears.begin(), docYears.end());
    QList<YearChange> out;
    for (const QString &code : index.bodies) {
        const QMap<int, QList<int>> &years = index.byBody.value(code);
        auto totalsOf = [&](int year, bool *present) {
            Totals t;
            const auto it = years.constFind(year);
            *present = it != years.cend();
            if (*present)
                for (int s : *it)
                    if (s < evaluations.size())
                        t.add(evaluations[s].totals);
            return t;
        };
        const Plan &any = doc.scenarios[years.cbegin().value().first()].plan;
        for (int year : docYears) {
            if (!index.years.contains(year - 1))
                continue;
            bool hasPrev = false, hasCur = false;
            const Totals prev = totalsOf(year - 1, &hasPrev);
            const Totals cur = totalsOf(year, &hasCur);
            if (!hasPrev && !hasCur)
                continue;
            YearChange c;
            c.bodyCode = code;
            c.bodyName = any.body.name;
            c.prefectureCode = any.body.prefectureCode;
            c.fiscalYear = year;
            c.kind = hasPrev && hasCur ? YearChange::Kind::Continued
                   : hasCur            ? YearChange::Kind::Started
                                       : YearChange::Kind::Stopped;
            c.previous = prev;
            c.current = cur;
            c.change = difference(cur, prev);
            out << c;
        }
    }
    return out;
}

// ---- Totals -------------------------------------------------------------------------------------

namespace {

// One pass over the scenarios of a year: the totals of every prefecture that has a plan, plus
// the bodies running a program (own or as joint member).
struct Accumulated {
    QMap<QString, WorkspaceTotals> byPrefecture;
    QSet<QString> running; // body codes
    QSet<QString> served;  // municipalities in the served area of a center or satellite
};

// What one plan adds to who runs a program and who is served, whatever its prefecture: a joint
// member or a served town may lie in another prefecture than the plan's body.
void collectBodies(const Plan &p, Accumulated &a)
{
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

Accumulated accumulate(const Document &doc, const QList<Evaluation> &evaluations, int fiscalYear,
                       const QString &onlyPrefecture, const Registry &registry)
{
    Accumulated a;
    for (qsizetype i = 0; i < doc.scenarios.size() && i < evaluations.size(); ++i) {
        const Plan &p = doc.scenarios[i].plan;
        if (p.fiscalYear != fiscalYear)
            continue;
        const QString pref = prefectureOf(p, registry);
        if (!onlyPrefecture.isEmpty() && pref != onlyPrefecture)
            continue;
        const Evaluation &e = evaluations[i];
        WorkspaceTotals &t = a.byPrefecture[pref];
        t.plans += 1;
        t.eligible += e.eligible ? 1 : 0;
        t.all.add(e.totals);
        if (p.body.kind == BodyKind::Prefecture)
            t.ownPrograms.add(e.totals);
        for (qsizetype j = 0; j < p.programs.size() && j < e.programs.size(); ++j) {
            const Program &pr = p.programs[j];
            const ProgramResult &r = e.programs[j];
            MenuTotals &m = t.perMenu[pr.menu];
            m.programs += 1;
            m.withStartup += pr.startup ? 1 : 0;
            m.totals.add({r.national, r.prefectureSupport, r.local});
        }
        collectBodies(p, a);
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
    sum.eligible += t.eligible;
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

QList<WorkspaceTotals> totalsByPrefecture(const Document &doc, const QList<Evaluation> &evaluations, int fiscalYear,
                                          const Registry &registry)
{
    Accumulated a = accumulate(doc, evaluations, fiscalYear, QString(), registry);
    QList<WorkspaceTotals> out;
    for (const auto &b : registry.all()) {
        if (b.kind != BodyKind::Prefecture)
            continue;
        WorkspaceTotals t = a.byPrefecture.value(b.code);
        finish(t, b.code, fiscalYear, a, registry);
        out << t;
    }
    return out;
}

WorkspaceTotals totalsFor(const Document &doc, const QList<Evaluation> &evaluations, const QString &prefectureCode,
                          int fiscalYear, const Registry &registry)
{
    if (prefectureCode.isEmpty()) {
        WorkspaceTotals sum;
        sum.fiscalYear = fiscalYear;
        sum.prefectureName = QStringLiteral("全国");
        const Accumulated a = accumulate(doc, evaluations, fiscalYear, QString(), registry);
        for (const auto &b : registry.all()) {
            if (b.kind != BodyKind::Prefecture)
                continue;
            WorkspaceTotals t = a.byPrefecture.value(b.code);
            finish(t, b.code, fiscalYear, a, registry);
            addInto(sum, t);
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
        return sum;
    }
    const LocalBody *pref = registry.find(prefectureCode);
    const QString code = pref ? pref->code : prefectureCode;
    Accumulated a = accumulate(doc, evaluations, fiscalYear, code, registry);
    // A joint member or a served town may belong to a plan of another prefecture: collect them
    // Japan-wide.
    for (const auto &sc : doc.scenarios)
        if (sc.plan.fiscalYear == fiscalYear)
            collectBodies(sc.plan, a);
    WorkspaceTotals t = a.byPrefecture.value(code);
    finish(t, code, fiscalYear, a, registry);
    return t;
}

// ---- Joint programs ---------------------------------------------------------------------------

std::optional<QList<Fraction>> jointShares(ShareMethod method, const QStringList &memberCodes,
                                           const QHash<QString, qint64> &populations,
                                           const QList<Fraction> &custom, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<QList<Fraction>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto nameOf = [](const QString &code) {
        const LocalBody *b = Registry::bundled().find(code);
        return b ? QStringLiteral("%1 (%2)").arg(b->name, code) : code;
    };
    if (memberCodes.size() < 2)
        return fail(QStringLiteral("a joint program needs at least 2 members, got %1").arg(memberCodes.size()));
    QList<Fraction> shares;
    switch (method) {
    case ShareMethod::Equal:
        for (qsizetype i = 0; i < memberCodes.size(); ++i)
            shares << Fraction(1, memberCodes.size());
        break;
    case ShareMethod::Population: {
        QStringList missing;
        Yen total = 0;
        for (const auto &code : memberCodes) {
            const auto it = populations.constFind(code);
            if (it == populations.constEnd() || *it <= 0)
                missing << nameOf(code);
            else
                total += *it;
        }
        if (!missing.isEmpty())
            return fail(QStringLiteral("shares by population need the population of every member; missing for %1")
                            .arg(missing.join(QStringLiteral(", "))));
        for (const auto &code : memberCodes)
            shares << Fraction(Yen(populations.value(code)), total);
        break;
    }
    case ShareMethod::Custom: {
        if (custom.size() != memberCodes.size())
            return fail(QStringLiteral("%1 shares for %2 members").arg(custom.size()).arg(memberCodes.size()));
        Fraction sum = 0;
        for (qsizetype i = 0; i < custom.size(); ++i) {
            if (custom[i] < 0 || custom[i] > 1)
                return fail(QStringLiteral("the share %1 of %2 is not within 0 and 1")
                                .arg(fractionToString(custom[i]), nameOf(memberCodes[i])));
            sum += custom[i];
        }
        if (sum != 1)
            return fail(QStringLiteral("the members' shares add up to %1, not 1").arg(fractionToString(sum)));
        shares = custom;
        break;
    }
    }
    if (error)
        error->clear();
    return shares;
}

QHash<QString, qint64> populationsIn(const Document &doc, int fiscalYear)
{
    QHash<QString, qint64> out;
    QHash<QString, int> yearOf; // the year each population was taken from
    for (const auto &sc : doc.scenarios) {
        const PlanBody &b = sc.plan.body;
        if (!b.population)
            continue;
        const int y = sc.plan.fiscalYear;
        const auto it = yearOf.constFind(b.code);
        // The year asked for wins; otherwise the latest year.
        const bool better = it == yearOf.constEnd() || (*it != fiscalYear && (y == fiscalYear || y > *it));
        if (better) {
            out.insert(b.code, *b.population);
            yearOf.insert(b.code, y);
        }
    }
    return out;
}

QList<JointMember> jointMembers(const QStringList &memberCodes, const QList<Fraction> &shares)
{
    QList<JointMember> out;
    for (qsizetype i = 0; i < memberCodes.size() && i < shares.size(); ++i)
        out << JointMember{memberCodes[i], shares[i]};
    return out;
}

QList<MemberRow> memberParts(const Document &doc, const QList<Evaluation> &evaluations, int fiscalYear)
{
    QList<MemberRow> out;
    const Registry &registry = Registry::bundled();
    for (qsizetype i = 0; i < doc.scenarios.size() && i < evaluations.size(); ++i) {
        const Plan &p = doc.scenarios[i].plan;
        if (fiscalYear != 0 && p.fiscalYear != fiscalYear)
            continue;
        const Evaluation &e = evaluations[i];
        for (qsizetype j = 0; j < p.programs.size() && j < e.programs.size(); ++j) {
            const Program &pr = p.programs[j];
            const ProgramResult &r = e.programs[j];
            if (pr.joint.isEmpty())
                continue;
            for (qsizetype k = 0; k < pr.joint.size(); ++k) {
                const JointMember &jm = pr.joint[k];
                MemberRow row;
                row.memberCode = jm.code;
                const LocalBody *b = registry.find(jm.code);
                row.memberName = k < r.members.size() ? r.members[k].name : (b ? b->name : jm.code);
                row.lead = jm.code == p.body.code;
                row.leadCode = p.body.code;
                row.leadName = p.body.name;
                row.fiscalYear = p.fiscalYear;
                row.scenario = int(i);
                row.programId = pr.id;
                row.menu = pr.menu;
                row.share = jm.share;
                row.local = k < r.members.size() ? r.members[k].local : YenRange::unknown();
                row.programLocal = r.local;
                out << row;
            }
        }
    }
    return out;
}

} // namespace shienplan
