// The JSON tree's parser: one pass over the bytes, recursive descent with a depth limit.

#include "core/interchange/jsontree.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace shienplan::json
{

namespace
{
constexpr quint8 kInteger = 1; // a number's flag
constexpr quint8 kDecoded = 1; // a string's flag: its bytes are in m_decoded
// Deeper than any plan or rule book; deep enough that a hostile file cannot exhaust the stack.
constexpr int kMaxDepth = 512;
// A node's size is 32 bits; no input within the readers' 32 MB limit comes near.
constexpr qsizetype kMaxCount = 0x7fffffff;

// The value of a number written with a fraction or an exponent ("1e3", "10.0e-1", "1.5"),
// exactly: whole and within 64 bits, or nothing. No floating point: 9007199254740993.0 is that
// number, not the nearest binary floating-point value.
std::optional<qint64> exactWholeNumber(QByteArrayView text)
{
    const char *p = text.data();
    const char *end = p + text.size();
    const bool negative = p != end && *p == '-';
    if (negative)
        ++p;
    std::string digits; // from the first to the last non-zero digit of the mantissa
    qint64 scale = 0; // value = digits × 10^scale
    qint64 zeros = 0; // zeros after the last non-zero digit so far
    bool afterPoint = false;
    for (; p != end && *p != 'e' && *p != 'E'; ++p) {
        if (*p == '.') {
            afterPoint = true;
            continue;
        }
        if (afterPoint)
            --scale;
        if (*p == '0') {
            if (!digits.empty())
                ++zeros; // leading zeros say nothing
            continue;
        }
        // A whole number within 64 bits has at most 19 digits from first to last non-zero.
        if (qint64(digits.size()) + zeros >= 19)
            return std::nullopt;
        digits.append(size_t(zeros), '0');
        zeros = 0;
        digits += *p;
    }
    scale += zeros; // 1.50 is 15 × 10^-1
    if (p != end) { // the exponent: saturated far beyond any 64-bit value's 19 digits
        ++p;
        const bool down = p != end && *p == '-';
        if (p != end && (*p == '-' || *p == '+'))
            ++p;
        qint64 e = 0;
        for (; p != end; ++p)
            e = std::min<qint64>(e * 10 + (*p - '0'), 1000000);
        scale += down ? -e : e;
    }
    if (digits.empty())
        return 0;
    if (scale < 0 || qint64(digits.size()) + scale > 19)
        return std::nullopt; // a fraction, or more digits than 2^63 has
    digits.append(size_t(scale), '0');
    if (negative)
        digits.insert(digits.begin(), '-');
    qint64 v = 0;
    const auto r = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (r.ec != std::errc())
        return std::nullopt;
    return v;
}
} // namespace

// The parser fills a tree. A container's children are collected on a scratch stack while it is
// read (a child container is complete, with its own children placed, before its parent goes on)
// and moved to the tree's node array side by side when it closes.
class Parser
{
public:
    Parser(Tree &tree, qsizetype start)
        : m_tree(tree)
        , m_p(tree.m_source.constData() + start)
        , m_begin(tree.m_source.constData())
        , m_end(tree.m_source.constData() + tree.m_source.size())
    {
    }

    bool run()
    {
        skipSpace();
        if (m_p == m_end)
            return fail("the document is empty");
        if (!value(m_tree.m_root, 0))
            return false;
        skipSpace();
        if (m_p != m_end)
            return fail("garbage at the end of the document");
        return true;
    }

    qsizetype errorOffset() const { return m_errorAt - m_begin; }
    QString errorText() const { return m_error ? QString::fromLatin1(m_error) : m_errorText; }

private:
    bool fail(const char *what) { return failAt(m_p, what); }
    bool failAt(const char *at, const char *what)
    {
        m_error = what;
        m_errorAt = at;
        return false;
    }
    bool failAt(const char *at, QString what)
    {
        m_errorText = std::move(what);
        m_error = nullptr;
        m_errorAt = at;
        return false;
    }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool literal(const char *word, detail::Node &out, Type type, qint64 data)
    {
        const size_t n = std::strlen(word);
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
            return fail("illegal value");
        m_p += n;
        out.type = type;
        out.data = data;
        return true;
    }

    bool value(detail::Node &out, int depth)
    {
        if (m_p == m_end)
            return fail("a value is missing");
        switch (*m_p) {
        case '{':
            return container(out, depth + 1, Type::Object);
        case '[':
            return container(out, depth + 1, Type::Array);
        case '"':
            return string(out);
        case 't':
            return literal("true", out, Type::Bool, 1);
        case 'f':
            return literal("false", out, Type::Bool, 0);
        case 'n':
            return literal("null", out, Type::Null, 0);
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return number(out);
            return fail("illegal value");
        }
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool number(detail::Node &out)
    {
        const char *start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return failAt(start, "illegal number");
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        bool whole = true;
        if (m_p != m_end && *m_p == '.') {
            whole = false;
            ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return failAt(start, "illegal number");
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            whole = false;
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return failAt(start, "illegal number");
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p != m_end && (isDigit(*m_p) || *m_p == '.' || *m_p == '-' || *m_p == '+'))
            return failAt(start, "illegal number"); // "01", "1.2.3"
        out.type = Type::Number;
        if (whole) {
            qint64 i = 0;
            const auto r = std::from_chars(start, m_p, i);
            if (r.ec == std::errc() && r.ptr == m_p) {
                out.flags = kInteger;
                out.data = i;
                return true;
            }
        }
        // Anything else keeps its text; its value is worked out exactly when asked for.
        out.size = quint32(m_p - start);
        out.data = start - m_begin;
        return true;
    }

    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Four hex digits after "\u"; -1 when they are not.
    int hex4(const char *p) const
    {
        if (m_end - p < 4)
            return -1;
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hex(p[i]);
            if (h < 0)
                return -1;
            v = v * 16 + h;
        }
        return v;
    }

    static void appendUtf8(std::string &s, char32_t c)
    {
        if (c < 0x80) {
            s += char(c);
        } else if (c < 0x800) {
            s += char(0xC0 | (c >> 6));
            s += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            s += char(0xE0 | (c >> 12));
            s += char(0x80 | ((c >> 6) & 0x3F));
            s += char(0x80 | (c & 0x3F));
        } else {
            s += char(0xF0 | (c >> 18));
            s += char(0x80 | ((c >> 12) & 0x3F));
            s += char(0x80 | ((c >> 6) & 0x3F));
            s += char(0x80 | (c & 0x3F));
        }
    }

    // The length of a valid UTF-8 sequence starting at p (a byte >= 0x80), or 0.
    qsizetype utf8Sequence(const char *p) const
    {
        const auto b = [&](qsizetype i) { return static_cast<unsigned char>(p[i]); };
        const auto cont = [&](qsizetype i) { return p + i < m_end && (b(i) & 0xC0) == 0x80; };
        const unsigned char c = b(0);
        if (c >= 0xC2 && c <= 0xDF)
            return cont(1) ? 2 : 0;
        if (c >= 0xE0 && c <= 0xEF) {
            if (!cont(1) || !cont(2))
                return 0;
            if ((c == 0xE0 && b(1) < 0xA0) || (c == 0xED && b(1) > 0x9F))
                return 0; // overlong, or a UTF-16 surrogate
            return 3;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            if (!cont(1) || !cont(2) || !cont(3))
                return 0;
            if ((c == 0xF0 && b(1) < 0x90) || (c == 0xF4 && b(1) > 0x8F))
                return 0; // overlong, or above U+10FFFF
            return 4;
        }
        return 0;
    }

    bool string(detail::Node &out)
    {
        const char *open = m_p++;
        const char *start = m_p;
        // A string without escapes (nearly all) stays where it is in the input.
        while (m_p != m_end && *m_p != '"' && *m_p != '\\') {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c < 0x20)
                return fail("a control character in a string (write it as \\n, \\t or \\u00XX)");
            if (c < 0x80) {
                ++m_p;
            } else if (const qsizetype n = utf8Sequence(m_p)) {
                m_p += n;
            } else {
                return fail("invalid UTF-8 in a string");
            }
        }
        if (m_p == m_end)
            return failAt(open, "unterminated string");
        out.type = Type::String;
        if (*m_p == '"') {
            if (m_p - start > kMaxCount)
                return failAt(open, "string too long");
            out.size = quint32(m_p - start);
            out.data = start - m_begin;
            ++m_p;
            return true;
        }
        std::string &text = m_tree.m_decoded;
        const size_t first = text.size();
        text.append(start, m_p);
        while (true) {
            if (m_p == m_end)
                return failAt(open, "unterminated string");
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c < 0x20)
                return fail("a control character in a string (write it as \\n, \\t or \\u00XX)");
            if (c >= 0x80) {
                const qsizetype n = utf8Sequence(m_p);
                if (!n)
                    return fail("invalid UTF-8 in a string");
                text.append(m_p, size_t(n));
                m_p += n;
                continue;
            }
            if (c != '\\') {
                text += char(c);
                ++m_p;
                continue;
            }
            const char *escape = m_p++;
            if (m_p == m_end)
                return failAt(open, "unterminated string");
            switch (*m_p++) {
            case '"':
                text += '"';
                break;
            case '\\':
                text += '\\';
                break;
            case '/':
                text += '/';
                break;
            case 'b':
                text += '\b';
                break;
            case 'f':
                text += '\f';
                break;
            case 'n':
                text += '\n';
                break;
            case 'r':
                text += '\r';
                break;
            case 't':
                text += '\t';
                break;
            case 'u': {
                int unit = hex4(m_p);
                if (unit < 0)
                    return failAt(escape, "invalid escape sequence");
                m_p += 4;
                char32_t code = char32_t(unit);
                if (unit >= 0xD800 && unit <= 0xDBFF) { // a pair's first half needs its second
                    const int low = (m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u')
                        ? hex4(m_p + 2)
                        : -1;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return failAt(escape, "invalid escape sequence (a lone UTF-16 surrogate)");
                    m_p += 6;
                    code = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                    return failAt(escape, "invalid escape sequence (a lone UTF-16 surrogate)");
                }
                appendUtf8(text, code);
                break;
            }
            default:
                return failAt(escape, "invalid escape sequence");
            }
        }
        if (text.size() - first > size_t(kMaxCount))
            return failAt(open, "string too long");
        out.flags = kDecoded;
        out.size = quint32(text.size() - first);
        out.data = qint64(first);
        ++m_p;
        return true;
    }

    // Moves the children collected since `mark` to the tree, side by side, under `out`.
    void close(detail::Node &out, Type type, size_t mark, size_t count)
    {
        std::vector<detail::Node> &nodes = m_tree.m_nodes;
        out.type = type;
        out.size = quint32(count);
        out.data = qint64(nodes.size());
        nodes.insert(nodes.end(), m_stack.begin() + qsizetype(mark), m_stack.end());
        m_stack.resize(mark);
    }

    // Records the error when `depth` is past the limit.
    bool tooDeep(int depth)
    {
        if (depth <= kMaxDepth)
            return false;
        fail("too deeply nested document");
        return true;
    }

    // An array or an object: its items, separated by commas, up to the closing bracket.
    bool container(detail::Node &out, int depth, Type type)
    {
        if (tooDeep(depth))
            return false;
        const bool isObject = type == Type::Object;
        const char closer = isObject ? '}' : ']';
        const char *unterminated = isObject ? "unterminated object" : "unterminated array";
        const char *open = m_p++;
        const size_t mark = m_stack.size();
        skipSpace();
        if (m_p != m_end && *m_p == closer) {
            ++m_p;
        } else {
            while (true) {
                skipSpace();
                if (m_p == m_end)
                    return failAt(open, unterminated);
                if (!(isObject ? member(mark, depth) : element(depth)))
                    return false;
                skipSpace();
                if (m_p == m_end)
                    return failAt(open, unterminated);
                if (*m_p == closer)
                    break;
                if (*m_p != ',')
                    return fail("missing value separator (a comma)");
                ++m_p;
            }
            ++m_p;
        }
        const size_t count = (m_stack.size() - mark) / (isObject ? 2 : 1);
        if (count > size_t(kMaxCount))
            return failAt(open, isObject ? "object too long" : "array too long");
        if (isObject)
            m_keyIndexes.remove(mark); // the next object at this depth starts its own
        close(out, type, mark, count);
        return true;
    }

    bool element(int depth)
    {
        detail::Node element;
        if (!value(element, depth))
            return false;
        m_stack.push_back(element);
        return true;
    }

    // "name": value, in the object whose members start at `mark` on the stack.
    bool member(size_t mark, int depth)
    {
        if (*m_p != '"')
            return fail("a member's name must be a string in quotes (\"name\")");
        const char *keyAt = m_p;
        detail::Node key;
        if (!string(key))
            return false;
        if (const QByteArrayView k = bytes(key); isDuplicate(mark, k))
            return failAt(keyAt,
                QStringLiteral("duplicate key \"%1\" in one object")
                    .arg(QString::fromUtf8(k).left(80)));
        m_stack.push_back(key);
        skipSpace();
        if (m_p == m_end || *m_p != ':')
            return fail("missing name separator (a colon)");
        ++m_p;
        skipSpace();
        return element(depth);
    }

    QByteArrayView bytes(const detail::Node &string) const { return m_tree.stringBytes(string); }

    // Whether the object being read (its members from `mark` on the stack) has `key` already.
    // Objects in our formats have a few dozen members at most; a hostile one with many is
    // checked through a sorted index once it is large, so the check stays O(n log n).
    bool isDuplicate(size_t mark, QByteArrayView key)
    {
        const size_t members = (m_stack.size() - mark) / 2;
        if (members < kLinearKeys) {
            for (size_t i = mark; i < m_stack.size(); i += 2)
                if (bytes(m_stack[i]) == key)
                    return true;
            return false;
        }
        return isDuplicateIndexed(mark, key);
    }

    static constexpr size_t kLinearKeys = 32;

    bool isDuplicateIndexed(size_t mark, QByteArrayView key)
    {
        // One index per open large object, keyed by its mark; rebuilt only as it grows.
        auto &index = m_keyIndexes[mark];
        const size_t members = (m_stack.size() - mark) / 2;
        if (index.size() < members) {
            // Copies: a view into the decoded text would move when that text grows.
            for (size_t i = mark + 2 * size_t(index.size()); i < m_stack.size(); i += 2)
                index.insert(bytes(m_stack[i]).toByteArray());
        }
        return index.contains(key.toByteArray());
    }

    Tree &m_tree;
    const char *m_p;
    const char *m_begin;
    const char *m_end;
    std::vector<detail::Node> m_stack;
    QHash<size_t, QSet<QByteArray>> m_keyIndexes;
    const char *m_error = nullptr;
    QString m_errorText;
    const char *m_errorAt = nullptr;
};

std::optional<Tree> Tree::parse(const QByteArray &bytes, qsizetype start, SyntaxError *error)
{
    Tree tree;
    tree.m_source = bytes;
    // Most plans' trees need about one node per ten bytes; reserving that saves the regrowth.
    tree.m_nodes.reserve(size_t(bytes.size() / 12 + 16));
    Parser parser(tree, start);
    if (!parser.run()) {
        if (error)
            *error = SyntaxError { parser.errorOffset(), parser.errorText() };
        return std::nullopt;
    }
    return tree;
}

QByteArrayView Tree::numberBytes(const detail::Node &n) const
{
    return QByteArrayView(m_source.constData() + n.data, qsizetype(n.size));
}

QByteArrayView Tree::stringBytes(const detail::Node &n) const
{
    if (n.flags & kDecoded)
        return QByteArrayView(m_decoded.data() + n.data, qsizetype(n.size));
    return QByteArrayView(m_source.constData() + n.data, qsizetype(n.size));
}

QString Value::toString() const
{
    return isString() ? QString::fromUtf8(utf8()) : QString();
}

QByteArrayView Value::utf8() const
{
    return isString() ? m_tree->stringBytes(*m_node) : QByteArrayView();
}

std::optional<qint64> Value::wholeNumber() const
{
    if (!isNumber())
        return std::nullopt;
    if (m_node->flags & kInteger)
        return m_node->data;
    return exactWholeNumber(m_tree->numberBytes(*m_node));
}

QString Value::numberText() const
{
    if (!isNumber())
        return QString();
    if (m_node->flags & kInteger)
        return QString::number(m_node->data);
    return QString::fromLatin1(m_tree->numberBytes(*m_node));
}

detail::Children Value::children(Type type) const
{
    if (this->type() != type)
        return {};
    return { m_tree, m_tree->m_nodes.data() + m_node->data, qsizetype(m_node->size) };
}

Object Value::toObject() const
{
    return Object(children(Type::Object));
}

Array Value::toArray() const
{
    return Array(children(Type::Array));
}

Value Array::operator[](qsizetype i) const
{
    if (i < 0 || i >= m_c.size)
        return Value();
    return Value(m_c.tree, m_c.first + i);
}

Object::Iterator Object::at(qsizetype member) const
{
    Iterator it;
    it.m_tree = m_c.tree;
    it.m_pair = m_c.first ? m_c.first + 2 * member : nullptr;
    return it;
}

QString Object::Iterator::key() const
{
    return QString::fromUtf8(keyUtf8());
}

QByteArrayView Object::Iterator::keyUtf8() const
{
    return m_tree->stringBytes(*m_pair);
}

Value Object::Iterator::value() const
{
    return Value(m_tree, m_pair + 1);
}

Object::Iterator Object::find(const char *key) const
{
    // Most members differ from `key` in length or at the first byte: no call per member.
    const size_t length = std::strlen(key);
    for (qsizetype i = 0; i < m_c.size; ++i) {
        const detail::Node &k = m_c.first[2 * i];
        if (k.size != length)
            continue;
        const QByteArrayView bytes = m_c.tree->stringBytes(k);
        if (length == 0 || (bytes[0] == key[0] && std::memcmp(bytes.data(), key, length) == 0))
            return at(i);
    }
    return end();
}

Value Object::value(const char *key) const
{
    const auto it = find(key);
    return it == end() ? Value() : it.value();
}

} // namespace shienplan::json
