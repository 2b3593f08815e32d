// Year-on-year changes of each body's funding (workspace.h): continued, started or stopped,
// with the change of every amount as an interval; each year's plan counted once (countedTotals).

#include "core/prefecture/workspace.h"

#include "core/prefecture/workspaceindex.h"

#include <algorithm>

namespace shienplan
{

YenRange difference(const YenRange &a, const YenRange &b)
{
    YenRange r;
    if (a.min && b.max)
        r.min = Yen(*a.min - *b.max);
    if (a.max && b.min)
        r.max = Yen(*a.max - *b.min);
    return r;
}

Totals difference(const Totals &a, const Totals &b)
{
    Totals t;
    t.national = difference(a.national, b.national);
    t.prefectureSupport = difference(a.prefectureSupport, b.prefectureSupport);
    t.local = difference(a.local, b.local);
    return t;
}

QList<YearChange> yearOnYear(const Document &doc, const QList<Evaluation> &evaluations)
{
    const workspace::Index index(doc);
    QList<int> docYears = index.years.values();
    std::sort(docYears.begin(), docYears.end());
    QList<YearChange> out;
    for (const QString &code : index.bodies) {
        const QMap<int, QList<int>> &years = index.byBody.value(code);
        // What the body's plan of a year counts: its adopted alternative, or the hull.
        auto totalsOf = [&](int year, bool *present) {
            Totals t;
            const auto it = years.constFind(year);
            *present = it != years.cend();
            if (*present)
                for (int g : *it)
                    t.add(countedTotals(index.plans[g], evaluations));
            return t;
        };
        const Plan &any
            = doc.scenarios[index.plans[years.cbegin().value().first()].representative()].plan;
        for (int year : docYears) {
            if (!index.years.contains(year - 1))
                continue;
            bool hasPrev = false, hasCur = false;
            const Totals prev = totalsOf(year - 1, &hasPrev);
            const Totals cur = totalsOf(year, &hasCur);
            if (!hasPrev && !hasCur)
                continue;
            YearChange c;
            c.bodyCode = code;
            c.bodyName = any.body.name;
            c.prefectureCode = any.body.prefectureCode;
            c.fiscalYear = year;
            c.kind = hasPrev && hasCur ? YearChange::Kind::Continued
                : hasCur               ? YearChange::Kind::Started
                                       : YearChange::Kind::Stopped;
            c.previous = prev;
            c.current = cur;
            c.change = difference(cur, prev);
            out << std::move(c);
        }
    }
    return out;
}

} // namespace shienplan
