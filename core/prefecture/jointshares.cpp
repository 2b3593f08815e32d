// Joint programs (workspace.h): the members' shares (equal, by population or as given) and each
// member's part of the local burden.

#include "core/prefecture/workspace.h"

#include <algorithm>

namespace shienplan
{

std::optional<QList<Fraction>> jointShares(ShareMethod method, const QStringList &memberCodes,
    const QHash<QString, qint64> &populations, const QList<Fraction> &custom, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<QList<Fraction>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto nameOf = [](const QString &code) {
        const LocalBody *b = Registry::bundled().find(code);
        return b ? QStringLiteral("%1 (%2)").arg(b->name, code) : code;
    };
    if (memberCodes.size() < 2)
        return fail(QStringLiteral("a joint program needs at least 2 members, got %1")
                        .arg(memberCodes.size()));
    QList<Fraction> shares;
    switch (method) {
    case ShareMethod::Equal:
        for (qsizetype i = 0; i < memberCodes.size(); ++i)
            shares << Fraction(1, memberCodes.size());
        break;
    case ShareMethod::Population: {
        QStringList missing;
        Yen total = 0;
        for (const auto &code : memberCodes) {
            const auto it = populations.constFind(code);
            if (it == populations.constEnd() || *it <= 0)
                missing << nameOf(code);
            else
                total += *it;
        }
        if (!missing.isEmpty())
            return fail(QStringLiteral(
                "shares by population need the population of every member; missing for %1")
                            .arg(missing.join(QStringLiteral(", "))));
        for (const auto &code : memberCodes)
            shares << Fraction(Yen(populations.value(code)), total);
        break;
    }
    case ShareMethod::Custom: {
        if (custom.size() != memberCodes.size())
            return fail(QStringLiteral("%1 shares for %2 members")
                            .arg(custom.size())
                            .arg(memberCodes.size()));
        Fraction sum = 0;
        for (qsizetype i = 0; i < custom.size(); ++i) {
            if (custom[i] < 0 || custom[i] > 1)
                return fail(QStringLiteral("the share %1 of %2 is not within 0 and 1")
                                .arg(fractionToString(custom[i]), nameOf(memberCodes[i])));
            sum += custom[i];
        }
        if (sum != 1)
            return fail(QStringLiteral("the members' shares add up to %1, not 1")
                            .arg(fractionToString(sum)));
        shares = custom;
        break;
    }
    }
    if (error)
        error->clear();
    return shares;
}

QHash<QString, qint64> populationsIn(const Document &doc, int fiscalYear)
{
    QHash<QString, qint64> out;
    QHash<QString, int> yearOf; // the year each population was taken from
    for (const auto &sc : doc.scenarios) {
        const PlanBody &b = sc.plan.body;
        if (!b.population)
            continue;
        const int y = sc.plan.fiscalYear;
        const auto it = yearOf.constFind(b.code);
        // The year asked for wins; otherwise the latest year.
        const bool better
            = it == yearOf.constEnd() || (*it != fiscalYear && (y == fiscalYear || y > *it));
        if (better) {
            out.insert(b.code, *b.population);
            yearOf.insert(b.code, y);
        }
    }
    return out;
}

QList<JointMember> jointMembers(const QStringList &memberCodes, const QList<Fraction> &shares)
{
    QList<JointMember> out;
    for (qsizetype i = 0; i < memberCodes.size() && i < shares.size(); ++i)
        out << JointMember { memberCodes[i], shares[i] };
    return out;
}

QList<MemberRow> memberParts(
    const Document &doc, const QList<Evaluation> &evaluations, int fiscalYear)
{
    QList<MemberRow> out;
    const Registry &registry = Registry::bundled();
    // Scenario order: the adopted alternatives, each with its own index.
    QList<int> adopted;
    for (const PlanGroup &g : plansOf(doc, fiscalYear))
        if (!g.undecided() && g.adopted < evaluations.size())
            adopted << g.adopted;
    std::sort(adopted.begin(), adopted.end());
    for (const int i : std::as_const(adopted)) {
        const Plan &p = doc.scenarios[i].plan;
        const Evaluation &e = evaluations[i];
        for (qsizetype j = 0; j < p.programs.size() && j < e.programs.size(); ++j) {
            const Program &pr = p.programs[j];
            const ProgramResult &r = e.programs[j];
            if (pr.joint.isEmpty())
                continue;
            for (qsizetype k = 0; k < pr.joint.size(); ++k) {
                const JointMember &jm = pr.joint[k];
                MemberRow row;
                row.memberCode = jm.code;
                const LocalBody *b = registry.find(jm.code);
                row.memberName = k < r.members.size() ? r.members[k].name : (b ? b->name : jm.code);
                row.lead = jm.code == p.body.code;
                row.leadCode = p.body.code;
                row.leadName = p.body.name;
                row.fiscalYear = p.fiscalYear;
                row.scenario = int(i);
                row.programId = pr.id;
                row.menu = pr.menu;
                row.share = jm.share;
                row.local = k < r.members.size() ? r.members[k].local : YenRange::unknown();
                row.programLocal = r.local;
                out << row;
            }
        }
    }
    return out;
}

} // namespace shienplan
