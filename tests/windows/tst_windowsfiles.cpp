// The .shienplan file on Windows (built only for Windows; run under Wine by
// scripts/windows/build.sh): what the Linux suites check with POSIX means (chmod, rlimit), in
// Windows' terms, and what only Windows has.
// - A Japanese path, as a planner's (…\Users\山田\Documents\高岡市 計画.shienplan): saved, read
//   back equal, locked with its lock file beside it.
// - A read-only file (the read-only attribute, which even an administrator's save meets):
//   the save is refused in one message naming the file, and the old file stays byte for byte.
// - A file held open by another program (another ShienPlan reading it, a backup tool, Excel on
//   a CSV beside it…): Windows refuses to replace a file another process has open without
//   delete sharing, which Linux never does. The save must then fail cleanly — one message, the
//   old file intact, no half-written or temporary .shienplan beside it — and succeed once the
//   other program has let go. Reading a file another process holds open works.
// A save killed half-way and a lock held by a killed process are tst_savekill and
// tst_documentlock, which run under Wine unchanged.
//
// The executable runs itself as the other program ("--helper-hold-open PATH": opens the file
// for reading as QFile does, says "open", and keeps it open until its stdin closes).

#include "core/document/documentfile.h"
#include "core/document/documentlock.h"
#include "tests/documentfixtures.h"
#include "tests/testutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QtTest>

#include <cstdio>

using namespace shienplan;
using namespace testutil;

namespace
{

int helperHoldOpen(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::printf("cannot open\n");
        std::fflush(stdout);
        return 3;
    }
    std::printf("open\n");
    std::fflush(stdout);
    while (std::getchar() != EOF) { }
    return 0;
}

// Everything in `dir` that a file dialog filtering *.shienplan would offer.
QStringList documentsIn(const QString &dir)
{
    return QDir(dir).entryList({ QStringLiteral("*.shienplan") }, QDir::Files);
}

} // namespace

class TestWindowsFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Windows takes its temporary folder from TMP (then TEMP), not from the TMPDIR that
        // usePrivateTmp() sets: point them at the same private folder first.
        const QByteArray tmp
            = QFile::encodeName(QDir::toNativeSeparators(m_folder.path(QStringLiteral("tmpdir"))));
        qputenv("TMP", tmp);
        qputenv("TEMP", tmp);
        START_DOCUMENT_TEST(m_folder);
    }
    void cleanup() { VERIFY_NOTHING_LEFT_IN_TMP(m_folder); }

    void japanesePath();
    void readOnlyFile();
    void fileHeldOpenByAnotherProcess();

private:
    TestFolder m_folder;
};

void TestWindowsFiles::japanesePath()
{
    const QString dir = m_folder.path(QStringLiteral("Users/山田/Documents"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/高岡市 計画.shienplan");
    const Document doc = richDocument();
    const auto e = documentErrorOf([&] { writeDocument(doc, path); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    // The name on disk is the Japanese one (not an 8.3 or a mangled name).
    QCOMPARE(documentsIn(dir), QStringList { QStringLiteral("高岡市 計画.shienplan") });
    QCOMPARE(differenceOf(readDocument(path), doc), QString());

    DocumentLock lock(path);
    QVERIFY(lock.tryLock());
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/.~lock.高岡市 計画.shienplan#")));
    DocumentLock second(path);
    QVERIFY(!second.tryLock());
    lock.unlock();
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/.~lock.高岡市 計画.shienplan#")));
}

void TestWindowsFiles::readOnlyFile()
{
    const QString dir = m_folder.freshDir(QStringLiteral("readonly"));
    const QString path = dir + QStringLiteral("/計画.shienplan");
    Document old = richDocument();
    old.title = QStringLiteral("変更前");
    writeDocument(old, path);
    const QByteArray before = sha256(path);
    // On Windows, dropping the write permissions sets the read-only attribute.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser));
    Finally restore { [&] {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } };
    QVERIFY(!QFileInfo(path).isWritable());

    Document newer = richDocument();
    newer.title = QStringLiteral("変更後");
    const auto e = documentErrorOf([&] { writeDocument(newer, path); });
    QVERIFY2(e, "a read-only file was replaced");
    QCOMPARE(e->file, path);
    QVERIFY2(!e->toString().contains(u'\n'), qPrintable(e->toString()));
    QCOMPARE(sha256(path), before);
    QCOMPARE(documentsIn(dir), QStringList { QStringLiteral("計画.shienplan") });
    QCOMPARE(readDocument(path).title, old.title);
}

void TestWindowsFiles::fileHeldOpenByAnotherProcess()
{
    const QString dir = m_folder.freshDir(QStringLiteral("held"));
    const QString path = dir + QStringLiteral("/開いている計画.shienplan");
    Document old = richDocument();
    old.title = QStringLiteral("変更前");
    writeDocument(old, path);
    const QByteArray before = sha256(path);

    QProcess other;
    Finally stop { [&] { killHelper(other); } };
    QString error;
    QVERIFY2(startHelper(other, { QStringLiteral("--helper-hold-open"), path }, "open", &error),
        qPrintable(error));

    // Reading while another program has it open works.
    QCOMPARE(readDocument(path).title, old.title);

    Document newer = richDocument();
    newer.title = QStringLiteral("変更後");
    const auto e = documentErrorOf([&] { writeDocument(newer, path); });
#ifdef Q_OS_WIN
    // Windows keeps a file another process holds open: the replace is refused…
    QVERIFY2(e, "the file another process holds open was replaced");
    QCOMPARE(e->file, path);
    QVERIFY2(!e->toString().contains(u'\n'), qPrintable(e->toString()));
    QCOMPARE(sha256(path), before);
    QCOMPARE(readDocument(path).title, old.title);
#else
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
#endif
    // …and leaves nothing that looks like a document beside it.
    QCOMPARE(documentsIn(dir), QStringList { QFileInfo(path).fileName() });

    // Once the other program lets go, the same save goes through.
    other.closeWriteChannel();
    QVERIFY(other.waitForFinished(kHelperTimeoutMs));
    QCOMPARE(other.exitCode(), 0);
    const auto again = documentErrorOf([&] { writeDocument(newer, path); });
    QVERIFY2(!again, qPrintable(again ? again->toString() : QString()));
    QCOMPARE(readDocument(path).title, newer.title);
    QCOMPARE(documentsIn(dir), QStringList { QFileInfo(path).fileName() });
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // arguments(), not argv: on Windows argv is in the ANSI code page, which loses the Japanese
    // file name; arguments() reads the command line as UTF-16.
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--helper-hold-open"))
        return helperHoldOpen(args.at(2));
    TestWindowsFiles t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_windowsfiles.moc"
