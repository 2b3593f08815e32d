// Many plans at once (a JSON array or JSON Lines): read, evaluated, and printed in full or as
// totals per prefecture.

#include "core/interchange/batch.h"

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/base/parallel.h"
#include "core/engine/alternatives.h"
#include "core/interchange/evaluationjson.h"
#include "core/interchange/inputfile.h"
#include "core/interchange/planjson.h"
#include "core/registry/registry.h"
#include "core/rules/rulebooklibrary.h"

#include <optional>

namespace shienplan
{

// Below this many plans a second thread costs more than it saves (measured on the country's
// 1,741 plans: two threads of 870 halve the reading and the evaluation).
constexpr qsizetype kPlansPerThread = 256;

namespace
{
QString prefixed(const QString &prefix, const QString &where)
{
    if (where.isEmpty())
        return prefix;
    return where.startsWith(u'[') ? prefix + where : prefix + u'.' + where;
}
} // namespace

namespace
{
QList<PlanInput> readEachPlan(const QByteArray &bytes, const Registry &registry)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QByteArrayView trimmed = QByteArrayView(data).trimmed();
    if (trimmed.startsWith('[')) {
        const json::Tree tree = parseJson(data);
        const json::Array arr = json::array(tree.root(), QString());
        return makeInParallel<PlanInput>(arr.size(), kPlansPerThread, [&](qsizetype i) {
            const QString where = QStringLiteral("[%1]").arg(i);
            try {
                return PlanInput { where, planFromJson(arr[i], registry) };
            } catch (const InputError &e) {
                throw InputError(prefixed(where, e.where), e.message);
            }
        });
    }
    // JSON Lines, or a single (possibly pretty-printed) plan object. Each line is read where it
    // lies in `data`, not copied out.
    struct Line {
        qsizetype number; // 1-based
        QByteArrayView text; // trimmed
    };
    QList<Line> planLines; // the lines that are not empty
    QByteArrayView firstLine;
    {
        const QByteArrayView all(data);
        qsizetype number = 1;
        for (qsizetype from = 0; from <= all.size(); ++number) {
            qsizetype to = all.indexOf('\n', from);
            if (to < 0)
                to = all.size();
            const QByteArrayView line = all.sliced(from, to - from).trimmed();
            if (number == 1)
                firstLine = line;
            if (!line.isEmpty())
                planLines << Line { number, line };
            from = to + 1;
        }
    }
    if (planLines.size() > 1 && !trimmed.startsWith("{\n") && firstLine.endsWith('}')) {
        return makeInParallel<PlanInput>(planLines.size(), kPlansPerThread, [&](qsizetype k) {
            const Line &line = planLines[k];
            const QString where = QStringLiteral("line %1").arg(line.number);
            try {
                const json::Tree tree
                    = parseJson(QByteArray::fromRawData(line.text.data(), line.text.size()));
                return PlanInput { where, planFromJson(tree.root(), registry) };
            } catch (const InputError &e) {
                // A syntax error inside one line reports "line 1, column c" of that line.
                QString inner = e.where;
                if (inner.startsWith(QStringLiteral("line 1, ")))
                    inner = inner.mid(8);
                throw InputError(
                    inner.isEmpty() ? where : where + QStringLiteral(", ") + inner, e.message);
            }
        });
    }
    const json::Tree tree = parseJson(data);
    return { PlanInput { QString(), planFromJson(tree.root(), registry) } };
}
} // namespace

QList<PlanInput> readPlans(const QByteArray &bytes, const Registry &registry)
{
    QList<PlanInput> plans = readEachPlan(bytes, registry);
    if (const auto problem = checkAlternatives(
            plans.size(), [&](qsizetype i) -> const Plan & { return plans[i].plan; },
            [&](qsizetype i) { return plans[i].where; }))
        throw InputError(plans[problem->at].where, problem->message);
    return plans;
}

BatchResult evaluateAll(
    QList<PlanInput> inputs, const RuleBookLibrary &books, const Registry &registry, Detail detail)
{
    BatchResult r;
    QList<const RuleBook *> bookOf; // each plan's, all found before any is evaluated
    bookOf.reserve(inputs.size());
    for (const auto &in : inputs) {
        const RuleBook *book = books.book(in.plan.fiscalYear);
        if (!book) {
            const QString field = QStringLiteral("fiscal_year");
            throw InputError(in.where.isEmpty() ? field
                    : in.where.startsWith(u'[') ? in.where + u'.' + field
                                                : in.where + QStringLiteral(", ") + field,
                QStringLiteral("no rule book for %1 (FY%2); rule books exist for %3")
                    .arg(fiscalYearLabel(in.plan.fiscalYear, u"ja"))
                    .arg(in.plan.fiscalYear)
                    .arg(books.describeYears()));
        }
        bookOf << book;
    }
    r.evaluations = makeInParallel<Evaluation>(inputs.size(), kPlansPerThread,
        [&](qsizetype i) { return evaluate(inputs[i].plan, *bookOf[i], registry, detail); });
    r.plans.reserve(inputs.size());
    for (auto &in : inputs)
        r.plans << std::move(in.plan);
    r.groups = groupAlternatives(r.plans);
    for (const auto &g : r.groups)
        if (g.undecided())
            for (int i : g.alternatives)
                r.evaluations[i].findings << undecidedFinding(r.plans[i], g.alternatives.size());
    return r;
}

JsonOut batchToJson(const BatchResult &r, JsonOut::Style style)
{
    JsonOut o = JsonOut::object();
    QList<bool> adopted(r.plans.size(), false);
    for (const auto &g : r.groups)
        if (!g.undecided())
            adopted[g.adopted] = true;
    // {"plans": [ {…}, … ]}: each plan two levels down.
    const QList<JsonOut> written
        = makeInParallel<JsonOut>(r.evaluations.size(), kPlansPerThread, [&](qsizetype i) {
              return evaluationToJson(r.evaluations[i], &r.plans[i], adopted[i], 2, style);
          });
    JsonOut list = JsonOut::array();
    for (const JsonOut &plan : written)
        list.append(plan);
    Totals totals;
    for (const auto &g : r.groups)
        totals.add(countedTotals(g, r.evaluations));
    o.insert("plans", list);
    o.insert("totals", totalsJson(totals));
    return o;
}

JsonOut batchSummaryToJson(const BatchResult &r, const Registry &registry)
{
    struct MenuCount {
        int programs = 0;
        int withStartup = 0;
        Totals totals;
    };
    struct Group {
        QString name;
        int plans = 0;
        int alternatives = 0;
        int eligible = 0;
        int undecided = 0;
        Totals totals;
        Totals undecidedTotals;
        QMap<QString, MenuCount> menus; // by menu id, over the adopted alternatives

        // Another group's counts and totals added to these (the country is its prefectures).
        void add(const Group &o)
        {
            plans += o.plans;
            alternatives += o.alternatives;
            eligible += o.eligible;
            undecided += o.undecided;
            totals.add(o.totals);
            undecidedTotals.add(o.undecidedTotals);
            for (auto it = o.menus.cbegin(); it != o.menus.cend(); ++it) {
                MenuCount &m = menus[it.key()];
                m.programs += it->programs;
                m.withStartup += it->withStartup;
                m.totals.add(it->totals);
            }
        }
    };
    QMap<QString, Group> byPrefecture; // keyed by prefecture code, so the order is JIS order
    Group national;
    // Each plan counts once: its adopted alternative, or the hull of its alternatives while none
    // is adopted (counted apart as undecided, since its menus are not chosen yet).
    for (const PlanGroup &pg : r.groups) {
        const Plan &p = r.plans[pg.representative()];
        const LocalBody *pref
            = p.body.prefectureCode.isEmpty() ? nullptr : registry.find(p.body.prefectureCode);
        const QString key = pref ? pref->code : QStringLiteral("999999");
        Group &g = byPrefecture[key];
        if (g.plans == 0)
            g.name = pref ? pref->name : QStringLiteral("（都道府県不明）");
        const Totals counted = countedTotals(pg, r.evaluations);
        g.plans += 1;
        g.alternatives += int(pg.alternatives.size());
        g.totals.add(counted);
        if (pg.undecided()) {
            g.undecided += 1;
            g.undecidedTotals.add(counted);
            continue;
        }
        const Evaluation &e = r.evaluations[pg.adopted];
        g.eligible += e.eligible ? 1 : 0;
        for (qsizetype j = 0; j < p.programs.size() && j < e.programs.size(); ++j) {
            MenuCount &m = g.menus[p.programs[j].menu];
            m.programs += 1;
            m.withStartup += p.programs[j].startup ? 1 : 0;
            const ProgramResult &pr = e.programs[j];
            m.totals.add({ pr.national, pr.prefectureSupport, pr.local });
        }
    }
    for (const Group &g : std::as_const(byPrefecture))
        national.add(g);
    auto groupJson = [](const Group &g) {
        JsonOut o = JsonOut::object();
        o.insert("plans", JsonOut::number(qint64(g.plans)));
        o.insert("alternatives", JsonOut::number(qint64(g.alternatives)));
        o.insert("eligible", JsonOut::number(qint64(g.eligible)));
        o.insert("not_eligible", JsonOut::number(qint64(g.plans - g.undecided - g.eligible)));
        o.insert("undecided", JsonOut::number(qint64(g.undecided)));
        o.insert("totals", totalsJson(g.totals));
        if (g.undecided > 0)
            o.insert("undecided_totals", totalsJson(g.undecidedTotals));
        // Programs per menu (catalogue order, then any other id): how many, how many with the
        // prefecture's start-up support, and their totals.
        JsonOut menus = JsonOut::object();
        QStringList order;
        for (const auto &c : menuCatalogue())
            order << c.id;
        for (auto it = g.menus.cbegin(); it != g.menus.cend(); ++it)
            if (!order.contains(it.key()))
                order << it.key();
        for (const auto &id : order) {
            const auto it = g.menus.constFind(id);
            if (it == g.menus.cend())
                continue;
            JsonOut m = JsonOut::object();
            m.insert("programs", JsonOut::number(qint64(it->programs)));
            m.insert("with_startup_support", JsonOut::number(qint64(it->withStartup)));
            m.insert("totals", totalsJson(it->totals));
            menus.insert(id, m);
        }
        o.insert("menus", menus);
        return o;
    };
    JsonOut o = groupJson(national);
    JsonOut prefs = JsonOut::object();
    for (const auto &g : byPrefecture)
        prefs.insert(g.name, groupJson(g));
    o.insert("prefectures", prefs);
    return o;
}

} // namespace shienplan
