// Many plans at once (a JSON array or JSON Lines): read, evaluated, and printed in full or as
// totals per prefecture.

#include "core/interchange/batch.h"

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/interchange/evaluationjson.h"
#include "core/interchange/inputfile.h"
#include "core/interchange/planjson.h"
#include "core/registry/registry.h"
#include "core/rules/rulebooklibrary.h"

namespace shienplan
{

namespace
{
QString scenarioOf(const QJsonValue &v)
{
    return v.toObject().value(QLatin1String("scenario")).toString();
}

QString prefixed(const QString &prefix, const QString &where)
{
    if (where.isEmpty())
        return prefix;
    return where.startsWith(u'[') ? prefix + where : prefix + u'.' + where;
}
} // namespace

QList<PlanInput> readPlans(const QByteArray &bytes, const Registry &registry)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QByteArray head = data.trimmed().left(1);
    QList<PlanInput> plans;
    if (head == "[") {
        const QJsonArray arr = json::array(parseJson(data), QString());
        plans.reserve(arr.size());
        for (qsizetype i = 0; i < arr.size(); ++i) {
            try {
                plans << PlanInput { QStringLiteral("[%1]").arg(i), planFromJson(arr[i], registry),
                    scenarioOf(arr[i]) };
            } catch (const InputError &e) {
                throw InputError(prefixed(QStringLiteral("[%1]").arg(i), e.where), e.message);
            }
        }
        return plans;
    }
    // JSON Lines, or a single (possibly pretty-printed) plan object.
    const QList<QByteArray> lines = data.split('\n');
    int nonEmpty = 0;
    for (const auto &l : lines)
        nonEmpty += l.trimmed().isEmpty() ? 0 : 1;
    if (nonEmpty > 1 && !data.trimmed().startsWith("{\n")
        && lines.first().trimmed().endsWith('}')) {
        for (qsizetype n = 0; n < lines.size(); ++n) {
            const QByteArray line = lines[n].trimmed();
            if (line.isEmpty())
                continue;
            const QString where = QStringLiteral("line %1").arg(n + 1);
            try {
                const QJsonValue v = parseJson(line);
                plans << PlanInput { where, planFromJson(v, registry), scenarioOf(v) };
            } catch (const InputError &e) {
                // A syntax error inside one line reports "line 1, column c" of that line.
                QString inner = e.where;
                if (inner.startsWith(QStringLiteral("line 1, ")))
                    inner = inner.mid(8);
                throw InputError(
                    inner.isEmpty() ? where : where + QStringLiteral(", ") + inner, e.message);
            }
        }
        return plans;
    }
    const QJsonValue v = parseJson(data);
    plans << PlanInput { QString(), planFromJson(v, registry), scenarioOf(v) };
    return plans;
}

BatchResult evaluateAll(
    QList<PlanInput> inputs, const RuleBookLibrary &books, const Registry &registry)
{
    BatchResult r;
    r.evaluations.reserve(inputs.size());
    r.plans.reserve(inputs.size());
    for (auto &in : inputs) {
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
        r.evaluations << evaluate(in.plan, *book, registry);
        r.plans << std::move(in.plan);
    }
    return r;
}

JsonOut batchToJson(const BatchResult &r)
{
    JsonOut o = JsonOut::object();
    JsonOut list = JsonOut::array();
    Totals totals;
    for (const auto &e : r.evaluations) {
        list.append(evaluationToJson(e));
        totals.add(e.totals);
    }
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
        int eligible = 0;
        Totals totals;
        QMap<QString, MenuCount> menus; // by menu id
    };
    QMap<QString, Group> byPrefecture; // keyed by prefecture code, so the order is JIS order
    Group national;
    for (qsizetype i = 0; i < r.evaluations.size(); ++i) {
        const Evaluation &e = r.evaluations[i];
        const Plan &p = r.plans[i];
        const LocalBody *pref
            = p.body.prefectureCode.isEmpty() ? nullptr : registry.find(p.body.prefectureCode);
        const QString key = pref ? pref->code : QStringLiteral("999999");
        Group &g = byPrefecture[key];
        g.name = pref ? pref->name : QStringLiteral("（都道府県不明）");
        for (Group *grp : { &g, &national }) {
            grp->plans += 1;
            grp->eligible += e.eligible ? 1 : 0;
            grp->totals.add(e.totals);
            for (qsizetype j = 0; j < p.programs.size() && j < e.programs.size(); ++j) {
                MenuCount &m = grp->menus[p.programs[j].menu];
                m.programs += 1;
                m.withStartup += p.programs[j].startup ? 1 : 0;
                const ProgramResult &pr = e.programs[j];
                m.totals.add({ pr.national, pr.prefectureSupport, pr.local });
            }
        }
    }
    auto groupJson = [](const Group &g) {
        JsonOut o = JsonOut::object();
        o.insert("plans", JsonOut::number(qint64(g.plans)));
        o.insert("eligible", JsonOut::number(qint64(g.eligible)));
        o.insert("not_eligible", JsonOut::number(qint64(g.plans - g.eligible)));
        o.insert("totals", totalsJson(g.totals));
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
