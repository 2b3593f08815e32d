// Editing a rule book: each function checks and sets one value with its citation, and a new
// fiscal year starts as a copy of the latest.

#include "core/rules/rulebookedit.h"

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"

#include <QRegularExpression>
#include <functional>

namespace shienplan::rulebookedit
{

namespace
{

[[noreturn]] void fail(const QString &path, const QString &what)
{
    throw EditError(path + QStringLiteral(": ") + what);
}

void requireSource(const QString &path, const QString &source)
{
    if (source.trimmed().isEmpty())
        fail(path, QStringLiteral("a source is required (e.g. 「令和7年度交付要綱 別表 2(1)」)"));
}

MenuRule &menuOf(RuleBook &book, const QString &menu)
{
    for (auto &m : book.menus)
        if (m.id == menu)
            return m;
    fail(QStringLiteral("menus[%1]").arg(menu),
        QStringLiteral("the FY%1 rule book has no menu \"%2\"").arg(book.fiscalYear).arg(menu));
}

// Applies the change to a copy and keeps it only if the book stays valid at this value.
void commit(RuleBook &book, RuleBook &&changed, const QString &path)
{
    for (const QString &p : validateRuleBook(changed))
        if (p.startsWith(path))
            throw EditError(p);
    book = std::move(changed);
}

bool carriesItsStatus(Status s)
{
    return s == Status::Inferred || s == Status::Assumed || s == Status::Range || s == Status::User;
}

} // namespace

QString valuePath(const QString &menu, const QString &item)
{
    return menu.isEmpty() ? item : QStringLiteral("menus[%1].%2").arg(menu, item);
}

void setAmount(RuleBook &book, const QString &menu, const QString &item, const YenRange &value,
    const QString &source, const QString &note)
{
    QString it = item;
    if (it.startsWith(QLatin1String("standard.")))
        it = it.mid(9);
    if (findSubproject(it) && !it.contains(u'.'))
        it = QStringLiteral("addons.") + it;
    const QString path = valuePath(menu, QStringLiteral("standard.") + it);
    requireSource(path, source);
    if ((value.min && *value.min < 0) || (value.max && *value.max < 0))
        fail(path,
            QStringLiteral("amounts must not be negative (got %1)")
                .arg(formatYen(value.min && *value.min < 0 ? *value.min : *value.max)));
    if (value.min && value.max && *value.min > *value.max)
        fail(path,
            QStringLiteral("the range is reversed (min %1 > max %2)")
                .arg(formatYen(*value.min), formatYen(*value.max)));
    RuleBook changed = book;
    MenuRule &m = menuOf(changed, menu);
    StandardRule &s = m.standard;
    const Amount amount { value,
        { value.isUnknown() ? Status::Unknown : Status::User, source.trimmed(), note } };
    if (it == u"base") {
        if (!s.base)
            fail(path,
                QStringLiteral("this menu has no base amount (its standard amount is the sum "
                               "of its sub-projects)"));
        s.base = amount;
    } else if (it == u"base_juso") {
        if (!s.baseJuso)
            fail(path, QStringLiteral("this menu has no separate base for 重層的支援体制整備事業"));
        s.baseJuso = amount;
    } else if (it == u"addon_default") {
        if (s.addonScope == AddonScope::None)
            fail(path, QStringLiteral("this menu has no add-ons"));
        s.addonDefault = amount;
    } else if (it.startsWith(QLatin1String("addons."))) {
        const QString key = it.mid(7);
        if (!findSubproject(key))
            fail(path, QStringLiteral("unknown sub-project \"%1\"").arg(key));
        if (s.addonScope == AddonScope::None)
            fail(path, QStringLiteral("this menu has no add-ons"));
        if (!changed.columns.contains(key))
            fail(path,
                QStringLiteral("\"%1\" is not a column of the FY%2 matrix")
                    .arg(key)
                    .arg(changed.fiscalYear));
        s.addons.insert(key, amount);
    } else if (it.startsWith(QLatin1String("per_person."))) {
        const QString key = it.mid(11);
        if (!findStaffKind(key))
            fail(path, QStringLiteral("unknown staff kind \"%1\"").arg(key));
        s.perPerson.insert(key, amount);
    } else {
        fail(path,
            QStringLiteral("not an amount of a rule book (base, base_juso, addon_default, "
                           "addons.<sub-project>, per_person.<staff kind>)"));
    }
    commit(book, std::move(changed), path);
}

void setRate(RuleBook &book, const QString &menu, const Fraction &rate, const QString &source,
    const QString &note)
{
    const QString path = valuePath(menu, QStringLiteral("rate"));
    requireSource(path, source);
    if (rate <= 0 || rate > 1)
        fail(path, QStringLiteral("a rate must be in (0, 1], got %1").arg(fractionToString(rate)));
    RuleBook changed = book;
    MenuRule &m = menuOf(changed, menu);
    m.rate = rate;
    m.rateProv = { Status::User, source.trimmed(), note };
    commit(book, std::move(changed), path);
}

void setCount(RuleBook &book, const QString &menu, const QString &item, int value,
    const QString &source, const QString &note)
{
    const QString path = valuePath(menu, item);
    requireSource(path, source);
    if (value < 0)
        fail(path, QStringLiteral("must not be negative (got %1)").arg(value));
    RuleBook changed = book;
    MenuRule &m = menuOf(changed, menu);
    const CountRule c { value, { Status::User, source.trimmed(), note } };
    if (item.startsWith(QLatin1String("caps."))) {
        const QString key = item.mid(5);
        if (!findStaffKind(key))
            fail(path, QStringLiteral("unknown staff kind \"%1\"").arg(key));
        m.caps.insert(key, c);
    } else if (item == u"min_coordinators") {
        m.minCoordinators = c;
    } else if (item == u"min_selected") {
        m.minSelected = c;
    } else if (item == u"max_duration_years") {
        m.maxDurationYears = c;
    } else {
        fail(path,
            QStringLiteral("not a count of a rule book (caps.<staff kind>, min_coordinators, "
                           "min_selected, max_duration_years)"));
    }
    commit(book, std::move(changed), path);
}

void setCell(RuleBook &book, const QString &menu, const QString &subproject, Cell value,
    const QString &source, const QString &note)
{
    const QString path = valuePath(menu, QStringLiteral("cells.") + subproject);
    requireSource(path, source);
    if (!book.columns.contains(subproject))
        fail(path,
            QStringLiteral("\"%1\" is not a column of the FY%2 matrix")
                .arg(subproject)
                .arg(book.fiscalYear));
    RuleBook changed = book;
    MenuRule &m = menuOf(changed, menu);
    if (m.cells.isEmpty())
        fail(path, QStringLiteral("this menu has no row in the matrix"));
    m.cells.insert(subproject, MatrixCell { value, { Status::User, source.trimmed(), note } });
    commit(book, std::move(changed), path);
}

QString carriedOverNote(int fromFiscalYear)
{
    return fiscalYearLabel(fromFiscalYear, u"ja") + QStringLiteral("から継続（未確認）");
}

bool plausibleFiscalYear(int fiscalYear)
{
    return fiscalYear >= 2000 && fiscalYear <= 2200;
}

RuleBook newFiscalYear(const RuleBook &latest, int fiscalYear)
{
    if (!plausibleFiscalYear(fiscalYear))
        throw EditError(QStringLiteral("fiscal_year: %1 is not a plausible year").arg(fiscalYear));
    if (fiscalYear <= latest.fiscalYear)
        throw EditError(QStringLiteral("fiscal_year: a new year must come after FY%1, got %2")
                            .arg(latest.fiscalYear)
                            .arg(fiscalYear));
    RuleBook b = latest;
    const int from = latest.fiscalYear;
    b.fiscalYear = fiscalYear;
    b.origin.clear();
    const QString oldJa = fiscalYearLabel(from, u"ja"), newJa = fiscalYearLabel(fiscalYear, u"ja");
    const QString oldEn = fiscalYearLabel(from, u"en"), newEn = fiscalYearLabel(fiscalYear, u"en");
    b.titleJa = b.titleJa.contains(oldJa) ? QString(b.titleJa).replace(oldJa, newJa)
                                          : newJa + QStringLiteral(" ひきこもり支援推進事業");
    b.titleEn = b.titleEn.contains(oldEn)
        ? QString(b.titleEn).replace(oldEn, newEn)
        : newEn + QStringLiteral(" hikikomori support promotion program");

    const QString carried = carriedOverNote(from);
    // A value carried over twice keeps one "carried over" phrase, the latest.
    static const QRegularExpression earlier(QStringLiteral("^令和\\S+?年度から継続（未確認）。?"));
    forEachProvenance(b, [&](Provenance &p) {
        if (p.status == Status::Unknown)
            return;
        QString rest = p.note;
        rest.remove(earlier);
        QString note = carried;
        if (carriesItsStatus(p.status))
            note += QStringLiteral("。%1は%2").arg(oldJa, statusLabel(p.status, u"ja"));
        if (!rest.isEmpty())
            note += QStringLiteral("。") + rest;
        p.status = Status::CarriedOver;
        p.note = note;
    });

    static const QRegularExpression createdNote(
        QStringLiteral("^令和\\S+?年度のルールブック（.*から作成）"));
    QStringList notes;
    for (const auto &n : std::as_const(b.notes))
        if (!createdNote.match(n).hasMatch())
            notes << n;
    notes.prepend(
        QStringLiteral("%1のルールブック（%2から作成）。値はすべて前年度から継続（未確認）です。"
                       "%1の交付要綱で確かめ、出典とともに入力すると「ユーザー入力」になります。")
            .arg(newJa, oldJa));
    b.notes = notes;
    return b;
}

QString validationMessage(const RuleBook &book)
{
    return validateRuleBook(book).join(u'\n');
}

} // namespace shienplan::rulebookedit
