#pragma once

// The rule books the program knows: the bundled ones (compiled in, never changed) and the
// user's own confirmed books, which replace the bundled book of the same fiscal year. A broken
// user file never stops the program: it is reported and the bundled book stays in force.

#include "core/rules/rulebook.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>

namespace shienplan
{

class RuleBookLibrary
{
public:
    // Bundled books plus the user's books from userRulesDir() (if any): the books that exist, as
    // the rule book window lists them.
    static RuleBookLibrary standard();
    // standard() and, for every year after the latest up to the one towns plan now
    // (planningFiscalYear of today: the next fiscal year), the latest book carried over, so that
    // the window, the command line and the reports all evaluate next year's plans alike and all
    // say they rest on carried-over values.
    static RuleBookLibrary forPlanning();
    // Adds carriedOverBook(y) for each year after the latest up to `fiscalYear`.
    void carryForwardTo(int fiscalYear);
    // Only the books compiled into the program.
    static RuleBookLibrary bundledOnly();
    // Where user books live: $SHIENPLAN_RULES_DIR if set, else <AppData>/rules.
    static QString userRulesDir();

    const RuleBook *book(int fiscalYear) const;
    QList<int> fiscalYears() const; // ascending
    // Replaces (or adds) the book of its fiscal year.
    void put(RuleBook book);
    // Problems met while loading user books ("fy2025.json: menus[0].rate: …").
    const QStringList &loadProblems() const { return m_problems; }
    // "令和4年度〜令和7年度 (2022–2025)", for messages about a missing year.
    QString describeYears() const;

    // A book for a year after the latest one (a new plan for a later year): the latest book
    // carried over (rulebookedit::newFiscalYear: same values and sources, every known value
    // carried_over). Nothing for a year that is not after the latest, or with no book at all.
    // The library is not changed: put() it where the year should have it.
    std::optional<RuleBook> carriedOverBook(int fiscalYear) const;
    // When the book of the year rests wholly on carried-over values (every known value of it is
    // carried_over, like the bundled 令和8年度 or a carriedOverBook): the year whose values they
    // are — the latest earlier year whose book is not wholly carried over (or the earliest book).
    // Nothing when the year has no book or a value of its own (stated, entered, inferred …).
    std::optional<int> carriedOverFrom(int fiscalYear) const;

private:
    // A fiscal year's book, made when first asked for: the command line evaluates one year's
    // plans, and parsing all five bundled books would cost more than the evaluation. Copies of a
    // library share their slots (a slot's book never changes once made).
    class Slot;
    void loadBundled();
    void loadUserDirectory(const QString &dir);
    QMap<int, std::shared_ptr<const Slot>> m_books;
    QStringList m_problems;
};

// Every known value of the book is carried over (none stated, entered, inferred, …).
bool whollyCarriedOver(const RuleBook &book);

// What the window says of a plan whose year rests on carried-over values:
// 「令和9年度の金額は令和7年度の値を引き継いだものです（未確定）」 /
// "The amounts of FY2027 are FY2025's, carried over (not confirmed)".
QString carriedOverNotice(int fiscalYear, int fromFiscalYear, QStringView lang);

} // namespace shienplan
