// Benchmark: the prefecture's server on a real PostgreSQL (tests/server/pgfixture.h, TLS off
// to measure the server rather than the handshake). Prints: one submission (median of 20, on an
// open connection), the whole country submitting (1,741 municipalities, each its own login and
// connection, 4 at a time), the officer's view of 北海道's 179 bodies, and the national totals
// read by the owner. Issue 16's targets: < 100 ms, < 60 s, < 1 s, < 2 s.
//
//   build/bin/bench_server

#include "core/interchange/documentjson.h"
#include "core/registry/registry.h"
#include "core/rules/rulebooklibrary.h"
#include "core/server/prefectureserver.h"
#include "tests/bench/timing.h"
#include "tests/server/pgfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace shienplan;

namespace
{

QByteArray planJson(const LocalBody &b, qint64 expenditure)
{
    return QStringLiteral(
        "{\"format\":\"shienplan/plan\",\"version\":1,\"title\":\"%1\",\"fiscal_year\":2025,"
        "\"body\":{\"code\":\"%2\",\"juso\":false},\"programs\":[{\"id\":\"st\",\"menu\":"
        "\"station\","
        "\"subprojects\":[\"consultation\",\"ibasho\",\"network\"],\"staff\":{\"coordinators\":1},"
        "\"expenditure\":%3}]}")
        .arg(b.name, b.code)
        .arg(expenditure)
        .toUtf8();
}

Submission submissionFor(const LocalBody &b, qint64 expenditure, const RuleBookLibrary &books)
{
    const QByteArray bytes = planJson(b, expenditure);
    return makeSubmission(documentFromPlansJson(bytes, Registry::bundled()), bytes,
        QStringLiteral("plan.json"), b.code, 2025, books, Registry::bundled());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    pgfixture::Server pg;
    if (!pg.start()) {
        std::fprintf(stderr, "bench_server: PostgreSQL did not start\n");
        return 1;
    }
    const Registry &registry = Registry::bundled();
    const RuleBookLibrary books = RuleBookLibrary::standard();
    const auto pw = [](const QString &login) { return login + QStringLiteral("-pw"); };
    try {
        PrefectureServer owner;
        owner.connect(ServerAddress::parse(pg.uri(pgfixture::kOwner)), pgfixture::kOwnerPassword);
        owner.init();
        QElapsedTimer setup;
        setup.start();
        QList<const LocalBody *> towns;
        for (const LocalBody &b : registry.all()) {
            const bool prefecture = b.kind == BodyKind::Prefecture;
            const QString login = (prefecture ? QStringLiteral("o") : QStringLiteral("p")) + b.code;
            owner.putUser(login, pw(login), b.code,
                prefecture ? QStringLiteral("officer") : QStringLiteral("planner"), registry);
            if (prefecture) {
                PrefectureServer officer;
                officer.connect(ServerAddress::parse(pg.uri(login)), pw(login));
                officer.openRequest(2025, QDate(2025, 6, 30), QStringLiteral("照会"));
            } else {
                towns << &b;
            }
        }
        std::printf("setup: %lld logins and 47 requests in %.1f s\n",
            qlonglong(registry.all().size()), setup.elapsed() / 1000.0);

        // One submission on an open connection (the window's case), 高岡市.
        const LocalBody *takaoka = registry.find(u"162027");
        PrefectureServer planner;
        planner.connect(
            ServerAddress::parse(pg.uri(QStringLiteral("p162027"))), pw(QStringLiteral("p162027")));
        const auto [median, best]
            = bench::timeIt(20, [&] { planner.submit(submissionFor(*takaoka, 12345678, books)); });
        std::printf(
            "one submission (evaluate + send): median %.1f ms, best %.1f ms\n", median, best);

        // The whole country, each body its own login: connect, evaluate, submit.
        QElapsedTimer country;
        country.start();
        std::atomic<int> next { 0 };
        std::atomic<int> failed { 0 };
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (int i = next++; i < towns.size(); i = next++) {
                    try {
                        PrefectureServer s;
                        const QString login = QStringLiteral("p") + towns[i]->code;
                        s.connect(ServerAddress::parse(pg.uri(login)), pw(login));
                        s.submit(submissionFor(*towns[i], 3000000 + i * 1001, books));
                    } catch (const ServerError &) {
                        ++failed;
                    }
                }
            });
        for (auto &t : threads)
            t.join();
        std::printf("%lld submissions (whole country, 4 at a time): %.1f s, %d failed\n",
            qlonglong(towns.size()), country.elapsed() / 1000.0, failed.load());

        PrefectureServer hokkaido;
        hokkaido.connect(
            ServerAddress::parse(pg.uri(QStringLiteral("o010006"))), pw(QStringLiteral("o010006")));
        int submitted = 0;
        const auto [officerMedian, officerBest] = bench::timeIt(5, [&] {
            submitted = 0;
            for (const BodyStatus &b : hokkaido.status(2025, registry))
                submitted += b.version > 0 ? 1 : 0;
        });
        std::printf(
            "officer's view of 北海道 (%d bodies submitted): median %.1f ms, best %.1f ms\n",
            submitted, officerMedian, officerBest);

        Totals national;
        const auto [totalMedian, totalBest] = bench::timeIt(5, [&] {
            national = Totals {};
            for (const BodyStatus &b : owner.status(2025, registry))
                national.add(b.totals);
        });
        std::printf("national totals from the server (国庫補助 %s): median %.1f ms, best %.1f ms\n",
            qPrintable(formatRange(national.national, u"ja")), totalMedian, totalBest);
    } catch (const ServerError &e) {
        std::fprintf(stderr, "bench_server: %s\n", qPrintable(e.message));
        return 1;
    }
    pg.stop();
    return 0;
}
