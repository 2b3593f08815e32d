#pragma once

// The whole country as a prefecture workspace: 1,741 municipalities with a plan each for 4 fiscal
// years (FY2022–FY2025) = 6,964 scenarios, and the 47 prefectures' own plans (their centers and
// satellites with the municipalities they serve) = 188 more: 7,152, for bench_workspace and
// bench_prefecture.
//
// The plans follow the shapes prefectures see: towns starting with the support program and
// moving up to a station and a center, preparation support the year before a station,
// start-up support over three years (which warns), joint support programs of neighbouring
// towns, and towns that run nothing.

#include "core/document/document.h"
#include "core/prefecture/workspaceedits.h"
#include "core/registry/registry.h"

namespace shienplan::bench
{

inline const QStringList kStationCore { QStringLiteral("consultation"), QStringLiteral("ibasho"),
    QStringLiteral("network") };
inline const QStringList kCenterCore = kStationCore
    + QStringList { QStringLiteral("peer_family_meetings"), QStringLiteral("public_lectures") };

inline Program makeProgram(const QString &menu, qint64 expenditure)
{
    Program p;
    p.id = QStringLiteral("p1");
    p.menu = menu;
    p.expenditure = Yen(expenditure);
    if (menu == QLatin1String("station")) {
        p.subprojects = kStationCore + QStringList { QStringLiteral("needs_survey") };
        p.staff.insert(QStringLiteral("coordinators"), 1);
    } else if (menu == QLatin1String("center_municipal")) {
        p.subprojects = kCenterCore;
        p.staff.insert(QStringLiteral("coordinators"), 2);
    } else if (menu == QLatin1String("center_prefectural")) {
        p.subprojects = kCenterCore
            + QStringList { QStringLiteral("staff_training"), QStringLiteral("municipal_backup") };
        p.staff.insert(QStringLiteral("coordinators"), 2);
    } else if (menu == QLatin1String("satellite")) {
        p.subprojects = { QStringLiteral("consultation"), QStringLiteral("ibasho") };
        p.staff.insert(QStringLiteral("coordinators"), 2);
    } else if (menu == QLatin1String("support")) {
        p.subprojects = { QStringLiteral("consultation"), QStringLiteral("ibasho"),
            QStringLiteral("needs_survey") };
    }
    return p;
}

// The menu of a body in a year, by a fixed pattern on its code: reproducible, varied.
inline Document buildCountry(const Registry &registry)
{
    Document doc;
    doc.title = QStringLiteral("全国 令和4〜7年度");
    const QList<LocalBody> &all = registry.all();
    doc.scenarios.reserve(1741 * 4);
    const LocalBody *previous = nullptr;
    for (const auto &b : all) {
        if (b.kind == BodyKind::Prefecture) {
            previous = nullptr;
            continue;
        }
        const int h = b.code.left(5).toInt() % 10;
        for (int fy = 2022; fy <= 2025; ++fy) {
            Scenario s = scenarioFor(b, fy);
            s.plan.body.population = 5'000 + (b.code.left(5).toLongLong() * 37) % 300'000;
            const qint64 spend
                = 3'000'000 + (b.code.left(5).toLongLong() % 991) * 1000 + (fy - 2022) * 250'000;
            QString menu;
            bool startup = false;
            if (b.kind == BodyKind::DesignatedCity) {
                menu = QStringLiteral("center_prefectural");
            } else if (h <= 2) {
                // support → support → station → center
                static const char *path[] = { "support", "support", "station", "center_municipal" };
                menu = QString::fromLatin1(path[fy - 2022]);
            } else if (h == 3) {
                // nothing → nothing → preparation → station
                static const char *path[] = { "", "", "preparation", "station" };
                menu = QString::fromLatin1(path[fy - 2022]);
            } else if (h == 4) {
                // support with start-up support from FY2023 on: the third year (FY2025) warns
                menu = QStringLiteral("support");
                startup = fy >= 2023;
            } else if (h == 5) {
                // preparation in FY2025 with FY2026 not planned: warns "not yet planned"
                menu = fy == 2025 ? QStringLiteral("preparation") : QString();
            } else if (h == 6 && previous) {
                // joins the neighbour's support program as a joint member (in the neighbour's
                // scenario below) and runs nothing of its own
                menu = QString();
            } else if (h == 7) {
                menu = QStringLiteral("station");
            }
            if (!menu.isEmpty()) {
                Program p = makeProgram(menu,
                    menu == QLatin1String("station")               ? spend * 4
                        : menu.startsWith(QLatin1String("center")) ? spend * 8
                                                                   : spend);
                if (startup)
                    p.startup = StartupSupport { Fraction(1, 4), fy - 2022 };
                s.plan.programs << p;
            }
            doc.scenarios << s;
        }
        // A town of pattern 6 joins the previous body's program of each year, if it has one
        // that may be joint (station or support): equal shares.
        if (h == 6 && previous) {
            const qsizetype base = doc.scenarios.size() - 8; // the previous body's four years
            for (int y = 0; y < 4; ++y) {
                Plan &lead = doc.scenarios[base + y].plan;
                if (lead.programs.isEmpty() || lead.body.code != previous->code)
                    continue;
                Program &p = lead.programs.first();
                if (p.menu != QLatin1String("station") && p.menu != QLatin1String("support"))
                    continue;
                p.joint = { JointMember { previous->code, Fraction(1, 2) },
                    JointMember { b.code, Fraction(1, 2) } };
            }
        }
        previous = &b;
    }
    // Each prefecture's own plans: its center every year, backing up the towns and villages of
    // pattern 8 and 9 (which run nothing), and from FY2024 a satellite for those of pattern 9
    // (in its second year in FY2025, so the check of its hand-over runs over every prefecture).
    for (const auto &pref : all) {
        if (pref.kind != BodyKind::Prefecture)
            continue;
        QStringList backed, satelliteArea;
        for (const LocalBody *m : registry.municipalitiesOf(pref.code)) {
            const int h = m->code.left(5).toInt() % 10;
            if (h >= 8)
                backed << m->code;
            if (h == 9)
                satelliteArea << m->code;
        }
        for (int fy = 2022; fy <= 2025; ++fy) {
            Scenario s = scenarioFor(pref, fy);
            Program center = makeProgram(
                QStringLiteral("center_prefectural"), 40'000'000 + (fy - 2022) * 1'000'000);
            center.id = QStringLiteral("center");
            center.served = backed;
            s.plan.programs << center;
            if (fy >= 2024 && !satelliteArea.isEmpty()) {
                Program sat = makeProgram(QStringLiteral("satellite"), 9'000'000);
                sat.id = QStringLiteral("sat");
                sat.served = satelliteArea;
                s.plan.programs << sat;
            }
            doc.scenarios << s;
        }
    }
    return doc;
}

// The same country where a third of the municipalities weigh three alternatives (案) for each
// year: their plan as built above, the same programs at 110% of the cost, and a support program
// instead. Half of those have adopted the second alternative; the other half are undecided, so
// that the totals take hulls and the timelines show 「未決定（3案）」. About 11,800 scenarios.
inline Document withAlternatives(Document doc)
{
    const qsizetype n = doc.scenarios.size();
    for (qsizetype i = 0; i < n; ++i) {
        Plan &p = doc.scenarios[i].plan;
        if (p.body.kind == BodyKind::Prefecture)
            continue;
        const int h = p.body.code.left(5).toInt();
        if (h % 3 != 0)
            continue;
        p.alternative = QStringLiteral("案A");
        Scenario more = doc.scenarios[i];
        more.plan.alternative = QStringLiteral("案B");
        more.plan.adopted = (h / 3) % 2 == 0;
        for (Program &pr : more.plan.programs)
            pr.expenditure = Yen(pr.expenditure * 11 / 10);
        Scenario support = doc.scenarios[i];
        support.plan.alternative = QStringLiteral("案C");
        support.plan.programs = { makeProgram(QStringLiteral("support"), 3'000'000) };
        doc.scenarios << more << support;
    }
    return doc;
}

} // namespace shienplan::bench
