// The rule-book values a program's checks rest on (see checkedvalues.h).

#include "core/engine/checkedvalues.h"

#include "core/base/bilingual.h"

namespace shienplan
{

QString cellLabel(Cell c, QStringView lang)
{
    switch (c) {
    case Cell::Required:
        return textIn(lang, u"必須", u"required");
    case Cell::Optional:
        return textIn(lang, u"任意", u"optional");
    case Cell::NotAllowed:
        return textIn(lang, u"対象外", u"not allowed");
    }
    return {};
}

QList<CheckedValue> checkedValues(const Program &p, const RuleBook &book)
{
    QList<CheckedValue> out;
    const MenuRule *menu = book.menu(p.menu);
    if (!menu)
        return out;
    const QString prefix = p.menu + u'.';
    // A cell matters when the plan selects its sub-project (is it allowed?) or when it is ◎
    // (is it there?); the others decide nothing about this plan.
    for (const QString &col : book.columns) {
        const MatrixCell *cell = menu->cell(col);
        if (!cell || !(p.subprojects.contains(col) || cell->value == Cell::Required))
            continue;
        CheckedValue v;
        v.item = prefix + QStringLiteral("cells.") + col;
        v.kind = OverrideItem::Cell;
        v.key = col;
        v.cell = cell->value;
        v.prov = cell->prov;
        out << v;
    }
    // A cap matters when the plan has staff of that kind.
    for (auto it = menu->caps.cbegin(); it != menu->caps.cend(); ++it) {
        if (p.staffCount(it.key()) <= 0)
            continue;
        CheckedValue v;
        v.item = prefix + QStringLiteral("caps.") + it.key();
        v.kind = OverrideItem::Cap;
        v.key = it.key();
        v.count = it->value;
        v.prov = it->prov;
        out << v;
    }
    if (menu->minCoordinators) {
        CheckedValue v;
        v.item = prefix + QStringLiteral("min_coordinators");
        v.kind = OverrideItem::MinCoordinators;
        v.count = menu->minCoordinators->value;
        v.prov = menu->minCoordinators->prov;
        out << v;
    }
    return out;
}

} // namespace shienplan
