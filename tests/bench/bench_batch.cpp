// Benchmark: `shienplan-cli batch` over one plan for each of Japan's 1,741 municipalities.
// Builds the plans from the registry (a menu that fits each kind), writes them as JSON Lines,
// and times what issue 17 set targets for, each as the whole program a script runs (start,
// read, evaluate, print; 15 runs, median and best): `batch --summary`, the full `batch` output,
// `evaluate` of one plan, and the most memory the full output took (its peak resident size).
// Then the full batch in-process, without the program's start.
//
//   build/bin/bench_batch                 # prints the figures
//   build/bin/bench_batch --write F.jsonl # writes the plans for timing the program by hand
#include "cli/cli.h"
#include "core/registry/registry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace shienplan;

static QByteArray planLine(const LocalBody &b, int fy)
{
    QString menu, subs, staff;
    qint64 expenditure = 0;
    switch (b.kind) {
    case BodyKind::CoreCity:
        menu = QStringLiteral("center_municipal");
        subs = QStringLiteral(
            R"("consultation","ibasho","network","peer_family_meetings","public_lectures","needs_survey")");
        staff = QStringLiteral(R"({"coordinators":2})");
        expenditure = 25'000'000;
        break;
    case BodyKind::City:
    case BodyKind::SpecialWard:
        menu = QStringLiteral("station");
        subs = QStringLiteral(
            R"("consultation","ibasho","network","peer_family_meetings","needs_survey")");
        staff = QStringLiteral(R"({"coordinators":1})");
        expenditure = 14'000'000 + (b.code.left(5).toLongLong() % 997) * 1000;
        break;
    default:
        menu = QStringLiteral("support");
        subs = QStringLiteral(R"("consultation","ibasho","needs_survey")");
        staff = QStringLiteral(R"({"coordinators":0})");
        expenditure = 3'000'000 + (b.code.left(5).toLongLong() % 991) * 1000;
    }
    return QStringLiteral(
        R"({"format":"shienplan/plan","version":1,"fiscal_year":%1,"body":{"code":"%2"},)"
        R"("programs":[{"id":"p1","menu":"%3","subprojects":[%4],"staff":%5,"expenditure":%6}]})")
        .arg(fy)
        .arg(b.code, menu, subs, staff)
        .arg(expenditure)
        .toUtf8();
}

// Median and best wall time of 15 runs of the program, in ms; nothing when a run fails.
static bool timeProgram(const char *what, const QString &program, const QStringList &args)
{
    QList<qint64> times;
    for (int i = 0; i < 15; ++i) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() > 1) {
            std::fprintf(stderr, "%s: %s failed: %s\n", what, qPrintable(program),
                p.readAllStandardError().constData());
            return false;
        }
        times << t.nsecsElapsed();
    }
    std::sort(times.begin(), times.end());
    std::printf("%-34s median %6.1f ms, best %6.1f ms (15 runs, whole program)\n", what,
        times[7] / 1e6, times[0] / 1e6);
    return true;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QByteArray jsonl;
    int count = 0;
    for (const auto &b : Registry::bundled().all()) {
        if (b.kind == BodyKind::Prefecture || b.kind == BodyKind::DesignatedCity)
            continue;
        jsonl += planLine(b, 2025) + '\n';
        ++count;
    }
    // Designated cities run the prefectural-level center; they are municipalities too.
    for (const auto &b : Registry::bundled().all()) {
        if (b.kind != BodyKind::DesignatedCity)
            continue;
        jsonl
            += QStringLiteral(
                   R"({"format":"shienplan/plan","version":1,"fiscal_year":2025,"body":{"code":"%1"},)"
                   R"("programs":[{"id":"p1","menu":"center_prefectural","subprojects":["consultation","ibasho","network","peer_family_meetings","public_lectures","staff_training","municipal_backup"],"staff":{"coordinators":2},"expenditure":40000000}]})")
                   .arg(b.code)
                   .toUtf8()
            + '\n';
        ++count;
    }
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == QLatin1String("--write")) {
        QFile f(args[2]);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(jsonl);
        std::printf("wrote %d plans to %s\n", count, qPrintable(args[2]));
        return 0;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plans.jsonl"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(jsonl);
    f.close();
    // The program beside this benchmark in build/bin; the full output is timed last, so that
    // the children's peak resident size is its own (the others take less).
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/shienplan-cli");
    const QString one = dir.filePath(QStringLiteral("one.jsonl"));
    QFile single(one);
    if (!single.open(QIODevice::WriteOnly))
        return 1;
    single.write(jsonl.left(jsonl.indexOf('\n') + 1));
    single.close();
    if (!timeProgram("evaluate (one plan)", cli, { QStringLiteral("evaluate"), one })
        || !timeProgram("batch --summary (country)", cli,
            { QStringLiteral("batch"), path, QStringLiteral("--summary") })
        || !timeProgram("batch (country, full output)", cli, { QStringLiteral("batch"), path }))
        return 1;
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    std::printf("%-34s %.0f MB (peak resident size)\n", "batch (country, full output)",
        usage.ru_maxrss / 1024.0);

    QList<qint64> times;
    QByteArray last;
    for (int i = 0; i < 15; ++i) {
        cli::Output o;
        QElapsedTimer t;
        t.start();
        const int status = cli::run({ QStringLiteral("batch"), path }, o);
        times << t.nsecsElapsed();
        if (status == 2) {
            std::fprintf(stderr, "%s", o.err.constData());
            return 1;
        }
        last = o.out;
    }
    std::sort(times.begin(), times.end());
    std::printf("in-process batch over %d plans (%lld bytes in, %lld bytes out): median %.1f ms, "
                "best %.1f ms (15 runs)\n",
        count, (long long)jsonl.size(), (long long)last.size(), times[7] / 1e6, times[0] / 1e6);
    return 0;
}
