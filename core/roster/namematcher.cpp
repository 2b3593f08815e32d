// Matching the bodies a roster names (declared in namematcher.h).

#include "core/roster/namematcher.h"

#include "core/roster/namefolding.h"

#include <QPair>
#include <QSet>

#include <algorithm>

namespace shienplan::roster
{

QString bodyWithPlace(const LocalBody &b, const Registry &registry)
{
    const LocalBody *pref = registry.prefectureOf(b);
    if (!pref || pref == &b)
        return QStringLiteral("%1 (%2)").arg(b.name, b.code);
    return QStringLiteral("%1（%2, %3）").arg(b.name, pref->name, b.code);
}

NameMatcher::NameMatcher(const Registry &registry)
    : m_registry(registry)
{
    for (const auto &b : registry.all()) {
        m_foldedNames << foldName(b.name);
        m_byFolded[m_foldedNames.last()].append(&b);
        if (b.kind == BodyKind::Prefecture) {
            m_prefByName.insert(b.name, &b);
            QString shortName = b.name;
            if (shortName != QStringLiteral("北海道"))
                shortName.chop(1); // 都, 府, 県
            m_prefByName.insert(shortName, &b);
            m_prefByName.insert(b.code.left(2), &b);
            m_prefByName.insert(b.code, &b);
        }
    }
}

const LocalBody *NameMatcher::prefecture(const QString &raw) const
{
    const QString s = raw.normalized(QString::NormalizationForm_KC).trimmed();
    return m_prefByName.value(s, nullptr);
}

QStringList NameMatcher::prefectureSuggestions(const QString &raw) const
{
    QList<QPair<int, const LocalBody *>> scored;
    const QString s = foldName(raw);
    for (const auto &b : m_registry.all())
        if (b.kind == BodyKind::Prefecture)
            scored << qMakePair(editDistance(s, foldName(b.name)), &b);
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second->code < b.second->code;
    });
    // Only the closest: "富山件" suggests 富山県, not every prefecture two characters away.
    QStringList out;
    for (qsizetype i = 0; i < scored.size() && out.size() < 3; ++i)
        if (scored[i].first <= 2 && scored[i].first == scored.first().first)
            out << scored[i].second->name;
    return out;
}

NameMatcher::Result NameMatcher::byCode(
    const QString &rawCode, const QString &name, const LocalBody *pref) const
{
    Result r;
    const QString code = rawCode.normalized(QString::NormalizationForm_KC).trimmed();
    const LocalBody *asWritten = m_registry.find(code);
    const LocalBody *zeroLost = (code.size() == 5 || code.size() == 4) && !code.startsWith(u'0')
        ? m_registry.find(u'0' + code)
        : nullptr;
    if (asWritten && zeroLost) {
        auto fits = [&](const LocalBody *b) {
            return (!name.isEmpty() && byName(name, m_registry.prefectureOf(*b)).body == b)
                || (name.isEmpty() && pref && m_registry.prefectureOf(*b) == pref);
        };
        if (fits(asWritten) && !fits(zeroLost)) {
            zeroLost = nullptr;
        } else if (fits(zeroLost) && !fits(asWritten)) {
            asWritten = nullptr;
        } else {
            r.problemCode = QStringLiteral("ambiguous_code");
            r.suggestions
                = { bodyWithPlace(*zeroLost, m_registry), bodyWithPlace(*asWritten, m_registry) };
            r.ja = QStringLiteral(
                "団体コード「%1」は %2（先頭の0が落ちたもの）とも "
                "%3（検査数字なし）とも読めます。団体名か6桁のコードを入れてください。")
                       .arg(code, r.suggestions[0], r.suggestions[1]);
            r.en = QStringLiteral("%1: may be %2 (leading 0 lost) or %3 (without the check digit); "
                                  "give the name or the 6-digit code")
                       .arg(code, r.suggestions[0], r.suggestions[1]);
            return r;
        }
    }
    if (!asWritten && zeroLost) {
        r.body = zeroLost;
        r.noticeJa = QStringLiteral("団体コード「%1」を、先頭の0が落ちたもの（Excel "
                                    "で開いた名簿によくあります）として %2 と読みました。")
                         .arg(code, bodyWithPlace(*zeroLost, m_registry));
        r.noticeEn = QStringLiteral(
            "body code %1 read as %2 (its leading 0 lost, as when Excel opens a roster)")
                         .arg(code, bodyWithPlace(*zeroLost, m_registry));
        return r;
    }
    r.body = asWritten;
    if (!r.body) {
        r.problemCode = QStringLiteral("unknown_code");
        const bool shape = code.size() == 6 || code.size() == 5;
        r.ja = shape
            ? QStringLiteral("団体コード「%1」の団体はありません（検査数字を確認してください）。")
                  .arg(code)
            : QStringLiteral("団体コード「%1」は6桁（または検査数字なしの5桁）ではありません。")
                  .arg(code);
        r.en = shape
            ? QStringLiteral("%1: no local body has this code (check the check digit)").arg(code)
            : QStringLiteral("%1: a body code has 6 digits (or 5 without the check digit)")
                  .arg(code);
    }
    return r;
}

NameMatcher::Result NameMatcher::byName(const QString &rawName, const LocalBody *pref) const
{
    Result r;
    QString name = rawName.normalized(QString::NormalizationForm_KC).trimmed();
    // 「富山県富山市」 in the name column: the prefecture is part of the name.
    for (auto it = m_prefByName.constBegin(); it != m_prefByName.constEnd(); ++it) {
        const LocalBody *p = it.value();
        if (it.key() == p->name && name.size() > p->name.size() && name.startsWith(p->name)) {
            if (pref && pref != p)
                break;
            pref = p;
            name = name.mid(p->name.size()).trimmed();
            break;
        }
    }
    const QString prefName = pref ? pref->name : QString();
    if (const LocalBody *b = m_registry.findByName(prefName, name)) {
        r.body = b;
        return r;
    }
    // Variant spellings (ヶ/ケ, つ/ツ, 﨑/崎 …), inside the prefecture when it is given.
    const QString folded = foldName(name);
    QList<const LocalBody *> variants;
    for (const LocalBody *b : m_byFolded.value(folded))
        if (!pref || b->prefectureCode == pref->code)
            variants << b;
    QList<const LocalBody *> exact; // the exact name anywhere (to explain ambiguity)
    for (const LocalBody *b : m_byFolded.value(folded))
        if (b->name == name)
            exact << b;
    if (variants.size() == 1 && variants.first()->name != name) {
        r.body = variants.first();
        r.noticeJa = QStringLiteral("「%1」を表記ゆれとして %2 と照合しました。")
                         .arg(name, bodyWithPlace(*r.body, m_registry));
        r.noticeEn = QStringLiteral("matched \"%1\" to %2 (spelling variant)")
                         .arg(name, bodyWithPlace(*r.body, m_registry));
        return r;
    }
    const QList<const LocalBody *> &candidates = variants.size() > 1 ? variants : exact;
    if (!pref && candidates.size() > 1) {
        r.problemCode = QStringLiteral("ambiguous_name");
        for (const LocalBody *b : candidates)
            r.suggestions << bodyWithPlace(*b, m_registry);
        r.ja = QStringLiteral("「%1」は複数あります（%2）。都道府県か団体コードを入れてください。")
                   .arg(name, r.suggestions.join(QStringLiteral("、")));
        r.en = QStringLiteral(
            "%1: several municipalities have this name (%2); add the prefecture or the code")
                   .arg(name, r.suggestions.join(QStringLiteral(", ")));
        return r;
    }
    if (pref && !exact.isEmpty()) {
        r.problemCode = QStringLiteral("not_in_prefecture");
        for (const LocalBody *b : exact)
            r.suggestions << bodyWithPlace(*b, m_registry);
        r.ja = QStringLiteral("「%1」は%2にはありません（%3）。")
                   .arg(name, pref->name, r.suggestions.join(QStringLiteral("、")));
        r.en = QStringLiteral("%1: not in %2 (there is %3)")
                   .arg(name, pref->name, r.suggestions.join(QStringLiteral(", ")));
        return r;
    }
    r.problemCode = QStringLiteral("unknown_name");
    for (const LocalBody *b : suggest(name, pref))
        r.suggestions << bodyWithPlace(*b, m_registry);
    const QString inPrefJa = pref ? pref->name + QStringLiteral("に") : QString();
    const QString inPrefEn = pref ? QStringLiteral(" in ") + pref->name : QString();
    if (r.suggestions.isEmpty()) {
        r.ja = QStringLiteral("「%1」という団体は%2ありません。").arg(name, inPrefJa);
        r.en = QStringLiteral("%1: no such municipality%2").arg(name, inPrefEn);
    } else {
        r.ja = QStringLiteral("「%1」という団体は%2ありません。候補: %3")
                   .arg(name, inPrefJa, r.suggestions.join(QStringLiteral("、")));
        r.en = QStringLiteral("%1: no such municipality%2 (did you mean %3?)")
                   .arg(name, inPrefEn, r.suggestions.join(QStringLiteral(", ")));
    }
    return r;
}

// The closest names: type-ahead matches first (a name that contains the text or starts with
// it), then names within a small edit distance; bodies of the given prefecture first. The work
// is bounded whatever a cell holds: a text longer than any body's name has no suggestion, a
// name is compared only when the lengths allow the distance, and a repeated name is answered
// from m_suggested.
QList<const LocalBody *> NameMatcher::suggest(const QString &name, const LocalBody *pref) const
{
    constexpr qsizetype kLongestName = 32; // the longest body name is 10 characters
    constexpr qsizetype kRemembered = 4096;
    const QString folded = foldName(name);
    if (folded.isEmpty() || folded.size() > kLongestName)
        return {};
    const QString key = folded + u'|' + (pref ? pref->code : QString());
    if (const auto it = m_suggested.constFind(key); it != m_suggested.constEnd())
        return it.value();
    if (m_suggested.size() >= kRemembered)
        m_suggested.clear();
    return m_suggested[key] = closestNames(name, folded, pref);
}

QList<const LocalBody *> NameMatcher::closestNames(
    const QString &name, const QString &folded, const LocalBody *pref) const
{
    struct Hit {
        int rank;
        const LocalBody *body;
    };
    QList<Hit> hits;
    QSet<const LocalBody *> seen;
    const int maxDistance = std::clamp(int(folded.size()) / 2, 1, 2);
    auto inPref = [pref](const LocalBody *b) { return pref && b->prefectureCode == pref->code; };
    for (const LocalBody *b : m_registry.search(name, 10)) {
        hits << Hit { inPref(b) ? -1 : 0, b };
        seen.insert(b);
    }
    const auto &all = m_registry.all();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const LocalBody &b = all[i];
        const QString &other = m_foldedNames[i];
        if (seen.contains(&b) || std::abs(other.size() - folded.size()) > maxDistance)
            continue;
        const int d = editDistance(folded, other);
        if (d <= maxDistance)
            hits << Hit { (inPref(&b) ? 0 : 10) + d, &b };
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.body->code < b.body->code;
    });
    QList<const LocalBody *> out;
    for (qsizetype i = 0; i < hits.size() && out.size() < 5; ++i)
        out << hits[i].body;
    return out;
}

} // namespace shienplan::roster
