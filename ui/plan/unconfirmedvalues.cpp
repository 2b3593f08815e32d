// Which rule-book values an estimate rests on that no official source confirms (see
// unconfirmedvalues.h).

#include "ui/plan/unconfirmedvalues.h"

#include "core/base/catalogue.h"
#include "core/base/sources.h"
#include "core/engine/checkedvalues.h"
#include "ui/language.h"

#include <QCoreApplication>

namespace shienplan
{

// The labels are the funding panel's texts: they show in its list.
QList<Unconfirmed> unconfirmedValues(
    const Plan &plan, const Program &p, const RuleBook &book, const ProgramResult &r)
{
    QList<Unconfirmed> out;
    const MenuRule *menu = book.menu(p.menu);
    if (!menu)
        return out;
    const QString lang = currentLanguage();
    const QString prefix = p.menu + u'.';
    auto base = [&](OverrideItem item, const QString &key) {
        Unconfirmed u;
        u.target.fiscalYear = plan.fiscalYear;
        u.target.menu = p.menu;
        u.target.item = item;
        u.target.key = key;
        return u;
    };
    for (const UsedValue &used : r.provenance) {
        if (!used.item.startsWith(prefix) || used.status == Status::Stated
            || used.status == Status::User)
            continue;
        const QString rest = used.item.mid(prefix.size());
        const Provenance prov { used.status, used.source, used.note };
        // Each value in the words every other list uses (valueLabel): 「ひきこもりサポート事業の
        // 基準額（相談支援）」, as the explanation and the report name it.
        if (rest == QLatin1String("base") || rest == QLatin1String("base_juso")) {
            Unconfirmed u = base(
                rest == QLatin1String("base") ? OverrideItem::Base : OverrideItem::BaseJuso, {});
            u.label = valueLabel(used.item, lang);
            u.amount = rest == QLatin1String("base") ? menu->standard.base->value
                                                     : menu->standard.baseJuso->value;
            u.prov = prov;
            out << u;
        } else if (rest == QLatin1String("rate")) {
            Unconfirmed u = base(OverrideItem::Rate, {});
            u.label = valueLabel(used.item, lang);
            u.rate = menu->rate;
            u.prov = prov;
            out << u;
        } else if (rest.startsWith(QLatin1String("addons."))
            || rest.startsWith(QLatin1String("per_person."))) {
            const bool addon = rest.startsWith(QLatin1String("addons."));
            const QString key = rest.section(u'.', 1);
            Unconfirmed u = base(addon ? OverrideItem::Addon : OverrideItem::PerPerson, key);
            u.label = valueLabel(used.item, lang);
            u.amount = addon ? menu->standard.addons.value(key).value
                             : menu->standard.perPerson.value(key).value;
            u.prov = prov;
            out << u;
        } else if (rest == QLatin1String("addon_default")) {
            for (const QString &sp : p.subprojects) {
                const MatrixCell *cell = menu->cell(sp);
                const bool counts = cell
                    && (menu->standard.addonScope == AddonScope::Selected
                        || (menu->standard.addonScope == AddonScope::Optional
                            && cell->value == Cell::Optional));
                if (!counts || menu->standard.addons.contains(sp))
                    continue;
                bool listed = false;
                for (const auto &o : out)
                    listed = listed || (o.target.item == OverrideItem::Addon && o.target.key == sp);
                if (listed)
                    continue;
                Unconfirmed u = base(OverrideItem::Addon, sp);
                // The default add-on as it applies to this sub-project: named as its own add-on.
                u.label = valueLabel(prefix + QStringLiteral("addons.") + sp, lang);
                u.amount = menu->standard.addonDefault->value;
                u.prov = prov;
                out << u;
            }
        }
    }
    for (const CheckedValue &v : checkedValues(p, book)) {
        if (v.prov.status == Status::Stated || v.prov.status == Status::User)
            continue;
        Unconfirmed u = base(v.kind, v.key);
        u.label = valueLabel(v.item, lang);
        if (v.cell) {
            u.cell = v.cell;
            u.target.cell = *v.cell; // the dialog starts from the value it replaces
        } else {
            u.count = v.count;
            u.target.count = v.count;
        }
        u.prov = v.prov;
        out << u;
    }
    return out;
}

QString unconfirmedValueText(const Unconfirmed &u, QStringView lang)
{
    if (u.rate)
        return fractionToString(*u.rate);
    if (u.cell)
        return QStringLiteral("%1 %2").arg(cellSymbol(*u.cell), cellLabel(*u.cell, lang));
    if (u.count)
        return textIn(lang, u"%1名", u"%1 persons").arg(*u.count);
    return formatRange(u.amount, lang);
}

} // namespace shienplan
