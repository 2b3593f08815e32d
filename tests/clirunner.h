#pragma once

// Running the built shienplan-cli from a test, the way a script would: in the test's own
// environment (tests/CMakeLists.txt points SHIENPLAN_RULES_DIR at an empty folder, so only the
// bundled rule books are seen), with a time limit, telling a crash apart from an exit status.

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace clirunner
{

inline constexpr int kTimeoutMs = 60'000;

struct CliResult {
    bool started = false;
    bool finished = false; // within kTimeoutMs
    bool crashed = false; // killed by a signal, not an exit status
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return started && finished && !crashed; }
};

// stdoutFile: the command's standard output goes to this file (e.g. /dev/full) instead.
inline CliResult runCli(const QStringList &args, const QString &stdoutFile = QString())
{
    CliResult r;
    QProcess p;
    p.setProgram(QStringLiteral(SHIENPLAN_CLI));
    p.setArguments(args);
    p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    p.start();
    r.started = p.waitForStarted(kTimeoutMs);
    if (!r.started)
        return r;
    r.finished = p.waitForFinished(kTimeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(kTimeoutMs);
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// What went wrong, for a failure message.
inline QByteArray describe(const QStringList &args, const CliResult &r)
{
    return "shienplan-cli " + args.join(u' ').toUtf8() + "\n  exit "
        + QByteArray::number(r.exitCode) + (r.crashed ? " (crashed)" : "")
        + (r.finished ? "" : " (timed out)") + "\n  stderr: " + r.err.left(2000)
        + "\n  stdout: " + r.out.left(2000);
}

} // namespace clirunner

// Every run must start, finish in time and end with an exit status (never a crash).
#define VERIFY_RAN(args, r)                                                                        \
    do {                                                                                           \
        QVERIFY2((r).started, "shienplan-cli did not start: " SHIENPLAN_CLI);                      \
        QVERIFY2((r).finished, clirunner::describe(args, r).constData());                          \
        QVERIFY2(!(r).crashed, clirunner::describe(args, r).constData());                          \
    } while (false)
