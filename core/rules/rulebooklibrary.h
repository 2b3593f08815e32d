#pragma once

// The rule books the program knows: the bundled ones (compiled in, never changed) and the
// user's own confirmed books, which replace the bundled book of the same fiscal year. A broken
// user file never stops the program: it is reported and the bundled book stays in force.

#include "core/rules/rulebook.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace shienplan
{

class RuleBookLibrary
{
public:
    // Bundled books plus the user's books from userRulesDir() (if any).
    static RuleBookLibrary standard();
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

private:
    void loadDirectory(const QString &dir, bool bundled);
    QMap<int, RuleBook> m_books;
    QStringList m_problems;
};

} // namespace shienplan
