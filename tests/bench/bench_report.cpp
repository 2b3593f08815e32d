// Benchmark: the reports of a document with 100 scenarios (issue 5: "under two seconds").
// Each format is the whole export as the window and shienplan-cli do it: evaluating every
// scenario, laying the report out and writing the file through a temporary file renamed into
// place. Median and best of 5 runs each.
//
//   QT_QPA_PLATFORM=offscreen build/bin/bench_report            # or: cmake --build build --target
//   bench build/bin/bench_report --keep DIR                           # also leaves
//   report.pdf/.xlsx/.csv in DIR
#include "core/base/catalogue.h"
#include "core/registry/registry.h"
#include "core/rules/rulebooklibrary.h"
#include "report/reportwriter.h"
#include "tests/bench/timing.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace shienplan;

// 100 alternatives a planner might weigh for one city: support, station (with and without
// start-up support, with every optional sub-project) and a center, at different costs.
static Document hundredScenarios()
{
    Document d;
    d.title = QStringLiteral("令和7年度 高岡市 ひきこもり支援 計画案（100案の比較）");
    const LocalBody *body = Registry::bundled().find(u"162027");
    const QStringList optional { QStringLiteral("peer_family_meetings"),
        QStringLiteral("public_lectures"), QStringLiteral("supporters"),
        QStringLiteral("private_partners"), QStringLiteral("needs_survey") };
    for (int i = 0; i < 100; ++i) {
        Scenario s;
        s.plan.title = d.title;
        s.plan.fiscalYear = 2025;
        s.plan.body.code = body->code;
        s.plan.body.name = body->name;
        s.plan.body.kind = body->kind;
        s.plan.body.prefectureCode = body->prefectureCode;
        Program p;
        p.id = QStringLiteral("p1");
        p.nextYearMenu = QStringLiteral("");
        switch (i % 4) {
        case 0:
            p.menu = QStringLiteral("support");
            p.subprojects = { QStringLiteral("consultation"), QStringLiteral("ibasho"),
                QStringLiteral("needs_survey") };
            p.staff = { { QStringLiteral("coordinators"), 1 } };
            p.expenditure = Yen(3'000'000 + i * 10'000);
            break;
        case 1:
        case 2:
            p.menu = QStringLiteral("station");
            p.subprojects = { QStringLiteral("consultation"), QStringLiteral("ibasho"),
                QStringLiteral("network") };
            for (int k = 0; k <= i % optional.size(); ++k)
                p.subprojects << optional[k];
            p.staff = { { QStringLiteral("coordinators"), 1 } };
            p.expenditure = Yen(12'000'000 + i * 50'000);
            if (i % 4 == 2)
                p.startup = StartupSupport { Fraction(1, 4), 1 };
            break;
        default:
            p.menu = QStringLiteral("center_municipal");
            p.subprojects = { QStringLiteral("consultation"), QStringLiteral("ibasho"),
                QStringLiteral("network"), QStringLiteral("peer_family_meetings"),
                QStringLiteral("public_lectures") };
            p.staff = { { QStringLiteral("coordinators"), 2 } };
            p.expenditure = Yen(25'000'000 + i * 100'000);
            p.otherIncome = Yen(500'000);
        }
        s.plan.programs = { p };
        s.plan.alternative = QStringLiteral("案%1 %2")
                                 .arg(i + 1, 3, 10, QLatin1Char('0'))
                                 .arg(menuLabel(p.menu, u"ja"));
        d.scenarios << s;
    }
    return d;
}

using shienplan::bench::timeIt; // median and best of `runs` timings, in ms

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir tmp;
    const QString dir
        = args.size() == 3 && args[1] == QLatin1String("--keep") ? args[2] : tmp.path();
    const Document doc = hundredScenarios();
    const RuleBookLibrary library = RuleBookLibrary::bundledOnly();
    constexpr int kRuns = 5;
    std::printf("reports of a document with %lld scenarios (median and best of %d runs)\n",
        (long long)doc.scenarios.size(), kRuns);
    try {
        for (ReportFormat f : { ReportFormat::Pdf, ReportFormat::Xlsx, ReportFormat::Csv }) {
            const QString path = dir + QStringLiteral("/report.") + reportFormatSuffix(f);
            const auto [median, best] = timeIt(kRuns, [&] { writeReport(doc, library, f, path); });
            std::printf("%-5s median %7.1f ms, best %7.1f ms, %8lld bytes\n",
                qPrintable(reportFormatSuffix(f).toUpper()), median, best,
                (long long)QFileInfo(path).size());
        }
        const auto [median, best] = timeIt(kRuns, [&] {
            const ReportData data = buildReportData(doc, library, Registry::bundled(), u"ja");
            for (ReportFormat f : { ReportFormat::Pdf, ReportFormat::Xlsx, ReportFormat::Csv })
                writeReport(data, f, dir + QStringLiteral("/all.") + reportFormatSuffix(f));
        });
        std::printf("all three from one evaluation: median %.1f ms, best %.1f ms\n", median, best);
    } catch (const ReportError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
        return 1;
    }
    return 0;
}
