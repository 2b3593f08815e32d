// A rule book as a list of values, each with its label, display text, comparable key and
// source, and the differences between two books built from those lists.

#include "core/rules/rulebookdiff.h"

#include "core/base/bilingual.h"
#include "core/base/catalogue.h"
#include "core/base/sources.h"

#include <QMap>
#include <algorithm>

namespace shienplan
{

namespace
{

// The language of a listing: its code, for the labels of other modules, and t() for the
// listing's own texts.
struct Lang {
    QStringView code;
    QString t(QStringView ja, QStringView en) const { return textIn(code, ja, en); }
};

int indexIn(const QList<CatalogueEntry> &list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return int(i);
    return int(list.size());
}

QString subprojectName(const QString &id, const Lang &l)
{
    const auto *e = findSubproject(id);
    return e ? e->key + u' ' + e->label(l.code) : id;
}

QString yenKey(const YenRange &r)
{
    return (r.min ? yenToString(*r.min) : QStringLiteral("?")) + u'-'
        + (r.max ? yenToString(*r.max) : QStringLiteral("?"));
}

QString countText(int n, QStringView unitJa, QStringView unitEn, const Lang &l)
{
    // Japanese has no plural and no space: 2人; English drops the plural s for one: 1 person.
    if (!isEnglish(l.code))
        return QStringLiteral("%1%2").arg(n).arg(unitJa);
    QString unit = unitEn.toString();
    if (n == 1 && unit.endsWith(u's'))
        unit.chop(1);
    return QStringLiteral("%1 %2").arg(n).arg(unit);
}

class Lister
{
public:
    Lister(const RuleBook &b, QStringView lang, bool inherited)
        : m_book(b)
        , m_l { lang }
        , m_inherited(inherited)
    {
    }

    QList<RuleValue> run()
    {
        for (const auto &m : m_book.menus)
            listMenu(m);
        listBook();
        return m_out;
    }

private:
    RuleValue &add(const QString &menu, const QString &item, int order, const QString &label,
        RuleValueKind kind, const QString &text, const QString &key, std::optional<Provenance> prov)
    {
        RuleValue v;
        v.menu = menu;
        v.item = item;
        v.path = menu.isEmpty() ? item : QStringLiteral("menus[%1].%2").arg(menu, item);
        v.order = order;
        v.label = label;
        v.kind = kind;
        v.text = text;
        v.key = key;
        v.prov = std::move(prov);
        m_out << v;
        return m_out.last();
    }

    void amount(
        const QString &menu, const QString &item, int order, const QString &label, const Amount &a)
    {
        RuleValue &v = add(menu, item, order, label, RuleValueKind::Amount,
            formatRange(a.value, m_l.code), yenKey(a.value), a.prov);
        v.amount = a.value;
    }

    void count(const QString &menu, const QString &item, int order, const QString &label,
        const CountRule &c, QStringView unitJa, QStringView unitEn)
    {
        RuleValue &v = add(menu, item, order, label, RuleValueKind::Count,
            countText(c.value, unitJa, unitEn, m_l), QString::number(c.value), c.prov);
        v.count = c.value;
    }

    void rate(const QString &menu, const QString &item, int order, const QString &label,
        const Fraction &f, const Provenance &p)
    {
        RuleValue &v = add(menu, item, order, label, RuleValueKind::Rate, fractionToString(f),
            fractionToString(f), p);
        v.rate = f;
    }

    static std::optional<Provenance> optionalProv(const Provenance &p)
    {
        return p.source.isEmpty() ? std::nullopt : std::optional<Provenance>(p);
    }

    // The group's id is for files; a person reads what it groups.
    QString groupText(const QString &group) const
    {
        if (group == u"municipal")
            return m_l.t(u"市町村の事業（センター・ステーション・サポート事業）",
                u"the municipal menus (center, station, support program)");
        return group; // a user's own group: their own word
    }

    void listMenu(const MenuRule &m)
    {
        const QString id = m.id;
        QStringList kinds, names;
        for (BodyKind k : m.bodies) {
            kinds << bodyKindId(k);
            names << bodyKindLabel(k, m_l.code);
        }
        kinds.sort();
        add(id, QStringLiteral("bodies"), 10, m_l.t(u"実施主体", u"Implementing bodies"),
            RuleValueKind::Text, names.join(m_l.t(u"・", u", ")), kinds.join(u','), m.bodiesProv);
        rate(id, QStringLiteral("rate"), 20, m_l.t(u"補助率", u"Subsidy rate"), m.rate, m.rateProv);

        // Cells in this year's column order, then any cell outside the columns (a broken
        // user book still shows everything it holds).
        QStringList cellKeys;
        for (const auto &col : m_book.columns)
            if (m.cells.contains(col))
                cellKeys << col;
        for (auto it = m.cells.cbegin(); it != m.cells.cend(); ++it)
            if (!cellKeys.contains(it.key()))
                cellKeys << it.key();
        for (const auto &k : cellKeys) {
            const MatrixCell &c = m.cells[k];
            RuleValue &v
                = add(id, QStringLiteral("cells.") + k, 100 + indexIn(subprojectCatalogue(), k),
                    m_l.t(u"表: ", u"Matrix: ") + subprojectName(k, m_l), RuleValueKind::Cell,
                    cellSymbol(c.value), cellId(c.value), c.prov);
            v.cell = c.value;
            v.disagreement = c.disagreement;
        }
        for (auto it = m.caps.cbegin(); it != m.caps.cend(); ++it)
            count(id, QStringLiteral("caps.") + it.key(), 200 + indexIn(staffCatalogue(), it.key()),
                m_l.t(u"上限人数: ", u"Cap: ") + staffLabel(it.key(), m_l.code), *it, u"人",
                u"persons");
        if (m.minCoordinators)
            count(id, QStringLiteral("min_coordinators"), 300,
                m_l.t(u"コーディネーターの最低人数", u"Minimum coordinators"), *m.minCoordinators,
                u"人", u"persons");
        if (m.minSelected)
            count(id, QStringLiteral("min_selected"), 310,
                m_l.t(u"選択する事業の最低数", u"Minimum sub-projects selected"), *m.minSelected,
                u"事業", u"sub-projects");
        if (m.maxDurationYears)
            count(id, QStringLiteral("max_duration_years"), 320,
                m_l.t(u"実施期間の上限（原則）", u"Maximum duration (in principle)"),
                *m.maxDurationYears, u"年", u"years");
        if (!m.jointProv.source.isEmpty())
            add(id, QStringLiteral("joint"), 330, m_l.t(u"共同実施", u"Joint implementation"),
                RuleValueKind::Flag,
                m.jointAllowed ? m_l.t(u"可", u"allowed") : m_l.t(u"不可", u"not allowed"),
                m.jointAllowed ? QStringLiteral("true") : QStringLiteral("false"), m.jointProv);
        add(id, QStringLiteral("startup_support"), 340,
            m_l.t(u"立ち上げ支援の対象", u"May carry start-up support"), RuleValueKind::Flag,
            m.startupSupport ? m_l.t(u"対象", u"yes") : m_l.t(u"対象外", u"no"),
            m.startupSupport ? QStringLiteral("true") : QStringLiteral("false"),
            optionalProv(m.startupProv));
        if (!m.exclusiveGroup.isEmpty())
            add(id, QStringLiteral("exclusive_group"), 350,
                m_l.t(u"同一年度に併用しない区分", u"Exclusive group"), RuleValueKind::Text,
                groupText(m.exclusiveGroup), m.exclusiveGroup, optionalProv(m.exclusiveProv));
        if (!m.nextYearRequires.isEmpty()) {
            QStringList ids = m.nextYearRequires, names;
            for (const auto &n : m.nextYearRequires)
                names << menuLabel(n, m_l.code);
            ids.sort();
            add(id, QStringLiteral("next_year_requires"), 360,
                m_l.t(u"翌年度に実施する事業（条件）", u"Condition: menu run next year"),
                RuleValueKind::Text, names.join(m_l.t(u"、", u", ")), ids.join(u','),
                m.nextYearProv);
        }
        listStandard(m);
    }

    void listStandard(const MenuRule &m)
    {
        const QString id = m.id;
        const StandardRule &s = m.standard;
        if (s.base)
            amount(id, QStringLiteral("standard.base"), 400,
                s.baseJuso ? m_l.t(u"基本額", u"Base amount")
                           : m_l.t(u"基準額（上限）", u"Standard amount (cap)"),
                *s.base);
        if (s.baseJuso)
            amount(id, QStringLiteral("standard.base_juso"), 410,
                m_l.t(u"基本額（重層的支援体制整備事業を実施）",
                    u"Base amount (runs the multi-layered support program)"),
                *s.baseJuso);
        const QString scopeText = s.addonScope == AddonScope::Optional
            ? m_l.t(u"任意事業（○）ごとに加算", u"one add-on per optional (○) sub-project")
            : s.addonScope == AddonScope::Selected
            ? m_l.t(u"選択した事業の額の合計", u"sum over the selected sub-projects")
            : m_l.t(u"なし", u"none");
        add(id, QStringLiteral("standard.addon_scope"), 420,
            m_l.t(u"基準額の積み上げ方", u"How add-ons are counted"), RuleValueKind::Text,
            scopeText, addonScopeId(s.addonScope), std::nullopt);
        if (s.addonDefault)
            amount(id, QStringLiteral("standard.addon_default"), 430,
                m_l.t(u"加算額（事業ごとの額がないとき）",
                    u"Add-on (sub-projects without their own amount)"),
                *s.addonDefault);
        const QString addonWord = s.addonScope == AddonScope::Selected
            ? m_l.t(u"事業の基準額: ", u"Sub-project amount: ")
            : m_l.t(u"加算: ", u"Add-on: ");
        for (const auto &e : subprojectCatalogue()) {
            const int order = 500 + indexIn(subprojectCatalogue(), e.id);
            if (s.addons.contains(e.id)) {
                amount(id, QStringLiteral("standard.addons.") + e.id, order,
                    addonWord + subprojectName(e.id, m_l), s.addons.value(e.id));
                continue;
            }
            if (!m_inherited || s.addonScope == AddonScope::None)
                continue;
            const MatrixCell *c = m.cell(e.id);
            if (!c || !m_book.columns.contains(e.id) || c->value == Cell::NotAllowed)
                continue;
            if (s.addonScope == AddonScope::Optional && c->value != Cell::Optional)
                continue;
            const Amount fallback = s.addonDefault
                ? *s.addonDefault
                : Amount { YenRange::unknown(),
                      { Status::Unknown, ownAssumptionSource(u"unknown"), {} } };
            RuleValue &v = add(id, QStringLiteral("standard.addons.") + e.id, order,
                addonWord + subprojectName(e.id, m_l), RuleValueKind::Amount,
                formatRange(fallback.value, m_l.code)
                    + m_l.t(u"（既定の加算額）", u" (default add-on)"),
                yenKey(fallback.value), fallback.prov);
            v.amount = fallback.value;
            v.inherited = true;
        }
        for (auto it = s.perPerson.cbegin(); it != s.perPerson.cend(); ++it)
            amount(id, QStringLiteral("standard.per_person.") + it.key(),
                600 + indexIn(staffCatalogue(), it.key()),
                m_l.t(u"1人あたりの額: ", u"Per person: ") + staffLabel(it.key(), m_l.code), *it);
    }

    void listBook()
    {
        const auto &su = m_book.startup;
        rate({}, QStringLiteral("startup_support.national_share"), 10,
            m_l.t(u"立ち上げ支援: 国の負担割合", u"Start-up support: national share"),
            su.nationalShare, su.nationalProv);
        const QString ps = fractionToString(su.prefectureShare.min) + QStringLiteral("〜")
            + fractionToString(su.prefectureShare.max);
        add({}, QStringLiteral("startup_support.prefecture_share"), 20,
            m_l.t(u"立ち上げ支援: 都道府県の負担割合", u"Start-up support: prefecture share"),
            RuleValueKind::Text, ps, ps, su.prefectureProv);
        if (su.maxDurationYears)
            count({}, QStringLiteral("startup_support.max_duration_years"), 30,
                m_l.t(u"立ち上げ支援: 期間の上限", u"Start-up support: maximum duration"),
                *su.maxDurationYears, u"年", u"years");
        const auto &c = m_book.calculation;
        add({}, QStringLiteral("calculation.truncation_unit"), 40,
            m_l.t(u"計算: 端数切捨ての単位", u"Calculation: truncation unit"), RuleValueKind::Text,
            formatYen(c.truncationUnit) + m_l.t(u"円", u" yen"), yenToString(c.truncationUnit),
            c.truncationProv);
        add({}, QStringLiteral("calculation.adopted_rule"), 50,
            m_l.t(u"計算: 補助対象額 = 基準額と実支出額の少ない方",
                u"Calculation: adopted = lower of standard amount and net cost"),
            RuleValueKind::Text, m_l.t(u"適用", u"applied"), QStringLiteral("min"), c.adoptedProv);
        // What the sources say that no rule checks, with the menus it concerns.
        for (qsizetype i = 0; i < m_book.facts.size(); ++i) {
            const RuleFact &f = m_book.facts[i];
            QStringList menus;
            for (const auto &m : f.menus)
                menus << menuLabel(m, m_l.code);
            const QString text = m_l.t(f.textJa, f.textEn.isEmpty() ? f.textJa : f.textEn);
            add({}, QStringLiteral("facts.") + f.id, 60 + int(i),
                m_l.t(u"参考（資料の記載）: ", u"For information (from the sources): ")
                    + menus.join(m_l.t(u"・", u", ")),
                RuleValueKind::Text, text, f.id + u'=' + f.textJa, f.prov);
        }
    }

    const RuleBook &m_book;
    Lang m_l;
    bool m_inherited;
    QList<RuleValue> m_out;
};

QString display(const RuleValue &v, QStringView lang)
{
    return v.prov ? v.text + u' ' + provenanceText(*v.prov, lang) : v.text;
}

// A menu in one book only is one row: its values are all new (or all gone) with it.
RuleBookDifference wholeMenu(
    const QString &menu, const MenuRule *before, const MenuRule *after, QStringView lang)
{
    const MenuRule *m = before ? before : after;
    const QString text
        = QStringLiteral("%1 %2").arg(menuLabel(m->id, lang), provenanceText(m->bodiesProv, lang));
    RuleBookDifference d;
    d.path = QStringLiteral("menus[%1]").arg(menu);
    d.kind = before ? QStringLiteral("removed") : QStringLiteral("added");
    d.label = textIn(lang, u"事業: ", u"Menu: ") + menuLabel(menu, lang);
    d.menu = menu;
    d.item = textIn(lang, u"事業全体", u"the whole menu");
    (before ? d.before : d.after) = text;
    (before ? d.beforeProv : d.afterProv) = m->bodiesProv;
    return d;
}

int menuRank(const QString &id)
{
    return indexIn(menuCatalogue(), id);
}

} // namespace

QList<RuleValue> listRuleValues(const RuleBook &book, QStringView lang, bool withInherited)
{
    return Lister(book, lang, withInherited).run();
}

QString provenanceText(const Provenance &p, QStringView lang)
{
    if (p.source.isEmpty())
        return QStringLiteral("[%1]").arg(statusLabel(p.status, lang));
    return QStringLiteral("[%1, %2]")
        .arg(statusLabel(p.status, lang), citationText(p.source, lang));
}

QString differenceKindLabel(const QString &kind, QStringView lang)
{
    if (kind == u"added")
        return textIn(lang, u"追加", u"added");
    if (kind == u"removed")
        return textIn(lang, u"削除", u"removed");
    if (kind == u"changed")
        return textIn(lang, u"変更", u"changed");
    if (kind == u"status")
        return textIn(lang, u"状態のみ変更", u"status only");
    if (kind == u"source")
        return textIn(lang, u"出典のみ変更", u"source only");
    return kind;
}

QList<RuleBookDifference> diffRuleBooks(const RuleBook &a, const RuleBook &b, QStringView lang)
{
    QList<RuleBookDifference> out;

    // Columns: one row per column added or removed; the cells of a new column follow per menu.
    const QString colLabel = textIn(lang, u"表の列", u"Matrix column");
    auto columnText = [&](const QString &id) {
        const auto *e = findSubproject(id);
        return e ? QStringLiteral("%1 %2 (%3)").arg(e->key, e->label(lang), id) : id;
    };
    for (const auto &c : a.columns)
        if (!b.columns.contains(c))
            out << RuleBookDifference { QStringLiteral("columns"), QStringLiteral("removed"),
                colLabel, {}, colLabel, columnText(c), {}, a.matrixProv, {} };
    for (const auto &c : b.columns)
        if (!a.columns.contains(c))
            out << RuleBookDifference { QStringLiteral("columns"), QStringLiteral("added"),
                colLabel, {}, colLabel, {}, columnText(c), {}, b.matrixProv };

    // Values, grouped by menu (catalogue order), merged by their stable position.
    const QList<RuleValue> va = listRuleValues(a, lang), vb = listRuleValues(b, lang);
    QStringList menus;
    for (const auto &m : a.menus)
        menus << m.id;
    for (const auto &m : b.menus)
        if (!menus.contains(m.id))
            menus << m.id;
    std::stable_sort(menus.begin(), menus.end(),
        [](const QString &x, const QString &y) { return menuRank(x) < menuRank(y); });
    menus << QString(); // the book's own values last

    auto compareGroup = [&](const QString &menu) {
        QMap<QString, const RuleValue *> ma, mb;
        QList<const RuleValue *> all;
        for (const auto &v : va)
            if (v.menu == menu) {
                ma.insert(v.path, &v);
                all << &v;
            }
        for (const auto &v : vb)
            if (v.menu == menu) {
                if (!ma.contains(v.path))
                    all << &v;
                mb.insert(v.path, &v);
            }
        std::stable_sort(all.begin(), all.end(),
            [](const RuleValue *x, const RuleValue *y) { return x->order < y->order; });
        const QString menuName
            = menu.isEmpty() ? QString() : menuLabel(menu, lang) + QStringLiteral(" › ");
        for (const RuleValue *v : all) {
            const RuleValue *x = ma.value(v->path), *y = mb.value(v->path);
            RuleBookDifference d;
            d.path = v->path;
            d.label = menuName + v->label;
            d.menu = menu;
            d.item = v->label;
            if (!x)
                d.kind = QStringLiteral("added");
            else if (!y)
                d.kind = QStringLiteral("removed");
            else if (x->key != y->key)
                d.kind = QStringLiteral("changed");
            else if (x->prov && y->prov && x->prov->status != y->prov->status)
                d.kind = QStringLiteral("status");
            else if (x->prov && y->prov && x->prov->source != y->prov->source)
                d.kind = QStringLiteral("source");
            else
                continue;
            if (x) {
                d.before = display(*x, lang);
                d.beforeProv = x->prov.value_or(Provenance {});
            }
            if (y) {
                d.after = display(*y, lang);
                d.afterProv = y->prov.value_or(Provenance {});
            }
            out << d;
        }
    };

    for (const auto &menu : menus) {
        const MenuRule *ma = menu.isEmpty() ? nullptr : a.menu(menu);
        const MenuRule *mb = menu.isEmpty() ? nullptr : b.menu(menu);
        if (!menu.isEmpty() && (!ma || !mb)) {
            out << wholeMenu(menu, ma, mb, lang);
            continue;
        }
        compareGroup(menu);
    }
    return out;
}

} // namespace shienplan
