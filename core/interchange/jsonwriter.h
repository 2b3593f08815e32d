#pragma once

// Output JSON with the key order of the interchange contract and numbers of any size.
// QJsonObject sorts keys and stores numbers as double, which would print a yen amount past
// 2^53 wrongly; this small tree keeps numbers as their decimal text.

#include "core/base/money.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <functional>
#include <string>

namespace shienplan
{

class JsonStream;

class JsonOut
{
public:
    enum class Kind { Null, Bool, Number, String, Array, Object, Rendered };
    // How a tree is written: pretty (two-space indents) or compact.
    enum class Style { Pretty, Compact };

    JsonOut() = default; // null
    static JsonOut null() { return {}; }
    static JsonOut boolean(bool b);
    static JsonOut number(const Yen &v);
    static JsonOut number(qint64 v);
    static JsonOut string(const QString &s);
    // `members`/`items`: how many are coming, when known (room made once, not grown).
    static JsonOut array(qsizetype items = 0);
    static JsonOut object(qsizetype members = 0);
    // An optional amount: the number, or null for an unknown end.
    static JsonOut optionalNumber(const std::optional<Yen> &v);
    // An array or object written now, to be placed `depth` levels down in a tree written in
    // `style`: the parts of a large output are written on several threads, each part's tree
    // freed as soon as it is written. It prints exactly what `value` would print there.
    static JsonOut rendered(const JsonOut &value, int depth, Style style);
    // The same, written by `write` straight into bytes without a tree: for the parts that are
    // most of a large output (a country's evaluations). `write` writes one array or object.
    static JsonOut written(int depth, Style style, const std::function<void(JsonStream &)> &write);

    JsonOut &insert(const QString &key, JsonOut value); // object, keeps insertion order
    JsonOut &insert(const char *key, JsonOut value); // the same, for a key written in the code
    JsonOut &append(JsonOut value); // array
    Kind kind() const { return m_kind; }
    bool isEmptyContainer() const { return m_items.isEmpty(); }

    // Pretty-printed with two-space indents; arrays of plain values stay on one line.
    QByteArray toJson() const;
    QByteArray toCompactJson() const;

private:
    friend class JsonStream;
    void write(QByteArray &out, int indent, bool pretty) const;
    bool isContainer() const;
    // At least the bytes write() makes, so that a large output is allocated once.
    qsizetype sizeBound(int indent) const;
    // A node is what it prints, ready: a country's full batch output is millions of nodes, so
    // each is small and holds bytes, not text to convert later.
    Kind m_kind = Kind::Null;
    int m_renderedIndent = 0; // Rendered: the indent and style it was written for
    bool m_renderedPretty = true;
    QByteArray m_key; // a member's key, quoted
    QByteArray m_text; // number text, "true"/"false", or the string quoted
    QList<JsonOut> m_items; // an array's items or an object's members (each with its m_key)
};

// JSON written as it is made, in exactly the layout JsonOut prints (two-space indents, or
// compact), with no tree in between. Arrays written here hold containers, one per line; an
// array of plain values or any small part can be given as a JsonOut tree with value().
class JsonStream
{
public:
    JsonStream(int indent, JsonOut::Style style);
    JsonStream &beginObject() { return open(true); }
    JsonStream &endObject() { return close(true); }
    JsonStream &beginArray() { return open(false); }
    JsonStream &endArray() { return close(false); }
    JsonStream &key(const char *key); // the next member of the object being written
    JsonStream &value(const QString &s);
    JsonStream &value(const Yen &v);
    JsonStream &value(qint64 v);
    JsonStream &boolean(bool b);
    JsonStream &value(const std::optional<Yen> &v); // null for nothing
    JsonStream &null();
    JsonStream &value(const JsonOut &tree);

private:
    JsonStream &open(bool object);
    JsonStream &close(bool object);
    void nextItem(); // the separator and line before an array's item or an object's member
    void beforeValue(); // a new array item: its separator and line
    int indent() const { return m_baseIndent + 2 * int(m_open.size()); }
    struct Open {
        bool object;
        bool empty;
    };
    friend class JsonOut;
    // Its own buffer, not a QByteArray: a country's output is millions of small appends, and
    // std::string's are inline (QByteArray's are calls into Qt that check for sharing each time).
    std::string m_out;
    const int m_baseIndent;
    const bool m_pretty;
    QVarLengthArray<Open, 16> m_open;
};

QByteArray jsonQuote(const QString &s);

} // namespace shienplan

Q_DECLARE_TYPEINFO(shienplan::JsonOut, Q_RELOCATABLE_TYPE);
