// Recovery (core/document/recovery): autosave copies are found again after a restart (and after
// a real kill), open equal to what was saved, never touch the user's file, and go away after a
// save; the Autosaver writes them when the planner pauses, within an interval while they keep
// editing, and reports a copy it cannot write.
//
// The test executable runs itself as a helper process that edits under an Autosaver and is
// killed ("--helper-autosave DIR ORIGINAL"): see main() at the end.

#include "core/document/documentfile.h"
#include "core/document/recovery.h"
#include "tests/documentfixtures.h"
#include "tests/testutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <cstring>

using namespace shienplan;
using namespace testutil;

namespace
{

// ---------------------------------------------------------------------------------------------
// Helper processes (run by main() before QTest)
// ---------------------------------------------------------------------------------------------

// --helper-autosave DIR ORIGINAL: edits richDocument() under an Autosaver (short timers),
// says "copy" once the recovery copy is written, and then keeps running, unsaved, until killed.
int helperAutosave(const QString &dir, const QString &original)
{
    Autosaver saver(
        RecoveryStore(dir), original, original, [] { return richDocument(); }, 200, 50);
    QObject::connect(&saver, &Autosaver::copyWritten, [] {
        std::printf("copy\n");
        std::fflush(stdout);
    });
    QObject::connect(&saver, &Autosaver::copyFailed, [](const QString &m) {
        std::printf("failed %s\n", qPrintable(m));
        std::fflush(stdout);
    });
    saver.touched();
    return QCoreApplication::exec();
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void recoveryAfterRestart();
    void recoveryAfterKilledProcess();
    void autosaverWritesWhenIdle();
    void autosaverWritesWithinInterval();
    void autosaverReportsFailure();

private:
    TestFolder m_tmp; // its tmpdir/ is this process's TMPDIR: empty after every test
    QString tmpPath(const QString &name) const { return m_tmp.path(name); }
    QString freshDir(const QString &name) const { return m_tmp.freshDir(name); }
};

void TestRecovery::initTestCase()
{
    START_DOCUMENT_TEST(m_tmp);
}

void TestRecovery::cleanup()
{
    VERIFY_NOTHING_LEFT_IN_TMP(m_tmp);
}

// ---------------------------------------------------------------------------------------------
// Recovery
// ---------------------------------------------------------------------------------------------

// The program saves a recovery copy, "crashes" (its objects are simply gone), and a new
// RecoveryStore — the next start — finds the copy, opens it, and only then lets it go.
void TestRecovery::recoveryAfterRestart()
{
    QTemporaryDir recoveryDir(tmpPath(QStringLiteral("recovery-XXXXXX")));
    QVERIFY(recoveryDir.isValid());
    const QByteArray oldEnv = qgetenv("SHIENPLAN_RECOVERY_DIR");
    qputenv("SHIENPLAN_RECOVERY_DIR", QFile::encodeName(recoveryDir.path()));
    Finally env { [oldEnv] {
        if (oldEnv.isNull())
            qunsetenv("SHIENPLAN_RECOVERY_DIR");
        else
            qputenv("SHIENPLAN_RECOVERY_DIR", oldEnv);
    } };

    const QString dir = freshDir(QStringLiteral("recovery-user"));
    const QString original = dir + QStringLiteral("/計画.shienplan");
    Document saved = richDocument();
    saved.title = QStringLiteral("保存した版");
    auto e = documentErrorOf([&] { writeDocument(saved, original); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    const QByteArray userFile = sha256(original);

    Document edited = richDocument();
    edited.title = QStringLiteral("編集中の版");
    edited.scenarios[0].plan.programs[1].expenditure = Yen(15'500'000); // p2: no cost lines
    Document untitled = richDocument();
    untitled.title = QStringLiteral("無題");
    untitled.scenarios.removeLast();
    const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-1);
    {
        const RecoveryStore store;
        QCOMPARE(store.dir(), recoveryDir.path());
        e = documentErrorOf([&] { store.save(edited, original, original); });
        QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
        QTest::qWait(5); // distinct times, so "newest first" is defined
        e = documentErrorOf(
            [&] { store.save(untitled, QStringLiteral("session-1234"), QString()); });
        QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    }
    const QDateTime end = QDateTime::currentDateTimeUtc().addMSecs(1);

    const RecoveryStore afterCrash;
    const QList<RecoveredCopy> copies = afterCrash.list();
    QCOMPARE(copies.size(), 2);
    // Newest first: the never-saved document, then the edited one.
    QCOMPARE(copies[0].title, untitled.title);
    QVERIFY(copies[0].originalPath.isEmpty());
    QCOMPARE(copies[1].title, edited.title);
    QCOMPARE(copies[1].originalPath, original);
    for (const auto &c : copies) {
        QVERIFY2(c.savedAt >= start && c.savedAt <= end,
            qPrintable(c.savedAt.toString(Qt::ISODateWithMs)));
        QVERIFY(c.copyPath.startsWith(recoveryDir.path()));
        QVERIFY(c.copyPath.endsWith(QStringLiteral(".shienplan")));
    }
    Document recovered;
    e = documentErrorOf([&] { recovered = afterCrash.open(copies[1]); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    COMPARE_DOCUMENTS(recovered, edited);
    e = documentErrorOf([&] { recovered = afterCrash.open(copies[0]); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    COMPARE_DOCUMENTS(recovered, untitled);
    // Saving, listing and opening copies never touched the user's file.
    QCOMPARE(sha256(original), userFile);
    QCOMPARE(listing(dir), QStringList { QStringLiteral("計画.shienplan") });

    // A newer autosave of the same document replaces its copy rather than adding one.
    e = documentErrorOf([&] { afterCrash.save(saved, original, original); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    QCOMPARE(afterCrash.list().size(), 2);

    afterCrash.discard(original);
    const QList<RecoveredCopy> left = afterCrash.list();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left[0].title, untitled.title);
    QVERIFY(!QFileInfo::exists(copies[1].copyPath));
    afterCrash.discard(QStringLiteral("session-1234"));
    QVERIFY(afterCrash.list().isEmpty());
    QVERIFY(listing(recoveryDir.path()).isEmpty());
    QCOMPARE(sha256(original), userFile);
}

// A real crash: a helper process edits under an Autosaver, writes its copy, and is killed.
void TestRecovery::recoveryAfterKilledProcess()
{
    const QString recoveryDir = freshDir(QStringLiteral("recovery-killed"));
    const QString dir = freshDir(QStringLiteral("recovery-killed-user"));
    const QString original = dir + QStringLiteral("/計画.shienplan");
    Document saved = richDocument();
    saved.title = QStringLiteral("保存した版");
    auto e = documentErrorOf([&] { writeDocument(saved, original); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    const QByteArray userFile = sha256(original);

    // The helper gets its own TMPDIR: a killed writer may leave its temporary folder behind.
    const QString helperTmp = freshDir(QStringLiteral("recovery-killed-tmp"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), helperTmp);
    QProcess helper;
    Finally stop { [&] { killHelper(helper); } };
    QString error;
    QVERIFY2(startHelper(helper, { QStringLiteral("--helper-autosave"), recoveryDir, original },
                 "copy", &error, env),
        qPrintable(error));
    killHelper(helper);
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

    const RecoveryStore store(recoveryDir);
    const QList<RecoveredCopy> copies = store.list();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies[0].originalPath, original);
    QCOMPARE(copies[0].title, richDocument().title);
    Document recovered;
    e = documentErrorOf([&] { recovered = store.open(copies[0]); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    COMPARE_DOCUMENTS(recovered, richDocument());
    // The user's file is still the saved version: only the planner decides to replace it.
    QCOMPARE(sha256(original), userFile);
    QCOMPARE(readDocument(original).title, saved.title);
}

void TestRecovery::autosaverWritesWhenIdle()
{
    const QString recoveryDir = freshDir(QStringLiteral("autosave-idle"));
    const QString original = tmpPath(QStringLiteral("autosave-idle.shienplan"));
    Document current = richDocument();
    Autosaver saver(
        RecoveryStore(recoveryDir), original, original, [&current] { return current; }, 200, 50);
    QSignalSpy written(&saver, &Autosaver::copyWritten);
    QSignalSpy failed(&saver, &Autosaver::copyFailed);

    saver.touched();
    QTRY_COMPARE(saver.copiesWritten(), 1);
    QCOMPARE(written.count(), 1);
    QCOMPARE(failed.count(), 0);
    const RecoveryStore store(recoveryDir);
    QList<RecoveredCopy> copies = store.list();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies[0].copyPath, written.first().first().toString());
    QCOMPARE(copies[0].originalPath, original);
    COMPARE_DOCUMENTS(store.open(copies[0]), current);

    // Nothing new, nothing written: the copy is not rewritten while nothing changes.
    QTest::qWait(300);
    QCOMPARE(saver.copiesWritten(), 1);

    // A further edit writes a newer copy over the old one.
    current.title = QStringLiteral("さらに編集");
    saver.touched();
    QTRY_COMPARE(saver.copiesWritten(), 2);
    copies = store.list();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies[0].title, current.title);

    // The planner saves: the copy goes, and no timer brings it back.
    saver.saved();
    QVERIFY(store.list().isEmpty());
    QTest::qWait(300);
    QVERIFY(store.list().isEmpty());
    QCOMPARE(saver.copiesWritten(), 2);

    // Save As moves the key to the new path; closing on purpose keeps no copy.
    const QString renamed = tmpPath(QStringLiteral("autosave-renamed.shienplan"));
    saver.touched();
    saver.saved(renamed);
    saver.touched();
    QTRY_COMPARE(saver.copiesWritten(), 3);
    copies = store.list();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies[0].originalPath, renamed);
    saver.closed();
    QVERIFY(store.list().isEmpty());
}

// An edit every 30 ms never lets the 1 s idle timer fire; the 200 ms interval still writes.
void TestRecovery::autosaverWritesWithinInterval()
{
    const QString recoveryDir = freshDir(QStringLiteral("autosave-interval"));
    Autosaver saver(
        RecoveryStore(recoveryDir), QStringLiteral("session-interval"), QString(),
        [] { return richDocument(); }, 200, 1000);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 600) {
        saver.touched();
        QTest::qWait(30);
    }
    QVERIFY2(
        saver.copiesWritten() >= 1, "no copy within the interval while the planner kept editing");
    QCOMPARE(RecoveryStore(recoveryDir).list().size(), 1);
    saver.closed();
    QVERIFY(RecoveryStore(recoveryDir).list().isEmpty());
}

// An autosave that cannot be written is reported (the window shows it), not thrown.
void TestRecovery::autosaverReportsFailure()
{
    const QString blocker = tmpPath(QStringLiteral("autosave-blocked"));
    QDir(blocker).removeRecursively();
    QVERIFY(writeFile(blocker, "a file where the recovery folder should be"));
    const QByteArray before = sha256(blocker);
    Autosaver saver(
        RecoveryStore(blocker + QStringLiteral("/recovery")), QStringLiteral("session-blocked"),
        QString(), [] { return richDocument(); }, 200, 50);
    QSignalSpy failed(&saver, &Autosaver::copyFailed);
    saver.touched();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(saver.copiesWritten(), 0);
    QVERIFY2(failed.first().first().toString().contains(blocker),
        qPrintable(failed.first().first().toString()));
    QCOMPARE(sha256(blocker), before);
}

// QTEST_GUILESS_MAIN, plus the helper mode the crash test starts this executable in.
int main(int argc, char **argv)
{
    if (argc >= 4 && std::strcmp(argv[1], "--helper-autosave") == 0) {
        // Not argv: on Windows it is in the ANSI code page, which has no 計画 in it.
        QCoreApplication app(argc, argv);
        return helperAutosave(
            QCoreApplication::arguments().at(2), QCoreApplication::arguments().at(3));
    }
    QCoreApplication app(argc, argv);
    TestRecovery tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_recovery.moc"
