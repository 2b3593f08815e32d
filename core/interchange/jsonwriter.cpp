// A small JSON tree that keeps key order and numbers of any size as decimal text.

#include "core/interchange/jsonwriter.h"

#include <charconv>

#include <QHash>

#include <cstring>
#include <limits>
#include <type_traits>

namespace shienplan
{

namespace
{

bool startsPair(char16_t c, const char16_t *next, const char16_t *end)
{
    return c >= 0xd800 && c < 0xdc00 && next < end && *next >= 0xdc00 && *next <= 0xdfff;
}

// The short escape of an ASCII character, or 0 when it has none.
char shortEscape(char16_t c)
{
    switch (c) {
    case '"':
        return '"';
    case '\\':
        return '\\';
    case '\n':
        return 'n';
    case '\r':
        return 'r';
    case '\t':
        return 't';
    case '\b':
        return 'b';
    case '\f':
        return 'f';
    default:
        return 0;
    }
}

// How many bytes `s` takes as a quoted JSON string, so that it is written into space of exactly
// that size (a country's output holds millions of strings: no slack, no temporary copy).
qsizetype quotedSize(QStringView s)
{
    qsizetype n = 2;
    const char16_t *u = s.utf16();
    const char16_t *end = u + s.size();
    while (u < end) {
        const char16_t c = *u++;
        if (c < 0x80)
            n += shortEscape(c) ? 2 : c < 0x20 ? 6 : 1;
        else if (c < 0x800)
            n += 2;
        else if (c < 0xd800 || c > 0xdfff)
            n += 3;
        else if (startsPair(c, u, end))
            n += 4, ++u;
        else
            n += QStringView(&c, 1).toUtf8().size();
    }
    return n;
}

// `s` as a quoted JSON string, in UTF-8, appended to `out` (a QByteArray, or a JsonStream's
// std::string). A lone surrogate goes through QString::toUtf8 so that the bytes stay exactly
// Qt's.
template <class Bytes> void appendQuoted(Bytes &out, QStringView s)
{
    // A QByteArray (a tree's node: millions of them) is given exactly its size; a stream's
    // buffer is given room for the longest the text can be (six bytes a character, for \u00XX)
    // and cut back after: one pass over the text instead of two.
    constexpr bool exact = std::is_same_v<Bytes, QByteArray>;
    const qsizetype start = qsizetype(out.size());
    out.resize(start + (exact ? quotedSize(s) : 2 + 6 * s.size()));
    char *p = out.data() + start;
    *p++ = '"';
    const char16_t *u = s.utf16();
    const char16_t *end = u + s.size();
    while (u < end) {
        const char16_t c = *u++;
        if (c < 0x80) {
            if (const char e = shortEscape(c)) {
                *p++ = '\\';
                *p++ = e;
            } else if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                for (char b : { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf] })
                    *p++ = b;
            } else {
                *p++ = char(c);
            }
        } else if (c < 0x800) {
            *p++ = char(0xc0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (c < 0xd800 || c > 0xdfff) {
            *p++ = char(0xe0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (startsPair(c, u, end)) {
            const char32_t cp
                = 0x10000 + ((char32_t(c) - 0xd800) << 10) + (char32_t(*u++) - 0xdc00);
            *p++ = char(0xf0 | (cp >> 18));
            *p++ = char(0x80 | ((cp >> 12) & 0x3f));
            *p++ = char(0x80 | ((cp >> 6) & 0x3f));
            *p++ = char(0x80 | (cp & 0x3f));
        } else {
            for (char b : QStringView(&c, 1).toUtf8())
                *p++ = b;
        }
    }
    *p++ = '"';
    if constexpr (exact)
        Q_ASSERT(p == out.constData() + out.size());
    else
        out.resize(p - out.data());
}

} // namespace

JsonOut JsonOut::boolean(bool b)
{
    JsonOut j;
    j.m_kind = Kind::Bool;
    j.m_text = b ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    return j;
}

namespace
{
// The texts a country's output repeats in every plan (a citation, a value's label, a rule book's
// source) are one shared string each, held by a memo or a rule book: each thread quotes them
// once. The cache holds a reference to every string it keeps, so its buffer cannot be freed and
// reused while it is a key: the same buffer and length are the same text. A string nobody else
// holds (an explanation step) is quoted directly.
class QuotedStrings
{
public:
    const QByteArray *find(const QString &s)
    {
        const auto it = m_quoted.constFind(Key { s.constData(), s.size() });
        return it == m_quoted.constEnd() ? nullptr : &it->bytes;
    }
    const QByteArray &add(const QString &s)
    {
        if (m_quoted.size() >= kMaxStrings)
            m_quoted.clear();
        Entry e { s, {} };
        appendQuoted(e.bytes, s);
        return m_quoted.insert(Key { s.constData(), s.size() }, std::move(e))->bytes;
    }

private:
    static constexpr qsizetype kMaxStrings = 4096;
    struct Key {
        const QChar *data;
        qsizetype size;
        bool operator==(const Key &o) const { return data == o.data && size == o.size; }
    };
    friend size_t qHash(const Key &k, size_t seed)
    {
        return qHashMulti(seed, quintptr(k.data), k.size);
    }
    struct Entry {
        QString held;
        QByteArray bytes;
    };
    QHash<Key, Entry> m_quoted;
};

// A string nobody else holds (an explanation step) is quoted where it goes; one that is shared
// (a citation, a label) is quoted once per thread.
template <class Bytes> void appendString(Bytes &out, const QString &s)
{
    if (s.isDetached()) {
        appendQuoted(out, s);
        return;
    }
    thread_local QuotedStrings shared;
    const QByteArray *known = shared.find(s);
    const QByteArray &quoted = known ? *known : shared.add(s);
    out.append(quoted.constData(), quoted.size());
}

// A key written in the code: plain ASCII (letters, digits, "_") goes straight in.
template <class Bytes> void appendKey(Bytes &out, const char *key)
{
    const char *k = key;
    while (*k
        && ((*k >= 'a' && *k <= 'z') || (*k >= 'A' && *k <= 'Z') || (*k >= '0' && *k <= '9')
            || *k == '_'))
        ++k;
    if (*k) {
        appendQuoted(out, QString::fromUtf8(key));
        return;
    }
    out += '"';
    out.append(key, k - key);
    out += '"';
}

template <class Bytes> void appendInteger(Bytes &out, qint64 v)
{
    char digits[24];
    const auto r = std::to_chars(digits, digits + sizeof digits, v);
    out.append(digits, r.ptr - digits);
}

template <class Bytes> void appendYen(Bytes &out, const Yen &v)
{
    // Nearly every amount fits in 64 bits; converting those directly spares Boost's string.
    if (v >= std::numeric_limits<qint64>::min() && v <= std::numeric_limits<qint64>::max()) {
        appendInteger(out, static_cast<qint64>(v));
    } else {
        const std::string digits = v.str();
        out.append(digits.data(), qsizetype(digits.size()));
    }
}
} // namespace

JsonOut JsonOut::string(const QString &s)
{
    JsonOut j;
    j.m_kind = Kind::String;
    appendString(j.m_text, s);
    return j;
}

JsonOut JsonOut::number(const Yen &v)
{
    JsonOut j;
    j.m_kind = Kind::Number;
    appendYen(j.m_text, v);
    return j;
}

JsonOut JsonOut::number(qint64 v)
{
    JsonOut j;
    j.m_kind = Kind::Number;
    appendInteger(j.m_text, v);
    return j;
}

JsonOut JsonOut::array(qsizetype items)
{
    JsonOut j;
    j.m_kind = Kind::Array;
    j.m_items.reserve(items);
    return j;
}

JsonOut JsonOut::object(qsizetype members)
{
    JsonOut j;
    j.m_kind = Kind::Object;
    j.m_items.reserve(members);
    return j;
}

JsonOut JsonOut::optionalNumber(const std::optional<Yen> &v)
{
    return v ? number(*v) : null();
}

JsonOut JsonOut::rendered(const JsonOut &value, int depth, Style style)
{
    Q_ASSERT(value.isContainer());
    JsonOut j;
    j.m_kind = Kind::Rendered;
    j.m_renderedIndent = 2 * depth;
    j.m_renderedPretty = style == Style::Pretty;
    j.m_text.reserve(value.sizeBound(j.m_renderedIndent));
    value.write(j.m_text, j.m_renderedIndent, j.m_renderedPretty);
    return j;
}

JsonOut JsonOut::written(int depth, Style style, const std::function<void(JsonStream &)> &write)
{
    JsonOut j;
    j.m_kind = Kind::Rendered;
    j.m_renderedIndent = 2 * depth;
    j.m_renderedPretty = style == Style::Pretty;
    JsonStream stream(j.m_renderedIndent, style);
    write(stream);
    j.m_text = QByteArray(stream.m_out.data(), qsizetype(stream.m_out.size()));
    return j;
}

bool JsonOut::isContainer() const
{
    return m_kind == Kind::Array || m_kind == Kind::Object || m_kind == Kind::Rendered;
}

JsonOut &JsonOut::insert(const QString &key, JsonOut value)
{
    m_kind = Kind::Object;
    value.m_key.clear();
    appendQuoted(value.m_key, key);
    m_items.append(std::move(value));
    return *this;
}

JsonOut &JsonOut::insert(const char *key, JsonOut value)
{
    // The same few dozen literal keys are inserted millions of times: each thread keeps their
    // quoted bytes (shared, not copied), found by address and confirmed by content, since a
    // pointer alone could be a reused buffer.
    struct Quoted {
        const char *key;
        QByteArray bytes;
    };
    thread_local QList<Quoted> cache;
    const Quoted *hit = nullptr;
    for (const Quoted &q : cache)
        if (q.key == key && q.bytes.size() == qsizetype(std::strlen(key)) + 2
            && std::memcmp(q.bytes.constData() + 1, key, q.bytes.size() - 2) == 0) {
            hit = &q;
            break;
        }
    m_kind = Kind::Object;
    if (hit) {
        value.m_key = hit->bytes;
    } else {
        value.m_key.clear();
        appendQuoted(value.m_key, QString::fromUtf8(key));
        if (cache.size() < 256)
            cache.append({ key, value.m_key });
    }
    m_items.append(std::move(value));
    return *this;
}

JsonOut &JsonOut::append(JsonOut value)
{
    m_kind = Kind::Array;
    value.m_key.clear();
    m_items.append(std::move(value));
    return *this;
}

QByteArray jsonQuote(const QString &s)
{
    QByteArray out;
    appendQuoted(out, s);
    return out;
}

namespace
{
template <class Bytes> void newline(Bytes &out, int indent)
{
    // One append for the line break and the usual indents (a country's output has a million).
    static const char line[] = "\n                                                                ";
    if (indent < int(sizeof line) - 1) {
        out.append(line, indent + 1);
        return;
    }
    out += '\n';
    out.append(indent, ' ');
}
} // namespace

void JsonOut::write(QByteArray &out, int indent, bool pretty) const
{
    switch (m_kind) {
    case Kind::Null:
        out += "null";
        return;
    case Kind::Bool:
    case Kind::Number:
    case Kind::String:
        out += m_text;
        return;
    case Kind::Rendered:
        // Written for one place in one style; anywhere else its indents would be wrong.
        Q_ASSERT(indent == m_renderedIndent && pretty == m_renderedPretty);
        out += m_text;
        return;
    case Kind::Array: {
        if (m_items.isEmpty()) {
            out += "[]";
            return;
        }
        bool inlineItems = !pretty;
        if (pretty) {
            inlineItems = true;
            for (const auto &i : m_items)
                inlineItems = inlineItems && !i.isContainer();
        }
        out += '[';
        for (qsizetype n = 0; n < m_items.size(); ++n) {
            if (n)
                out += inlineItems && pretty ? ", " : ",";
            if (!inlineItems)
                newline(out, indent + 2);
            m_items[n].write(out, indent + 2, pretty);
        }
        if (!inlineItems)
            newline(out, indent);
        out += ']';
        return;
    }
    case Kind::Object: {
        if (m_items.isEmpty()) {
            out += "{}";
            return;
        }
        out += '{';
        for (qsizetype n = 0; n < m_items.size(); ++n) {
            if (n)
                out += ',';
            if (pretty)
                newline(out, indent + 2);
            out += m_items[n].m_key;
            out += pretty ? ": " : ":";
            m_items[n].write(out, indent + 2, pretty);
        }
        if (pretty)
            newline(out, indent);
        out += '}';
        return;
    }
    }
}

qsizetype JsonOut::sizeBound(int indent) const
{
    qsizetype n = m_text.size() + 5; // a scalar, "null", or a rendered part
    for (const JsonOut &item : m_items) // each on its own line: indent, key, ": ", value, ","
        n += indent + 6 + item.m_key.size() + item.sizeBound(indent + 2);
    return n + indent + 2;
}

JsonStream::JsonStream(int indent, JsonOut::Style style)
    : m_baseIndent(indent)
    , m_pretty(style == JsonOut::Style::Pretty)
{
    m_out.reserve(16 * 1024); // one plan's evaluation, explained, without growing
}

void JsonStream::nextItem()
{
    Open &open = m_open.back();
    if (!open.empty)
        m_out += ',';
    open.empty = false;
    if (m_pretty)
        newline(m_out, indent());
}

void JsonStream::beforeValue()
{
    if (m_open.isEmpty() || m_open.back().object)
        return; // the whole, or a member whose key is written
    nextItem();
}

JsonStream &JsonStream::open(bool object)
{
    beforeValue();
    m_out += object ? '{' : '[';
    m_open.append({ object, true });
    return *this;
}

JsonStream &JsonStream::close(bool object)
{
    Q_ASSERT(!m_open.isEmpty() && m_open.back().object == object);
    const bool empty = m_open.back().empty;
    m_open.removeLast();
    if (!empty && m_pretty)
        newline(m_out, indent());
    m_out += object ? '}' : ']';
    return *this;
}

JsonStream &JsonStream::key(const char *key)
{
    Q_ASSERT(!m_open.isEmpty() && m_open.back().object);
    nextItem();
    appendKey(m_out, key);
    m_out += m_pretty ? ": " : ":";
    return *this;
}

JsonStream &JsonStream::value(const QString &s)
{
    beforeValue();
    appendString(m_out, s);
    return *this;
}

JsonStream &JsonStream::value(const Yen &v)
{
    beforeValue();
    appendYen(m_out, v);
    return *this;
}

JsonStream &JsonStream::value(qint64 v)
{
    beforeValue();
    appendInteger(m_out, v);
    return *this;
}

JsonStream &JsonStream::boolean(bool b)
{
    beforeValue();
    m_out += b ? "true" : "false";
    return *this;
}

JsonStream &JsonStream::value(const std::optional<Yen> &v)
{
    return v ? value(*v) : null();
}

JsonStream &JsonStream::null()
{
    beforeValue();
    m_out += "null";
    return *this;
}

JsonStream &JsonStream::value(const JsonOut &tree)
{
    beforeValue();
    QByteArray bytes;
    tree.write(bytes, indent(), m_pretty);
    m_out.append(bytes.constData(), size_t(bytes.size()));
    return *this;
}

QByteArray JsonOut::toJson() const
{
    QByteArray out;
    out.reserve(sizeBound(0) + 1);
    write(out, 0, true);
    out += '\n';
    return out;
}

QByteArray JsonOut::toCompactJson() const
{
    QByteArray out;
    write(out, 0, false);
    return out;
}

} // namespace shienplan
