#pragma once

// A rule book is everything ShienPlan knows about one fiscal year: which menus exist, who may
// run them, the ◎/○/- matrix, staffing minimums, caps, rates and amounts. It is data (one JSON
// file a year in resources/rules/), so that next year's figures need no change to C++.

#include "core/base/bodykind.h"
#include "core/base/interval.h"
#include "core/base/provenance.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace shienplan
{

enum class Cell { Required, Optional, NotAllowed }; // ◎ / ○ / -

QString cellId(Cell c); // "required", "optional", "not_allowed"
QString cellSymbol(Cell c); // ◎ ○ -
std::optional<Cell> cellFromId(QStringView id);

// An amount of the rule book: exact, a range, or unknown (both ends empty), with provenance.
struct Amount {
    YenRange value;
    Provenance prov;
};

struct CountRule { // a staffing minimum, a cap, a number of years
    int value = 0;
    Provenance prov;
};

// Where a document of the book's own year says otherwise than the table the book takes as
// printed (the 令和4年度 center page against the 令和5年度 table): shown beside the cell, in the
// explanation of a plan that uses it and in the report.
struct SourceNote {
    QString source; // "003:262"
    QString note;
    bool operator==(const SourceNote &o) const { return source == o.source && note == o.note; }
};

struct MatrixCell {
    Cell value = Cell::NotAllowed;
    Provenance prov;
    std::optional<SourceNote> disagreement;
};

// What a source says that no rule checks (the center coordinators' qualifications, contracting
// out to NPOs): information in the rule book window and in the explanation of these menus.
struct RuleFact {
    QString id; // "coordinator_qualifications"
    QStringList menus; // the menus it concerns
    QString textJa;
    QString textEn;
    Provenance prov;
};

// How the 基準額 of a menu is built: base (or the 重層 base) + one add-on per selected
// sub-project in scope + an add-on per person for staff kinds listed in perPerson.
enum class AddonScope { None, Optional, Selected };
QString addonScopeId(AddonScope s);
std::optional<AddonScope> addonScopeFromId(QStringView id);

struct StandardRule {
    std::optional<Amount> base; // absent: no base term (the support program is a pure sum)
    std::optional<Amount> baseJuso; // base when the body runs 重層的支援体制整備事業
    AddonScope addonScope = AddonScope::None;
    std::optional<Amount> addonDefault; // for sub-projects without their own entry
    QMap<QString, Amount> addons; // sub-project id → amount
    QMap<QString, Amount> perPerson; // staff kind → amount per person
};

struct MenuRule {
    QString id;
    QList<BodyKind> bodies;
    Provenance bodiesProv;
    Fraction rate;
    Provenance rateProv;
    QMap<QString, MatrixCell> cells; // sub-project id → cell; empty for menus without a matrix row
    QMap<QString, CountRule> caps; // staff kind → maximum persons
    std::optional<CountRule> minCoordinators;
    std::optional<CountRule> minSelected;
    std::optional<CountRule> maxDurationYears;
    bool jointAllowed = false;
    Provenance jointProv;
    bool startupSupport = false; // may carry 都道府県による立ち上げ支援
    Provenance startupProv; // empty source: a book that gives the flag without one
    QString exclusiveGroup; // menus of one group in one year → combined_menus warning
    Provenance exclusiveProv;
    QStringList nextYearRequires; // a menu planned for the next year is a condition
    Provenance nextYearProv;
    StandardRule standard;

    bool mayRun(BodyKind kind) const { return bodies.contains(kind); }
    const MatrixCell *cell(const QString &subproject) const
    {
        auto it = cells.constFind(subproject);
        return it == cells.constEnd() ? nullptr : &it.value();
    }
};

struct StartupSupportRule {
    Fraction nationalShare { 1, 2 };
    Provenance nationalProv;
    FractionRange prefectureShare { Fraction(1, 4), Fraction(1, 2) };
    Provenance prefectureProv;
    std::optional<CountRule> maxDurationYears;
};

struct CalculationRule {
    Yen truncationUnit { 1000 };
    Provenance truncationProv;
    Provenance adoptedProv; // min(基準額, 支出額 − その他の収入): the usual 交付要綱 method
};

struct RuleBook {
    int fiscalYear = 0;
    QString titleJa;
    QString titleEn;
    QString matrixVersion; // "A", "A13", "B"
    Provenance matrixProv;
    QStringList columns; // sub-project ids of this year's matrix, in order
    QList<MenuRule> menus;
    StartupSupportRule startup;
    CalculationRule calculation;
    QList<RuleFact> facts;
    QStringList notes;
    QString origin; // "bundled" or the path of a user's file; not serialised

    const MenuRule *menu(QStringView id) const
    {
        for (const auto &m : menus)
            if (m.id == id)
                return &m;
        return nullptr;
    }
};

// Every problem of a book, each naming the value ("menus[station].cells.ibasho: …").
QStringList validateRuleBook(const RuleBook &book);

// Every provenance of the book (matrix, each menu's bodies, rate, cells, caps, counts, joint,
// start-up flag, grouping, next-year condition and amounts, the start-up support, the
// calculation and the facts), in file order.
void forEachProvenance(RuleBook &b, const std::function<void(Provenance &)> &fn);
void forEachProvenance(const RuleBook &b, const std::function<void(const Provenance &)> &fn);

} // namespace shienplan
