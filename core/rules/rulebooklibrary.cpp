// The bundled rule books and the user's confirmed ones, which replace them year by year.

#include "core/rules/rulebooklibrary.h"

#include "core/base/bilingual.h"
#include "core/base/fiscalyear.h"
#include "core/rules/rulebookedit.h"
#include "core/rules/rulebookjson.h"

#include <QDate>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

#include <functional>
#include <mutex>

namespace shienplan
{

class RuleBookLibrary::Slot
{
public:
    using Maker = std::function<std::optional<RuleBook>()>;
    explicit Slot(RuleBook book)
        : m_book(std::move(book))
    {
    }
    explicit Slot(Maker make)
        : m_make(std::move(make))
    {
    }
    // Thread-safe: evaluations of a country's plans ask from several threads at once.
    const RuleBook *book() const
    {
        std::call_once(m_made, [this] {
            if (m_make)
                m_book = m_make();
            m_make = nullptr;
        });
        return m_book ? &*m_book : nullptr;
    }

private:
    mutable std::once_flag m_made;
    mutable Maker m_make;
    mutable std::optional<RuleBook> m_book;
};

namespace
{
// "fy2025.json" → 2025.
std::optional<int> yearOfFileName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^fy(\\d{4})\\.json$"));
    const auto m = pattern.match(name);
    return m.hasMatch() ? std::optional<int>(m.captured(1).toInt()) : std::nullopt;
}
} // namespace

void RuleBookLibrary::loadBundled()
{
    // The books compiled in are checked by the test suite (tst_rules reads every one); the
    // year of each is its file's name, and a book that says otherwise is not used.
    const QDir d(QStringLiteral(":/rules"));
    for (const QString &name : d.entryList({ QStringLiteral("fy*.json") }, QDir::Files)) {
        const std::optional<int> year = yearOfFileName(name);
        if (!year)
            continue;
        const QString path = d.filePath(name);
        m_books.insert(*year, std::make_shared<const Slot>([path, fy = *year] {
            try {
                RuleBook b = ruleBookFromFile(path);
                b.origin = QStringLiteral("bundled");
                return b.fiscalYear == fy ? std::optional<RuleBook>(std::move(b)) : std::nullopt;
            } catch (const InputError &) {
                return std::optional<RuleBook>();
            }
        }));
    }
}

void RuleBookLibrary::loadUserDirectory(const QString &dir)
{
    // The user's own files are read at once: a broken one is reported when the program starts.
    const QDir d(dir);
    const QStringList files = d.entryList({ QStringLiteral("fy*.json") }, QDir::Files, QDir::Name);
    for (const auto &name : files) {
        const QString path = d.filePath(name);
        try {
            RuleBook b = ruleBookFromFile(path);
            const int fy = b.fiscalYear;
            m_books.insert(fy, std::make_shared<const Slot>(std::move(b)));
        } catch (const InputError &e) {
            m_problems << path + QStringLiteral(": ") + e.toString();
        }
    }
}

RuleBookLibrary RuleBookLibrary::bundledOnly()
{
    // Listed once; each book is parsed the first time any copy of the library asks for it.
    static const RuleBookLibrary lib = [] {
        RuleBookLibrary l;
        l.loadBundled();
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
        l.loadUserDirectory(dir);
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
    // Each year's carried-over book is made from the year before it when first asked for.
    while (!m_books.isEmpty() && m_books.lastKey() < fiscalYear) {
        const int next = m_books.lastKey() + 1;
        if (!rulebookedit::plausibleFiscalYear(next))
            return;
        std::shared_ptr<const Slot> from = m_books.last();
        m_books.insert(next, std::make_shared<const Slot>([from, next] {
            const RuleBook *latest = from->book();
            return latest ? std::optional<RuleBook>(rulebookedit::newFiscalYear(*latest, next))
                          : std::nullopt;
        }));
    }
}

const RuleBook *RuleBookLibrary::book(int fiscalYear) const
{
    const auto it = m_books.constFind(fiscalYear);
    return it == m_books.constEnd() ? nullptr : it.value()->book();
}

QList<int> RuleBookLibrary::fiscalYears() const
{
    return m_books.keys();
}

void RuleBookLibrary::put(RuleBook book)
{
    const int fy = book.fiscalYear;
    m_books.insert(fy, std::make_shared<const Slot>(std::move(book)));
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
    if (m_books.isEmpty() || fiscalYear <= m_books.lastKey()
        || !rulebookedit::plausibleFiscalYear(fiscalYear))
        return std::nullopt;
    const RuleBook *latest = m_books.last()->book();
    return latest ? std::optional<RuleBook>(rulebookedit::newFiscalYear(*latest, fiscalYear))
                  : std::nullopt;
}

std::optional<int> RuleBookLibrary::carriedOverFrom(int fiscalYear) const
{
    const RuleBook *b = book(fiscalYear);
    if (!b || !whollyCarriedOver(*b))
        return std::nullopt;
    std::optional<int> from;
    for (auto it = m_books.constBegin(); it != m_books.constEnd() && it.key() < fiscalYear; ++it) {
        const RuleBook *earlier = it.value()->book();
        if (earlier && (!from || !whollyCarriedOver(*earlier)))
            from = it.key();
    }
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
