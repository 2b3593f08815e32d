// Grouping plans into their alternatives, checking them, and what a plan counts in totals.

#include "core/engine/alternatives.h"

#include "core/base/fiscalyear.h"

#include <QHash>

namespace shienplan
{

QString planBodyKey(const Plan &p)
{
    return !p.body.code.isEmpty() ? p.body.code : QStringLiteral("name:") + p.body.name;
}

QList<PlanGroup> groupAlternatives(
    qsizetype count, const std::function<const Plan &(qsizetype)> &planAt)
{
    QList<PlanGroup> groups;
    QHash<QPair<QString, int>, qsizetype> byKey;
    // A country's plans are grouped several times per view: no rehashing on the way.
    groups.reserve(count);
    byKey.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const Plan &p = planAt(i);
        const QPair<QString, int> k { planBodyKey(p), p.fiscalYear };
        auto it = byKey.constFind(k);
        if (it == byKey.cend()) {
            it = byKey.insert(k, groups.size());
            groups << PlanGroup { k.first, k.second, {}, -1 };
        }
        PlanGroup &g = groups[*it];
        g.alternatives << int(i);
        if (p.adopted && g.adopted < 0)
            g.adopted = int(i);
    }
    for (auto &g : groups)
        if (g.alternatives.size() == 1)
            g.adopted = g.alternatives.first();
    return groups;
}

QList<PlanGroup> groupAlternatives(const QList<Plan> &plans)
{
    return groupAlternatives(plans.size(), [&](qsizetype i) -> const Plan & { return plans[i]; });
}

std::optional<AlternativeProblem> checkAlternatives(qsizetype count,
    const std::function<const Plan &(qsizetype)> &planAt,
    const std::function<QString(qsizetype)> &where)
{
    struct Seen {
        int adopted = -1;
        QHash<QString, int> names;
    };
    QHash<QPair<QString, int>, Seen> seen;
    for (qsizetype i = 0; i < count; ++i) {
        const Plan &p = planAt(i);
        Seen &s = seen[{ planBodyKey(p), p.fiscalYear }];
        const auto plan = [&] { return p.body.name + u' ' + fiscalYearLabel(p.fiscalYear, u"ja"); };
        if (p.adopted) {
            if (s.adopted >= 0)
                return AlternativeProblem { int(i),
                    QStringLiteral("%1 has two adopted alternatives (%2, %3)")
                        .arg(plan(), where(s.adopted), where(i)) };
            s.adopted = int(i);
        }
        const QString name = p.alternative.trimmed();
        if (name.isEmpty())
            continue;
        const auto twin = s.names.constFind(name);
        if (twin != s.names.cend())
            return AlternativeProblem { int(i),
                QStringLiteral("%1 has two alternatives named \"%2\" (%3, %4)")
                    .arg(plan(), name, where(*twin), where(i)) };
        s.names.insert(name, int(i));
    }
    return std::nullopt;
}

Totals countedTotals(const PlanGroup &g, const QList<Evaluation> &evaluations)
{
    // By reference: QList::value() would copy a whole evaluation (findings, explanations) per
    // plan, which is most of a country-wide total's time.
    auto totalsOf = [&](int i) -> Totals {
        return i >= 0 && i < evaluations.size() ? evaluations[i].totals : Totals {};
    };
    if (!g.undecided())
        return totalsOf(g.adopted);
    Totals t = totalsOf(g.alternatives.value(0, -1));
    for (qsizetype k = 1; k < g.alternatives.size(); ++k) {
        const Totals o = totalsOf(g.alternatives[k]);
        t.national = hull(t.national, o.national);
        t.prefectureSupport = hull(t.prefectureSupport, o.prefectureSupport);
        t.local = hull(t.local, o.local);
    }
    return t;
}

Finding undecidedFinding(const Plan &plan, qsizetype alternatives)
{
    const QString n = QString::number(alternatives);
    return makeFinding("undecided_alternatives", QString(),
        { { plan.body.name + fiscalYearLabel(plan.fiscalYear, u"ja"),
              plan.body.name + u' ' + fiscalYearLabel(plan.fiscalYear, u"en") },
            n },
        QString());
}

QString decisionLabel(
    const PlanGroup &g, const std::function<const Plan &(qsizetype)> &planAt, QStringView lang)
{
    if (g.undecided())
        return undecidedLabel(g.alternatives.size(), lang);
    const Plan &p = planAt(g.adopted);
    const int position = int(g.alternatives.indexOf(g.adopted));
    return alternativeLabel(p, position, lang);
}

QString undecidedLabel(qsizetype alternatives, QStringView lang)
{
    return textIn(lang, u"未決定（%1案）", u"undecided (%1 alternatives)").arg(alternatives);
}

QString alternativeLabel(const Plan &p, int position, QStringView lang)
{
    if (!p.alternative.trimmed().isEmpty())
        return p.alternative;
    return textIn(lang, u"案%1", u"Alternative %1").arg(position + 1);
}

} // namespace shienplan
