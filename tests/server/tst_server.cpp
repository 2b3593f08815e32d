// The prefecture's server on a real PostgreSQL (tests/server/pgfixture.h): the whole 照会 round
// through shienplan-cli, who may see and do what (through the CLI and through SQL with the
// login's own role), texts kept exactly, TLS, 179 planners at once, and the server killed in the
// middle of submissions.

#include "tests/server/pgfixture.h"

#include "core/document/documentfile.h"
#include "core/interchange/documentjson.h"
#include "core/registry/registry.h"
#include "core/rules/rulebooklibrary.h"
#include "core/server/prefectureserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <mutex>
#include <thread>

using namespace shienplan;

namespace
{

struct Run {
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QString &password, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHIENPLAN_CLI), args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray describe(const Run &r)
{
    return "exit " + QByteArray::number(r.exit) + "\nstderr: " + r.err
        + "\nstdout: " + r.out.left(1500);
}

QByteArray planJson(const QString &code, const QString &title, qint64 expenditure)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("shienplan/plan"));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("fiscal_year"), 2025);
    o.insert(QStringLiteral("body"),
        QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("juso"), false } });
    QJsonObject program;
    program.insert(QStringLiteral("id"), QStringLiteral("st"));
    program.insert(QStringLiteral("menu"), QStringLiteral("station"));
    program.insert(QStringLiteral("subprojects"),
        QJsonArray {
            QStringLiteral("consultation"), QStringLiteral("ibasho"), QStringLiteral("network") });
    program.insert(QStringLiteral("staff"), QJsonObject { { QStringLiteral("coordinators"), 1 } });
    program.insert(QStringLiteral("expenditure"), expenditure);
    o.insert(QStringLiteral("programs"), QJsonArray { program });
    return QJsonDocument(o).toJson();
}

QJsonObject statusJson(const Run &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject bodyIn(const QJsonObject &status, const QString &code)
{
    for (const auto &b : status.value(QStringLiteral("bodies")).toArray())
        if (b.toObject().value(QStringLiteral("code")).toString() == code)
            return b.toObject();
    return {};
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

    pgfixture::Server pg;
    QTemporaryDir work;

    QString owner() const { return pg.uri(pgfixture::kOwner); }
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = work.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }
    void addUser(const QString &login, const QString &body, const QString &role)
    {
        const Run r = cli({ QStringLiteral("server"), QStringLiteral("user"),
                              QStringLiteral("--server"), owner(), QStringLiteral("--add"), login,
                              QStringLiteral("--body"), body, QStringLiteral("--role"), role },
            pgfixture::kOwnerPassword, (login + QStringLiteral("-pw\n")).toUtf8());
        QVERIFY2(r.exit == 0, describe(r));
    }
    // A direct connection with a login's own role, as someone with psql would have.
    QSqlDatabase direct(const QString &login)
    {
        const QString name = QStringLiteral("direct-") + login;
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase old = QSqlDatabase::database(name, false);
            old.close(); // a fresh connection: the server may have restarted
            old.open();
            return old;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(pg.port());
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(login);
        db.setPassword(
            login == pgfixture::kOwner ? pgfixture::kOwnerPassword : login + QStringLiteral("-pw"));
        db.setConnectOptions(QStringLiteral("sslmode=disable"));
        db.open();
        return db;
    }
    static QString sqlState(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (q.exec(sql))
            return QStringLiteral("ok");
        return q.lastError().nativeErrorCode();
    }
    static qint64 count(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    Run asUser(const QString &login, QStringList args)
    {
        args << QStringLiteral("--server") << pg.uri(login);
        return cli(args, login + QStringLiteral("-pw"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
        QVERIFY(work.isValid());
        QVERIFY2(pg.start(), "PostgreSQL did not start");
        Run r = cli({ QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"),
                        owner() },
            pgfixture::kOwnerPassword);
        QVERIFY2(r.exit == 0, describe(r));
        QVERIFY(r.out.contains("0 → 1"));
        r = cli({ QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"),
                    owner() },
            pgfixture::kOwnerPassword);
        QVERIFY2(r.exit == 0 && r.out.contains("nothing to do"), describe(r));
        addUser(QStringLiteral("toyama"), QStringLiteral("160008"), QStringLiteral("officer"));
        addUser(QStringLiteral("takaoka"), QStringLiteral("162027"), QStringLiteral("planner"));
        addUser(QStringLiteral("toyamashi"), QStringLiteral("162019"), QStringLiteral("planner"));
        addUser(QStringLiteral("hokkaido"), QStringLiteral("010006"), QStringLiteral("officer"));
        for (const QString &officer : { QStringLiteral("toyama"), QStringLiteral("hokkaido") }) {
            r = asUser(officer,
                { QStringLiteral("server"), QStringLiteral("request"),
                    QStringLiteral("--fiscal-year"), QStringLiteral("2025"),
                    QStringLiteral("--deadline"), QStringLiteral("2025-06-30"),
                    QStringLiteral("--note"), QStringLiteral("令和7年度の照会") });
            QVERIFY2(r.exit == 0, describe(r));
        }
    }

    void wholeRoundThroughTheCommandLine()
    {
        const QString plan = file(QStringLiteral("takaoka.json"),
            planJson(QStringLiteral("162027"), QStringLiteral("高岡市 R7"), 12345678));
        Run r = asUser(QStringLiteral("takaoka"), { QStringLiteral("submit"), plan });
        QVERIFY2(r.exit == 0 && r.out.contains("version 1"), describe(r));
        r = asUser(QStringLiteral("toyama"),
            { QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--fiscal-year"),
                QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.exit == 0, describe(r));
        QJsonObject b = bodyIn(statusJson(r), QStringLiteral("162027"));
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
        QCOMPARE(b.value(QStringLiteral("name")).toString(), QStringLiteral("高岡市"));
        // 12,345,678 yen of a station: the national subsidy is its standard amount, 5,000,000.
        QCOMPARE(b.value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("national"))
                     .toObject()
                     .value(QStringLiteral("min"))
                     .toInteger(),
            5000000);
        QCOMPARE(bodyIn(statusJson(r), QStringLiteral("162043"))
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("none"));

        r = asUser(QStringLiteral("toyama"),
            { QStringLiteral("server"), QStringLiteral("review"), QStringLiteral("--body"),
                QStringLiteral("162027"), QStringLiteral("--fiscal-year"), QStringLiteral("2025"),
                QStringLiteral("--return"), QStringLiteral("経費の内訳を添えてください") });
        QVERIFY2(r.exit == 0, describe(r));
        r = asUser(QStringLiteral("takaoka"),
            { QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--fiscal-year"),
                QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json") });
        b = bodyIn(statusJson(r), QStringLiteral("162027"));
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("returned"));
        QCOMPARE(b.value(QStringLiteral("comment")).toString(),
            QStringLiteral("経費の内訳を添えてください"));
        r = asUser(QStringLiteral("takaoka"),
            { QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--fiscal-year"),
                QStringLiteral("2025") });
        QVERIFY2(r.out.contains("差し戻し"), describe(r));

        r = asUser(QStringLiteral("takaoka"), { QStringLiteral("submit"), plan });
        QVERIFY2(r.exit == 0 && r.out.contains("version 2"), describe(r));
        r = asUser(QStringLiteral("toyama"),
            { QStringLiteral("server"), QStringLiteral("review"), QStringLiteral("--body"),
                QStringLiteral("162027"), QStringLiteral("--fiscal-year"), QStringLiteral("2025"),
                QStringLiteral("--accept") });
        QVERIFY2(r.exit == 0 && r.out.contains("version 2"), describe(r));
        r = asUser(QStringLiteral("takaoka"),
            { QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--fiscal-year"),
                QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json") });
        b = bodyIn(statusJson(r), QStringLiteral("162027"));
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(b.value(QStringLiteral("version")).toInt(), 2);

        const QString out = work.filePath(QStringLiteral("toyama.shienplan"));
        r = asUser(QStringLiteral("toyama"),
            { QStringLiteral("server"), QStringLiteral("pull"), QStringLiteral("--fiscal-year"),
                QStringLiteral("2025"), out });
        QVERIFY2(r.exit == 0, describe(r));
        const Document pulled = readDocument(out);
        QCOMPARE(pulled.scenarios.size(), 1);
        QCOMPARE(pulled.scenarios[0].plan.body.code, QStringLiteral("162027"));
        QCOMPARE(pulled.scenarios[0].plan.title, QStringLiteral("高岡市 R7"));

        // Every step is in the audit log with who did it.
        QSqlDatabase db = direct(pgfixture::kOwner);
        QCOMPARE(count(db,
                     QStringLiteral("SELECT count(*) FROM shienplan.audit_log WHERE body_code = "
                                    "'162027' AND login = 'takaoka' AND action = 'submit'")),
            2);
        QCOMPARE(count(db,
                     QStringLiteral(
                         "SELECT count(*) FROM shienplan.audit_log WHERE body_code = '162027' AND "
                         "login = 'toyama' AND action IN ('returned', 'accepted')")),
            2);
        QCOMPARE(count(db,
                     QStringLiteral(
                         "SELECT count(*) FROM shienplan.submissions WHERE body_code = '162027'")),
            2);
    }

    void plannerCannotReachAnotherBody()
    {
        Run r = asUser(QStringLiteral("toyamashi"),
            { QStringLiteral("submit"),
                file(QStringLiteral("toyamashi.json"),
                    planJson(QStringLiteral("162019"), QStringLiteral("富山市"), 9000000)) });
        QVERIFY2(r.exit == 0, describe(r));
        // 高岡市's planner with 富山市's plan, and as reviewer: refused, exit 3, one line.
        r = asUser(QStringLiteral("takaoka"),
            { QStringLiteral("submit"), work.filePath(QStringLiteral("toyamashi.json")) });
        QVERIFY2(r.exit == 3 && r.err.count('\n') == 1 && r.err.contains("162019"), describe(r));
        r = asUser(QStringLiteral("takaoka"),
            { QStringLiteral("server"), QStringLiteral("review"), QStringLiteral("--body"),
                QStringLiteral("162019"), QStringLiteral("--fiscal-year"), QStringLiteral("2025"),
                QStringLiteral("--accept") });
        QVERIFY2(r.exit == 3 && r.err.count('\n') == 1, describe(r));
        r = asUser(QStringLiteral("takaoka"),
            { QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--fiscal-year"),
                QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonArray bodies = statusJson(r).value(QStringLiteral("bodies")).toArray();
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(bodies[0].toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("162027"));

        // The same through SQL with 高岡市's own role: zero rows or permission denied.
        QSqlDatabase db = direct(QStringLiteral("takaoka"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QCOMPARE(count(db,
                     QStringLiteral(
                         "SELECT count(*) FROM shienplan.submissions WHERE body_code = '162019'")),
            0);
        QCOMPARE(count(db,
                     QStringLiteral(
                         "SELECT count(*) FROM shienplan.reviews WHERE body_code <> '162027'")),
            0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM shienplan.submissions")), 2);
        QCOMPARE(sqlState(db, QStringLiteral("UPDATE shienplan.submissions SET title = 'x'")),
            QStringLiteral("42501"));
        QCOMPARE(sqlState(db,
                     QStringLiteral("INSERT INTO shienplan.reviews (submission_id, body_code, "
                                    "prefecture_code, fiscal_year, decision, reviewed_by) VALUES "
                                    "(1, '162019', '160008', 2025, 'accepted', 'takaoka')")),
            QStringLiteral("42501"));
        QCOMPARE(
            sqlState(db, QStringLiteral("SELECT shienplan.review('162019', 2025, 'accepted', '')")),
            QStringLiteral("42501"));
        QCOMPARE(
            sqlState(db,
                QStringLiteral(
                    "SELECT shienplan.submit(2025, 't', 'f', ''::bytea, encode(sha256(''::bytea), "
                    "'hex'), '[]', '{}', 1, NULL, true, 0, 0, 0, 0, 0, 0, '162019')")),
            QStringLiteral("42501"));
        // The audit log is append-only for everyone but the owner; no DDL.
        QCOMPARE(sqlState(db, QStringLiteral("DELETE FROM shienplan.audit_log")),
            QStringLiteral("42501"));
        QCOMPARE(sqlState(db, QStringLiteral("UPDATE shienplan.audit_log SET detail = ''")),
            QStringLiteral("42501"));
        QCOMPARE(sqlState(db, QStringLiteral("CREATE TABLE shienplan.x (a int)")),
            QStringLiteral("42501"));
        QCOMPARE(
            sqlState(
                db, QStringLiteral("ALTER TABLE shienplan.submissions DISABLE ROW LEVEL SECURITY")),
            QStringLiteral("42501"));
        db.close();
    }

    void officerSeesOnlyOwnPrefecture()
    {
        Run r = asUser(QStringLiteral("hokkaido"),
            { QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--fiscal-year"),
                QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.exit == 0, describe(r));
        const QJsonArray bodies = statusJson(r).value(QStringLiteral("bodies")).toArray();
        QCOMPARE(bodies.size(), 180); // 北海道 and its 179 municipalities
        for (const auto &b : bodies)
            QVERIFY(b.toObject()
                        .value(QStringLiteral("code"))
                        .toString()
                        .startsWith(QStringLiteral("01")));
        r = asUser(QStringLiteral("hokkaido"),
            { QStringLiteral("server"), QStringLiteral("review"), QStringLiteral("--body"),
                QStringLiteral("162027"), QStringLiteral("--fiscal-year"), QStringLiteral("2025"),
                QStringLiteral("--return"), QStringLiteral("x") });
        QVERIFY2(r.exit == 3, describe(r));
        QSqlDatabase db = direct(QStringLiteral("hokkaido"));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM shienplan.submissions")), 0);
        QCOMPARE(
            count(db,
                QStringLiteral(
                    "SELECT count(*) FROM shienplan.requests WHERE prefecture_code = '160008'")),
            0);
        QCOMPARE(count(db,
                     QStringLiteral(
                         "SELECT count(*) FROM shienplan.users WHERE prefecture_code = '160008'")),
            0);
        QCOMPARE(
            count(db,
                QStringLiteral(
                    "SELECT count(*) FROM shienplan.audit_log WHERE prefecture_code = '160008'")),
            0);
        db.close();
    }

    void textsStoredExactly()
    {
        const QString title
            = QStringLiteral("高岡市 'quoted' \"double\"; DROP TABLE x; -- comment \\ end");
        Run r = asUser(QStringLiteral("takaoka"),
            { QStringLiteral("submit"),
                file(QStringLiteral("odd.json"),
                    planJson(QStringLiteral("162027"), title, 12345678)) });
        QVERIFY2(r.exit == 0, describe(r));
        QString comment;
        while (comment.toUtf8().size() < 100 * 1000)
            comment += QStringLiteral("差し戻し 'a'; -- \"b\" \\n ");
        r = asUser(QStringLiteral("toyama"),
            { QStringLiteral("server"), QStringLiteral("review"), QStringLiteral("--body"),
                QStringLiteral("162027"), QStringLiteral("--fiscal-year"), QStringLiteral("2025"),
                QStringLiteral("--return"), comment });
        QVERIFY2(r.exit == 0, describe(r));
        r = asUser(QStringLiteral("takaoka"),
            { QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--fiscal-year"),
                QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonObject b = bodyIn(statusJson(r), QStringLiteral("162027"));
        QCOMPARE(b.value(QStringLiteral("title")).toString(), title);
        QCOMPARE(b.value(QStringLiteral("comment")).toString(), comment);
        // A NUL cannot be held by PostgreSQL text: refused before anything is sent, exit 2.
        QByteArray withNul
            = planJson(QStringLiteral("162027"), QStringLiteral("a\u0001b"), 12345678);
        withNul.replace("\\u0001", "\\u0000");
        r = asUser(QStringLiteral("takaoka"),
            { QStringLiteral("submit"), file(QStringLiteral("nul.json"), withNul) });
        QVERIFY2(r.exit == 2 && r.err.contains("NUL") && r.err.count('\n') == 1, describe(r));
    }

    void wrongPasswordAndRevokedUserRefused()
    {
        Run r = cli({ QStringLiteral("server"), QStringLiteral("status"),
                        QStringLiteral("--server"), pg.uri(QStringLiteral("takaoka")),
                        QStringLiteral("--fiscal-year"), QStringLiteral("2025") },
            QStringLiteral("wrong"));
        QVERIFY2(r.exit == 3 && r.err.contains("wrong password"), describe(r));
        // The password on standard input when PGPASSWORD is not set.
        r = cli({ QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--server"),
                    pg.uri(QStringLiteral("takaoka")), QStringLiteral("--fiscal-year"),
                    QStringLiteral("2025") },
            QString(), "takaoka-pw\n");
        QVERIFY2(r.exit == 0, describe(r));
        addUser(QStringLiteral("leaver"), QStringLiteral("162043"), QStringLiteral("planner"));
        r = cli({ QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("--server"),
                    owner(), QStringLiteral("--revoke"), QStringLiteral("leaver") },
            pgfixture::kOwnerPassword);
        QVERIFY2(r.exit == 0, describe(r));
        r = asUser(QStringLiteral("leaver"),
            { QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--fiscal-year"),
                QStringLiteral("2025") });
        QVERIFY2(r.exit == 3 && r.err.contains("revoked"), describe(r));
        // libpq's keyword form, through the server's own socket folder.
        r = cli({ QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--server"),
                    QStringLiteral("host=%1 port=%2 dbname=postgres user=takaoka")
                        .arg(pg.path())
                        .arg(pg.port()),
                    QStringLiteral("--fiscal-year"), QStringLiteral("2025"),
                    QStringLiteral("--format"), QStringLiteral("json") },
            QStringLiteral("takaoka-pw"));
        QVERIFY2(r.exit == 0
                && statusJson(r).value(QStringLiteral("login")).toString()
                    == QStringLiteral("takaoka"),
            describe(r));
        // A password in the address is refused before any connection.
        r = cli(
            { QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--server"),
                QStringLiteral("postgresql://takaoka:secret@127.0.0.1:%1/postgres").arg(pg.port()),
                QStringLiteral("--fiscal-year"), QStringLiteral("2025") },
            QString());
        QVERIFY2(r.exit == 2 && r.err.contains("PGPASSWORD"), describe(r));
    }

    void tlsVerifiedAgainstItsCa()
    {
        const QStringList status { QStringLiteral("server"), QStringLiteral("status"),
            QStringLiteral("--fiscal-year"), QStringLiteral("2025"), QStringLiteral("--server") };
        Run r = cli(status
                + QStringList { pg.uri(QStringLiteral("takaoka"),
                    QStringLiteral("sslmode=verify-full&sslrootcert=") + pg.ca()) },
            QStringLiteral("takaoka-pw"));
        QVERIFY2(r.exit == 0, describe(r));
        r = cli(status
                + QStringList { pg.uri(QStringLiteral("takaoka"),
                    QStringLiteral("sslmode=verify-full&sslrootcert=") + pg.otherCa()) },
            QStringLiteral("takaoka-pw"));
        QVERIFY2(
            r.exit == 4 && r.err.contains("certificate") && r.err.count('\n') == 1, describe(r));
    }

    // 179 planners of 北海道 at once, 10 rounds each: every version there, none mixed, and the
    // officer's totals the sum of the last versions' figures to the yen.
    void load()
    {
        const Registry &registry = Registry::bundled();
        const QList<const LocalBody *> towns = registry.municipalitiesOf(QStringLiteral("010006"));
        QCOMPARE(towns.size(), 179);
        const RuleBookLibrary books = RuleBookLibrary::standard();
        constexpr int kRounds = 10;
        QList<QList<Submission>> work(towns.size());
        Totals expected;
        {
            PrefectureServer ownerServer;
            ownerServer.connect(ServerAddress::parse(owner()), pgfixture::kOwnerPassword);
            for (qsizetype i = 0; i < towns.size(); ++i) {
                ownerServer.putUser(QStringLiteral("p") + towns[i]->code,
                    QStringLiteral("p") + towns[i]->code + QStringLiteral("-pw"), towns[i]->code,
                    QStringLiteral("planner"), registry);
                for (int round = 0; round < kRounds; ++round) {
                    const QByteArray bytes
                        = planJson(towns[i]->code, towns[i]->name, 3000000 + 1001 * i + 7 * round);
                    const Document doc = documentFromPlansJson(bytes, registry);
                    work[i] << makeSubmission(doc, bytes, QStringLiteral("plan.json"),
                        towns[i]->code, 2025, books, registry);
                }
                expected.add(work[i].last().totals);
            }
        }
        std::atomic<int> failures { 0 };
        std::mutex m;
        QStringList errors;
        std::vector<std::thread> threads;
        for (qsizetype i = 0; i < towns.size(); ++i)
            threads.emplace_back([&, i] {
                try {
                    PrefectureServer s;
                    const QString login = QStringLiteral("p") + towns[i]->code;
                    s.connect(ServerAddress::parse(pg.uri(login)), login + QStringLiteral("-pw"));
                    for (int round = 0; round < kRounds; ++round)
                        if (s.submit(work[i][round]) != round + 1)
                            ++failures;
                } catch (const ServerError &e) {
                    ++failures;
                    std::lock_guard lock(m);
                    errors << e.message;
                }
            });
        for (auto &t : threads)
            t.join();
        QVERIFY2(failures == 0, qPrintable(errors.join(u'\n')));
        QSqlDatabase db = direct(pgfixture::kOwner);
        QCOMPARE(
            count(db,
                QStringLiteral(
                    "SELECT count(*) FROM shienplan.submissions WHERE prefecture_code = '010006'")),
            179 * kRounds);
        QCOMPARE(count(db,
                     QStringLiteral(
                         "SELECT count(DISTINCT (body_code, version)) FROM shienplan.submissions "
                         "WHERE prefecture_code = '010006' AND version BETWEEN 1 AND 10")),
            179 * kRounds);
        // None mixed: each version holds its own round's document.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT body_code, version, sha256 FROM "
                                      "shienplan.submissions WHERE prefecture_code = '010006'")));
        QHash<QString, qsizetype> index;
        for (qsizetype i = 0; i < towns.size(); ++i)
            index.insert(towns[i]->code, i);
        while (q.next())
            QCOMPARE(q.value(2).toString(),
                work[index.value(q.value(0).toString())][q.value(1).toInt() - 1].sha256);
        PrefectureServer officer;
        officer.connect(ServerAddress::parse(pg.uri(QStringLiteral("hokkaido"))),
            QStringLiteral("hokkaido-pw"));
        Totals seen;
        for (const BodyStatus &b : officer.status(2025, registry))
            if (b.version > 0) {
                QCOMPARE(b.version, kRounds);
                seen.add(b.totals);
            }
        QVERIFY(seen.national == expected.national);
        QVERIFY(seen.local == expected.local);
        QVERIFY(seen.prefectureSupport == expected.prefectureSupport);
    }

    // The server killed (pg_ctl stop -m immediate) while planners submit: every row whole, every
    // confirmed version there, the client told, the local file untouched, and a retry works.
    void serverKilledInTheMiddle()
    {
        const Registry &registry = Registry::bundled();
        const QList<const LocalBody *> towns
            = registry.municipalitiesOf(QStringLiteral("010006")).mid(0, 20);
        const RuleBookLibrary books = RuleBookLibrary::standard();
        std::mutex m;
        QList<QPair<QString, int>> confirmed;
        QStringList failures;
        std::vector<std::thread> threads;
        for (const LocalBody *town : towns)
            threads.emplace_back([&, town] {
                const QByteArray bytes = planJson(town->code, town->name, 4000000);
                const Submission sub = makeSubmission(documentFromPlansJson(bytes, registry), bytes,
                    QStringLiteral("plan.json"), town->code, 2025, books, registry);
                try {
                    PrefectureServer s;
                    const QString login = QStringLiteral("p") + town->code;
                    s.connect(ServerAddress::parse(pg.uri(login)), login + QStringLiteral("-pw"));
                    // Until the server is gone: every client then meets it gone (a loop that
                    // also stopped on a flag could end between two submissions unharmed).
                    for (;;) {
                        const int v = s.submit(sub);
                        std::lock_guard lock(m);
                        confirmed << qMakePair(town->code, v);
                    }
                } catch (const ServerError &e) {
                    std::lock_guard lock(m);
                    failures << (e.kind == ServerError::Unreachable
                            ? e.message
                            : QStringLiteral("wrong kind: ") + e.message);
                }
            });
        QTest::qWait(700);
        QVERIFY(pg.stopImmediately());
        for (auto &t : threads)
            t.join();
        QVERIFY(!confirmed.isEmpty());
        QCOMPARE(failures.size(), towns.size()); // each client was told
        for (const QString &f : failures)
            QVERIFY2(f.contains(QStringLiteral("lost")) || f.contains(QStringLiteral("failed")),
                qPrintable(f));

        // While it is down: the command line says so (exit 4) and leaves the file as it was.
        const QString plan = work.filePath(QStringLiteral("takaoka.json"));
        const auto hash = [&] {
            QFile f(plan);
            f.open(QIODevice::ReadOnly);
            return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        };
        const QByteArray before = hash();
        Run r = asUser(QStringLiteral("takaoka"), { QStringLiteral("submit"), plan });
        QVERIFY2(r.exit == 4 && r.err.count('\n') == 1, describe(r));
        QCOMPARE(hash(), before);

        QVERIFY(pg.startAgain());
        QSqlDatabase db = direct(pgfixture::kOwner);
        if (!db.isOpen())
            db.open();
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QCOMPARE(
            count(db,
                QStringLiteral("SELECT count(*) FROM shienplan.submissions WHERE sha256 <> "
                               "encode(sha256(document), 'hex') OR plans = '' OR evaluation = ''")),
            0);
        for (const auto &[code, version] : std::as_const(confirmed)) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "SELECT count(*) FROM shienplan.submissions WHERE body_code = ? AND version = ?"));
            q.addBindValue(code);
            q.addBindValue(version);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        // Versions have no gaps: a submission is there whole or not at all.
        QCOMPARE(
            count(db,
                QStringLiteral(
                    "SELECT count(*) FROM (SELECT body_code, max(version) AS m, count(*) AS n FROM "
                    "shienplan.submissions GROUP BY body_code, fiscal_year) x WHERE m <> n")),
            0);
        r = asUser(QStringLiteral("takaoka"), { QStringLiteral("submit"), plan });
        QVERIFY2(r.exit == 0, describe(r));
        QCOMPARE(hash(), before);
    }

    void cleanupTestCase()
    {
        for (const QString &name : QSqlDatabase::connectionNames()) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        pg.stop();
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
