#pragma once

// Helpers that every kind of test needs and that used to be copied from file to file: reading
// and writing a whole file, the paths of the test data and of the sources, a file's SHA-256,
// permission bits and a folder's listing (to prove that nothing was touched or left behind), a
// scope guard, a temporary folder with fresh sub-folders and a private TMPDIR, the set-up and the
// widget look-up of the window tests, and this test executable started again as a helper
// process (for locks and crashes).
//
// Everything is in namespace testutil; a test says `using namespace testutil;` or names what
// it uses.

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

#include <sys/stat.h>

namespace testutil
{

inline constexpr int kHelperTimeoutMs = 30'000;

// ---- Files -----------------------------------------------------------------------------------

// The whole file, or an empty array if it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Writes (replaces) the whole file; false if any byte did not get there.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A file of tests/data ("plans/station_basic.json").
inline QString dataPath(const QString &relative)
{
    return QStringLiteral(SHIENPLAN_TEST_DATA "/") + relative;
}

// A file of the source tree ("resources/rosters/r6_roster.csv").
inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(SHIENPLAN_SOURCE_DIR "/") + relative;
}

// The SHA-256 of a file, or "" if there is none: tests compare it before and after to show
// that a file was left byte for byte. A file without read permission is made readable for
// the moment.
inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    const QFileDevice::Permissions mode = f.permissions();
    const bool grant = f.exists() && !(mode & QFileDevice::ReadOwner);
    if (grant)
        f.setPermissions(mode | QFileDevice::ReadOwner);
    const bool opened = f.open(QIODevice::ReadOnly);
    if (grant)
        f.setPermissions(mode);
    if (!opened)
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// Everything in a folder, hidden files included, by name: a failed save or an open must not
// leave a temporary, journal or lock file beside the user's file.
inline QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// The permission bits of a file (0644), or 0 if it does not exist.
inline unsigned modeOf(const QString &path)
{
    struct stat st {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? unsigned(st.st_mode & 07777)
                                                                 : 0u;
}

// Runs `f` at the end of the scope (permissions restored even when a check fails or skips).
struct Finally {
    std::function<void()> f;
    ~Finally() { f(); }
};

// ---- A temporary folder for one test case ----------------------------------------------------

// A QTemporaryDir with named sub-folders, and optionally a private TMPDIR inside it so that a
// test can check after each test function that nothing was left in the temporary folder:
//
//     initTestCase(): QVERIFY(m_tmp.isValid()); QVERIFY(m_tmp.usePrivateTmp());
//                     QCOMPARE(QDir::tempPath(), QDir(m_tmp.privateTmp()).absolutePath());
//     cleanup():      const QStringList left = m_tmp.takeLeftovers(); QVERIFY2(left.isEmpty(), …);
class TestFolder
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    // A path inside the folder (nothing is created).
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // An empty sub-folder of that name (emptied if it was there).
    QString freshDir(const QString &name) const
    {
        const QString d = path(name);
        QDir(d).removeRecursively();
        QDir().mkpath(d);
        return d;
    }

    // Points this process's TMPDIR at a folder of its own inside (privateTmp()); false if the
    // folder could not be made.
    bool usePrivateTmp()
    {
        m_privateTmp = path(QStringLiteral("tmpdir"));
        if (!QDir().mkpath(m_privateTmp))
            return false;
        qputenv("TMPDIR", QFile::encodeName(m_privateTmp));
        // Windows takes its temporary folder from TMP (then TEMP), not TMPDIR.
        qputenv("TMP", QFile::encodeName(QDir::toNativeSeparators(m_privateTmp)));
        qputenv("TEMP", QFile::encodeName(QDir::toNativeSeparators(m_privateTmp)));
        return true;
    }
    QString privateTmp() const { return m_privateTmp; }
    // What is in the private TMPDIR, which is then emptied.
    QStringList takeLeftovers() const
    {
        if (m_privateTmp.isEmpty())
            return {};
        const QStringList left = listing(m_privateTmp);
        QDir(m_privateTmp).removeRecursively();
        QDir().mkpath(m_privateTmp);
        return left;
    }

private:
    QTemporaryDir m_dir;
    QString m_privateTmp;
};

// initTestCase() of a test of documents: a valid folder, no user rule books (an empty folder, if
// the environment does not already say one), and a private TMPDIR, since readDocument and
// writeDocument work in a temporary folder and cleanup() checks that nothing is left there.
#define START_DOCUMENT_TEST(folder)                                                                \
    do {                                                                                           \
        QVERIFY((folder).isValid());                                                               \
        if (qEnvironmentVariable("SHIENPLAN_RULES_DIR").isEmpty())                                 \
            qputenv("SHIENPLAN_RULES_DIR",                                                         \
                QFile::encodeName((folder).path(QStringLiteral("no-user-rules"))));                \
        QVERIFY((folder).usePrivateTmp());                                                         \
        QCOMPARE(QDir::tempPath(), QDir((folder).privateTmp()).absolutePath());                    \
    } while (false)

// cleanup(): nothing was left in the private TMPDIR (which is emptied for the next test).
#define VERIFY_NOTHING_LEFT_IN_TMP(folder)                                                         \
    do {                                                                                           \
        const QStringList left_ = (folder).takeLeftovers();                                        \
        QVERIFY2(left_.isEmpty(),                                                                  \
            qPrintable(QStringLiteral("left in the temporary folder: ") + left_.join(u", ")));     \
    } while (false)

// ---- Windows -----------------------------------------------------------------------------------

// initTestCase() of a test of the planner's window: QStandardPaths in test mode (the tester's own
// settings and recent files stay untouched) and the recovery files in `recoveryDir` (a folder of
// the test's own temporary folder), never in the user's.
inline void useTestPathsAndRecoveryDir(const QString &recoveryDir)
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("SHIENPLAN_RECOVERY_DIR", QFile::encodeName(recoveryDir));
#ifdef Q_OS_WIN
    // On Windows QSettings is the registry, which test mode leaves alone, and with no
    // organization name (a test sets none) it refuses every write (measured under Wine): the
    // tests keep their settings in an INI file beside the recovery folder instead.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
        QFileInfo(recoveryDir).dir().filePath(QStringLiteral("settings")));
#endif
}

// The child of that objectName; a missing one ends the test run (qFatal), since every check
// after it would be about nothing.
template <typename T> T *child(QObject *w, const char *name)
{
    T *c = w->findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qFatal("no widget %s", name);
    return c;
}

// ---- This executable as a helper process -----------------------------------------------------

// Starts this test executable with `args` (its main() runs a helper mode for them) and waits
// for its first line, which must be `expectedLine`.
inline bool startHelper(QProcess &p, const QStringList &args, const QByteArray &expectedLine,
    QString *error, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    p.setProgram(QCoreApplication::applicationFilePath());
    p.setArguments(args);
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForStarted(kHelperTimeoutMs)) {
        *error = QStringLiteral("helper did not start: ") + p.errorString();
        return false;
    }
    QElapsedTimer t;
    t.start();
    while (!p.canReadLine()) {
        if (t.elapsed() > kHelperTimeoutMs || p.state() == QProcess::NotRunning) {
            *error = QStringLiteral("helper gave no line; stderr: ")
                + QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        p.waitForReadyRead(100);
    }
    const QByteArray line = p.readLine().trimmed();
    if (line != expectedLine) {
        *error = QStringLiteral("helper said \"%1\", expected \"%2\"")
                     .arg(QString::fromUtf8(line), QString::fromUtf8(expectedLine));
        return false;
    }
    return true;
}

// SIGKILL: no destructor, no unlock, no cleanup — a crash.
inline void killHelper(QProcess &p)
{
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(kHelperTimeoutMs);
    }
}

} // namespace testutil
