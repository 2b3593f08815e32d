// Reading user files defensively: every failure is an InputError naming its place.

#include "core/interchange/inputfile.h"

#include <QFile>
#include <QFileInfo>

namespace shienplan
{

QByteArray readInputFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw InputError({}, QStringLiteral("no such file"));
    if (info.isDir())
        throw InputError({}, QStringLiteral("is a folder, not a file"));
    // A pipe with no writer would block the open for ever, a device never ends: only a
    // regular file (or a link to one) is read.
    if (!info.isFile())
        throw InputError({}, QStringLiteral("is not a regular file (a pipe, socket or device)"));
    if (info.size() > maxBytes)
        throw InputError({},
            QStringLiteral("file is %1 MB; the limit is %2 MB")
                .arg(info.size() / (1024 * 1024))
                .arg(maxBytes / (1024 * 1024)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError({}, QStringLiteral("cannot be read: %1").arg(f.errorString()));
    // Read one byte past the limit so a file that grew after the size check is still refused.
    QByteArray bytes = f.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        throw InputError({},
            QStringLiteral("file is larger than the limit of %1 MB").arg(maxBytes / (1024 * 1024)));
    if (bytes.trimmed().isEmpty())
        throw InputError({}, QStringLiteral("file is empty"));
    return bytes;
}

QPair<int, int> lineColumnAt(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return { line, column };
}

json::Tree parseJson(const QByteArray &bytes)
{
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a BOM from Windows editors
    json::SyntaxError err;
    auto tree = json::Tree::parse(bytes, start, &err);
    if (!tree) {
        const auto [line, column] = lineColumnAt(bytes.mid(start), err.offset - start);
        throw InputError(QStringLiteral("line %1, column %2").arg(line).arg(column),
            QStringLiteral("invalid JSON: %1").arg(err.message));
    }
    return std::move(*tree);
}

namespace json
{

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString index(const QString &path, qsizetype i)
{
    // Built for every element a reader visits: concatenation, not QString::arg (5 times faster).
    return path + u'[' + QString::number(i) + u']';
}

Path Path::member(const char *key) const
{
    Path p;
    p.m_parent = this;
    p.m_key = key;
    return p;
}

Path Path::member(const QString &key) const
{
    Path p;
    p.m_parent = this;
    p.m_written = key;
    return p;
}

Path Path::element(qsizetype i) const
{
    Path p;
    p.m_parent = this;
    p.m_index = i;
    return p;
}

QString Path::text() const
{
    if (!m_parent)
        return m_written;
    if (m_index >= 0)
        return index(m_parent->text(), m_index);
    return join(m_parent->text(), m_key ? QString::fromLatin1(m_key) : m_written);
}

QString typeName(const Value &v)
{
    switch (v.type()) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return QStringLiteral("a boolean");
    case Type::Number:
        return QStringLiteral("a number");
    case Type::String:
        return QStringLiteral("a string");
    case Type::Array:
        return QStringLiteral("an array");
    case Type::Object:
        return QStringLiteral("an object");
    case Type::Undefined:
        return QStringLiteral("nothing");
    }
    return QStringLiteral("an unknown value");
}

Object object(const Value &v, const Path &path)
{
    if (!v.isObject())
        throw InputError(path, QStringLiteral("must be an object, got %1").arg(typeName(v)));
    return v.toObject();
}

Array array(const Value &v, const Path &path)
{
    if (!v.isArray())
        throw InputError(path, QStringLiteral("must be an array, got %1").arg(typeName(v)));
    return v.toArray();
}

QString string(const Value &v, const Path &path)
{
    if (!v.isString())
        throw InputError(path, QStringLiteral("must be a string, got %1").arg(typeName(v)));
    return v.toString();
}

bool boolean(const Value &v, const Path &path)
{
    if (!v.isBool())
        throw InputError(path, QStringLiteral("must be true or false, got %1").arg(typeName(v)));
    return v.toBool();
}

qint64 integer(const Value &v, const Path &path, qint64 min, qint64 max)
{
    if (!v.isNumber())
        throw InputError(path, QStringLiteral("must be a whole number, got %1").arg(typeName(v)));
    const auto n = v.wholeNumber();
    if (!n)
        throw InputError(
            path, QStringLiteral("must be a whole number, got %1").arg(v.numberText()));
    if (*n < min || *n > max)
        throw InputError(
            path, QStringLiteral("must be between %1 and %2, got %3").arg(min).arg(max).arg(*n));
    return *n;
}

Yen yen(const Value &v, const Path &path)
{
    if (!v.isNumber())
        throw InputError(
            path, QStringLiteral("must be a whole number of yen, got %1").arg(typeName(v)));
    const auto n = v.wholeNumber();
    if (!n)
        throw InputError(path,
            QStringLiteral("must be a whole number of yen (no fractions, at "
                           "most 9,223,372,036,854,775,807), got %1")
                .arg(v.numberText()));
    if (*n < 0)
        throw InputError(path, QStringLiteral("must not be negative, got %1").arg(*n));
    return Yen(*n);
}

Fraction fraction(const Value &v, const Path &path)
{
    if (!v.isString())
        throw InputError(path,
            QStringLiteral("must be a fraction written as a string \"n/d\", "
                           "got %1")
                .arg(typeName(v)));
    const QString text = v.toString();
    const auto f = parseFraction(text);
    if (!f)
        throw InputError(path,
            QStringLiteral("must be a fraction \"n/d\" with whole numbers "
                           "and d > 0, got \"%1\"")
                .arg(text));
    if (*f > 1)
        throw InputError(path, QStringLiteral("must be between 0 and 1, got \"%1\"").arg(text));
    return *f;
}

Value required(const Object &o, const Path &path, const char *key)
{
    const auto it = o.find(key);
    if (it == o.end())
        throw InputError(path.member(key), QStringLiteral("is missing"));
    return it.value();
}

std::optional<Value> optional(const Object &o, const char *key)
{
    const auto it = o.find(key);
    if (it == o.end() || it.value().isNull())
        return std::nullopt;
    return it.value();
}

} // namespace json
} // namespace shienplan
