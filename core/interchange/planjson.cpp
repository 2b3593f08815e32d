// Plans to and from the interchange JSON ("shienplan/plan", versions 1 and 2).

#include "core/interchange/planjson.h"

#include "core/base/catalogue.h"
#include "core/engine/costcheck.h"
#include "core/engine/planchecks.h"
#include "core/registry/registry.h"

namespace shienplan
{

namespace
{

using namespace json;
using namespace planlimits;

PlanBody readBody(const Value &v, const Registry &registry)
{
    const Path path = QStringLiteral("body");
    const Object o = object(v, path);
    PlanBody b;
    if (auto code = optional(o, "code")) {
        b.code = string(*code, path.member("code")); // an unknown one is refused by checkPlan
        if (const LocalBody *known = registry.find(b.code)) {
            b.name = known->name;
            b.kind = known->kind;
            b.prefectureCode = known->prefectureCode;
        }
    }
    if (auto name = optional(o, "name"))
        b.name = string(*name, path.member("name"));
    // A kind in the plan wins over the registry's: a city may have become a 中核市 after the
    // registry's as-of date, and the planner knows.
    if (auto kind = optional(o, "kind")) {
        const QString k = string(*kind, path.member("kind"));
        const auto parsed = bodyKindFromId(k);
        if (!parsed)
            throw InputError(path.member("kind"),
                QStringLiteral("unknown kind \"%1\" (prefecture, designated_city, core_city, "
                               "city, town, village, special_ward)")
                    .arg(k));
        b.kind = *parsed;
    }
    if (!optional(o, "code") && !optional(o, "name"))
        throw InputError(path.member("name"), QStringLiteral("is missing (give a code or a name)"));
    if (auto pop = optional(o, "population"))
        b.population = integer(*pop, path.member("population"), 0, kMaxPopulation);
    if (auto juso = optional(o, "juso"))
        b.juso = boolean(*juso, path.member("juso"));
    if (auto wo = optional(o, "welfare_office"))
        b.welfareOffice = boolean(*wo, path.member("welfare_office"));
    return b;
}

// An id of the catalogue (a menu, a sub-project, a staff kind) as the catalogue's own string,
// shared: a country's plans name the same few ids tens of thousands of times. Any other text
// is read as it is, for checkPlan to refuse in its words.
QString catalogueId(const QByteArrayView bytes, const QList<CatalogueEntry> &catalogue)
{
    for (const auto &e : catalogue)
        if (e.id.size() == bytes.size() && e.id == QLatin1StringView(bytes.data(), bytes.size()))
            return e.id;
    return QString::fromUtf8(bytes);
}
QString catalogueId(const Value &v, const Path &path, const QList<CatalogueEntry> &catalogue)
{
    return v.isString() ? catalogueId(v.utf8(), catalogue) : string(v, path);
}

// The members of a joint program; their codes, their number and the sum of their shares are
// checked with the rest of the plan (checkPlan).
QList<JointMember> readJoint(const Value &v, const Path &path)
{
    const Object o = object(v, path);
    const Path mp = path.member("members");
    const Array members = array(required(o, path, "members"), mp);
    QList<JointMember> out;
    int withShare = 0;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const Path at = mp.element(i);
        const Object m = object(members[i], at);
        JointMember jm;
        jm.code = string(required(m, at, "code"), at.member("code"));
        if (auto share = optional(m, "share")) {
            jm.share = fraction(*share, at.member("share"));
            ++withShare;
        }
        out << jm;
    }
    if (withShare == 0) { // equal shares by default
        for (auto &m : out)
            m.share = Fraction(1, out.size());
    } else if (withShare != out.size()) {
        throw InputError(
            mp, QStringLiteral("give a share for every member or for none (equal shares)"));
    }
    return out;
}

// 担当区域: municipality codes (checked by checkPlan).
QStringList readServed(const Value &v, const Path &path)
{
    const Array codes = array(v, path);
    QStringList out;
    for (qsizetype i = 0; i < codes.size(); ++i)
        out << string(codes[i], path.element(i));
    return out;
}

// 経費内訳: each line a 費目, an amount and whether it is eligible (default yes).
QList<CostLine> readCostLines(const Value &v, const Path &path)
{
    const Array lines = array(v, path);
    QList<CostLine> out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Path at = path.element(i);
        const Object o = object(lines[i], at);
        CostLine line;
        line.item = string(required(o, at, "item"), at.member("item"))
                        .trimmed(); // "" refused by settleCosts
        line.amount = yen(required(o, at, "amount"), at.member("amount"));
        if (auto e = optional(o, "eligible"))
            line.eligible = boolean(*e, at.member("eligible"));
        if (auto r = optional(o, "reason"))
            line.reason = string(*r, at.member("reason"));
        out << line;
    }
    return out;
}

// (A) 総事業費 and (D) 対象経費: given, or made by the cost lines; checked as every reader checks
// them (settleCosts): a given figure that differs from the lines, or D above A, is refused.
void readCosts(const Object &o, const Path &path, Program &p)
{
    const auto given = optional(o, "expenditure");
    const auto givenEligible = optional(o, "eligible_expenditure");
    if (auto lines = optional(o, "cost_lines"))
        p.costLines = readCostLines(*lines, path.member("cost_lines"));
    if (!given && p.costLines.isEmpty())
        throw InputError(path.member("expenditure"), QStringLiteral("is missing"));
    if (given)
        p.expenditure = yen(*given, path.member("expenditure"));
    if (givenEligible)
        p.eligibleExpenditure = yen(*givenEligible, path.member("eligible_expenditure"));
    if (auto b = optional(o, "budgeted_national"))
        p.budgeted = yen(*b, path.member("budgeted_national"));
    if (const auto problem = settleCosts(p, given.has_value()))
        throw InputError(join(path, problem->field), problem->message);
}

Program readProgram(const Value &v, const Path &path)
{
    const Object o = object(v, path);
    Program p;
    p.id = string(required(o, path, "id"), path.member("id"));
    p.menu = catalogueId(required(o, path, "menu"), path.member("menu"), menuCatalogue());
    const Path sp = path.member("subprojects");
    const Array subs = array(required(o, path, "subprojects"), sp);
    p.subprojects.reserve(subs.size());
    for (qsizetype i = 0; i < subs.size(); ++i)
        p.subprojects << catalogueId(subs[i], sp.element(i), subprojectCatalogue());
    if (auto staff = optional(o, "staff")) {
        const Path st = path.member("staff");
        const Object so = object(*staff, st);
        for (auto it = so.begin(); it != so.end(); ++it) {
            if (it.value().isNull())
                continue;
            const QString kind = catalogueId(it.keyUtf8(), staffCatalogue());
            p.staff.insert(kind, int(integer(it.value(), st.member(kind), 0, kMaxStaff)));
        }
    }
    readCosts(o, path, p);
    if (auto oi = optional(o, "other_income"))
        p.otherIncome = yen(*oi, path.member("other_income"));
    if (auto r = optional(o, "budgeted_reason"))
        p.budgetedReason = string(*r, path.member("budgeted_reason"));
    if (auto yr = optional(o, "years_running"))
        p.yearsRunning = int(integer(*yr, path.member("years_running"), 1, kMaxYears));
    if (auto su = optional(o, "startup_support")) {
        const Path sp2 = path.member("startup_support");
        const Object so = object(*su, sp2);
        StartupSupport s;
        if (auto share = optional(so, "prefecture_share"))
            s.prefectureShare = fraction(*share, sp2.member("prefecture_share"));
        if (auto y = optional(so, "year"))
            s.year = int(integer(*y, sp2.member("year"), 1, kMaxYears));
        p.startup = s;
    }
    if (auto next = optional(o, "next_year_menu"))
        p.nextYearMenu = catalogueId(*next, path.member("next_year_menu"), menuCatalogue());
    if (auto joint = optional(o, "joint"))
        p.joint = readJoint(*joint, path.member("joint"));
    if (auto served = optional(o, "served_municipalities"))
        p.served = readServed(*served, path.member("served_municipalities"));
    return p;
}

} // namespace

Plan planFromJson(const Value &value, const Registry &registry)
{
    if (!value.isObject())
        throw InputError(QStringLiteral("top level"),
            QStringLiteral("a plan must be a JSON object, got %1").arg(typeName(value)));
    const Object root = value.toObject();
    const QString format = string(required(root, {}, "format"), QStringLiteral("format"));
    if (format != QLatin1String(kPlanFormat))
        throw InputError(QStringLiteral("format"),
            QStringLiteral("not a plan (expected \"%1\", got \"%2\")")
                .arg(QLatin1String(kPlanFormat), format));
    const qint64 version
        = integer(required(root, {}, "version"), QStringLiteral("version"), 1, 1000);
    if (version > kPlanVersion)
        throw InputError(QStringLiteral("version"),
            QStringLiteral(
                "plan version %1 is newer than this program reads (%2); update ShienPlan")
                .arg(version)
                .arg(kPlanVersion));
    Plan plan;
    if (auto t = optional(root, "title"))
        plan.title = string(*t, QStringLiteral("title"));
    plan.fiscalYear = int(integer(required(root, {}, "fiscal_year"), QStringLiteral("fiscal_year"),
        kFirstFiscalYear, kLastFiscalYear));
    plan.body = readBody(required(root, {}, "body"), registry);
    // The alternative's name: "alternative" (version 2) or the "scenario" that version 1 files
    // written by ShienPlan carry.
    if (auto a = optional(root, "alternative"))
        plan.alternative = string(*a, QStringLiteral("alternative")).trimmed();
    else if (auto s = optional(root, "scenario"))
        plan.alternative = string(*s, QStringLiteral("scenario")).trimmed();
    if (auto adopted = optional(root, "adopted"))
        plan.adopted = boolean(*adopted, QStringLiteral("adopted"));
    const Array programs = array(required(root, {}, "programs"), QStringLiteral("programs"));
    for (qsizetype i = 0; i < programs.size(); ++i)
        plan.programs << readProgram(programs[i], Path(QStringLiteral("programs")).element(i));
    if (const auto problem = checkPlan(plan, registry))
        throw InputError(planJsonPlace(*problem), problem->message);
    return plan;
}

JsonOut planToJson(const Plan &plan)
{
    JsonOut o = JsonOut::object();
    o.insert("format", JsonOut::string(QString::fromLatin1(kPlanFormat)));
    o.insert("version", JsonOut::number(qint64(kPlanVersion)));
    if (!plan.alternative.isEmpty())
        o.insert("alternative", JsonOut::string(plan.alternative));
    if (plan.adopted)
        o.insert("adopted", JsonOut::boolean(true));
    if (!plan.title.isEmpty())
        o.insert("title", JsonOut::string(plan.title));
    o.insert("fiscal_year", JsonOut::number(qint64(plan.fiscalYear)));
    JsonOut body = JsonOut::object();
    if (!plan.body.code.isEmpty())
        body.insert("code", JsonOut::string(plan.body.code));
    body.insert("name", JsonOut::string(plan.body.name));
    if (plan.body.kind)
        body.insert("kind", JsonOut::string(bodyKindId(*plan.body.kind)));
    if (plan.body.population)
        body.insert("population", JsonOut::number(*plan.body.population));
    body.insert("juso", JsonOut::boolean(plan.body.juso));
    body.insert("welfare_office", JsonOut::boolean(plan.body.welfareOffice));
    o.insert("body", body);
    JsonOut programs = JsonOut::array();
    for (const auto &p : plan.programs) {
        JsonOut po = JsonOut::object();
        po.insert("id", JsonOut::string(p.id));
        po.insert("menu", JsonOut::string(p.menu));
        JsonOut subs = JsonOut::array();
        for (const auto &s : p.subprojects)
            subs.append(JsonOut::string(s));
        po.insert("subprojects", subs);
        if (!p.staff.isEmpty()) {
            JsonOut staff = JsonOut::object();
            for (const auto &kind : staffCatalogue())
                if (p.staff.contains(kind.id))
                    staff.insert(kind.id, JsonOut::number(qint64(p.staff.value(kind.id))));
            po.insert("staff", staff);
        }
        po.insert("expenditure", JsonOut::number(p.expenditure));
        if (p.eligibleExpenditure)
            po.insert("eligible_expenditure", JsonOut::number(*p.eligibleExpenditure));
        po.insert("other_income", JsonOut::number(p.otherIncome));
        if (!p.costLines.isEmpty()) {
            JsonOut lines = JsonOut::array();
            for (const auto &line : p.costLines) {
                JsonOut lo = JsonOut::object();
                lo.insert("item", JsonOut::string(line.item));
                lo.insert("amount", JsonOut::number(line.amount));
                lo.insert("eligible", JsonOut::boolean(line.eligible));
                if (!line.reason.isEmpty())
                    lo.insert("reason", JsonOut::string(line.reason));
                lines.append(lo);
            }
            po.insert("cost_lines", lines);
        }
        if (p.budgeted)
            po.insert("budgeted_national", JsonOut::number(*p.budgeted));
        if (!p.budgetedReason.isEmpty())
            po.insert("budgeted_reason", JsonOut::string(p.budgetedReason));
        po.insert("years_running", JsonOut::number(qint64(p.yearsRunning)));
        if (p.startup) {
            JsonOut su = JsonOut::object();
            if (p.startup->prefectureShare)
                su.insert("prefecture_share",
                    JsonOut::string(fractionToString(*p.startup->prefectureShare)));
            su.insert("year", JsonOut::number(qint64(p.startup->year)));
            po.insert("startup_support", su);
        }
        if (!p.nextYearMenu.isEmpty())
            po.insert("next_year_menu", JsonOut::string(p.nextYearMenu));
        if (!p.joint.isEmpty()) {
            JsonOut members = JsonOut::array();
            for (const auto &m : p.joint) {
                JsonOut mo = JsonOut::object();
                mo.insert("code", JsonOut::string(m.code));
                mo.insert("share", JsonOut::string(fractionToString(m.share)));
                members.append(mo);
            }
            JsonOut joint = JsonOut::object();
            joint.insert("members", members);
            po.insert("joint", joint);
        }
        if (!p.served.isEmpty()) {
            JsonOut served = JsonOut::array();
            for (const auto &code : p.served)
                served.append(JsonOut::string(code));
            po.insert("served_municipalities", served);
        }
        programs.append(po);
    }
    o.insert("programs", programs);
    return o;
}

} // namespace shienplan
