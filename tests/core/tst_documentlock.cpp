// The lock (core/document/documentlock): one writer per document, in one process and across
// processes, and a lock left by a killed process is taken over.
//
// The test executable runs itself as a helper process that holds a lock
// ("--helper-hold-lock PATH"): see main() at the end.

#include "core/document/documentlock.h"
#include "tests/testutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QtTest>

#include <cstdio>
#include <cstring>

using namespace shienplan;
using namespace testutil;

namespace
{

constexpr int kTimeoutMs = kHelperTimeoutMs;

// ---------------------------------------------------------------------------------------------
// Helper processes (run by main() before QTest)
// ---------------------------------------------------------------------------------------------

// --helper-hold-lock PATH: takes the document's lock, says "locked", and holds it until its
// stdin is closed (then unlocks and exits 0) or it is killed.
int helperHoldLock(const QString &path)
{
    DocumentLock lock(path);
    if (!lock.tryLock()) {
        std::printf("busy\n");
        std::fflush(stdout);
        return 3;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    while (std::getchar() != EOF) { }
    lock.unlock();
    return 0;
}

} // namespace

class TestDocumentLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void lockInOneProcess();
    void lockHeldByAnotherProcess_data();
    void lockHeldByAnotherProcess();

private:
    TestFolder m_tmp; // its tmpdir/ is this process's TMPDIR: empty after every test
    QString tmpPath(const QString &name) const { return m_tmp.path(name); }
    QString freshDir(const QString &name) const { return m_tmp.freshDir(name); }
};

void TestDocumentLock::initTestCase()
{
    START_DOCUMENT_TEST(m_tmp);
}

void TestDocumentLock::cleanup()
{
    VERIFY_NOTHING_LEFT_IN_TMP(m_tmp);
}

// ---------------------------------------------------------------------------------------------
// The lock
// ---------------------------------------------------------------------------------------------

void TestDocumentLock::lockInOneProcess()
{
    const QString dir = freshDir(QStringLiteral("lock"));
    const QString path = dir + QStringLiteral("/計画.shienplan");
    QCOMPARE(DocumentLock::lockPathFor(path), dir + QStringLiteral("/.~lock.計画.shienplan#"));

    DocumentLock first(path);
    DocumentLock second(path);
    QVERIFY(!first.isLocked());
    QVERIFY(first.tryLock());
    QVERIFY(first.isLocked());
    QVERIFY(first.tryLock()); // asking again while holding it is not an error
    QVERIFY(QFileInfo::exists(DocumentLock::lockPathFor(path)));

    QVERIFY(!second.tryLock());
    QVERIFY(!second.isLocked());
    const QString holder = second.holder();
    QVERIFY(!holder.isEmpty());
    QVERIFY2(
        holder.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(holder));

    first.unlock();
    QVERIFY(!first.isLocked());
    QVERIFY(!QFileInfo::exists(DocumentLock::lockPathFor(path)));
    QVERIFY(second.tryLock());
    QVERIFY(!first.tryLock());
    second.unlock();

    // A lock object going away releases the lock.
    {
        DocumentLock scoped(path);
        QVERIFY(scoped.tryLock());
    }
    QVERIFY(first.tryLock());
    first.unlock();
}

void TestDocumentLock::lockHeldByAnotherProcess_data()
{
    QTest::addColumn<bool>("kill");
    QTest::newRow("the other program closes the document") << false;
    QTest::newRow("the other program is killed (stale lock taken over)") << true;
}

void TestDocumentLock::lockHeldByAnotherProcess()
{
    QFETCH(bool, kill);
    const QString dir = freshDir(QStringLiteral("lock-process"));
    const QString path = dir + QStringLiteral("/計画.shienplan");
    QProcess other;
    Finally stop { [&] { killHelper(other); } };
    QString error;
    QVERIFY2(startHelper(other, { QStringLiteral("--helper-hold-lock"), path }, "locked", &error),
        qPrintable(error));

    DocumentLock mine(path);
    QVERIFY(!mine.tryLock());
    const QString holder = mine.holder();
    QVERIFY2(holder.contains(QString::number(other.processId())), qPrintable(holder));
    QVERIFY(!mine.tryLock()); // still, while the other one lives

    if (kill) {
        killHelper(other);
        // The lock file stays behind, naming a process that no longer runs.
        QVERIFY(QFileInfo::exists(DocumentLock::lockPathFor(path)));
    } else {
        other.closeWriteChannel(); // the helper unlocks and exits
        QVERIFY(other.waitForFinished(kTimeoutMs));
        QCOMPARE(other.exitStatus(), QProcess::NormalExit);
        QCOMPARE(other.exitCode(), 0);
        QVERIFY(!QFileInfo::exists(DocumentLock::lockPathFor(path)));
    }
    QVERIFY(mine.tryLock());
    QVERIFY(mine.isLocked());
    mine.unlock();
}

// QTEST_GUILESS_MAIN, plus the helper mode the test across processes starts this executable in.
int main(int argc, char **argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--helper-hold-lock") == 0) {
        // Not argv: on Windows it is in the ANSI code page, which has no 計画 in it.
        QCoreApplication app(argc, argv);
        return helperHoldLock(QCoreApplication::arguments().at(2));
    }
    QCoreApplication app(argc, argv);
    TestDocumentLock tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_documentlock.moc"
