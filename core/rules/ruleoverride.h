#pragma once

// A user's correction of one value of a rule book, with the citation it rests on
// (e.g. 「令和7年度交付要綱 別表 2(1)」). Overrides are stored in plan documents and applied on
// top of the bundled book of their fiscal year, so an estimate tightens as soon as a planner
// enters an official amount — without changing the bundled books.

#include "core/rules/rulebook.h"

#include <QList>
#include <QString>

namespace shienplan
{

enum class OverrideItem {
    Base, // menu standard.base
    BaseJuso, // menu standard.base_juso
    AddonDefault, // menu standard.addon_default
    Addon, // menu standard.addons[key]  (key = sub-project)
    PerPerson, // menu standard.per_person[key] (key = staff kind)
    Rate, // menu rate
    Cell, // menu cells[key] (key = sub-project)
    Cap, // menu caps[key] (key = staff kind)
    MinCoordinators // menu min_coordinators
};
QString overrideItemId(OverrideItem i);
std::optional<OverrideItem> overrideItemFromId(QStringView id);

struct RuleOverride {
    int fiscalYear = 0;
    QString menu;
    OverrideItem item = OverrideItem::Base;
    QString key; // sub-project or staff kind, where the item needs one
    YenRange amount; // Base, BaseJuso, AddonDefault, Addon, PerPerson
    Fraction rate { 0 }; // Rate
    Cell cell = Cell::Optional; // Cell
    int count = 0; // Cap, MinCoordinators
    QString source; // the user's citation; required
    QString note;

    bool sameTarget(const RuleOverride &o) const
    {
        return fiscalYear == o.fiscalYear && menu == o.menu && item == o.item && key == o.key;
    }
    bool operator==(const RuleOverride &o) const;
    QString describe() const; // "station.addons.needs_survey" — the value it replaces
};

// Checks an override against the book it applies to; returns problems naming the value.
QStringList validateOverride(const RuleOverride &o, const RuleBook &book);
// Applies every override of the book's fiscal year (status `user`); others are ignored.
// Returns the problems of overrides that could not be applied (unknown menu, …).
QStringList applyOverrides(RuleBook &book, const QList<RuleOverride> &overrides);

} // namespace shienplan
