// Reading a libpq server address. QPSQL builds its own conninfo from host, database, login and
// port and appends the connect options with ';' turned into spaces, so every other keyword
// goes there, quoted the way libpq reads a quoted value.

#include "core/server/serveraddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace shienplan
{

namespace
{

// libpq keywords ShienPlan passes on; anything else is most likely a typing mistake, and libpq
// would refuse it with a less helpful message.
const char *const kKnownOptions[] = { "sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl",
    "sslcompression", "sslsni", "connect_timeout", "application_name", "keepalives",
    "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout",
    "target_session_attrs", "hostaddr", "options", "gssencmode", "krbsrvname", "requirepeer",
    "ssl_min_protocol_version", "channel_binding", "service", "passfile" };

bool known(const QString &key)
{
    for (const char *k : kKnownOptions)
        if (key == QLatin1String(k))
            return true;
    return false;
}

[[noreturn]] void bad(const QString &message)
{
    throw ServerError(ServerError::BadInput, message);
}

void put(ServerAddress &a, const QString &key, const QString &value)
{
    if (key == QLatin1String("password"))
        bad(QStringLiteral("the server address holds a password: give it through PGPASSWORD or "
                           "standard input instead"));
    if (key == QLatin1String("host")) {
        a.host = value;
    } else if (key == QLatin1String("port")) {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            bad(QStringLiteral("port \"%1\" of the server address is not a port number")
                    .arg(value));
        a.port = port;
    } else if (key == QLatin1String("dbname")) {
        a.database = value;
    } else if (key == QLatin1String("user")) {
        a.login = value;
    } else if (known(key)) {
        // QPSQL turns every ';' of the options into a space: such a value cannot be passed.
        if (value.contains(u';'))
            bad(QStringLiteral("%1 of the server address contains ';', which cannot be passed on")
                    .arg(key));
        a.options.append({ key, value });
    } else {
        bad(QStringLiteral("\"%1\" is not a connection setting ShienPlan knows (sslmode, "
                           "sslrootcert, connect_timeout, …)")
                .arg(key));
    }
}

ServerAddress parseUri(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        bad(QStringLiteral("the server address is not a valid postgresql:// URI"));
    if (!url.password().isEmpty())
        bad(QStringLiteral("the server address holds a password: give it through PGPASSWORD or "
                           "standard input instead"));
    ServerAddress a;
    a.login = url.userName(QUrl::FullyDecoded);
    a.host = url.host(QUrl::FullyDecoded);
    // A socket folder may be written into the host part percent-encoded (%2Ftmp%2Fpg).
    if (a.host.isEmpty() && text.contains(QStringLiteral("%2F"), Qt::CaseInsensitive)) {
        const QString authority = text.mid(text.indexOf(QStringLiteral("//")) + 2)
                                      .section(u'/', 0, 0)
                                      .section(u'@', -1)
                                      .section(u'?', 0, 0);
        a.host = QUrl::fromPercentEncoding(authority.section(u':', 0, 0).toUtf8());
    }
    a.port = url.port(-1);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    a.database = path;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        put(a, key, value);
    return a;
}

// key=value pairs separated by spaces; a value may be single-quoted with \' and \\ inside.
ServerAddress parseKeywords(const QString &text)
{
    ServerAddress a;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype eq = text.indexOf(u'=', i);
        if (eq < 0)
            bad(QStringLiteral("\"%1\" in the server address has no value (key=value)")
                    .arg(text.mid(i).section(u' ', 0, 0)));
        const QString key = text.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && text[i].isSpace())
            ++i;
        QString value;
        if (i < n && text[i] == u'\'') {
            ++i;
            bool closed = false;
            while (i < n) {
                if (text[i] == u'\\' && i + 1 < n) {
                    value += text[i + 1];
                    i += 2;
                } else if (text[i] == u'\'') {
                    ++i;
                    closed = true;
                    break;
                } else {
                    value += text[i++];
                }
            }
            if (!closed)
                bad(QStringLiteral("the quoted value of %1 in the server address is not closed")
                        .arg(key));
        } else {
            while (i < n && !text[i].isSpace())
                value += text[i++];
        }
        put(a, key, value);
    }
    return a;
}

QString quoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

} // namespace

ServerAddress ServerAddress::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        bad(QStringLiteral("the server address is empty"));
    if (t.startsWith(QStringLiteral("postgresql://"))
        || t.startsWith(QStringLiteral("postgres://")))
        return parseUri(t);
    if (t.contains(u'=') && !t.contains(QStringLiteral("://")))
        return parseKeywords(t);
    bad(QStringLiteral("the server address \"%1\" is neither a postgresql:// URI nor libpq "
                       "keywords (host=… dbname=…)")
            .arg(t));
}

QString ServerAddress::option(const QString &key) const
{
    for (const auto &[k, v] : options)
        if (k == key)
            return v;
    return {};
}

QString ServerAddress::connectOptions() const
{
    QStringList parts;
    for (const auto &[k, v] : options)
        parts << k + u'=' + quoted(v);
    if (option(QStringLiteral("connect_timeout")).isEmpty())
        parts << QStringLiteral("connect_timeout=10");
    return parts.join(u';');
}

QString ServerAddress::describe() const
{
    const QString where = host.isEmpty()
        ? QStringLiteral("the local server")
        : host + (port > 0 ? u':' + QString::number(port) : QString());
    return (database.isEmpty() ? QStringLiteral("the database")
                               : QStringLiteral("database ") + database)
        + QStringLiteral(" on ") + where;
}

} // namespace shienplan
