// The checks that span fiscal years (multiYearFindings in workspace.h): a satellite or a
// start-up support past its limit, a satellite whose towns have no municipal program after it,
// preparation support without a program the next year. The limits and the menus come from the
// rule book of the year.

#include "core/prefecture/workspace.h"

#include "core/base/bilingual.h"
#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/prefecture/workspaceindex.h"
#include "core/rules/rulebooklibrary.h"

#include <algorithm>

namespace shienplan
{

namespace
{

using workspace::Index;
using workspace::yearKey;

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

// 「A町、B村ほか3団体」: the names of the first few bodies of a list, and how many more.
QString someNames(const QStringList &codes, QStringView lang)
{
    constexpr int shown = 5;
    QString text = namesOf(codes.mid(0, shown)).join(textIn(lang, u"、", u", "));
    if (codes.size() > shown)
        text += textIn(lang, u"ほか%1団体", u" and %1 more").arg(codes.size() - shown);
    return text;
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
                return { m->maxDurationYears->value, m->maxDurationYears->prov.source };
    return { 2, QStringLiteral("000:52") };
}

Limit startupLimit(const RuleBookLibrary *books, int year)
{
    if (books)
        if (const RuleBook *b = books->book(year); b && b->startup.maxDurationYears)
            return { b->startup.maxDurationYears->value,
                QStringLiteral("000:139; ") + b->startup.maxDurationYears->prov.source };
    return { 2, QStringLiteral("000:139; 000:52") };
}

// The municipal programs (市町村事業) of a book: the menus of its "municipal" group, the center,
// station and support programs of which one municipality runs one in a year (decisions.md,
// combined_menus). A satellite hands its towns over to them (000:52), and preparation support
// leads to one of them (000:46-48).
QStringList municipalMenus(const RuleBook &book)
{
    QStringList out;
    for (const auto &m : book.menus)
        if (m.exclusiveGroup == u"municipal")
            out << m.id;
    return out;
}

// The municipal programs of `year`: from its book in `books`, else from the bundled book of the
// year, else from the latest bundled book (a document may plan a year that no book covers).
QStringList municipalMenusIn(const RuleBookLibrary *books, int year)
{
    if (books)
        if (const RuleBook *b = books->book(year))
            if (const QStringList menus = municipalMenus(*b); !menus.isEmpty())
                return menus;
    static const RuleBookLibrary bundled = RuleBookLibrary::bundledOnly();
    const RuleBook *b = bundled.book(year);
    if (!b && !bundled.fiscalYears().isEmpty())
        b = bundled.book(bundled.fiscalYears().last());
    return b ? municipalMenus(*b) : QStringList();
}

struct NextYearRule {
    QStringList menus;
    QString source;
};

NextYearRule nextYearRule(const RuleBookLibrary *books, int year)
{
    if (books)
        if (const RuleBook *b = books->book(year))
            if (const MenuRule *m = b->menu(u"preparation"); m && !m->nextYearRequires.isEmpty())
                return { m->nextYearRequires, m->nextYearProv.source };
    return { municipalMenusIn(books, year), QStringLiteral("000:46-48") };
}

// Tracks a run of consecutive years in which something holds (a satellite, a start-up support)
// and warns from the year after the limit on.
struct Run {
    int lastYear = 0;
    int count = 0; // years counted so far, earlier years before the document included
    QList<int> years; // the years of the run found in the document
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

    // 「、それ以前に2年」, ", after 2 earlier year(s)": the years before the document's, if any.
    Bilingual earlierYears() const
    {
        if (startBefore == 0)
            return {};
        return { QStringLiteral("、それ以前に%1年").arg(startBefore),
            QStringLiteral(", after %1 earlier year(s)").arg(startBefore) };
    }
};

// duration_exceeded on the `n`th year of a run; `what` names what runs too long, in both
// languages.
Finding durationExceeded(const QString &programId, const Bilingual &what, const Limit &limit, int n,
    const QString &field)
{
    Finding f = makeFinding("duration_exceeded", programId,
        { { what.ja, what.en }, QString::number(limit.years), QString::number(n) }, limit.source);
    f.field = field;
    return f;
}

// What each body runs in each year, alone or as a joint member, by the adopted alternatives:
// "code/year" → the menus.
QHash<QString, QStringList> menusRunByBodies(const Document &doc, const Index &index)
{
    QHash<QString, QStringList> out;
    for (const PlanGroup &g : index.plans) {
        const Plan *p = workspace::adoptedPlan(doc, g);
        if (!p)
            continue;
        for (const auto &pr : p->programs) {
            out[yearKey(p->body.code, p->fiscalYear)] << pr.menu;
            for (const auto &m : pr.joint)
                if (m.code != p->body.code)
                    out[yearKey(m.code, p->fiscalYear)] << pr.menu;
        }
    }
    return out;
}

// The bodies whose year is not decided yet: "code/year" of each undecided plan and of every
// joint member of any of its alternatives. A condition about such a year may yet be met.
QSet<QString> undecidedYears(const Document &doc, const Index &index)
{
    QSet<QString> out;
    for (const PlanGroup &g : index.plans) {
        if (!g.undecided())
            continue;
        for (int s : g.alternatives) {
            const Plan &p = doc.scenarios[s].plan;
            out.insert(yearKey(p.body.code, p.fiscalYear));
            for (const auto &pr : p.programs)
                for (const auto &m : pr.joint)
                    out.insert(yearKey(m.code, p.fiscalYear));
        }
    }
    return out;
}

// The programs of one body in one year that the checks look at.
struct YearPrograms {
    const Program *satellite = nullptr; // the first one
    int satelliteScenario = -1;
    const Program *startup = nullptr; // the first one with start-up support
    int startupScenario = -1;
    QStringList startupMenus; // the menus of all those with start-up support
    QList<QPair<int, const Program *>> preparations; // with their scenarios
};

// Those of the body's plans of a year (normally one) that are decided, as adopted.
YearPrograms programsOf(const Document &doc, const Index &index, const QList<int> &plans)
{
    YearPrograms y;
    for (int g : plans) {
        const int s = index.plans[g].adopted; // -1: undecided, not looked at
        if (s < 0)
            continue;
        for (const auto &pr : doc.scenarios[s].plan.programs) {
            if (pr.menu == QLatin1String("satellite") && !y.satellite) {
                y.satellite = &pr;
                y.satelliteScenario = s;
            }
            if (pr.startup) {
                if (!y.startup) {
                    y.startup = &pr;
                    y.startupScenario = s;
                }
                y.startupMenus << pr.menu;
            }
            if (pr.menu == QLatin1String("preparation"))
                y.preparations << qMakePair(s, &pr);
        }
    }
    return y;
}

// The checks of one document, body by body and year by year.
class CrossYearChecks
{
public:
    CrossYearChecks(const Document &doc, const Index &index, const QSet<int> &documentYears,
        const RuleBookLibrary *books)
        : m_doc(doc)
        , m_index(index)
        , m_documentYears(documentYears)
        , m_books(books)
        , m_menusRun(menusRunByBodies(doc, index))
        , m_undecided(undecidedYears(doc, index))
    {
    }

    QList<WorkspaceFinding> run()
    {
        for (const QString &code : m_index.bodies)
            checkBody(code, m_index.byBody.value(code));
        return m_out;
    }

private:
    void checkBody(const QString &code, const QMap<int, QList<int>> &years)
    {
        Run satellite;
        Run startup;
        for (auto y = years.cbegin(); y != years.cend(); ++y) {
            const int year = y.key();
            const YearPrograms programs = programsOf(m_doc, m_index, y.value());
            if (programs.satellite)
                checkSatellite(code, year, programs, satellite);
            else
                satellite = Run();
            if (programs.startup)
                checkStartup(code, year, programs, startup);
            else
                startup = Run();
            for (const auto &[scenario, prep] : programs.preparations)
                checkPreparation(code, year, years.contains(year + 1), scenario, *prep);
        }
    }

    void checkSatellite(const QString &code, int year, const YearPrograms &programs, Run &run)
    {
        const Program &sat = *programs.satellite;
        const int n = run.step(year, sat.yearsRunning);
        const Limit limit = satelliteLimit(m_books, year);
        if (n > limit.years) {
            const Bilingual before = run.earlierYears();
            const Bilingual what { QStringLiteral("サテライト（%1と連続して実施%2）")
                                       .arg(yearsJa(run.years), before.ja),
                QStringLiteral("The satellite (run in %1 in a row%2)")
                    .arg(yearsEn(run.years), before.en) };
            m_out << WorkspaceFinding { code, year, programs.satelliteScenario,
                durationExceeded(sat.id, what, limit, n, QStringLiteral("years_running")) };
        }
        if (n >= limit.years && !sat.served.isEmpty())
            if (auto f = transitionFinding(sat, n, limit, year))
                m_out << WorkspaceFinding { code, year, programs.satelliteScenario, *f };
    }

    // A satellite in its last allowed year (or later) is to hand over to municipal programs the
    // year after (000:52): which municipalities of its served area have none planned then.
    std::optional<Finding> transitionFinding(
        const Program &sat, int yearOfRun, const Limit &limit, int year) const
    {
        const QStringList municipal = municipalMenusIn(m_books, year);
        const int next = year + 1;
        QStringList missing;
        for (const QString &served : sat.served) {
            const QStringList menus = m_menusRun.value(yearKey(served, next));
            if (std::none_of(menus.cbegin(), menus.cend(),
                    [&](const QString &m) { return municipal.contains(m); })
                && !m_undecided.contains(yearKey(served, next)))
                missing << served;
        }
        if (missing.isEmpty())
            return std::nullopt;
        const QString nextJa = fiscalYearLabel(next, u"ja");
        const QString nextEn = fiscalYearLabel(next, u"en");
        QString ja, en;
        if (!m_documentYears.contains(next)) {
            ja = QStringLiteral("%1団体（%2）の%3はまだ計画されていません。")
                     .arg(missing.size())
                     .arg(someNames(missing, u"ja"), nextJa);
            en = QStringLiteral("%1 is not yet planned for %2 municipalities (%3).")
                     .arg(nextEn)
                     .arg(missing.size())
                     .arg(someNames(missing, u"en"));
        } else {
            ja = QStringLiteral("%1団体（%2）に%3の%4の計画がありません。")
                     .arg(missing.size())
                     .arg(someNames(missing, u"ja"), nextJa, menusJa(municipal));
            en = QStringLiteral("%1 municipalities (%2) have no %3 planned in %4.")
                     .arg(missing.size())
                     .arg(someNames(missing, u"en"), menusEn(municipal), nextEn);
        }
        Finding f = makeFinding("satellite_transition", sat.id,
            { QString::number(limit.years), QString::number(yearOfRun), { ja, en } }, limit.source);
        f.field = QStringLiteral("served_municipalities");
        return f;
    }

    void checkStartup(const QString &code, int year, const YearPrograms &programs, Run &run)
    {
        const Program &sup = *programs.startup;
        const int n = run.step(year, sup.startup->year);
        const Limit limit = startupLimit(m_books, year);
        if (n <= limit.years)
            return;
        const Bilingual before = run.earlierYears();
        const Bilingual what {
            QStringLiteral("都道府県による立ち上げ支援（%1と連続%2、今年度は%3）")
                .arg(yearsJa(run.years), before.ja, menusJa(programs.startupMenus)),
            QStringLiteral("Start-up support by the prefecture (in %1 in a row%2; this year on %3)")
                .arg(yearsEn(run.years), before.en, menusEn(programs.startupMenus))
        };
        m_out << WorkspaceFinding { code, year, programs.startupScenario,
            durationExceeded(sup.id, what, limit, n, QStringLiteral("startup_support.year")) };
    }

    // Preparation support in `year` needs one of the rule's menus the year after, the body's own
    // or as a joint member; the message says whether that year is planned at all.
    void checkPreparation(
        const QString &code, int year, bool bodyPlansNext, int scenario, const Program &prep)
    {
        const NextYearRule rule = nextYearRule(m_books, year);
        const int next = year + 1;
        const QStringList nextMenus = m_menusRun.value(yearKey(code, next));
        if (std::any_of(nextMenus.cbegin(), nextMenus.cend(),
                [&](const QString &m) { return rule.menus.contains(m); }))
            return;
        if (m_undecided.contains(yearKey(code, next)))
            return; // one of the next year's alternatives may hold the program
        const QString nextJa = fiscalYearLabel(next, u"ja");
        const QString nextEn = fiscalYearLabel(next, u"en");
        const QString intended = prep.nextYearMenu;
        const QString intendedJa = intended.isEmpty()
            ? QString()
            : QStringLiteral("。準備支援の計画では「%1」を予定").arg(menuLabel(intended, u"ja"));
        const QString intendedEn = intended.isEmpty()
            ? QString()
            : QStringLiteral("; the preparation plan intends \"%1\"")
                  .arg(menuLabel(intended, u"en"));
        QString ja, en;
        if (bodyPlansNext) {
            ja = QStringLiteral("%1の計画に%2がありません（計画中の事業: %3）")
                     .arg(nextJa, menusJa(rule.menus),
                         nextMenus.isEmpty() ? QStringLiteral("なし") : menusJa(nextMenus));
            en = QStringLiteral("the %1 plan has no %2 (it has: %3)")
                     .arg(nextEn, menusEn(rule.menus),
                         nextMenus.isEmpty() ? QStringLiteral("nothing") : menusEn(nextMenus));
        } else if (m_documentYears.contains(next)) {
            ja = QStringLiteral("%1は他の団体の計画はありますが、この団体の計画がまだありません")
                     .arg(nextJa);
            en = QStringLiteral("%1 is planned for other bodies but not yet for this one")
                     .arg(nextEn);
        } else {
            ja = QStringLiteral("%1はまだ計画されていません").arg(nextJa);
            en = QStringLiteral("%1 is not yet planned").arg(nextEn);
        }
        Finding f = makeFinding(
            "next_year_condition", prep.id, { { ja + intendedJa, en + intendedEn } }, rule.source);
        f.field = QStringLiteral("next_year_menu");
        m_out << WorkspaceFinding { code, year, scenario, f };
    }

    const Document &m_doc;
    const Index &m_index;
    const QSet<int> &m_documentYears;
    const RuleBookLibrary *m_books;
    const QHash<QString, QStringList> m_menusRun;
    const QSet<QString> m_undecided;
    QList<WorkspaceFinding> m_out;
};

} // namespace

QList<WorkspaceFinding> multiYearFindings(const Document &doc, const RuleBookLibrary *books)
{
    const Index index(doc);
    return CrossYearChecks(doc, index, index.years, books).run();
}

QList<WorkspaceFinding> multiYearFindings(
    const Document &doc, const QSet<int> &documentYears, const RuleBookLibrary *books)
{
    const Index index(doc);
    return CrossYearChecks(doc, index, documentYears, books).run();
}

} // namespace shienplan
