// The bundled rule books and the user's confirmed ones, which replace them year by year.

#include "core/rules/rulebooklibrary.h"

#include "core/base/bilingual.h"
#include "core/base/fiscalyear.h"
#include "core/rules/rulebookedit.h"
#include "core/rules/rulebookjson.h"

#include <QDate>
#include <QDir>
#include <QStandardPaths>

namespace shienplan
{

void RuleBookLibrary::loadDirectory(const QString &dir, bool bundled)
{
    const QDir d(dir);
    const QStringList files = d.entryList({ QStringLiteral("fy*.json") }, QDir::Files, QDir::Name);
    for (const auto &name : files) {
        const QString path = d.filePath(name);
        try {
            RuleBook b = ruleBookFromFile(path);
            b.origin = bundled ? QStringLiteral("bundled") : path;
            m_books.insert(b.fiscalYear, std::move(b));
        } catch (const InputError &e) {
            m_problems << path + QStringLiteral(": ") + e.toString();
        }
    }
}

RuleBookLibrary RuleBookLibrary::bundledOnly()
{
    // Parsed once: the bundled books never change while the program runs.
    static const RuleBookLibrary lib = [] {
        RuleBookLibrary l;
        l.loadDirectory(QStringLiteral(":/rules"), true);
        return l;
    }();
    return lib;
}

QString RuleBookLibrary::userRulesDir()
{
    const QString env = qEnvironmentVariable("SHIENPLAN_RULES_DIR");
    if (!env.isEmpty())
        return env;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/rules");
}

RuleBookLibrary RuleBookLibrary::standard()
{
    RuleBookLibrary l = bundledOnly();
    const QString dir = userRulesDir();
    if (!dir.isEmpty() && QDir(dir).exists())
        l.loadDirectory(dir, false);
    return l;
}

RuleBookLibrary RuleBookLibrary::forPlanning()
{
    RuleBookLibrary l = standard();
    l.carryForwardTo(planningFiscalYear(QDate::currentDate()));
    return l;
}

void RuleBookLibrary::carryForwardTo(int fiscalYear)
{
    while (!m_books.isEmpty() && m_books.lastKey() < fiscalYear) {
        auto next = carriedOverBook(m_books.lastKey() + 1);
        if (!next)
            return;
        put(std::move(*next));
    }
}

const RuleBook *RuleBookLibrary::book(int fiscalYear) const
{
    const auto it = m_books.constFind(fiscalYear);
    return it == m_books.constEnd() ? nullptr : &it.value();
}

QList<int> RuleBookLibrary::fiscalYears() const
{
    return m_books.keys();
}

void RuleBookLibrary::put(RuleBook book)
{
    const int fy = book.fiscalYear;
    m_books.insert(fy, std::move(book));
}

QString RuleBookLibrary::describeYears() const
{
    QStringList years;
    for (int fy : m_books.keys())
        years << QStringLiteral("%1 (%2)").arg(fy).arg(fiscalYearLabel(fy, u"ja"));
    return years.isEmpty() ? QStringLiteral("none") : years.join(u", ");
}

std::optional<RuleBook> RuleBookLibrary::carriedOverBook(int fiscalYear) const
{
    if (m_books.isEmpty() || fiscalYear <= m_books.lastKey())
        return std::nullopt;
    try {
        return rulebookedit::newFiscalYear(m_books.last(), fiscalYear);
    } catch (const EditError &) { // not a plausible year
        return std::nullopt;
    }
}

std::optional<int> RuleBookLibrary::carriedOverFrom(int fiscalYear) const
{
    const RuleBook *b = book(fiscalYear);
    if (!b || !whollyCarriedOver(*b))
        return std::nullopt;
    std::optional<int> from;
    for (auto it = m_books.constBegin(); it != m_books.constEnd() && it.key() < fiscalYear; ++it)
        if (!from || !whollyCarriedOver(it.value()))
            from = it.key();
    return from;
}

bool whollyCarriedOver(const RuleBook &book)
{
    bool carried = false, own = false;
    forEachProvenance(book, [&](const Provenance &p) {
        carried = carried || p.status == Status::CarriedOver;
        own = own || (p.status != Status::CarriedOver && p.status != Status::Unknown);
    });
    return carried && !own;
}

QString carriedOverNotice(int fiscalYear, int fromFiscalYear, QStringView lang)
{
    if (isEnglish(lang))
        return QStringLiteral("The amounts of %1 are %2's, carried over (not confirmed)")
            .arg(fiscalYearLabel(fiscalYear, lang), fiscalYearLabel(fromFiscalYear, lang));
    return QStringLiteral("%1の金額は%2の値を引き継いだものです（未確定）")
        .arg(fiscalYearLabel(fiscalYear, lang), fiscalYearLabel(fromFiscalYear, lang));
}

} // namespace shienplan
