// The text folding of rosters: how a cell is compared with the names it may mean (declared in
// namefolding.h).

#include "core/roster/namefolding.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace shienplan::roster
{

QString squeeze(QStringView text)
{
    const QString n = text.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(n.size());
    for (QChar c : n)
        if (!c.isSpace())
            out += c.toLower();
    return out;
}

// Drops everything in parentheses (after NFKC, （） are ()).
QString withoutParentheses(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(R"(\([^)]*\))"));
    QString out = s;
    out.remove(re);
    return out;
}

// Only used when the exact name fails, and only a unique result is accepted.
QString foldName(QStringView name)
{
    QString n = name.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(n.size());
    for (QChar c : n) {
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case u'ヶ':
        case u'ヵ':
        case u'け':
        case u'ゖ':
        case u'ゕ':
            out += u'ケ';
            break;
        case u'つ':
        case u'っ':
        case u'ッ':
            out += u'ツ';
            break;
        case u'の':
            out += u'ノ';
            break;
        case u'﨑':
            out += u'崎';
            break;
        case u'髙':
            out += u'高';
            break;
        case u'檮':
            out += u'梼';
            break;
        case u'邊':
        case u'邉':
            out += u'辺';
            break;
        case u'濱':
            out += u'浜';
            break;
        case u'澤':
            out += u'沢';
            break;
        case u'竜':
            out += u'龍';
            break;
        default:
            out += c;
        }
    }
    return out;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int subst = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1, subst });
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace shienplan::roster
