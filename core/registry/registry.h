#pragma once

// Japan's local bodies by their 全国地方公共団体コード (the bundled local_bodies.csv): lookup by
// code and by name, the municipalities of a prefecture, and search by name or reading.

#include "core/base/bodykind.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <mutex>
#include <optional>

namespace shienplan
{

// One of Japan's local bodies: a prefecture or a municipality.
struct LocalBody {
    QString code; // 6-digit 全国地方公共団体コード, e.g. "162019"
    QString name; // e.g. "富山市"
    QString kana; // reading in hiragana, e.g. "とやまし"
    BodyKind kind;
    QString prefectureCode; // 6-digit code of the prefecture (its own code for a prefecture)
};

// The registry of Japan's 47 prefectures and 1,741 municipalities.
//
// The bundled registry comes from the Qt resource ":/registry/local_bodies.csv"
// (see resources/registry/README.md). A Registry never changes after it is
// built, so it can be used from several threads at once. The pointers it hands
// out stay valid as long as the Registry (or a copy of it) is alive.
class Registry
{
public:
    // The registry compiled into the application, parsed once (thread-safe).
    // If the resource is missing or broken, logs a warning and returns an
    // empty registry.
    static const Registry &bundled();

    // Parses the CSV format of resources/registry/local_bodies.csv:
    //   header "code,name,kana,kind,prefecture_code", one body per line, with
    //   no quoting. Each prefecture must come before its municipalities.
    // On failure returns std::nullopt. If error is not null, it is set to a
    // message naming the line ("line 12: ...").
    static std::optional<Registry> fromCsv(const QByteArray &csv, QString *error);

    // True if code is 6 ASCII digits whose last digit is the check digit of
    // the 全国地方公共団体コード (総務省 method): weights 6,5,4,3,2 on the
    // first five digits, check digit = (11 - (sum mod 11)) mod 10.
    static bool checkDigitValid(QStringView code);

    // Looks up a body by its 6-digit code. The 5-digit form without the check
    // digit is also accepted. Surrounding whitespace is ignored. Returns
    // nullptr if the code is unknown (or the check digit is wrong).
    const LocalBody *find(QStringView code) const;

    // Exact name lookup. If prefectureName is not empty, only bodies in that
    // prefecture (the prefecture itself included) are considered. If it is
    // empty, the name must be unique across Japan ("府中市" is ambiguous and
    // returns nullptr; "富山市" does not). Returns nullptr if nothing matches.
    const LocalBody *findByName(QStringView prefectureName, QStringView name) const;

    // The prefecture a body belongs to. For a prefecture, returns the
    // prefecture itself. Returns nullptr if the body is not in this registry's
    // prefectures.
    const LocalBody *prefectureOf(const LocalBody &body) const;

    // The municipalities of a prefecture, in code order. prefectureCode is the
    // 6-digit (or 5-digit) code of the prefecture. Returns an empty list if it
    // is not a prefecture.
    QList<const LocalBody *> municipalitiesOf(QStringView prefectureCode) const;

    // Type-ahead search over prefectures and municipalities. A body matches if:
    //   - the query (all digits) is a prefix of its code, or
    //   - its name contains the query, or
    //   - its kana reading starts with the query.
    // The query is normalised (NFKC, trimmed; katakana folded to hiragana;
    // small kana folded to full-size kana), so "とやま", "トヤマ" and "ﾄﾔﾏ"
    // give the same results. Names are compared the same way.
    // Ranking: exact matches (whole name, whole reading or whole code) first,
    // then prefix matches (code, name or kana), then name substrings. Ties are
    // broken by code. Returns at most limit results (limit <= 0: no limit).
    // An empty query returns nothing.
    QList<const LocalBody *> search(QStringView query, int limit = 50) const;

    // All bodies: prefectures and municipalities, in file order (each
    // prefecture followed by its municipalities).
    const QList<LocalBody> &all() const;

    // Number of bodies of the given kind.
    int count(BodyKind kind) const;

private:
    Registry() = default;

    // The bundled registry is never destroyed, so its bodies' strings can be views of the decoded
    // file it keeps (m_text) instead of 7,000 strings of their own; any other registry copies.
    enum class KeepText { No, Yes };
    static std::optional<Registry> parseCsv(const QByteArray &csv, QString *error, KeepText keep);

    // Steps of fromCsv: why `body` cannot follow the bodies read so far (its prefecture is not
    // one of them, or is not its own code), empty when it can; then the body added to every index.
    QString placementError(const LocalBody &body) const;
    QString repetitionError(
        const LocalBody &body) const; // a code or a name in its prefecture again
    void append(LocalBody body);
    void sortIndexes();

    struct SearchKey {
        QString name; // folded name
        QString kana; // folded reading
    };
    // Folding every name and reading (Unicode normalisation) costs more than reading the whole
    // file, and only type-ahead needs it: the keys are made on the first search, once, by
    // whichever thread asks first. Copies of a registry share them (the bodies never change).
    struct SearchKeys {
        std::once_flag made;
        QList<SearchKey> keys; // parallel to m_bodies
    };
    const QList<SearchKey> &searchKeys() const;

    QString m_text; // the decoded file, when the bodies' strings are views of it
    QList<LocalBody> m_bodies;
    std::shared_ptr<SearchKeys> m_searchKeys = std::make_shared<SearchKeys>();
    // 6-digit code (as the number it spells, so a look-up makes no string) -> index
    QHash<int, qsizetype> m_byCode;
    QHash<QString, qsizetype> m_prefectureByName; // prefecture name -> index
    QHash<QString, QList<qsizetype>> m_byName; // name -> indexes, code order
    QHash<int, QList<qsizetype>> m_municipalities; // prefecture code -> indexes, code order
    QHash<int, int> m_countByKind; // BodyKind -> count
};

// The names of bodies by their codes, in the same order; a code the registry does not know is
// kept as it is.
QStringList namesOf(const QStringList &codes, const Registry &registry = Registry::bundled());

// Text folded as Registry::search compares it (NFKC, trimmed, katakana to hiragana, small kana to
// full size): for filters that match names and readings the same way.
QString foldForSearch(QStringView text);

} // namespace shienplan
