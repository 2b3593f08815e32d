// The workflow on the server: each public method is one transaction of prepared statements,
// and every failure one ServerError that says which step the server refused or could not do.

#include "core/server/prefectureserver.h"

#include "core/base/fiscalyear.h"
#include "core/registry/registry.h"
#include "core/server/serverschema.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace shienplan
{

namespace
{

QAtomicInt g_connections;

QString firstLine(const QString &text)
{
    // libpq's "ERROR:  message" (then DETAIL and CONTEXT lines, which say nothing to a user).
    QString line = text.trimmed().section(u'\n', 0, 0).trimmed();
    for (const QLatin1String prefix : { QLatin1String("ERROR:"), QLatin1String("FATAL:") })
        if (line.startsWith(prefix))
            line = line.mid(prefix.size()).trimmed();
    // QPSQL appends the SQLSTATE as "(42501)".
    if (line.size() > 7 && line.endsWith(u')') && line[line.size() - 7] == u'(')
        line.chop(7);
    return line.trimmed();
}

// A failed statement: the server said no (SQLSTATE 42501 insufficient_privilege, which the
// workflow functions raise too, or class 28, authorization), or the statement or the connection
// failed, and the transaction with it.
ServerError queryError(const QSqlError &e, const QString &step)
{
    const QString code = e.nativeErrorCode();
    const QString text = firstLine(e.databaseText().isEmpty() ? e.text() : e.databaseText());
    if (code == QLatin1String("42501") || code.startsWith(QLatin1String("28")))
        return ServerError(ServerError::Refused, step + QStringLiteral(" refused: ") + text);
    if (code.isEmpty() || code.startsWith(QLatin1String("08"))
        || code.startsWith(QLatin1String("57")))
        return ServerError(ServerError::Unreachable,
            step + QStringLiteral(" failed, the connection to the server was lost (") + text
                + QStringLiteral("); nothing was confirmed"));
    return ServerError(ServerError::Unreachable,
        step + QStringLiteral(" failed on the server, nothing was changed: ") + text);
}

// A failed connection, told apart by libpq's message (a connection has no SQLSTATE in QPSQL).
ServerError connectError(const QString &raw, const ServerAddress &a, const QString &login)
{
    const QString text = firstLine(raw);
    const QString who
        = login.isEmpty() ? QStringLiteral("the login") : QStringLiteral("login ") + login;
    if (raw.contains(QLatin1String("no password supplied")))
        return ServerError(ServerError::PasswordNeeded,
            QStringLiteral("%1 needs a password (PGPASSWORD or standard input)").arg(a.describe()));
    if (raw.contains(QLatin1String("password authentication failed")))
        return ServerError(ServerError::Refused,
            QStringLiteral("%1 refused %2: wrong password or no such login")
                .arg(a.describe(), who));
    if (raw.contains(QLatin1String("not permitted to log in")))
        return ServerError(ServerError::Refused,
            QStringLiteral("%1 refused %2: it may no longer log in (revoked)")
                .arg(a.describe(), who));
    if (raw.contains(QLatin1String("pg_hba.conf")) || raw.contains(QLatin1String("does not exist"))
        || raw.contains(QLatin1String("authentication failed")))
        return ServerError(
            ServerError::Refused, QStringLiteral("%1 refused %2: %3").arg(a.describe(), who, text));
    if (raw.contains(QLatin1String("certificate")) || raw.contains(QLatin1String("SSL")))
        return ServerError(ServerError::Unreachable,
            QStringLiteral("no trusted connection to %1: %2 (check sslrootcert and the server's "
                           "certificate)")
                .arg(a.describe(), text));
    return ServerError(
        ServerError::Unreachable, QStringLiteral("cannot reach %1: %2").arg(a.describe(), text));
}

void refuseNul(const QString &text, const QString &what)
{
    if (text.contains(QChar(0)))
        throw ServerError(ServerError::BadInput,
            QStringLiteral("%1 contains a NUL character, which the server's text cannot hold")
                .arg(what));
}

QVariant textOrNull(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant amount(const std::optional<Yen> &v)
{
    return v ? QVariant(yenToString(*v)) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<Yen> amountOf(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return parseYen(v.toString());
}

QDateTime timeOf(const QVariant &v)
{
    QDateTime t = v.toDateTime();
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

PrefectureServer::PrefectureServer()
    : m_connection(QStringLiteral("shienplan-server-%1").arg(g_connections.fetchAndAddRelaxed(1)))
{
}

PrefectureServer::~PrefectureServer()
{
    close();
}

void PrefectureServer::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_user.reset();
}

bool PrefectureServer::isConnected() const
{
    return QSqlDatabase::contains(m_connection)
        && QSqlDatabase::database(m_connection, false).isOpen();
}

void PrefectureServer::connect(const ServerAddress &address, const QString &password)
{
    close();
    m_address = address;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw ServerError(ServerError::Unreachable,
            QStringLiteral("the PostgreSQL driver of Qt (QPSQL, package libqt6sql6-psql) is not "
                           "installed"));
    QString message;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        db.setHostName(address.host);
        if (address.port > 0)
            db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.login);
        db.setPassword(password);
        db.setConnectOptions(address.connectOptions());
        if (db.open())
            return;
        message = db.lastError().databaseText();
        if (message.isEmpty())
            message = db.lastError().text();
    }
    const QString login = address.login;
    close();
    throw connectError(message, address, login);
}

namespace
{

// One transaction: begun on construction, rolled back unless commit() is reached.
class Transaction
{
public:
    Transaction(const QString &connection, const QString &step)
        : m_db(QSqlDatabase::database(connection, false))
        , m_step(step)
    {
        if (!m_db.isOpen())
            throw ServerError(ServerError::Unreachable,
                step
                    + QStringLiteral(" failed, the connection to the server was lost; nothing was "
                                     "confirmed"));
        if (!m_db.transaction())
            throw queryError(m_db.lastError(), step);
    }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    QSqlQuery prepare(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            fail(q.lastError());
        return q;
    }
    void run(QSqlQuery &q)
    {
        if (!q.exec())
            fail(q.lastError());
    }
    // Rolled back before the statements are freed: QPSQL's DEALLOCATE in an aborted
    // transaction would fail and print a warning of its own.
    [[noreturn]] void fail(const QSqlError &e)
    {
        const ServerError error = queryError(e, m_step);
        m_db.rollback();
        m_done = true;
        throw error;
    }
    // Constant SQL without values (the schema's DDL, which PREPARE cannot take).
    void runConstant(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            fail(q.lastError());
    }
    void commit()
    {
        if (!m_db.commit())
            throw queryError(m_db.lastError(), m_step);
        m_done = true;
    }

private:
    QSqlDatabase m_db;
    QString m_step;
    bool m_done = false;
};

} // namespace

ServerUser PrefectureServer::whoAmI()
{
    if (m_user)
        return *m_user;
    Transaction t(m_connection, QStringLiteral("finding who the login is"));
    QSqlQuery q = t.prepare(QStringLiteral(
        "SELECT session_user::text, "
        "  (SELECT pg_get_userbyid(nspowner) = session_user FROM pg_namespace WHERE nspname = ?), "
        "  (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)"));
    q.addBindValue(QString::fromLatin1(serverschema::kSchema));
    t.run(q);
    q.next();
    ServerUser u;
    u.login = q.value(0).toString();
    const bool owner = q.value(1).toBool() || q.value(2).toBool();
    const bool schema = !q.value(1).isNull();
    if (schema) {
        QSqlQuery me = t.prepare(
            QStringLiteral("SELECT role, body_code, prefecture_code FROM shienplan.users "
                           "WHERE login = session_user AND active"));
        if (me.exec() && me.next()) {
            u.role = me.value(0).toString();
            u.bodyCode = me.value(1).toString();
            u.prefectureCode = me.value(2).toString();
        }
    }
    t.commit();
    if (u.role.isEmpty() && owner)
        u.role = QStringLiteral("owner");
    if (!schema && !owner)
        throw ServerError(ServerError::Refused,
            QStringLiteral("%1 has no ShienPlan workspace yet (the owner runs `server init`)")
                .arg(m_address.describe()));
    if (u.role.isEmpty())
        throw ServerError(ServerError::Refused,
            QStringLiteral("login %1 is not a user of the ShienPlan workspace on %2 (the owner "
                           "adds it with `server user`)")
                .arg(u.login, m_address.describe()));
    m_user = u;
    return u;
}

QPair<int, int> PrefectureServer::init()
{
    Transaction t(m_connection, QStringLiteral("setting up the schema"));
    // Two owners running init at once take turns.
    QSqlQuery lock = t.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    lock.addBindValue(qint64(0x53504C4E));
    t.run(lock);
    QSqlQuery exists = t.prepare(QStringLiteral(
        "SELECT to_regclass('shienplan.schema_version') IS NOT NULL, current_database()"));
    t.run(exists);
    exists.next();
    const QString database = exists.value(1).toString();
    int before = 0;
    if (exists.value(0).toBool()) {
        QSqlQuery v
            = t.prepare(QStringLiteral("SELECT max(version) FROM shienplan.schema_version"));
        t.run(v);
        if (v.next())
            before = v.value(0).toInt();
    }
    if (before > serverschema::kVersion)
        throw ServerError(ServerError::Refused,
            QStringLiteral("the workspace on %1 is version %2, newer than this ShienPlan knows "
                           "(%3): update ShienPlan")
                .arg(m_address.describe())
                .arg(before)
                .arg(serverschema::kVersion));
    for (int v = before + 1; v <= serverschema::kVersion; ++v) {
        t.runConstant(serverschema::migration(v));
        QSqlQuery mark
            = t.prepare(QStringLiteral("INSERT INTO shienplan.schema_version VALUES (?)"));
        mark.addBindValue(v);
        t.run(mark);
    }
    Q_UNUSED(database);
    t.commit();
    m_user.reset();
    return { before, serverschema::kVersion };
}

void PrefectureServer::putUser(const QString &login, const QString &password,
    const QString &bodyCode, const QString &role, const Registry &registry)
{
    refuseNul(login, QStringLiteral("the login"));
    refuseNul(password, QStringLiteral("the password"));
    if (login.isEmpty() || login.size() > 63)
        throw ServerError(ServerError::BadInput,
            QStringLiteral("a login has 1 to 63 characters, not %1").arg(login.size()));
    if (password.isEmpty())
        throw ServerError(ServerError::BadInput,
            QStringLiteral("no password for %1 on standard input").arg(login));
    const LocalBody *body = registry.find(bodyCode);
    if (!body)
        throw ServerError(ServerError::BadInput,
            QStringLiteral("--body %1 is not the code of a local body").arg(bodyCode));
    if (role == QLatin1String("officer") && body->kind != BodyKind::Prefecture)
        throw ServerError(ServerError::BadInput,
            QStringLiteral("an officer's body is a prefecture; %1 (%2) is a municipality")
                .arg(body->code, body->name));
    if (role != QLatin1String("officer") && role != QLatin1String("planner"))
        throw ServerError(ServerError::BadInput,
            QStringLiteral("--role is planner or officer, not \"%1\"").arg(role));
    Transaction t(m_connection, QStringLiteral("adding user ") + login);
    QSqlQuery q = t.prepare(QStringLiteral("SELECT shienplan.put_user(?, ?, ?, ?, ?, ?)"));
    QSqlQuery db = t.prepare(QStringLiteral("SELECT current_database()"));
    t.run(db);
    db.next();
    const QString database = db.value(0).toString();
    q.addBindValue(login);
    q.addBindValue(password);
    q.addBindValue(body->code);
    q.addBindValue(body->prefectureCode);
    q.addBindValue(role);
    q.addBindValue(role == QLatin1String("officer") ? serverschema::officerRole(database)
                                                    : serverschema::plannerRole(database));
    t.run(q);
    t.commit();
}

void PrefectureServer::revokeUser(const QString &login)
{
    Transaction t(m_connection, QStringLiteral("revoking user ") + login);
    QSqlQuery q = t.prepare(QStringLiteral("SELECT shienplan.revoke_user(?)"));
    q.addBindValue(login);
    t.run(q);
    q.next();
    if (!q.value(0).toBool())
        throw ServerError(
            ServerError::BadInput, QStringLiteral("%1 is not a user of this workspace").arg(login));
    t.commit();
}

void PrefectureServer::openRequest(
    int fiscalYear, std::optional<QDate> deadline, const QString &note)
{
    refuseNul(note, QStringLiteral("the note"));
    Transaction t(m_connection,
        QStringLiteral("opening the request (照会) for %1")
            .arg(fiscalYearLabel(fiscalYear, u"ja")));
    QSqlQuery q = t.prepare(QStringLiteral("SELECT shienplan.open_request(?, ?, ?)"));
    q.addBindValue(fiscalYear);
    q.addBindValue(deadline ? QVariant(*deadline) : QVariant(QMetaType(QMetaType::QDate)));
    q.addBindValue(note.isNull() ? QStringLiteral("") : note);
    t.run(q);
    t.commit();
}

std::optional<ServerRequest> PrefectureServer::request(int fiscalYear)
{
    Transaction t(m_connection, QStringLiteral("reading the request (照会)"));
    QSqlQuery q = t.prepare(
        QStringLiteral("SELECT prefecture_code, deadline, note, opened_by::text, opened_at FROM "
                       "shienplan.requests "
                       "WHERE fiscal_year = ? AND prefecture_code = shienplan.my_prefecture()"));
    q.addBindValue(fiscalYear);
    t.run(q);
    std::optional<ServerRequest> r;
    if (q.next()) {
        r = ServerRequest {};
        r->prefectureCode = q.value(0).toString();
        r->fiscalYear = fiscalYear;
        if (!q.value(1).isNull())
            r->deadline = q.value(1).toDate();
        r->note = q.value(2).toString();
        r->openedBy = q.value(3).toString();
        r->openedAt = timeOf(q.value(4));
    }
    t.commit();
    return r;
}

int PrefectureServer::submit(const Submission &s)
{
    refuseNul(s.title, QStringLiteral("the plan's title"));
    refuseNul(s.fileName, QStringLiteral("the file's name"));
    refuseNul(s.adopted, QStringLiteral("the adopted alternative's name"));
    Transaction t(m_connection,
        QStringLiteral("submitting %1 %2").arg(s.bodyCode, fiscalYearLabel(s.fiscalYear, u"ja")));
    QSqlQuery q = t.prepare(QStringLiteral(
        "SELECT shienplan.submit(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.fiscalYear);
    q.addBindValue(s.title.isNull() ? QStringLiteral("") : s.title);
    q.addBindValue(s.fileName.isNull() ? QStringLiteral("") : s.fileName);
    q.addBindValue(s.document.isNull() ? QByteArray("") : s.document);
    q.addBindValue(s.sha256);
    q.addBindValue(QString::fromUtf8(s.plansJson));
    q.addBindValue(QString::fromUtf8(s.evaluationJson));
    q.addBindValue(s.alternatives);
    q.addBindValue(
        s.adopted.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s.adopted));
    q.addBindValue(s.eligible);
    for (const YenRange *r : { &s.totals.national, &s.totals.prefectureSupport, &s.totals.local }) {
        q.addBindValue(amount(r->min));
        q.addBindValue(amount(r->max));
    }
    q.addBindValue(s.bodyCode);
    t.run(q);
    q.next();
    const int version = q.value(0).toInt();
    t.commit();
    return version;
}

int PrefectureServer::review(
    const QString &bodyCode, int fiscalYear, bool accept, const QString &comment)
{
    refuseNul(comment, QStringLiteral("the comment"));
    Transaction t(m_connection,
        QStringLiteral("%1 %2 %3")
            .arg(accept ? QStringLiteral("accepting") : QStringLiteral("returning"), bodyCode,
                fiscalYearLabel(fiscalYear, u"ja")));
    QSqlQuery q = t.prepare(QStringLiteral("SELECT shienplan.review(?, ?, ?, ?)"));
    q.addBindValue(bodyCode);
    q.addBindValue(fiscalYear);
    q.addBindValue(accept ? QStringLiteral("accepted") : QStringLiteral("returned"));
    q.addBindValue(comment.isNull() ? QStringLiteral("") : comment);
    t.run(q);
    q.next();
    const int version = q.value(0).toInt();
    t.commit();
    return version;
}

namespace
{

// The latest version of each visible body and the latest review of that version; row-level
// security narrows it to what the login may see. Amounts as text: exact, whatever their size.
const char *const kLatest
    = "SELECT DISTINCT ON (s.body_code) s.body_code, s.prefecture_code, s.version, "
      "  s.submitted_by::text, s.submitted_at, s.title, s.sha256, s.alternatives, s.adopted, "
      "  s.eligible, s.national_min::text, s.national_max::text, s.prefecture_min::text, "
      "  s.prefecture_max::text, s.local_min::text, s.local_max::text, "
      "  r.decision, r.comment, r.reviewed_by::text, r.reviewed_at, s.file_name %1 "
      "FROM shienplan.submissions s "
      "LEFT JOIN LATERAL (SELECT decision, comment, reviewed_by, reviewed_at FROM "
      "shienplan.reviews "
      "  WHERE submission_id = s.id ORDER BY id DESC LIMIT 1) r ON true "
      "WHERE s.fiscal_year = ? "
      "ORDER BY s.body_code, s.version DESC";

BodyStatus statusOf(const QSqlQuery &q)
{
    BodyStatus b;
    b.code = q.value(0).toString();
    b.prefectureCode = q.value(1).toString();
    b.version = q.value(2).toInt();
    b.submittedBy = q.value(3).toString();
    b.submittedAt = timeOf(q.value(4));
    b.title = q.value(5).toString();
    b.sha256 = q.value(6).toString();
    b.alternatives = q.value(7).toInt();
    b.adopted = q.value(8).toString();
    b.eligible = q.value(9).toBool();
    b.totals.national = { amountOf(q.value(10)), amountOf(q.value(11)) };
    b.totals.prefectureSupport = { amountOf(q.value(12)), amountOf(q.value(13)) };
    b.totals.local = { amountOf(q.value(14)), amountOf(q.value(15)) };
    b.status = q.value(16).isNull() ? QStringLiteral("submitted") : q.value(16).toString();
    b.comment = q.value(17).toString();
    b.reviewedBy = q.value(18).toString();
    b.reviewedAt = timeOf(q.value(19));
    return b;
}

} // namespace

QList<BodyStatus> PrefectureServer::status(int fiscalYear, const Registry &registry)
{
    const ServerUser me = whoAmI();
    QHash<QString, BodyStatus> found;
    {
        Transaction t(m_connection, QStringLiteral("reading the submissions"));
        QSqlQuery q = t.prepare(QString::fromLatin1(kLatest).arg(QString()));
        q.setForwardOnly(true);
        q.addBindValue(fiscalYear);
        t.run(q);
        while (q.next()) {
            BodyStatus b = statusOf(q);
            found.insert(b.code, b);
        }
        t.commit();
    }
    QList<const LocalBody *> bodies;
    if (me.role == QLatin1String("planner")) {
        bodies << registry.find(me.bodyCode);
    } else if (me.role == QLatin1String("officer")) {
        bodies << registry.find(me.prefectureCode);
        bodies << registry.municipalitiesOf(me.prefectureCode);
    } else {
        for (const LocalBody &b : registry.all())
            bodies << &b;
    }
    QList<BodyStatus> out;
    out.reserve(bodies.size());
    for (const LocalBody *body : bodies) {
        if (!body)
            continue;
        BodyStatus b = found.take(body->code);
        b.code = body->code;
        b.name = body->name;
        b.prefectureCode = body->prefectureCode;
        out << b;
    }
    // A body the registry does not know (a code from a newer registry) is still shown.
    for (const BodyStatus &b : std::as_const(found))
        out << b;
    return out;
}

QList<PulledSubmission> PrefectureServer::latest(int fiscalYear)
{
    whoAmI();
    Transaction t(m_connection, QStringLiteral("reading the latest submissions"));
    QSqlQuery q
        = t.prepare(QString::fromLatin1(kLatest).arg(QStringLiteral(", s.document, s.plans")));
    q.setForwardOnly(true);
    q.addBindValue(fiscalYear);
    t.run(q);
    QList<PulledSubmission> out;
    while (q.next()) {
        PulledSubmission p;
        p.status = statusOf(q);
        p.fileName = q.value(20).toString();
        p.document = q.value(21).toByteArray();
        p.plansJson = q.value(22).toString().toUtf8();
        if (const LocalBody *body = Registry::bundled().find(p.status.code))
            p.status.name = body->name;
        out << p;
    }
    t.commit();
    return out;
}

} // namespace shienplan
