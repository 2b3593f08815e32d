#pragma once

// Where the prefecture's server is: a libpq URI (postgresql://LOGIN@HOST:PORT/DB?sslmode=…) or
// libpq's keyword form (host=/path/to/socket dbname=…), read into what QSqlDatabase takes. The
// password is never part of it: it comes from PGPASSWORD, ~/.pgpass or the caller.

#include <QList>
#include <QPair>
#include <QString>

#include <stdexcept>

namespace shienplan
{

// What went wrong talking to the server, as one line for a person, and of which kind: the
// command line turns Refused into exit 3 and Unreachable into exit 4.
struct ServerError : std::exception {
    enum Kind {
        BadInput, // the address or a value cannot be used (exit 2)
        Refused, // the server answered no: authentication, permission, row security, workflow
        Unreachable, // no connection, lost connection, or the transaction failed: nothing changed
        PasswordNeeded, // the server asks for a password and none was given
    };
    Kind kind;
    QString message;
    ServerError(Kind k, QString m)
        : kind(k)
        , message(std::move(m))
    {
    }
    const char *what() const noexcept override { return "shienplan server error"; }
};

struct ServerAddress {
    QString host; // a name, an address or a socket folder; empty: libpq's default
    int port = -1; // -1: libpq's default (5432)
    QString database; // empty: libpq's default (the login's name)
    QString login; // empty: libpq's default (the operating system account)
    QList<QPair<QString, QString>> options; // sslmode, sslrootcert, connect_timeout, …

    // Throws ServerError(BadInput) naming the problem: not a postgresql:// URI nor keywords,
    // a password in it, a value QPSQL cannot pass.
    static ServerAddress parse(const QString &text);
    QString option(const QString &key) const;
    // The options as QSqlDatabase::setConnectOptions takes them (key='value';…), with a
    // connect_timeout unless one is given, so that a dead server is an answer, not a hang.
    QString connectOptions() const;
    // For messages: "db on host:port" without anything secret.
    QString describe() const;
};

} // namespace shienplan
