// Reading and writing the rule book file format ("shienplan/rulebook", version 1).

#include "core/rules/rulebookjson.h"

#include "core/base/catalogue.h"

namespace shienplan
{

namespace
{

using namespace json;

QString key(const QString &path, const char *k)
{
    return join(path, QString::fromLatin1(k));
}

Provenance readProvenance(const Object &o, const QString &path)
{
    Provenance p;
    const QString s = string(required(o, path, "status"), key(path, "status"));
    const auto status = statusFromId(s);
    if (!status)
        throw InputError(key(path, "status"),
            QStringLiteral("unknown status \"%1\" (stated, carried_over, inferred, "
                           "assumed, range, unknown, user)")
                .arg(s));
    p.status = *status;
    p.source = string(required(o, path, "source"), key(path, "source"));
    if (p.source.trimmed().isEmpty())
        throw InputError(key(path, "source"), QStringLiteral("must name a source"));
    if (auto n = optional(o, "note"))
        p.note = string(*n, key(path, "note"));
    return p;
}

SourceNote readSourceNote(const Value &v, const QString &path)
{
    const Object o = object(v, path);
    SourceNote n;
    n.source = string(required(o, path, "source"), key(path, "source"));
    n.note = string(required(o, path, "note"), key(path, "note"));
    if (n.source.trimmed().isEmpty() || n.note.trimmed().isEmpty())
        throw InputError(path, QStringLiteral("must name a source and say what it says"));
    return n;
}

Amount readAmount(const Value &v, const QString &path)
{
    const Object o = object(v, path);
    Amount a;
    a.prov = readProvenance(o, path);
    if (o.contains("min") || o.contains("max")) {
        if (auto lo = optional(o, "min"))
            a.value.min = yen(*lo, key(path, "min"));
        if (auto hi = optional(o, "max"))
            a.value.max = yen(*hi, key(path, "max"));
        if (a.value.min && a.value.max && *a.value.min > *a.value.max)
            throw InputError(path, QStringLiteral("min is greater than max"));
    } else if (auto val = optional(o, "value")) {
        a.value = YenRange::exact(yen(*val, key(path, "value")));
    }
    return a;
}

CountRule readCount(const Value &v, const QString &path)
{
    const Object o = object(v, path);
    CountRule c;
    c.value = int(integer(required(o, path, "value"), key(path, "value"), 0, 1000));
    c.prov = readProvenance(o, path);
    return c;
}

std::optional<CountRule> readOptionalCount(const Object &o, const QString &path, const char *k)
{
    if (auto v = optional(o, k))
        return readCount(*v, key(path, k));
    return std::nullopt;
}

Fraction readRate(const Value &v, const QString &path, Provenance &prov)
{
    const Object o = object(v, path);
    prov = readProvenance(o, path);
    const Fraction f = fraction(required(o, path, "value"), key(path, "value"));
    if (f == 0)
        throw InputError(key(path, "value"), QStringLiteral("a rate must be greater than 0"));
    return f;
}

QStringList readMenuIds(const Value &v, const QString &path)
{
    QStringList out;
    const Array a = array(v, path);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString id = string(a[i], index(path, i));
        if (!findMenu(id))
            throw InputError(index(path, i), QStringLiteral("unknown menu \"%1\"").arg(id));
        out << id;
    }
    return out;
}

RuleFact readFact(const Value &v, const QString &path)
{
    const Object o = object(v, path);
    RuleFact f;
    f.id = string(required(o, path, "id"), key(path, "id"));
    if (auto menus = optional(o, "menus"))
        f.menus = readMenuIds(*menus, key(path, "menus"));
    const Object text = object(required(o, path, "text"), key(path, "text"));
    f.textJa = string(required(text, key(path, "text"), "ja"), key(path, "text.ja"));
    if (auto en = optional(text, "en"))
        f.textEn = string(*en, key(path, "text.en"));
    f.prov = readProvenance(o, path);
    return f;
}

StandardRule readStandard(const Value &v, const QString &path)
{
    const Object o = object(v, path);
    StandardRule s;
    if (auto b = optional(o, "base"))
        s.base = readAmount(*b, key(path, "base"));
    if (auto b = optional(o, "base_juso"))
        s.baseJuso = readAmount(*b, key(path, "base_juso"));
    if (auto sc = optional(o, "addon_scope")) {
        const QString id = string(*sc, key(path, "addon_scope"));
        const auto scope = addonScopeFromId(id);
        if (!scope)
            throw InputError(key(path, "addon_scope"),
                QStringLiteral("must be none, optional or selected, got \"%1\"").arg(id));
        s.addonScope = *scope;
    }
    if (auto d = optional(o, "addon_default"))
        s.addonDefault = readAmount(*d, key(path, "addon_default"));
    if (auto ad = optional(o, "addons")) {
        const Object m = object(*ad, key(path, "addons"));
        for (auto it = m.begin(); it != m.end(); ++it) {
            const QString at = join(key(path, "addons"), it.key());
            if (!findSubproject(it.key()))
                throw InputError(at, QStringLiteral("unknown sub-project"));
            s.addons.insert(it.key(), readAmount(it.value(), at));
        }
    }
    if (auto pp = optional(o, "per_person")) {
        const Object m = object(*pp, key(path, "per_person"));
        for (auto it = m.begin(); it != m.end(); ++it) {
            const QString at = join(key(path, "per_person"), it.key());
            if (!findStaffKind(it.key()))
                throw InputError(at, QStringLiteral("unknown staff kind"));
            s.perPerson.insert(it.key(), readAmount(it.value(), at));
        }
    }
    return s;
}

MenuRule readMenu(const Value &v, const QString &path)
{
    const Object o = object(v, path);
    MenuRule m;
    m.id = string(required(o, path, "id"), key(path, "id"));
    if (!findMenu(m.id))
        throw InputError(key(path, "id"), QStringLiteral("unknown menu \"%1\"").arg(m.id));
    const QString at = QStringLiteral("menus[%1]").arg(m.id);

    const Object bodies = object(required(o, at, "bodies"), key(at, "bodies"));
    m.bodiesProv = readProvenance(bodies, key(at, "bodies"));
    const Array kinds
        = array(required(bodies, key(at, "bodies"), "value"), key(at, "bodies.value"));
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const QString kid = string(kinds[i], index(key(at, "bodies.value"), i));
        const auto kind = bodyKindFromId(kid);
        if (!kind)
            throw InputError(index(key(at, "bodies.value"), i),
                QStringLiteral("unknown body kind \"%1\"").arg(kid));
        m.bodies << *kind;
    }
    m.rate = readRate(required(o, at, "rate"), key(at, "rate"), m.rateProv);

    if (auto cells = optional(o, "cells")) {
        const Object c = object(*cells, key(at, "cells"));
        for (auto it = c.begin(); it != c.end(); ++it) {
            const QString cat = join(key(at, "cells"), it.key());
            if (!findSubproject(it.key()))
                throw InputError(cat, QStringLiteral("unknown sub-project"));
            const Object co = object(it.value(), cat);
            const QString val
                = string(required(co, cat, "value"), join(cat, QStringLiteral("value")));
            const auto cell = cellFromId(val);
            if (!cell)
                throw InputError(join(cat, QStringLiteral("value")),
                    QStringLiteral("must be required, optional or not_allowed, got \"%1\"")
                        .arg(val));
            MatrixCell mc { *cell, readProvenance(co, cat), std::nullopt };
            if (auto d = optional(co, "disagreement"))
                mc.disagreement = readSourceNote(*d, join(cat, QStringLiteral("disagreement")));
            m.cells.insert(it.key(), mc);
        }
    }
    if (auto caps = optional(o, "caps")) {
        const Object c = object(*caps, key(at, "caps"));
        for (auto it = c.begin(); it != c.end(); ++it) {
            const QString cat = join(key(at, "caps"), it.key());
            if (!findStaffKind(it.key()))
                throw InputError(cat, QStringLiteral("unknown staff kind"));
            m.caps.insert(it.key(), readCount(it.value(), cat));
        }
    }
    m.minCoordinators = readOptionalCount(o, at, "min_coordinators");
    m.minSelected = readOptionalCount(o, at, "min_selected");
    m.maxDurationYears = readOptionalCount(o, at, "max_duration_years");
    if (auto j = optional(o, "joint")) {
        const Object jo = object(*j, key(at, "joint"));
        m.jointAllowed = boolean(required(jo, key(at, "joint"), "value"), key(at, "joint.value"));
        m.jointProv = readProvenance(jo, key(at, "joint"));
    }
    // A flag and the grouping are objects with their provenance; books written before they had
    // one give the bare value, which reads without a source.
    if (auto s = optional(o, "startup_support")) {
        const QString sp = key(at, "startup_support");
        if (s->isObject()) {
            const Object so = s->toObject();
            m.startupSupport
                = boolean(required(so, sp, "value"), join(sp, QStringLiteral("value")));
            m.startupProv = readProvenance(so, sp);
        } else {
            m.startupSupport = boolean(*s, sp);
        }
    }
    if (auto g = optional(o, "exclusive_group")) {
        const QString gp = key(at, "exclusive_group");
        if (g->isObject()) {
            const Object go = g->toObject();
            m.exclusiveGroup = string(required(go, gp, "value"), join(gp, QStringLiteral("value")));
            m.exclusiveProv = readProvenance(go, gp);
        } else {
            m.exclusiveGroup = string(*g, gp);
        }
    }
    if (auto n = optional(o, "next_year_requires")) {
        const Object no = object(*n, key(at, "next_year_requires"));
        m.nextYearRequires = readMenuIds(required(no, key(at, "next_year_requires"), "value"),
            key(at, "next_year_requires.value"));
        m.nextYearProv = readProvenance(no, key(at, "next_year_requires"));
    }
    m.standard = readStandard(required(o, at, "standard"), key(at, "standard"));
    return m;
}

} // namespace

RuleBook ruleBookFromJson(const Value &rootValue)
{
    const Object root = object(rootValue, QString());
    const QString format = string(required(root, {}, "format"), QStringLiteral("format"));
    if (format != QLatin1String(kRuleBookFormat))
        throw InputError(QStringLiteral("format"),
            QStringLiteral("not a rule book (expected \"%1\", got \"%2\")")
                .arg(QLatin1String(kRuleBookFormat), format));
    const qint64 version
        = integer(required(root, {}, "version"), QStringLiteral("version"), 1, 1000);
    if (version > kRuleBookVersion)
        throw InputError(QStringLiteral("version"),
            QStringLiteral("rule book version %1 is newer than this program reads (%2); "
                           "update ShienPlan")
                .arg(version)
                .arg(kRuleBookVersion));
    RuleBook b;
    b.fiscalYear = int(
        integer(required(root, {}, "fiscal_year"), QStringLiteral("fiscal_year"), 2000, 2200));
    if (auto t = optional(root, "title")) {
        const Object to = object(*t, QStringLiteral("title"));
        if (auto ja = optional(to, "ja"))
            b.titleJa = string(*ja, QStringLiteral("title.ja"));
        if (auto en = optional(to, "en"))
            b.titleEn = string(*en, QStringLiteral("title.en"));
    }
    const Object matrix = object(required(root, {}, "matrix"), QStringLiteral("matrix"));
    b.matrixVersion = string(
        required(matrix, QStringLiteral("matrix"), "version"), QStringLiteral("matrix.version"));
    b.matrixProv = readProvenance(matrix, QStringLiteral("matrix"));
    const Array cols = array(required(root, {}, "columns"), QStringLiteral("columns"));
    for (qsizetype i = 0; i < cols.size(); ++i) {
        const QString id = string(cols[i], index(QStringLiteral("columns"), i));
        if (!findSubproject(id))
            throw InputError(index(QStringLiteral("columns"), i),
                QStringLiteral("unknown sub-project \"%1\"").arg(id));
        b.columns << id;
    }
    const Array menus = array(required(root, {}, "menus"), QStringLiteral("menus"));
    // A book of no menus would make every plan "not available" without a word about the book.
    if (menus.isEmpty())
        throw InputError(
            QStringLiteral("menus"), QStringLiteral("a rule book needs at least one menu"));
    for (qsizetype i = 0; i < menus.size(); ++i)
        b.menus << readMenu(menus[i], index(QStringLiteral("menus"), i));

    const QString sp = QStringLiteral("startup_support");
    const Object su = object(required(root, {}, "startup_support"), sp);
    b.startup.nationalShare = readRate(
        required(su, sp, "national_share"), key(sp, "national_share"), b.startup.nationalProv);
    const QString ps = key(sp, "prefecture_share");
    const Object pso = object(required(su, sp, "prefecture_share"), ps);
    b.startup.prefectureShare.min = fraction(required(pso, ps, "min"), key(ps, "min"));
    b.startup.prefectureShare.max = fraction(required(pso, ps, "max"), key(ps, "max"));
    b.startup.prefectureProv = readProvenance(pso, ps);
    b.startup.maxDurationYears = readOptionalCount(su, sp, "max_duration_years");

    const QString cp = QStringLiteral("calculation");
    const Object calc = object(required(root, {}, "calculation"), cp);
    const QString tu = key(cp, "truncation_unit");
    const Object tuo = object(required(calc, cp, "truncation_unit"), tu);
    b.calculation.truncationUnit = yen(required(tuo, tu, "value"), key(tu, "value"));
    b.calculation.truncationProv = readProvenance(tuo, tu);
    b.calculation.adoptedProv
        = readProvenance(object(required(calc, cp, "adopted_rule"), key(cp, "adopted_rule")),
            key(cp, "adopted_rule"));

    if (auto facts = optional(root, "facts")) {
        const Array f = array(*facts, QStringLiteral("facts"));
        for (qsizetype i = 0; i < f.size(); ++i)
            b.facts << readFact(f[i], index(QStringLiteral("facts"), i));
    }
    if (auto notes = optional(root, "notes")) {
        const Array n = array(*notes, QStringLiteral("notes"));
        for (qsizetype i = 0; i < n.size(); ++i)
            b.notes << string(n[i], index(QStringLiteral("notes"), i));
    }
    const QStringList problems = validateRuleBook(b);
    if (!problems.isEmpty())
        throw InputError(QString(),
            problems.first()
                + (problems.size() > 1
                        ? QStringLiteral(" (and %1 more problems)").arg(problems.size() - 1)
                        : QString()));
    return b;
}

RuleBook ruleBookFromFile(const QString &path)
{
    RuleBook b = ruleBookFromJson(parseJson(readInputFile(path)).root());
    b.origin = path;
    return b;
}

namespace
{

void writeProvenance(JsonOut &o, const Provenance &p)
{
    o.insert("status", JsonOut::string(statusId(p.status)));
    o.insert("source", JsonOut::string(p.source));
    if (!p.note.isEmpty())
        o.insert("note", JsonOut::string(p.note));
}

JsonOut amountJson(const Amount &a)
{
    JsonOut o = JsonOut::object();
    if (a.value.min && a.value.max && *a.value.min == *a.value.max) {
        o.insert("value", JsonOut::number(*a.value.min));
    } else if (a.value.isUnknown()) {
        o.insert("value", JsonOut::null());
    } else {
        o.insert("min", JsonOut::optionalNumber(a.value.min));
        o.insert("max", JsonOut::optionalNumber(a.value.max));
    }
    writeProvenance(o, a.prov);
    return o;
}

JsonOut countJson(const CountRule &c)
{
    JsonOut o = JsonOut::object();
    o.insert("value", JsonOut::number(qint64(c.value)));
    writeProvenance(o, c.prov);
    return o;
}

JsonOut rateJson(const Fraction &f, const Provenance &p)
{
    JsonOut o = JsonOut::object();
    o.insert("value", JsonOut::string(fractionToString(f)));
    writeProvenance(o, p);
    return o;
}

JsonOut menuJson(const MenuRule &m, const QStringList &columns)
{
    JsonOut o = JsonOut::object();
    o.insert("id", JsonOut::string(m.id));
    JsonOut bodies = JsonOut::object();
    JsonOut kinds = JsonOut::array();
    for (BodyKind k : m.bodies)
        kinds.append(JsonOut::string(bodyKindId(k)));
    bodies.insert("value", kinds);
    writeProvenance(bodies, m.bodiesProv);
    o.insert("bodies", bodies);
    o.insert("rate", rateJson(m.rate, m.rateProv));
    if (!m.cells.isEmpty()) {
        JsonOut cells = JsonOut::object();
        for (const auto &col : columns) {
            const auto *c = m.cell(col);
            if (!c)
                continue;
            JsonOut co = JsonOut::object();
            co.insert("value", JsonOut::string(cellId(c->value)));
            writeProvenance(co, c->prov);
            if (c->disagreement) {
                JsonOut d = JsonOut::object();
                d.insert("source", JsonOut::string(c->disagreement->source));
                d.insert("note", JsonOut::string(c->disagreement->note));
                co.insert("disagreement", d);
            }
            cells.insert(col, co);
        }
        o.insert("cells", cells);
    }
    if (!m.caps.isEmpty()) {
        JsonOut caps = JsonOut::object();
        for (auto it = m.caps.cbegin(); it != m.caps.cend(); ++it)
            caps.insert(it.key(), countJson(*it));
        o.insert("caps", caps);
    }
    if (m.minCoordinators)
        o.insert("min_coordinators", countJson(*m.minCoordinators));
    if (m.minSelected)
        o.insert("min_selected", countJson(*m.minSelected));
    if (m.maxDurationYears)
        o.insert("max_duration_years", countJson(*m.maxDurationYears));
    if (!m.jointProv.source.isEmpty()) {
        JsonOut j = JsonOut::object();
        j.insert("value", JsonOut::boolean(m.jointAllowed));
        writeProvenance(j, m.jointProv);
        o.insert("joint", j);
    }
    if (m.startupProv.source.isEmpty()) {
        o.insert("startup_support", JsonOut::boolean(m.startupSupport));
    } else {
        JsonOut su = JsonOut::object();
        su.insert("value", JsonOut::boolean(m.startupSupport));
        writeProvenance(su, m.startupProv);
        o.insert("startup_support", su);
    }
    if (!m.exclusiveGroup.isEmpty() && m.exclusiveProv.source.isEmpty()) {
        o.insert("exclusive_group", JsonOut::string(m.exclusiveGroup));
    } else if (!m.exclusiveGroup.isEmpty()) {
        JsonOut g = JsonOut::object();
        g.insert("value", JsonOut::string(m.exclusiveGroup));
        writeProvenance(g, m.exclusiveProv);
        o.insert("exclusive_group", g);
    }
    if (!m.nextYearRequires.isEmpty()) {
        JsonOut n = JsonOut::object();
        JsonOut ids = JsonOut::array();
        for (const auto &id : m.nextYearRequires)
            ids.append(JsonOut::string(id));
        n.insert("value", ids);
        writeProvenance(n, m.nextYearProv);
        o.insert("next_year_requires", n);
    }
    const auto &s = m.standard;
    JsonOut st = JsonOut::object();
    if (s.base)
        st.insert("base", amountJson(*s.base));
    if (s.baseJuso)
        st.insert("base_juso", amountJson(*s.baseJuso));
    st.insert("addon_scope", JsonOut::string(addonScopeId(s.addonScope)));
    if (s.addonDefault)
        st.insert("addon_default", amountJson(*s.addonDefault));
    if (!s.addons.isEmpty()) {
        JsonOut ad = JsonOut::object();
        for (const auto &e : subprojectCatalogue()) // matrix order, not alphabetical
            if (s.addons.contains(e.id))
                ad.insert(e.id, amountJson(s.addons.value(e.id)));
        st.insert("addons", ad);
    }
    if (!s.perPerson.isEmpty()) {
        JsonOut pp = JsonOut::object();
        for (auto it = s.perPerson.cbegin(); it != s.perPerson.cend(); ++it)
            pp.insert(it.key(), amountJson(*it));
        st.insert("per_person", pp);
    }
    o.insert("standard", st);
    return o;
}

} // namespace

JsonOut ruleBookToJson(const RuleBook &b)
{
    JsonOut o = JsonOut::object();
    o.insert("format", JsonOut::string(QString::fromLatin1(kRuleBookFormat)));
    o.insert("version", JsonOut::number(qint64(kRuleBookVersion)));
    o.insert("fiscal_year", JsonOut::number(qint64(b.fiscalYear)));
    JsonOut title = JsonOut::object();
    title.insert("ja", JsonOut::string(b.titleJa));
    title.insert("en", JsonOut::string(b.titleEn));
    o.insert("title", title);
    JsonOut matrix = JsonOut::object();
    matrix.insert("version", JsonOut::string(b.matrixVersion));
    writeProvenance(matrix, b.matrixProv);
    o.insert("matrix", matrix);
    JsonOut cols = JsonOut::array();
    for (const auto &c : b.columns)
        cols.append(JsonOut::string(c));
    o.insert("columns", cols);
    JsonOut menus = JsonOut::array();
    for (const auto &m : b.menus)
        menus.append(menuJson(m, b.columns));
    o.insert("menus", menus);
    JsonOut su = JsonOut::object();
    su.insert("national_share", rateJson(b.startup.nationalShare, b.startup.nationalProv));
    JsonOut ps = JsonOut::object();
    ps.insert("min", JsonOut::string(fractionToString(b.startup.prefectureShare.min)));
    ps.insert("max", JsonOut::string(fractionToString(b.startup.prefectureShare.max)));
    writeProvenance(ps, b.startup.prefectureProv);
    su.insert("prefecture_share", ps);
    if (b.startup.maxDurationYears)
        su.insert("max_duration_years", countJson(*b.startup.maxDurationYears));
    o.insert("startup_support", su);
    JsonOut calc = JsonOut::object();
    JsonOut tu = JsonOut::object();
    tu.insert("value", JsonOut::number(b.calculation.truncationUnit));
    writeProvenance(tu, b.calculation.truncationProv);
    calc.insert("truncation_unit", tu);
    JsonOut ad = JsonOut::object();
    writeProvenance(ad, b.calculation.adoptedProv);
    calc.insert("adopted_rule", ad);
    o.insert("calculation", calc);
    if (!b.facts.isEmpty()) {
        JsonOut facts = JsonOut::array();
        for (const auto &f : b.facts) {
            JsonOut fo = JsonOut::object();
            fo.insert("id", JsonOut::string(f.id));
            JsonOut menus = JsonOut::array();
            for (const auto &m : f.menus)
                menus.append(JsonOut::string(m));
            fo.insert("menus", menus);
            JsonOut text = JsonOut::object();
            text.insert("ja", JsonOut::string(f.textJa));
            if (!f.textEn.isEmpty())
                text.insert("en", JsonOut::string(f.textEn));
            fo.insert("text", text);
            writeProvenance(fo, f.prov);
            facts.append(fo);
        }
        o.insert("facts", facts);
    }
    if (!b.notes.isEmpty()) {
        JsonOut notes = JsonOut::array();
        for (const auto &n : b.notes)
            notes.append(JsonOut::string(n));
        o.insert("notes", notes);
    }
    return o;
}

} // namespace shienplan
