#pragma once

// A real PostgreSQL 15 for the server tests: initdb into a temporary folder, its socket in that
// folder, a free port on 127.0.0.1, password (SCRAM) authentication, TLS with a self-signed CA
// made by openssl, stopped by the postmaster's own pid at the end. initdb refuses root, so as
// root (CI) the server runs as the `postgres` system account.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pgfixture
{

inline const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");
inline const QString kOwner = QStringLiteral("owner");
inline const QString kOwnerPassword = QStringLiteral("owner-pw");

inline int freePort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    int port = -1;
    if (::bind(s, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0
        && ::getsockname(s, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(s);
    return port;
}

// Runs a program, as `postgres` when we are root; returns its exit code (-1: did not run).
inline int run(const QString &program, const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (::getuid() == 0)
        p.start(QStringLiteral("runuser"),
            QStringList {
                QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
                + args);
    else
        p.start(program, args);
    if (!p.waitForStarted(30000) || !p.waitForFinished(120000))
        return -1;
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

class Server
{
public:
    bool start()
    {
        if (!m_dir.isValid())
            return false;
        m_path = m_dir.path();
        if (::getuid() == 0 && ::chown(m_path.toLocal8Bit().constData(), postgresUid(), -1) != 0)
            return false;
        m_port = freePort();
        QFile pw(m_path + QStringLiteral("/pw"));
        if (!pw.open(QIODevice::WriteOnly))
            return false;
        pw.write(kOwnerPassword.toUtf8());
        pw.close();
        if (::getuid() == 0)
            ::chown(pw.fileName().toLocal8Bit().constData(), postgresUid(), -1);
        QByteArray out;
        if (run(kBin + QStringLiteral("initdb"),
                { QStringLiteral("-D"), data(), QStringLiteral("-U"), kOwner,
                    QStringLiteral("--auth=scram-sha-256"),
                    QStringLiteral("--pwfile=") + pw.fileName(), QStringLiteral("-E"),
                    QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8") },
                &out)
            != 0) {
            qWarning("initdb: %s", out.constData());
            return false;
        }
        if (!makeCertificates())
            return false;
        // TLS on, password required everywhere (local socket too), room for 179 planners.
        QFile conf(data() + QStringLiteral("/postgresql.conf"));
        conf.open(QIODevice::Append);
        conf.write(QStringLiteral(
            "port = %1\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%2'\n"
            "max_connections = 260\nssl = on\nssl_cert_file = '%2/server.crt'\n"
            "ssl_key_file = '%2/server.key'\nfsync = off\nshared_buffers = 32MB\n")
                       .arg(m_port)
                       .arg(m_path)
                       .toUtf8());
        conf.close();
        return startAgain();
    }
    bool startAgain()
    {
        QByteArray out;
        const int rc = run(kBin + QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), data(), QStringLiteral("-l"), m_path + QStringLiteral("/log"),
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                QStringLiteral("start") },
            &out);
        if (rc != 0)
            qWarning("pg_ctl start: %s", out.constData());
        return rc == 0;
    }
    // The postmaster's pid, from the first line of postmaster.pid.
    qint64 pid() const
    {
        QFile f(data() + QStringLiteral("/postmaster.pid"));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        return f.readLine().trimmed().toLongLong();
    }
    bool stopImmediately()
    {
        return run(kBin + QStringLiteral("pg_ctl"),
                   { QStringLiteral("-D"), data(), QStringLiteral("-m"),
                       QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop") })
            == 0;
    }
    // Ends the server this fixture started, by its own pid (fast shutdown), and waits for it.
    void stop()
    {
        const qint64 p = pid();
        if (p <= 0)
            return;
        ::kill(pid_t(p), SIGINT);
        for (int i = 0; i < 300 && ::kill(pid_t(p), 0) == 0; ++i)
            QTest::qWait(50);
    }
    ~Server() { stop(); }

    int port() const { return m_port; }
    QString path() const { return m_path; }
    QString data() const { return m_path + QStringLiteral("/data"); }
    QString uri(
        const QString &login, const QString &extra = QStringLiteral("sslmode=disable")) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/postgres?%3")
            .arg(login)
            .arg(m_port)
            .arg(extra);
    }
    QString ca() const { return m_path + QStringLiteral("/ca.crt"); }
    QString otherCa() const { return m_path + QStringLiteral("/other-ca.crt"); }

private:
    static uid_t postgresUid()
    {
        QProcess p;
        p.start(QStringLiteral("id"), { QStringLiteral("-u"), QStringLiteral("postgres") });
        p.waitForFinished();
        return uid_t(p.readAll().trimmed().toUInt());
    }
    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_path);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(args.join(u' ')), p.readAll().constData());
            return false;
        }
        return true;
    }
    // A CA, a server certificate for localhost/127.0.0.1 signed by it, and an unrelated CA.
    bool makeCertificates()
    {
        const QString subj = QStringLiteral("-subj");
        bool ok = openssl({ QStringLiteral("req"), QStringLiteral("-x509"),
                      QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                      QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                      QStringLiteral("-out"), QStringLiteral("ca.crt"), QStringLiteral("-days"),
                      QStringLiteral("2"), subj, QStringLiteral("/CN=ShienPlan test CA") })
            && openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                QStringLiteral("other-ca.key"), QStringLiteral("-out"),
                QStringLiteral("other-ca.crt"), QStringLiteral("-days"), QStringLiteral("2"), subj,
                QStringLiteral("/CN=Another CA") })
            && openssl({ QStringLiteral("req"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"),
                subj, QStringLiteral("/CN=localhost") });
        if (!ok)
            return false;
        QFile ext(m_path + QStringLiteral("/san.ext"));
        ext.open(QIODevice::WriteOnly);
        ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        ext.close();
        ok = openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
            QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("san.ext") });
        if (!ok)
            return false;
        const QString key = m_path + QStringLiteral("/server.key");
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
        if (::getuid() == 0)
            for (const char *f : { "server.key", "server.crt" })
                ::chown((m_path + u'/' + QLatin1String(f)).toLocal8Bit().constData(), postgresUid(),
                    -1);
        return true;
    }

    QTemporaryDir m_dir { QDir::tempPath() + QStringLiteral("/shienplan-pg-XXXXXX") };
    QString m_path;
    int m_port = -1;
};

} // namespace pgfixture
