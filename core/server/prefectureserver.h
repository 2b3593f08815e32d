#pragma once

// The prefecture's shared workspace on a PostgreSQL server (issue 16), for the command line and
// the window alike: plain methods that return what the server holds or throw ServerError (one
// line for a person, and whether the server refused or could not be reached). Nothing here
// prints. One object is one connection (QPSQL); use one per thread.
//
// Every step is one transaction; every statement that carries a value is prepared and its
// values bound. Who the user is comes from the server (the login mapped to a body and a role by
// the owner); row-level security decides what each login sees, so the same queries serve a
// planner (their body), an officer (their prefecture) and the owner (everything).

#include "core/engine/engine.h"
#include "core/server/serveraddress.h"
#include "core/server/submission.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shienplan
{

class Registry;

struct ServerUser {
    QString login;
    QString role; // planner, officer, or owner (the schema's owner: every body, no workflow)
    QString bodyCode; // empty for the owner
    QString prefectureCode;
};

struct ServerRequest { // the 照会 of a prefecture for a year
    QString prefectureCode;
    int fiscalYear = 0;
    std::optional<QDate> deadline;
    QString note;
    QString openedBy;
    QDateTime openedAt;
};

struct BodyStatus {
    QString code;
    QString name;
    QString prefectureCode;
    QString status = QStringLiteral("none"); // none, submitted, returned, accepted
    int version = 0; // of the latest submission; 0: none
    QString comment; // of the latest review of that version
    QString submittedBy;
    QDateTime submittedAt;
    QString reviewedBy;
    QDateTime reviewedAt;
    QString title;
    QString sha256;
    int alternatives = 0;
    QString adopted;
    bool eligible = false;
    Totals totals;
};

struct PulledSubmission {
    BodyStatus status;
    QString fileName;
    QByteArray document;
    QByteArray plansJson;
};

class PrefectureServer
{
public:
    PrefectureServer();
    ~PrefectureServer();
    PrefectureServer(const PrefectureServer &) = delete;
    PrefectureServer &operator=(const PrefectureServer &) = delete;

    // An empty password lets libpq find one (PGPASSWORD, ~/.pgpass) or use none (a socket
    // with peer authentication). Throws ServerError: PasswordNeeded, Refused, Unreachable.
    void connect(const ServerAddress &address, const QString &password = {});
    void close();
    bool isConnected() const;
    const ServerAddress &address() const { return m_address; }

    // The owner's: create the schema, roles and policies, or migrate them to this version.
    // Returns {version before, version after}.
    QPair<int, int> init();
    // The owner's: a login for a body as planner or officer (an officer's body is a prefecture),
    // or its new body, role or password; the registry checks the body.
    void putUser(const QString &login, const QString &password, const QString &bodyCode,
        const QString &role, const Registry &registry);
    void revokeUser(const QString &login);

    ServerUser whoAmI();
    void openRequest(int fiscalYear, std::optional<QDate> deadline, const QString &note);
    std::optional<ServerRequest> request(int fiscalYear);
    int submit(const Submission &s); // the version it became
    int review(const QString &bodyCode, int fiscalYear, bool accept, const QString &comment);
    // Every body this login may see, with its latest version: a planner's own body, an
    // officer's prefecture (itself and each municipality, 未提出 ones included), or for the
    // owner every body of the registry. In registry order.
    QList<BodyStatus> status(int fiscalYear, const Registry &registry);
    // The latest version of every body this login may see that has submitted.
    QList<PulledSubmission> latest(int fiscalYear);

private:
    QString m_connection; // the QSqlDatabase connection's name
    ServerAddress m_address;
    std::optional<ServerUser> m_user;
};

} // namespace shienplan
