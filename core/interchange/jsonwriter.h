#pragma once

// Output JSON with the key order of the interchange contract and numbers of any size.
// QJsonObject sorts keys and stores numbers as double, which would print a yen amount past
// 2^53 wrongly; this small tree keeps numbers as their decimal text.

#include "core/base/money.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace shienplan
{

class JsonOut
{
public:
    enum class Kind { Null, Bool, Number, String, Array, Object };

    JsonOut() = default; // null
    static JsonOut null() { return {}; }
    static JsonOut boolean(bool b);
    static JsonOut number(const Yen &v);
    static JsonOut number(qint64 v);
    static JsonOut string(const QString &s);
    static JsonOut array();
    static JsonOut object();
    // An optional amount: the number, or null for an unknown end.
    static JsonOut optionalNumber(const std::optional<Yen> &v);

    JsonOut &insert(const QString &key, JsonOut value); // object, keeps insertion order
    JsonOut &insert(const char *key, JsonOut value); // the same, for a key written in the code
    JsonOut &append(JsonOut value); // array
    Kind kind() const { return m_kind; }
    bool isEmptyContainer() const { return m_items.isEmpty(); }

    // Pretty-printed with two-space indents; arrays of plain values stay on one line.
    QByteArray toJson() const;
    QByteArray toCompactJson() const;

private:
    void write(QByteArray &out, int indent, bool pretty) const;
    // A node is what it prints, ready: a country's full batch output is millions of nodes, so
    // each is small and holds bytes, not text to convert later.
    Kind m_kind = Kind::Null;
    QByteArray m_key; // a member's key, quoted
    QByteArray m_text; // number text, "true"/"false", or the string quoted
    QList<JsonOut> m_items; // an array's items or an object's members (each with its m_key)
};

QByteArray jsonQuote(const QString &s);

} // namespace shienplan

Q_DECLARE_TYPEINFO(shienplan::JsonOut, Q_RELOCATABLE_TYPE);
