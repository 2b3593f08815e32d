#pragma once

// Which local body a roster means by a code or a name as people write them: a code that lost
// its leading 0 in Excel, a name with the prefecture in front, a spelling variant (ヶ/ケ, 﨑/崎),
// a name several prefectures share. What cannot be decided is returned as a problem with the
// likeliest bodies as suggestions. Internal to core/roster/.

#include "core/registry/registry.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace shienplan::roster
{

// 「高岡市（富山県, 162027）」, or 「富山県 (160008)」 for a prefecture: how problems name a body.
QString bodyWithPlace(const LocalBody &b, const Registry &registry);

class NameMatcher
{
public:
    explicit NameMatcher(const Registry &registry);

    struct Result {
        const LocalBody *body = nullptr; // null: see problemCode, ja, en
        QString problemCode;
        QString ja;
        QString en;
        QStringList suggestions;
        QString noticeJa; // matched through a spelling variant or a lost leading 0
        QString noticeEn;
    };

    // A prefecture by its name (with or without 都/府/県) or code; null when none.
    const LocalBody *prefecture(const QString &raw) const;
    // The closest prefecture names to a misspelt one.
    QStringList prefectureSuggestions(const QString &raw) const;

    // A code as written. Excel drops the leading 0 of 北海道〜茨城県's codes (012025 → 12025) when
    // it opens a roster, and a 5-digit code is also the code without its check digit: when both
    // readings name a body, `name` (the row's 団体名) or `pref` (its 都道府県) decides, else the
    // row is reported with both.
    Result byCode(
        const QString &rawCode, const QString &name = {}, const LocalBody *pref = nullptr) const;
    // A name, inside `pref` when it is given.
    Result byName(const QString &rawName, const LocalBody *pref) const;

private:
    QList<const LocalBody *> suggest(const QString &name, const LocalBody *pref) const;
    QList<const LocalBody *> closestNames(
        const QString &name, const QString &folded, const LocalBody *pref) const;

    const Registry &m_registry;
    QHash<QString, QList<const LocalBody *>> m_byFolded; // foldName(name) → bodies
    QStringList m_foldedNames; // foldName of registry.all()[i], made once
    // The suggestions already made, by folded name and prefecture: a roster often repeats one
    // unknown name on many rows. Emptied when it grows past a bound, so memory stays bounded.
    mutable QHash<QString, QList<const LocalBody *>> m_suggested;
    QMap<QString, const LocalBody *> m_prefByName; // name, short name and codes
};

} // namespace shienplan::roster
