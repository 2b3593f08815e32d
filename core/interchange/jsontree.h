#pragma once

// A read-only JSON tree for the readers of plans, batches and rule books. QJsonDocument turned
// every string into UTF-16 and every object into a sorted CBOR map with a heap block per value;
// reading the country's 1,741 plans spent more in that than in checking and evaluating them.
// Here a parse is two flat arrays: the nodes (16 bytes each, a container's children side by side)
// and the text of the strings that had escapes; every other string is a slice of the input,
// which the tree keeps (a QByteArray shares its buffer, nothing is copied).
//
// The grammar is RFC 8259's, strictly: no comments, no trailing commas, no leading zeros, no
// control characters or invalid UTF-8 inside strings, and no key twice in one object (a plan
// with "expenditure" twice has no single meaning). A number is kept as an integer when it is
// written as one and fits in 64 bits, and otherwise as its text, whose exact value decides
// whether it is a whole number (1e3 and 10.0e-1 are, 1.5 is not); nothing is rounded.

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace shienplan::json
{

enum class Type : quint8 { Undefined, Null, Bool, Number, String, Array, Object };

class Tree;
class Object;
class Array;

namespace detail
{
struct Node {
    Type type = Type::Undefined;
    quint8 flags = 0; // a number: integer or text; a string: in the input or decoded
    quint32 size = 0; // a string's bytes, an array's elements, an object's members
    qint64 data = 0; // an integer, a text's offset, first child's index
};
// An array's elements or an object's key and value nodes, side by side in the tree.
struct Children {
    const Tree *tree = nullptr;
    const Node *first = nullptr;
    qsizetype size = 0; // elements, or members
};
} // namespace detail

// A value in a tree (or nothing, for a member that is not there); valid while the tree lives.
class Value
{
public:
    Value() = default;
    Type type() const { return m_node ? m_node->type : Type::Undefined; }
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool() const { return isBool() && m_node->data != 0; }
    // Empty for anything but a string.
    QString toString() const;
    // The UTF-8 bytes of a string, without a copy while the tree lives.
    QByteArrayView utf8() const;
    // A number that is a whole number within 64 bits (1000, 1e3, -0), or nothing (1.5, 1e300).
    std::optional<qint64> wholeNumber() const;
    // A number as it was written ("1.5", "1e300"), for messages.
    QString numberText() const;
    Object toObject() const; // an empty object for anything but an object
    Array toArray() const; // an empty array for anything but an array

private:
    friend class Tree;
    friend class Object;
    friend class Array;
    Value(const Tree *tree, const detail::Node *node)
        : m_tree(tree)
        , m_node(node)
    {
    }
    detail::Children children(Type type) const; // none unless this is a `type`
    const Tree *m_tree = nullptr;
    const detail::Node *m_node = nullptr;
};

class Array
{
public:
    Array() = default;
    qsizetype size() const { return m_c.size; }
    bool isEmpty() const { return m_c.size == 0; }
    Value operator[](qsizetype i) const;

private:
    friend class Value;
    explicit Array(detail::Children c)
        : m_c(c)
    {
    }
    detail::Children m_c;
};

// An object's members in the order they were written.
class Object
{
public:
    class Iterator
    {
    public:
        QString key() const;
        QByteArrayView keyUtf8() const;
        Value value() const;
        Iterator &operator++()
        {
            m_pair += 2;
            return *this;
        }
        bool operator==(const Iterator &o) const { return m_pair == o.m_pair; }
        bool operator!=(const Iterator &o) const { return m_pair != o.m_pair; }

    private:
        friend class Object;
        const Tree *m_tree = nullptr;
        const detail::Node *m_pair = nullptr; // the key; the value follows it
    };

    Object() = default;
    qsizetype size() const { return m_c.size; }
    bool isEmpty() const { return m_c.size == 0; }
    Iterator begin() const { return at(0); }
    Iterator end() const { return at(m_c.size); }
    // The member named `key` (ASCII, as every key our formats use), or end().
    Iterator find(const char *key) const;
    bool contains(const char *key) const { return find(key) != end(); }
    // The member's value, or an undefined value.
    Value value(const char *key) const;

private:
    friend class Value;
    explicit Object(detail::Children c)
        : m_c(c)
    {
    }
    Iterator at(qsizetype member) const;
    detail::Children m_c;
};

struct SyntaxError {
    qsizetype offset = 0; // in the bytes given to parse
    QString message; // "unterminated string", "duplicate key \"id\""
};

class Tree
{
public:
    // Parses bytes[start..]; on a syntax error returns nothing and fills *error.
    static std::optional<Tree> parse(const QByteArray &bytes, qsizetype start, SyntaxError *error);
    Value root() const { return Value(this, &m_root); }

    Tree(Tree &&) noexcept = default;
    Tree &operator=(Tree &&) noexcept = default;
    Tree(const Tree &) = delete; // values point into it
    Tree &operator=(const Tree &) = delete;

private:
    friend class Value;
    friend class Object;
    friend class Array;
    friend class Parser;
    Tree() = default;
    QByteArrayView stringBytes(const detail::Node &n) const;
    QByteArrayView numberBytes(const detail::Node &n) const;

    QByteArray m_source;
    std::string m_decoded; // strings that had escape sequences, one after another
    std::vector<detail::Node> m_nodes;
    detail::Node m_root;
};

} // namespace shienplan::json
