// The registry of local bodies: reading and checking local_bodies.csv, and the lookups.

#include "core/registry/registry.h"

#include <array>

#include <QFile>
#include <QStringDecoder>
#include <QtDebug>

#include <algorithm>
#include <utility>

namespace shienplan
{

namespace
{

const char *const kResourcePath = ":/registry/local_bodies.csv";
const char *const kHeader = "code,name,kana,kind,prefecture_code";
constexpr qsizetype kColumnCount = 5;

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Check digit of a 全国地方公共団体コード from its first five digits (which
// must be ASCII digits): weights 6,5,4,3,2, then (11 - (sum mod 11)) mod 10.
// A remainder of 0 gives 1 and a remainder of 1 gives 0.
QChar checkDigitFor(QStringView firstFive)
{
    static const int weights[5] = { 6, 5, 4, 3, 2 };
    int sum = 0;
    for (int i = 0; i < 5; ++i)
        sum += weights[i] * (firstFive[i].unicode() - '0');
    const int check = (11 - sum % 11) % 10;
    return QLatin1Char(static_cast<char>('0' + check));
}

// The number a code spells, the key of the code index; -1 for anything else.
// (A 5-digit code without its check digit is the 6-digit one with it.)
int codeNumber(QStringView code)
{
    if (code.size() != 6 && code.size() != 5)
        return -1;
    int n = 0;
    for (QChar c : code) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        n = n * 10 + (c.unicode() - '0');
    }
    return code.size() == 6 ? n : n * 10 + (checkDigitFor(code).unicode() - '0');
}

// Folds text for type-ahead matching: katakana to hiragana, small kana to
// full-size kana. The caller applies NFKC first, so half-width katakana have
// already become full-width.
QString foldKana(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0x30A1 && u <= 0x30F6) // ァ..ヶ -> ぁ..ゖ
            u = static_cast<char16_t>(u - 0x60);
        else if (u == 0x30FD || u == 0x30FE) // ヽヾ -> ゝゞ
            u = static_cast<char16_t>(u - 0x60);
        switch (u) {
        case 0x3041:
        case 0x3043:
        case 0x3045:
        case 0x3047:
        case 0x3049: // ぁぃぅぇぉ
        case 0x3063: // っ
        case 0x3083:
        case 0x3085:
        case 0x3087: // ゃゅょ
        case 0x308E: // ゎ
            u = static_cast<char16_t>(u + 1);
            break;
        case 0x3095: // ゕ
            u = 0x304B; // か
            break;
        case 0x3096: // ゖ
            u = 0x3051; // け
            break;
        default:
            break;
        }
        out.append(QChar(u));
    }
    return out;
}

// True when NFKC leaves `text` as it is because every character is a precomposed kana, the
// long-vowel mark or a unified ideograph: what the registry's names and readings are made of.
bool nfkcStable(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= 0x3041 && u <= 0x3096) || (u >= 0x30A1 && u <= 0x30F6) || u == 0x30FC
                || (u >= 0x4E00 && u <= 0x9FFF)))
            return false;
    }
    return true;
}

QString searchFold(QStringView text)
{
    // Every body of the registry is folded when it is loaded, at every start of the program
    // and of the command line: the normalisation is skipped where it cannot change anything.
    if (nfkcStable(text))
        return foldKana(text);
    return foldKana(text.toString().normalized(QString::NormalizationForm_KC).trimmed());
}

void sortByCode(QList<qsizetype> &indexes, const QList<LocalBody> &bodies)
{
    std::sort(indexes.begin(), indexes.end(),
        [&bodies](qsizetype a, qsizetype b) { return bodies.at(a).code < bodies.at(b).code; });
}

// The fields of one CSV line (the format has no quoting), and how many there were: a line with
// too many is refused by its count, so only the first kColumnCount are kept.
struct Fields {
    std::array<QStringView, kColumnCount> at;
    qsizetype count = 0;
};
Fields splitFields(QStringView line)
{
    Fields f;
    qsizetype start = 0;
    for (;;) {
        const qsizetype comma = line.indexOf(QLatin1Char(','), start);
        const QStringView field = comma < 0 ? line.mid(start) : line.mid(start, comma - start);
        if (f.count < kColumnCount)
            f.at[size_t(f.count)] = field;
        ++f.count;
        if (comma < 0)
            return f;
        start = comma + 1;
    }
}

// The file decoded at once (it is read at every start), without its BOM; nothing when it is
// not UTF-8, with the first line that is not (only then is it decoded line by line).
std::optional<QString> decodeCsv(const QByteArray &csv, qsizetype *badLine)
{
    const QByteArrayView data
        = csv.startsWith("\xEF\xBB\xBF") ? QByteArrayView(csv).sliced(3) : QByteArrayView(csv);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(data);
    if (!decoder.hasError())
        return text;
    const QList<QByteArray> lines = data.toByteArray().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringDecoder lineDecoder(QStringDecoder::Utf8);
        (void)QString(lineDecoder(lines.at(i)));
        if (lineDecoder.hasError()) {
            *badLine = i + 1;
            break;
        }
    }
    return std::nullopt;
}

// The lines of the decoded file without its final newline and the CR of CRLF endings.
QList<QStringView> csvLines(QStringView text)
{
    QList<QStringView> lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // trailing newline
    for (QStringView &line : lines)
        if (line.endsWith(u'\r'))
            line.chop(1);
    return lines;
}

// One data line as a body, or why not: the checks that need no other line.
// A field as a string of its own, or (for a registry that keeps its text) a view of that text
// without a copy.
using MakeString = QString (*)(QStringView);
QString copied(QStringView v)
{
    return v.toString();
}
QString borrowed(QStringView v)
{
    return QString::fromRawData(v.data(), v.size());
}

std::optional<LocalBody> parseBody(QStringView line, MakeString make, QString *why)
{
    auto fail = [why](const QString &message) -> std::optional<LocalBody> {
        *why = message;
        return std::nullopt;
    };
    if (line.isEmpty())
        return fail(QStringLiteral("empty line"));
    if (line.contains(QLatin1Char('"')))
        return fail(QStringLiteral("quoted fields are not supported"));

    const Fields fields = splitFields(line);
    if (fields.count != kColumnCount) {
        return fail(
            QStringLiteral("expected %1 fields, found %2").arg(kColumnCount).arg(fields.count));
    }

    LocalBody body;
    body.code = make(fields.at[0]);
    body.name = make(fields.at[1]);
    body.kana = make(fields.at[2]);
    const QStringView kindId = fields.at[3];
    body.prefectureCode = make(fields.at[4]);

    if (body.code.size() != 6 || !isAsciiDigits(body.code))
        return fail(QStringLiteral("invalid code \"%1\" (expected 6 digits)").arg(body.code));
    if (!Registry::checkDigitValid(body.code)) {
        return fail(QStringLiteral("code \"%1\" has a wrong check digit (expected %2)")
                        .arg(body.code)
                        .arg(checkDigitFor(body.code)));
    }
    if (body.name.isEmpty())
        return fail(QStringLiteral("empty name"));
    if (body.kana.isEmpty())
        return fail(QStringLiteral("empty kana"));

    const std::optional<BodyKind> kind = bodyKindFromId(kindId);
    if (!kind)
        return fail(QStringLiteral("unknown kind \"%1\"").arg(kindId));
    body.kind = *kind;

    if (body.prefectureCode.size() != 6 || !isAsciiDigits(body.prefectureCode)
        || !Registry::checkDigitValid(body.prefectureCode)) {
        return fail(QStringLiteral("invalid prefecture_code \"%1\"").arg(body.prefectureCode));
    }
    return body;
}

} // namespace

const Registry &Registry::bundled()
{
    // Made once and never destroyed: freeing thousands of strings at exit is time the command
    // line would spend after its answer.
    static const Registry &registry = *new Registry([] {
        QFile file(QString::fromLatin1(kResourcePath));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("shienplan::Registry: cannot open %s: %s (the registry will be empty)",
                kResourcePath, qPrintable(file.errorString()));
            return Registry();
        }
        QString error;
        std::optional<Registry> parsed = parseCsv(file.readAll(), &error, KeepText::Yes);
        if (!parsed) {
            qWarning("shienplan::Registry: %s: %s (the registry will be empty)", kResourcePath,
                qPrintable(error));
            return Registry();
        }
        return std::move(*parsed);
    }());
    return registry;
}

std::optional<Registry> Registry::fromCsv(const QByteArray &csv, QString *error)
{
    return parseCsv(csv, error, KeepText::No);
}

std::optional<Registry> Registry::parseCsv(const QByteArray &csv, QString *error, KeepText keep)
{
    auto fail = [error](qsizetype lineNumber, const QString &message) -> std::optional<Registry> {
        if (error)
            *error = QStringLiteral("line %1: %2").arg(lineNumber).arg(message);
        return std::nullopt;
    };

    qsizetype badLine = 1;
    const std::optional<QString> text = decodeCsv(csv, &badLine);
    if (!text)
        return fail(badLine, QStringLiteral("invalid UTF-8"));
    const QList<QStringView> textLines = csvLines(*text);
    if (textLines.isEmpty())
        return fail(1, QStringLiteral("missing header \"%1\"").arg(QLatin1String(kHeader)));

    Registry registry;
    const MakeString make = keep == KeepText::Yes ? borrowed : copied;
    registry.m_bodies.reserve(textLines.size());
    registry.m_byCode.reserve(textLines.size());
    for (qsizetype i = 0; i < textLines.size(); ++i) {
        const qsizetype lineNumber = i + 1;
        const QStringView line = textLines.at(i);

        if (lineNumber == 1) {
            if (line != QLatin1String(kHeader)) {
                return fail(lineNumber,
                    QStringLiteral("expected header \"%1\", found \"%2\"")
                        .arg(QLatin1String(kHeader), line));
            }
            continue;
        }
        // The checks in the order a reader fixes them: the line itself, its place among the
        // bodies above, then repetitions.
        QString why;
        std::optional<LocalBody> body = parseBody(line, make, &why);
        if (body)
            why = registry.placementError(*body);
        if (body && why.isEmpty())
            why = registry.repetitionError(*body);
        if (!why.isEmpty())
            return fail(lineNumber, why);
        registry.append(std::move(*body));
    }
    registry.sortIndexes();
    if (keep == KeepText::Yes)
        registry.m_text = *text; // shares the buffer the bodies' strings view

    if (error)
        error->clear();
    return registry;
}

QString Registry::placementError(const LocalBody &body) const
{
    if (body.kind == BodyKind::Prefecture) {
        if (body.prefectureCode != body.code) {
            return QStringLiteral(
                "prefecture_code \"%1\" of a prefecture must be its own code \"%2\"")
                .arg(body.prefectureCode, body.code);
        }
    } else {
        const qsizetype prefectureIndex = m_byCode.value(codeNumber(body.prefectureCode), -1);
        if (prefectureIndex < 0 || m_bodies.at(prefectureIndex).kind != BodyKind::Prefecture) {
            return QStringLiteral("prefecture_code \"%1\" is not a prefecture listed above")
                .arg(body.prefectureCode);
        }
    }
    if (QStringView(body.code).left(2) != QStringView(body.prefectureCode).left(2)) {
        return QStringLiteral("code \"%1\" does not belong to prefecture \"%2\"")
            .arg(body.code, body.prefectureCode);
    }
    return {};
}

QString Registry::repetitionError(const LocalBody &body) const
{
    // Every line before this one added one body: body i came from line i + 2 (after the header).
    const qsizetype sameCode = m_byCode.value(codeNumber(body.code), -1);
    if (sameCode >= 0)
        return QStringLiteral("duplicate code \"%1\" (first on line %2)")
            .arg(body.code)
            .arg(sameCode + 2);
    const auto sameName = m_byName.constFind(body.name);
    if (sameName != m_byName.constEnd())
        for (qsizetype i : *sameName)
            if (m_bodies.at(i).prefectureCode == body.prefectureCode)
                return QStringLiteral(
                    "duplicate name \"%1\" in prefecture \"%2\" (first on line %3)")
                    .arg(body.name, body.prefectureCode)
                    .arg(i + 2);
    return {};
}

void Registry::append(LocalBody body)
{
    const qsizetype index = m_bodies.size();
    m_byCode.insert(codeNumber(body.code), index);
    m_byName[body.name].append(index);
    if (body.kind == BodyKind::Prefecture) {
        m_prefectureByName.insert(body.name, index);
        m_municipalities.insert(codeNumber(body.code), {});
    } else {
        m_municipalities[codeNumber(body.prefectureCode)].append(index);
    }
    ++m_countByKind[static_cast<int>(body.kind)];
    m_bodies.append(std::move(body));
}

void Registry::sortIndexes()
{
    // Bodies are appended in file order; lookups promise code order.
    for (auto it = m_byName.begin(); it != m_byName.end(); ++it)
        sortByCode(it.value(), m_bodies);
    for (auto it = m_municipalities.begin(); it != m_municipalities.end(); ++it)
        sortByCode(it.value(), m_bodies);
}

bool Registry::checkDigitValid(QStringView code)
{
    if (code.size() != 6 || !isAsciiDigits(code))
        return false;
    return checkDigitFor(code.left(5)) == code.at(5);
}

const LocalBody *Registry::find(QStringView code) const
{
    const int key = codeNumber(code.trimmed());
    if (key < 0)
        return nullptr;
    const qsizetype index = m_byCode.value(key, -1);
    return index < 0 ? nullptr : &m_bodies.at(index);
}

const LocalBody *Registry::findByName(QStringView prefectureName, QStringView name) const
{
    const auto candidates = m_byName.constFind(name.toString());
    if (candidates == m_byName.constEnd())
        return nullptr;

    if (prefectureName.isEmpty()) {
        if (candidates->size() != 1)
            return nullptr;
        return &m_bodies.at(candidates->constFirst());
    }

    const qsizetype prefectureIndex = m_prefectureByName.value(prefectureName.toString(), -1);
    if (prefectureIndex < 0)
        return nullptr;
    const QString &prefectureCode = m_bodies.at(prefectureIndex).code;
    for (qsizetype index : *candidates) {
        if (m_bodies.at(index).prefectureCode == prefectureCode)
            return &m_bodies.at(index);
    }
    return nullptr;
}

const LocalBody *Registry::prefectureOf(const LocalBody &body) const
{
    const qsizetype index = m_byCode.value(codeNumber(body.prefectureCode), -1);
    if (index < 0 || m_bodies.at(index).kind != BodyKind::Prefecture)
        return nullptr;
    return &m_bodies.at(index);
}

QList<const LocalBody *> Registry::municipalitiesOf(QStringView prefectureCode) const
{
    QList<const LocalBody *> result;
    const LocalBody *prefecture = find(prefectureCode);
    if (!prefecture || prefecture->kind != BodyKind::Prefecture)
        return result;
    const QList<qsizetype> indexes = m_municipalities.value(codeNumber(prefecture->code));
    result.reserve(indexes.size());
    for (qsizetype index : indexes)
        result.append(&m_bodies.at(index));
    return result;
}

QList<const LocalBody *> Registry::search(QStringView query, int limit) const
{
    QList<const LocalBody *> result;
    const QString folded = searchFold(query);
    if (folded.isEmpty())
        return result;
    const bool digits = isAsciiDigits(folded);
    const QList<SearchKey> &keys = searchKeys();

    struct Hit {
        int rank;
        qsizetype index;
    };
    QList<Hit> hits;
    for (qsizetype i = 0; i < m_bodies.size(); ++i) {
        const LocalBody &body = m_bodies.at(i);
        const SearchKey &key = keys.at(i);
        int rank = -1;
        if (key.name == folded || key.kana == folded || (digits && body.code == folded))
            rank = 0;
        else if ((digits && body.code.startsWith(folded)) || key.name.startsWith(folded)
            || key.kana.startsWith(folded))
            rank = 1;
        else if (key.name.contains(folded))
            rank = 2;
        if (rank >= 0)
            hits.append(Hit { rank, i });
    }

    std::sort(hits.begin(), hits.end(), [this](const Hit &a, const Hit &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return m_bodies.at(a.index).code < m_bodies.at(b.index).code;
    });

    const qsizetype n = limit > 0 ? std::min<qsizetype>(limit, hits.size()) : hits.size();
    result.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        result.append(&m_bodies.at(hits.at(i).index));
    return result;
}

const QList<Registry::SearchKey> &Registry::searchKeys() const
{
    std::call_once(m_searchKeys->made, [this] {
        QList<SearchKey> &keys = m_searchKeys->keys;
        keys.reserve(m_bodies.size());
        for (const LocalBody &body : m_bodies)
            keys.append(SearchKey { searchFold(body.name), searchFold(body.kana) });
    });
    return m_searchKeys->keys;
}

const QList<LocalBody> &Registry::all() const
{
    return m_bodies;
}

int Registry::count(BodyKind kind) const
{
    return m_countByKind.value(static_cast<int>(kind), 0);
}

QStringList namesOf(const QStringList &codes, const Registry &registry)
{
    QStringList names;
    names.reserve(codes.size());
    for (const QString &code : codes) {
        const LocalBody *b = registry.find(code);
        names << (b ? b->name : code);
    }
    return names;
}

QString foldForSearch(QStringView text)
{
    return searchFold(text);
}

} // namespace shienplan
