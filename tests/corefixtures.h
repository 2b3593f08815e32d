#pragma once

// Small fixtures over the core's types that tests of several kinds need (core, ui): a body of
// the bundled registry as a plan's body, an interval as text for failure messages, the Takaoka
// sample document, and a rule book written to a file.
//
// Everything is in namespace testutil, like tests/testutil.h.

#include "core/base/interval.h"
#include "core/base/money.h"
#include "core/engine/plan.h"
#include "core/interchange/documentjson.h"
#include "core/registry/registry.h"
#include "core/rules/rulebookjson.h"
#include "tests/testutil.h"

#include <QSaveFile>
#include <QString>
#include <QTest>

namespace testutil
{

// The body of the bundled registry with that code (code, name, kind, prefecture), as a plan's
// body; asserts that the registry has it.
inline shienplan::PlanBody registryBody(const char *code)
{
    const shienplan::LocalBody *b = shienplan::Registry::bundled().find(QString::fromLatin1(code));
    Q_ASSERT(b);
    shienplan::PlanBody body;
    body.code = b->code;
    body.name = b->name;
    body.kind = b->kind;
    body.prefectureCode = b->prefectureCode;
    return body;
}

// "[min, max]" with "null" for an unknown end, for failure messages and comparisons.
inline QString show(const shienplan::YenRange &r)
{
    return QStringLiteral("[%1, %2]")
        .arg(r.min ? shienplan::yenToString(*r.min) : QStringLiteral("null"),
            r.max ? shienplan::yenToString(*r.max) : QStringLiteral("null"));
}

// Three scenarios of 高岡市, 令和7年度 (resources/samples/sample_takaoka.json): a support
// program (S01+S02+S08, 3,200,000円), a station with start-up support, a municipal center.
inline shienplan::Document takaokaSample()
{
    return shienplan::documentFromPlansJson(
        readFile(sourcePath(QStringLiteral("resources/samples/sample_takaoka.json"))),
        shienplan::Registry::bundled());
}

// Writes the book as JSON to `path`; fails the test if the file cannot be written.
inline void writeBook(const shienplan::RuleBook &b, const QString &path)
{
    QSaveFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(shienplan::ruleBookToJson(b).toJson());
    QVERIFY(f.commit());
}

// Codes that begin with 0, as every Hokkaido code does: 当別町 (013030) runs a station jointly with
// 新篠津村 (013048); 北海道's satellite serves 松前町.
inline shienplan::Document codesWithLeadingZeros()
{
    shienplan::Program station;
    station.id = QStringLiteral("p1");
    station.menu = QStringLiteral("station");
    station.subprojects = { "consultation", "ibasho", "network" };
    station.staff = { { "coordinators", 1 } };
    station.expenditure = shienplan::Yen(14'000'000);
    station.joint
        = { { "013030", shienplan::Fraction(1, 2) }, { "013048", shienplan::Fraction(1, 2) } };
    shienplan::Program satellite;
    satellite.id = QStringLiteral("p1");
    satellite.menu = QStringLiteral("satellite");
    satellite.subprojects = { "consultation", "ibasho" };
    satellite.staff = { { "coordinators", 1 } };
    satellite.expenditure = shienplan::Yen(9'000'000);
    satellite.served = { "013315" };
    shienplan::Document doc;
    for (const auto &[code, program] :
        { std::pair { "013030", station }, std::pair { "010006", satellite } }) {
        shienplan::Scenario sc;
        sc.plan.fiscalYear = 2025;
        sc.plan.body = testutil::registryBody(code);
        sc.plan.alternative = sc.plan.body.name + QStringLiteral(" 令和7年度");
        sc.plan.programs = { program };
        doc.scenarios << sc;
    }
    return doc;
}

} // namespace testutil
