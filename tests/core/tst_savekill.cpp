// A save interrupted at any moment leaves either the old or the new document, never a broken
// one (issue 3). The test runs this executable as a writer ("--save-loop PATH": writes
// document A, then B, then A, … over the same file, forever), kills it with SIGKILL after a
// random 5–120 ms, and opens the file: it must open without error and be exactly A or B.
// 40 rounds, bounded to about 20 seconds; the random generator's seed is printed, and
// SHIENPLAN_SAVEKILL_SEED=N replays a run.
//
// A and B differ in size (3 and 40 scenarios) so that a write takes long enough to be hit in
// the middle, and the file's size changes with every save.
//
// What a kill may leave behind, and why it is acceptable:
// - writeDocument builds the database in a temporary folder (QTemporaryDir under TMPDIR); a
//   killed writer cannot remove it. It is in the system's temporary folder, never beside the
//   user's file. The writer here gets a TMPDIR of its own so the test can count and remove them.
// - QSaveFile writes the new file beside the document and renames it over the document. On
//   Linux Qt writes it unnamed (O_TMPFILE, seen with strace), links it as
//   "NAME.shienplan.XXXXXX" only when committing, and renames that at once; a kill between the
//   link and the rename leaves that file (complete, but not the document). Elsewhere it is
//   named from the start and a kill at any time may leave it. Such a file never ends in
//   ".shienplan", so the file dialog (filter *.shienplan) and anything else looking for
//   documents does not take it for one. The test checks exactly that: nothing in the folder but
//   the document ends in .shienplan; it reports how many temporary files it saw (0 in practice
//   on Linux, the window being a few microseconds).

#include "core/document/documentfile.h"
#include "tests/testutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace shienplan;

namespace
{

constexpr int kRounds = 40;
constexpr qint64 kBudgetMs = 20'000; // stop starting new rounds after this
constexpr int kMinRounds = 10; // fewer than this within the budget is a failure
constexpr int kTimeoutMs = 30'000;

Program program(int i)
{
    Program p;
    p.id = QStringLiteral("p%1").arg(i);
    p.menu = i % 2 ? QStringLiteral("support") : QStringLiteral("station");
    p.subprojects
        = { QStringLiteral("consultation"), QStringLiteral("ibasho"), QStringLiteral("network") };
    if (i % 3 == 0)
        p.subprojects << QStringLiteral("needs_survey");
    p.staff = { { QStringLiteral("coordinators"), 1 + i % 2 } };
    p.expenditure = Yen(10'000'000 + i * 1'001);
    p.otherIncome = Yen(i * 100);
    p.yearsRunning = 1 + i % 3;
    if (i % 4 == 0)
        p.startup = StartupSupport { Fraction(1, 4), 1 };
    p.nextYearMenu = p.menu; // every text set: see BUG 1 in tst_documentfile.cpp
    if (i % 5 == 0)
        p.joint = { JointMember { QStringLiteral("162019"), Fraction(2, 7) },
            JointMember { QStringLiteral("162027"), Fraction(5, 7) } };
    return p;
}

// A document of `scenarios` scenarios, two programs each; `tag` tells A from B everywhere.
Document document(const QString &tag, int scenarios)
{
    Document d;
    d.title = QStringLiteral("文書%1").arg(tag);
    for (int s = 0; s < scenarios; ++s) {
        Scenario sc;
        sc.plan.alternative = QStringLiteral("%1-案%2").arg(tag).arg(s + 1);
        sc.plan.title = QStringLiteral("富山市 %1").arg(sc.plan.alternative);
        sc.plan.fiscalYear = 2025;
        sc.plan.body.code = QStringLiteral("162019");
        sc.plan.body.name = QStringLiteral("富山市");
        sc.plan.body.kind = BodyKind::CoreCity;
        sc.plan.body.prefectureCode = QStringLiteral("160008");
        sc.plan.body.population = 406'000 + s;
        sc.plan.programs = { program(2 * s), program(2 * s + 1) };
        d.scenarios << sc;
    }
    RuleOverride o;
    o.fiscalYear = 2025;
    o.menu = QStringLiteral("station");
    o.item = OverrideItem::Base;
    o.key = QStringLiteral("");
    o.amount = YenRange::exact(10'000'000);
    o.source = QStringLiteral("令和7年度交付要綱 別表 (%1)").arg(tag);
    o.note = QStringLiteral("");
    d.overrides = { o };
    d.notes = { Note {
        QDateTime::fromString(QStringLiteral("2025-04-01T09:30:00.000Z"), Qt::ISODateWithMs),
        QStringLiteral("山田"), QStringLiteral("メモ%1").arg(tag), -1 } };
    d.log = { ChangeEntry {
        QDateTime::fromString(QStringLiteral("2025-04-01T09:31:00.000Z"), Qt::ISODateWithMs),
        QStringLiteral("山田"), QStringLiteral("set_title"),
        QStringLiteral("題名を「文書%1」に変更").arg(tag) } };
    return d;
}

Document documentA()
{
    return document(QStringLiteral("A"), 3);
}
Document documentB()
{
    return document(QStringLiteral("B"), 40);
}

// --save-loop PATH: says "saving" once, then saves A and B alternately until killed. Nothing
// is printed in the loop (a full pipe would block the writer and skew where the kill lands).
int saveLoop(const QString &path)
{
    const Document a = documentA();
    const Document b = documentB();
    // One save before saying "saving", removed again: what the first save of a process does
    // once (loading the SQLite driver, the registry) is then behind us, so that the kills land
    // in saves that take what the parent measured (under the sanitizers the first one takes
    // longer than the longest delay, and B was never seen).
    const QString warm = QDir::temp().filePath(QStringLiteral("warm-up.shienplan"));
    try {
        writeDocument(b, warm);
    } catch (const DocumentError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
        return 3;
    }
    QFile::remove(warm);
    std::printf("saving\n");
    std::fflush(stdout);
    for (;;) {
        for (const Document *d : { &b, &a }) {
            try {
                writeDocument(*d, path);
            } catch (const DocumentError &e) {
                std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
                return 3;
            }
        }
    }
}

using testutil::listing;

} // namespace

class TestSaveKill : public QObject
{
    Q_OBJECT

private slots:
    void killDuringSave();
};

void TestSaveKill::killDuringSave()
{
    bool fromEnv = false;
    const quint32 seed = qEnvironmentVariable("SHIENPLAN_SAVEKILL_SEED").toUInt(&fromEnv);
    const quint32 usedSeed = fromEnv ? seed : 20250401u;
    qInfo("seed %u (replay with SHIENPLAN_SAVEKILL_SEED=%u)", usedSeed, usedSeed);
    QRandomGenerator random(usedSeed);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString folder = tmp.filePath(QStringLiteral("documents"));
    const QString writerTmp = tmp.filePath(QStringLiteral("writer-tmp"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QDir().mkpath(writerTmp));
    const QString path = folder + QStringLiteral("/計画.shienplan");
    const Document a = documentA();
    const Document b = documentB();
    try {
        writeDocument(a, path); // the file exists before the first kill
    } catch (const DocumentError &e) {
        QFAIL(qPrintable(e.toString()));
    }

    // How long one save of B takes here (median of 3), so the log shows whether the kills can
    // land inside one, and whether B can be expected to be seen at all (below).
    QList<qint64> times;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        try {
            writeDocument(b, tmp.filePath(QStringLiteral("timing.shienplan")));
        } catch (const DocumentError &e) {
            QFAIL(qPrintable(e.toString()));
        }
        times << t.elapsed();
    }
    std::sort(times.begin(), times.end());
    const qint64 saveMs = times[1];

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), writerTmp);
    int rounds = 0, sawA = 0, sawB = 0, strayTemporaries = 0;
    QElapsedTimer budget;
    budget.start();
    while (rounds < kRounds && budget.elapsed() < kBudgetMs) {
        ++rounds;
        const int delayMs = int(random.bounded(5, 121));
        QProcess writer;
        writer.setProgram(QCoreApplication::applicationFilePath());
        writer.setArguments({ QStringLiteral("--save-loop"), path });
        writer.setProcessEnvironment(env);
        writer.start();
        QVERIFY2(writer.waitForStarted(kTimeoutMs), qPrintable(writer.errorString()));
        while (!writer.canReadLine() && writer.state() == QProcess::Running)
            writer.waitForReadyRead(100);
        QCOMPARE(writer.readLine().trimmed(), QByteArray("saving"));
        QThread::msleep(ulong(delayMs));
        const bool stillRunning = writer.state() == QProcess::Running;
        writer.kill();
        writer.waitForFinished(kTimeoutMs);
        QVERIFY2(stillRunning,
            qPrintable(QStringLiteral("round %1: the writer stopped by itself: %2")
                           .arg(rounds)
                           .arg(QString::fromUtf8(writer.readAllStandardError()))));

        Document got;
        try {
            got = readDocument(path);
        } catch (const DocumentError &e) {
            QFAIL(qPrintable(QStringLiteral("round %1 (killed after %2 ms): %3")
                                 .arg(rounds)
                                 .arg(delayMs)
                                 .arg(e.toString())));
        }
        const bool isA = got == a;
        const bool isB = got == b;
        QVERIFY2(isA || isB,
            qPrintable(QStringLiteral("round %1 (killed after %2 ms): the file is neither A nor B "
                                      "(title \"%3\", %4 scenarios)")
                           .arg(rounds)
                           .arg(delayMs)
                           .arg(got.title)
                           .arg(got.scenarios.size())));
        sawA += isA;
        sawB += isB;

        // Nothing the kill left in the folder passes for a document.
        for (const QString &name : listing(folder)) {
            if (name == QFileInfo(path).fileName())
                continue;
            QVERIFY2(!name.endsWith(QStringLiteral(".shienplan")),
                qPrintable(
                    QStringLiteral("round %1: \"%2\" beside the document looks like a document")
                        .arg(rounds)
                        .arg(name)));
            ++strayTemporaries;
            QFile::remove(folder + u'/' + name); // counted once
        }
    }
    const int leftInTmp = int(listing(writerTmp).size());
    qInfo(
        "%d rounds in %lld ms; one save of B takes about %lld ms; the file was A %d times, B %d "
        "times; "
        "%d temporary files beside the document, %d temporary folders left in the writer's TMPDIR",
        rounds, budget.elapsed(), saveMs, sawA, sawB, strayTemporaries, leftInTmp);
    QVERIFY2(rounds >= kMinRounds,
        qPrintable(QStringLiteral("only %1 rounds within %2 ms").arg(rounds).arg(kBudgetMs)));
    // Both versions seen: the writer really got to save (and to be interrupted) between kills,
    // or the test would only ever have read the file written before the first round. On a
    // machine so loaded that one save takes half the longest delay, B may never complete in
    // time; then this is only a warning, the checks above still hold.
    if (saveMs < 60)
        QVERIFY2(sawA > 0 && sawB > 0, "only one of the two documents was ever read back");
    else if (sawA == 0 || sawB == 0)
        qWarning(
            "only one of the two documents was read back; saves are slow here (%lld ms)", saveMs);
}

// QTEST_GUILESS_MAIN, plus the writer mode.
int main(int argc, char **argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--save-loop") == 0) {
        // Not argv: on Windows it is in the ANSI code page, which has no 計画 in it.
        QCoreApplication app(argc, argv);
        return saveLoop(QCoreApplication::arguments().at(2));
    }
    QCoreApplication app(argc, argv);
    TestSaveKill tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_savekill.moc"
