// The rule book's ids and symbols (cells ◎/○/-, add-on scopes) and the checks of a whole book.

#include "core/rules/rulebook.h"

#include "core/base/catalogue.h"

namespace shienplan
{

QString cellId(Cell c)
{
    switch (c) {
    case Cell::Required:
        return QStringLiteral("required");
    case Cell::Optional:
        return QStringLiteral("optional");
    case Cell::NotAllowed:
        return QStringLiteral("not_allowed");
    }
    return {};
}

QString cellSymbol(Cell c)
{
    switch (c) {
    case Cell::Required:
        return QStringLiteral("◎");
    case Cell::Optional:
        return QStringLiteral("○");
    case Cell::NotAllowed:
        return QStringLiteral("-");
    }
    return {};
}

std::optional<Cell> cellFromId(QStringView id)
{
    for (Cell c : { Cell::Required, Cell::Optional, Cell::NotAllowed })
        if (id == cellId(c))
            return c;
    return std::nullopt;
}

QString addonScopeId(AddonScope s)
{
    switch (s) {
    case AddonScope::None:
        return QStringLiteral("none");
    case AddonScope::Optional:
        return QStringLiteral("optional");
    case AddonScope::Selected:
        return QStringLiteral("selected");
    }
    return {};
}

std::optional<AddonScope> addonScopeFromId(QStringView id)
{
    for (AddonScope s : { AddonScope::None, AddonScope::Optional, AddonScope::Selected })
        if (id == addonScopeId(s))
            return s;
    return std::nullopt;
}

namespace
{
void checkProvenance(const Provenance &p, const QString &where, QStringList &problems)
{
    if (p.source.trimmed().isEmpty())
        problems << where + QStringLiteral(": has no source");
}

void checkAmount(const Amount &a, const QString &where, QStringList &problems)
{
    checkProvenance(a.prov, where, problems);
    if ((a.value.min && *a.value.min < 0) || (a.value.max && *a.value.max < 0))
        problems << where
                + QStringLiteral(": amounts must not be negative (got %1)")
                      .arg(formatRange(a.value, u"en"));
    if (a.value.min && a.value.max && *a.value.min > *a.value.max)
        problems << where
                + QStringLiteral(": the range is reversed (min %1 > max %2)")
                      .arg(formatYen(*a.value.min), formatYen(*a.value.max));
    if (a.value.isUnknown() && a.prov.status != Status::Unknown)
        problems << where + QStringLiteral(": an amount without a value must have status unknown");
    if (!a.value.isUnknown() && a.prov.status == Status::Unknown)
        problems << where + QStringLiteral(": status unknown but a value is given");
}

void checkCount(const std::optional<CountRule> &c, const QString &where, QStringList &problems)
{
    if (!c)
        return;
    if (c->value < 0)
        problems << where + QStringLiteral(": must not be negative (got %1)").arg(c->value);
    checkProvenance(c->prov, where, problems);
}

void checkRate(const Fraction &r, const QString &where, QStringList &problems)
{
    if (r <= 0 || r > 1)
        problems << where
                + QStringLiteral(": a rate must be in (0, 1], got %1").arg(fractionToString(r));
}
} // namespace

QStringList validateRuleBook(const RuleBook &book)
{
    QStringList problems;
    if (book.fiscalYear < 2000 || book.fiscalYear > 2200)
        problems << QStringLiteral("fiscal_year: %1 is not a plausible year").arg(book.fiscalYear);
    for (qsizetype i = 0; i < book.columns.size(); ++i) {
        const QString &col = book.columns[i];
        if (!findSubproject(col))
            problems << QStringLiteral("columns: unknown sub-project \"%1\"").arg(col);
        if (book.columns.indexOf(col) < i)
            problems << QStringLiteral("columns: \"%1\" appears more than once").arg(col);
    }
    QStringList seen;
    for (const auto &m : book.menus) {
        const QString at = QStringLiteral("menus[%1]").arg(m.id);
        if (!findMenu(m.id))
            problems << at + QStringLiteral(": unknown menu id");
        if (seen.contains(m.id))
            problems << at + QStringLiteral(": defined twice");
        seen << m.id;
        if (m.bodies.isEmpty())
            problems << at + QStringLiteral(".bodies: no body may run this menu");
        checkProvenance(m.bodiesProv, at + QStringLiteral(".bodies"), problems);
        checkRate(m.rate, at + QStringLiteral(".rate"), problems);
        checkProvenance(m.rateProv, at + QStringLiteral(".rate"), problems);
        if (!m.startupProv.source.isEmpty())
            checkProvenance(m.startupProv, at + QStringLiteral(".startup_support"), problems);
        if (!m.exclusiveProv.source.isEmpty())
            checkProvenance(m.exclusiveProv, at + QStringLiteral(".exclusive_group"), problems);
        if (!m.cells.isEmpty()) {
            for (const auto &col : book.columns)
                if (!m.cells.contains(col))
                    problems << at + QStringLiteral(".cells.%1: not defined").arg(col);
            for (auto it = m.cells.cbegin(); it != m.cells.cend(); ++it) {
                if (!book.columns.contains(it.key()))
                    problems << at
                            + QStringLiteral(".cells.%1: not a column of this year's matrix")
                                  .arg(it.key());
                checkProvenance(it->prov, at + QStringLiteral(".cells.") + it.key(), problems);
            }
        }
        for (auto it = m.caps.cbegin(); it != m.caps.cend(); ++it) {
            if (!findStaffKind(it.key()))
                problems << at + QStringLiteral(".caps.%1: unknown staff kind").arg(it.key());
            checkCount(*it, at + QStringLiteral(".caps.") + it.key(), problems);
        }
        checkCount(m.minCoordinators, at + QStringLiteral(".min_coordinators"), problems);
        checkCount(m.minSelected, at + QStringLiteral(".min_selected"), problems);
        checkCount(m.maxDurationYears, at + QStringLiteral(".max_duration_years"), problems);
        for (const auto &next : m.nextYearRequires)
            if (!findMenu(next))
                problems << at
                        + QStringLiteral(".next_year_requires: unknown menu \"%1\"").arg(next);
        const auto &s = m.standard;
        const QString st = at + QStringLiteral(".standard");
        if (s.base)
            checkAmount(*s.base, st + QStringLiteral(".base"), problems);
        if (s.baseJuso)
            checkAmount(*s.baseJuso, st + QStringLiteral(".base_juso"), problems);
        if (s.addonDefault)
            checkAmount(*s.addonDefault, st + QStringLiteral(".addon_default"), problems);
        for (auto it = s.addons.cbegin(); it != s.addons.cend(); ++it) {
            if (!findSubproject(it.key()))
                problems << st + QStringLiteral(".addons.%1: unknown sub-project").arg(it.key());
            checkAmount(*it, st + QStringLiteral(".addons.") + it.key(), problems);
        }
        for (auto it = s.perPerson.cbegin(); it != s.perPerson.cend(); ++it) {
            if (!findStaffKind(it.key()))
                problems << st + QStringLiteral(".per_person.%1: unknown staff kind").arg(it.key());
            checkAmount(*it, st + QStringLiteral(".per_person.") + it.key(), problems);
        }
        if (!s.base && s.addonScope == AddonScope::None)
            problems << st
                    + QStringLiteral(": neither a base nor add-ons: the standard amount "
                                     "could never be computed");
    }
    const auto &su = book.startup;
    checkRate(su.nationalShare, QStringLiteral("startup_support.national_share"), problems);
    checkProvenance(su.nationalProv, QStringLiteral("startup_support.national_share"), problems);
    checkRate(
        su.prefectureShare.min, QStringLiteral("startup_support.prefecture_share.min"), problems);
    checkRate(
        su.prefectureShare.max, QStringLiteral("startup_support.prefecture_share.max"), problems);
    if (su.prefectureShare.min > su.prefectureShare.max)
        problems << QStringLiteral("startup_support.prefecture_share: the range is reversed");
    checkProvenance(
        su.prefectureProv, QStringLiteral("startup_support.prefecture_share"), problems);
    checkCount(su.maxDurationYears, QStringLiteral("startup_support.max_duration_years"), problems);
    if (book.calculation.truncationUnit <= 0)
        problems << QStringLiteral("calculation.truncation_unit: must be at least 1 yen (got %1)")
                        .arg(yenToString(book.calculation.truncationUnit));
    checkProvenance(
        book.calculation.truncationProv, QStringLiteral("calculation.truncation_unit"), problems);
    checkProvenance(
        book.calculation.adoptedProv, QStringLiteral("calculation.adopted_rule"), problems);
    for (qsizetype i = 0; i < book.facts.size(); ++i) {
        const QString at = QStringLiteral("facts[%1]").arg(i);
        if (book.facts[i].textJa.trimmed().isEmpty())
            problems << at + QStringLiteral(".text.ja: must say what the source says");
        checkProvenance(book.facts[i].prov, at, problems);
    }
    return problems;
}

void forEachProvenance(RuleBook &b, const std::function<void(Provenance &)> &fn)
{
    fn(b.matrixProv);
    for (auto &m : b.menus) {
        fn(m.bodiesProv);
        fn(m.rateProv);
        for (auto &c : m.cells)
            fn(c.prov);
        for (auto &c : m.caps)
            fn(c.prov);
        for (auto *c : { &m.minCoordinators, &m.minSelected, &m.maxDurationYears })
            if (*c)
                fn((*c)->prov);
        if (!m.jointProv.source.isEmpty())
            fn(m.jointProv);
        if (!m.startupProv.source.isEmpty())
            fn(m.startupProv);
        if (!m.exclusiveProv.source.isEmpty())
            fn(m.exclusiveProv);
        if (!m.nextYearRequires.isEmpty())
            fn(m.nextYearProv);
        auto &s = m.standard;
        for (auto *a : { &s.base, &s.baseJuso, &s.addonDefault })
            if (*a)
                fn((*a)->prov);
        for (auto &a : s.addons)
            fn(a.prov);
        for (auto &a : s.perPerson)
            fn(a.prov);
    }
    fn(b.startup.nationalProv);
    fn(b.startup.prefectureProv);
    if (b.startup.maxDurationYears)
        fn(b.startup.maxDurationYears->prov);
    fn(b.calculation.truncationProv);
    fn(b.calculation.adoptedProv);
    for (auto &f : b.facts)
        fn(f.prov);
}

void forEachProvenance(const RuleBook &b, const std::function<void(const Provenance &)> &fn)
{
    // The visit only reads: the same walk as the mutable one, so that no value is missed by one.
    forEachProvenance(const_cast<RuleBook &>(b), [&](Provenance &p) { fn(p); });
}

} // namespace shienplan
