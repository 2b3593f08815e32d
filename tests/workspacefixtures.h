#pragma once

// Plans of the bodies of 富山県 (and one elsewhere) for the workspace tests: programs with what
// their menu needs to be eligible, joint members, scenarios and their alternatives, documents,
// evaluations, and readable comparisons of intervals. Shared by tst_workspace and
// tst_prefectureview.

#include "core/base/fiscalyear.h"
#include "core/engine/engine.h"
#include "core/prefecture/workspace.h"
#include "core/registry/registry.h"
#include "core/rules/rulebooklibrary.h"
#include "tests/corefixtures.h"

#include <QTest>

using namespace shienplan;

namespace
{

using testutil::registryBody; // a body of the bundled registry
using testutil::show; // an interval as "[min, max]"

// Bodies of 富山県 (and one elsewhere) from the bundled registry.
const char *kToyamaPref = "160008"; // 富山県
const char *kToyamaCity = "162019"; // 富山市, core city
const char *kTakaoka = "162027"; // 高岡市, city
const char *kUozu = "162043"; // 魚津市, city
const char *kTateyama = "163236"; // 立山町, town
const char *kFunahashi = "163210"; // 舟橋村, village
const char *kKanazawa = "172014"; // 金沢市, 石川県
const char *kAsahi = "163431"; // 朝日町, town

const QStringList kStationCore { "consultation", "ibasho", "network" };
const QStringList kCenterCore { "consultation", "ibasho", "network", "peer_family_meetings",
    "public_lectures" };

// One program with what its menu needs to be eligible (required sub-projects, coordinators).
Program program(const QString &menu, qint64 expenditure = 0)
{
    Program p;
    p.menu = menu;
    p.expenditure = Yen(expenditure);
    if (menu == QLatin1String("station")) {
        p.subprojects = kStationCore;
        p.staff.insert(QStringLiteral("coordinators"), 1);
    } else if (menu == QLatin1String("center_municipal") || menu == QLatin1String("satellite")) {
        p.subprojects = menu == QLatin1String("satellite")
            ? QStringList { "consultation", "ibasho" }
            : kCenterCore;
        p.staff.insert(QStringLiteral("coordinators"), 2);
    } else if (menu == QLatin1String("center_prefectural")) {
        p.subprojects = kCenterCore + QStringList { "staff_training", "municipal_backup" };
        p.staff.insert(QStringLiteral("coordinators"), 2);
    } else if (menu == QLatin1String("support")) {
        p.subprojects = { "consultation" };
    }
    return p;
}

Program withStartup(Program p, int year = 1)
{
    p.startup = StartupSupport { Fraction(1, 4), year };
    return p;
}

Program running(Program p, int years)
{
    p.yearsRunning = years;
    return p;
}

Program joint(Program p, const QList<JointMember> &members)
{
    p.joint = members;
    return p;
}

Program serving(Program p, const QStringList &codes)
{
    p.served = codes;
    return p;
}

Program nextYear(Program p, const QString &menu)
{
    p.nextYearMenu = menu;
    return p;
}

Scenario scenario(const char *code, int fy, QList<Program> programs,
    std::optional<qint64> population = std::nullopt)
{
    Scenario s;
    s.plan.fiscalYear = fy;
    s.plan.body = registryBody(code);
    s.plan.body.population = population;
    s.plan.alternative = QStringLiteral("%1 %2").arg(s.plan.body.name, fiscalYearLabel(fy, u"ja"));
    for (qsizetype i = 0; i < programs.size(); ++i)
        programs[i].id = QStringLiteral("p%1").arg(i + 1);
    s.plan.programs = programs;
    return s;
}

// `s` as one alternative (案) of its body's plan of the year: named, and adopted or not.
Scenario alternative(Scenario s, const char *name, bool adopted = false)
{
    s.plan.alternative = QString::fromUtf8(name);
    s.plan.adopted = adopted;
    return s;
}

Document doc(const QList<Scenario> &scenarios)
{
    Document d;
    d.scenarios = scenarios;
    return d;
}

QList<Evaluation> evaluateAll(const Document &d)
{
    return evaluateWorkspace(d, RuleBookLibrary::bundledOnly(), Registry::bundled());
}

using OptYen = std::optional<qint64>;
YenRange range(OptYen lo, OptYen hi)
{
    YenRange r;
    if (lo)
        r.min = Yen(*lo);
    if (hi)
        r.max = Yen(*hi);
    return r;
}

void compareRange(const YenRange &got, const YenRange &expected, const char *what)
{
    QVERIFY2(got == expected,
        qPrintable(QStringLiteral("%1: got %2, expected %3")
                       .arg(QLatin1String(what), show(got), show(expected))));
}

const JointMember member(const char *code, qint64 num, qint64 den)
{
    return JointMember { QString::fromLatin1(code), Fraction(num, den) };
}

} // namespace
