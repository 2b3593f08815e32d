// The importer's reading of the cells that list bodies (see rosterimporter.h): 共同実施, the
// members of a joint program with their shares, and 担当区域, the towns a center or satellite
// serves.

#include "core/roster/rosterimporter.h"

#include "core/roster/rostervalues.h"

#include <QRegularExpression>
#include <QSet>

namespace shienplan::roster
{

// A cell that lists bodies by code or name (「162019:1/2;高岡市:1/2」, 「舟橋村、上市町」):
// each body once, with what follows a colon. Every body that cannot be resolved, and every
// repeat (reported with `repeatCode`), is a problem of the column.
QList<Importer::Listed> Importer::listedBodies(QList<RosterProblem> &problems, const Record &r,
    Col col, const LocalBody *pref, const QString &repeatCode)
{
    QList<Listed> out;
    static const QRegularExpression sep(QStringLiteral(R"([;；、\n]+)"));
    static const QRegularExpression digits(QStringLiteral(R"(^\d{5,6}$)"));
    QSet<QString> codes;
    for (const QString &partRaw : cell(r, col).split(sep, Qt::SkipEmptyParts)) {
        const QString part = partRaw.normalized(QString::NormalizationForm_KC).trimmed();
        const qsizetype colon = part.indexOf(u':');
        const QString who = (colon < 0 ? part : part.left(colon)).trimmed();
        NameMatcher::Result res = digits.match(who).hasMatch() ? m_names.byCode(who, {}, pref)
                                                               : m_names.byName(who, pref);
        if (!res.body) {
            problem(problems, r, col, res.problemCode, res.ja,
                QStringLiteral("%1: %2").arg(header(col), res.en), res.suggestions);
            continue;
        }
        if (codes.contains(res.body->code)) {
            problem(problems, r, col, repeatCode,
                QStringLiteral("%1 が二度あります。").arg(res.body->name),
                QStringLiteral("%1: %2 is listed twice").arg(header(col), res.body->name));
            continue;
        }
        codes.insert(res.body->code);
        out << Listed { res.body,
            colon < 0 ? std::nullopt : std::optional<QString>(part.mid(colon + 1)) };
    }
    return out;
}

QList<JointMember> Importer::joint(
    QList<RosterProblem> &problems, const Record &r, const LocalBody *pref)
{
    QList<JointMember> out;
    if (cell(r, Col::Joint).isEmpty())
        return out;
    int withShare = 0;
    for (const Listed &l :
        listedBodies(problems, r, Col::Joint, pref, QStringLiteral("bad_joint"))) {
        JointMember jm;
        jm.code = l.body->code;
        if (l.after) {
            const auto s = parseShare(*l.after);
            if (!s) {
                problem(problems, r, Col::Joint, QStringLiteral("bad_fraction"),
                    QStringLiteral(
                        "%1 の割合「%2」は 0〜1 の分数（1/3）か百分率（25%）ではありません。")
                        .arg(l.body->name, *l.after),
                    QStringLiteral("%1: the share \"%2\" of %3 is not a fraction from 0 to 1 (1/3) "
                                   "or a percentage (25%)")
                        .arg(header(Col::Joint), *l.after, l.body->name));
                continue;
            }
            jm.share = *s;
            ++withShare;
        }
        out << jm;
    }
    if (!problems.isEmpty())
        return {};
    if (out.size() < 2) {
        problem(problems, r, Col::Joint, QStringLiteral("bad_joint"),
            QStringLiteral("共同実施には2団体以上が必要です。"),
            QStringLiteral("%1: a joint program needs at least 2 members").arg(header(Col::Joint)));
        return {};
    }
    if (withShare == 0) {
        for (auto &m : out)
            m.share = Fraction(1, out.size());
    } else if (withShare != out.size()) {
        problem(problems, r, Col::Joint, QStringLiteral("bad_joint"),
            QStringLiteral("割合は全団体に入れるか、全団体で空けてください（均等割）。"),
            QStringLiteral("%1: give a share for every member or for none (equal shares)")
                .arg(header(Col::Joint)));
        return {};
    } else {
        Fraction sum = 0;
        for (const auto &m : out)
            sum += m.share;
        if (sum != 1) {
            problem(problems, r, Col::Joint, QStringLiteral("bad_joint"),
                QStringLiteral("割合の合計が %1 で、1 になりません。").arg(fractionToString(sum)),
                QStringLiteral("%1: the members' shares add up to %2, not 1")
                    .arg(header(Col::Joint), fractionToString(sum)));
            return {};
        }
    }
    return out;
}

// 担当区域: the municipalities a prefecture's center or satellite serves, by code or name
// (names looked up in the row's prefecture first).
QStringList Importer::served(QList<RosterProblem> &problems, const Record &r, const LocalBody *pref)
{
    QStringList out;
    for (const Listed &l :
        listedBodies(problems, r, Col::Served, pref, QStringLiteral("bad_served"))) {
        if (l.body->kind == BodyKind::Prefecture || l.after) {
            problem(problems, r, Col::Served, QStringLiteral("bad_served"),
                QStringLiteral(
                    "担当区域には市町村を名前かコードで並べてください（「%1」は使えません）。")
                    .arg(l.body->name + (l.after ? u':' + *l.after : QString())),
                QStringLiteral(
                    "%1: list the municipalities served by name or code (\"%2\" cannot be used)")
                    .arg(header(Col::Served), l.body->name));
            continue;
        }
        out << l.body->code;
    }
    return out;
}

} // namespace shienplan::roster
