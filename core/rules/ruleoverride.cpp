// A document's corrections of rule-book values, applied on top of the book of their year.

#include "core/rules/ruleoverride.h"

#include "core/base/catalogue.h"

namespace shienplan
{

namespace
{
struct ItemText {
    OverrideItem item;
    const char *id;
};
constexpr ItemText kItems[] = {
    { OverrideItem::Base, "base" },
    { OverrideItem::BaseJuso, "base_juso" },
    { OverrideItem::AddonDefault, "addon_default" },
    { OverrideItem::Addon, "addons" },
    { OverrideItem::PerPerson, "per_person" },
    { OverrideItem::Rate, "rate" },
    { OverrideItem::Cell, "cells" },
    { OverrideItem::Cap, "caps" },
    { OverrideItem::MinCoordinators, "min_coordinators" },
};

bool needsKey(OverrideItem i)
{
    return i == OverrideItem::Addon || i == OverrideItem::PerPerson || i == OverrideItem::Cell
        || i == OverrideItem::Cap;
}
bool isAmount(OverrideItem i)
{
    return i == OverrideItem::Base || i == OverrideItem::BaseJuso || i == OverrideItem::AddonDefault
        || i == OverrideItem::Addon || i == OverrideItem::PerPerson;
}
} // namespace

QString overrideItemId(OverrideItem i)
{
    for (const auto &t : kItems)
        if (t.item == i)
            return QString::fromLatin1(t.id);
    return {};
}

std::optional<OverrideItem> overrideItemFromId(QStringView id)
{
    for (const auto &t : kItems)
        if (id == QLatin1String(t.id))
            return t.item;
    return std::nullopt;
}

bool RuleOverride::operator==(const RuleOverride &o) const
{
    return sameTarget(o) && amount == o.amount && rate == o.rate && cell == o.cell
        && count == o.count && source == o.source && note == o.note;
}

QString RuleOverride::describe() const
{
    QString s = menu + u'.' + overrideItemId(item);
    if (needsKey(item))
        s += u'.' + key;
    return s;
}

QStringList validateOverride(const RuleOverride &o, const RuleBook &book)
{
    QStringList problems;
    const QString at = QStringLiteral("FY%1 %2").arg(o.fiscalYear).arg(o.describe());
    if (o.source.trimmed().isEmpty())
        problems << at + QStringLiteral(": a source is required (e.g. 「令和7年度交付要綱 別表」)");
    const MenuRule *m = book.menu(o.menu);
    if (!m)
        problems << at
                + QStringLiteral(": the %1 rule book has no menu \"%2\"")
                      .arg(book.fiscalYear)
                      .arg(o.menu);
    if (needsKey(o.item)) {
        const bool staffKey = o.item == OverrideItem::PerPerson || o.item == OverrideItem::Cap;
        if (staffKey ? !findStaffKind(o.key) : !findSubproject(o.key))
            problems << at
                    + QStringLiteral(": unknown %1 \"%2\"")
                          .arg(staffKey ? QStringLiteral("staff kind")
                                        : QStringLiteral("sub-project"),
                              o.key);
        if (o.item == OverrideItem::Cell && !book.columns.contains(o.key))
            problems << at
                    + QStringLiteral(": \"%1\" is not a column of the %2 matrix")
                          .arg(o.key)
                          .arg(book.fiscalYear);
    }
    if (isAmount(o.item)) {
        if ((o.amount.min && *o.amount.min < 0) || (o.amount.max && *o.amount.max < 0))
            problems << at + QStringLiteral(": amounts must not be negative");
        if (o.amount.min && o.amount.max && *o.amount.min > *o.amount.max)
            problems << at + QStringLiteral(": the range is reversed (min > max)");
        if (o.amount.isUnknown())
            problems << at + QStringLiteral(": enter an amount or a range");
    }
    if (o.item == OverrideItem::Rate && (o.rate <= 0 || o.rate > 1))
        problems << at + QStringLiteral(": a rate must be in (0, 1]");
    if ((o.item == OverrideItem::Cap || o.item == OverrideItem::MinCoordinators) && o.count < 0)
        problems << at + QStringLiteral(": must not be negative");
    return problems;
}

QStringList applyOverrides(RuleBook &book, const QList<RuleOverride> &overrides)
{
    QStringList problems;
    for (const auto &o : overrides) {
        if (o.fiscalYear != book.fiscalYear)
            continue;
        const QStringList p = validateOverride(o, book);
        if (!p.isEmpty()) {
            problems << p;
            continue;
        }
        MenuRule *m = nullptr;
        for (auto &candidate : book.menus)
            if (candidate.id == o.menu)
                m = &candidate;
        const Provenance prov { Status::User, o.source, o.note };
        const Amount amount { o.amount, prov };
        switch (o.item) {
        case OverrideItem::Base:
            m->standard.base = amount;
            break;
        case OverrideItem::BaseJuso:
            m->standard.baseJuso = amount;
            break;
        case OverrideItem::AddonDefault:
            m->standard.addonDefault = amount;
            break;
        case OverrideItem::Addon:
            m->standard.addons.insert(o.key, amount);
            break;
        case OverrideItem::PerPerson:
            m->standard.perPerson.insert(o.key, amount);
            break;
        case OverrideItem::Rate:
            m->rate = o.rate;
            m->rateProv = prov;
            break;
        case OverrideItem::Cell:
            m->cells.insert(o.key, MatrixCell { o.cell, prov });
            break;
        case OverrideItem::Cap:
            m->caps.insert(o.key, CountRule { o.count, prov });
            break;
        case OverrideItem::MinCoordinators:
            m->minCoordinators = CountRule { o.count, prov };
            break;
        }
    }
    return problems;
}

} // namespace shienplan
