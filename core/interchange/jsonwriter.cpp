// A small JSON tree that keeps key order and numbers of any size as decimal text.

#include "core/interchange/jsonwriter.h"

#include <cstdio>

namespace shienplan
{

JsonOut JsonOut::boolean(bool b)
{
    JsonOut j;
    j.m_kind = Kind::Bool;
    j.m_scalar = b ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    return j;
}

JsonOut JsonOut::number(const Yen &v)
{
    JsonOut j;
    j.m_kind = Kind::Number;
    j.m_scalar = QByteArray::fromStdString(v.str());
    return j;
}

JsonOut JsonOut::number(qint64 v)
{
    JsonOut j;
    j.m_kind = Kind::Number;
    j.m_scalar = QByteArray::number(v);
    return j;
}

JsonOut JsonOut::string(const QString &s)
{
    JsonOut j;
    j.m_kind = Kind::String;
    j.m_string = s;
    return j;
}

JsonOut JsonOut::array()
{
    JsonOut j;
    j.m_kind = Kind::Array;
    return j;
}

JsonOut JsonOut::object()
{
    JsonOut j;
    j.m_kind = Kind::Object;
    return j;
}

JsonOut JsonOut::optionalNumber(const std::optional<Yen> &v)
{
    return v ? number(*v) : null();
}

JsonOut &JsonOut::insert(const QString &key, JsonOut value)
{
    m_kind = Kind::Object;
    m_members.append({ key, std::move(value) });
    return *this;
}

JsonOut &JsonOut::append(JsonOut value)
{
    m_kind = Kind::Array;
    m_items.append(std::move(value));
    return *this;
}

QByteArray jsonQuote(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

namespace
{
bool isScalar(JsonOut::Kind k)
{
    return k != JsonOut::Kind::Array && k != JsonOut::Kind::Object;
}
void newline(QByteArray &out, int indent)
{
    out += '\n';
    out += QByteArray(indent, ' ');
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
        out += m_scalar;
        return;
    case Kind::String:
        out += jsonQuote(m_string);
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
                inlineItems = inlineItems && isScalar(i.m_kind);
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
        if (m_members.isEmpty()) {
            out += "{}";
            return;
        }
        out += '{';
        for (qsizetype n = 0; n < m_members.size(); ++n) {
            if (n)
                out += ',';
            if (pretty)
                newline(out, indent + 2);
            out += jsonQuote(m_members[n].first);
            out += pretty ? ": " : ":";
            m_members[n].second.write(out, indent + 2, pretty);
        }
        if (pretty)
            newline(out, indent);
        out += '}';
        return;
    }
    }
}

QByteArray JsonOut::toJson() const
{
    QByteArray out;
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
