// Writing a document as a roster (roster.h): the file readRosterCsv reads back to the same
// plans.

#include "core/roster/roster.h"

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/registry/registry.h"
#include "core/report/csvexport.h"
#include "core/roster/menualiases.h"
#include "core/roster/rostercolumns.h"
#include "core/roster/rostervalues.h"

namespace shienplan
{

using roster::Col;
using roster::flagText;
using roster::shareText;
using roster::shortMenuLabel;

namespace
{
// The order people read: who, when, what, how much, then the rest.
constexpr Col kOrder[] = { Col::Code, Col::Prefecture, Col::Name, Col::FiscalYear, Col::Menu,
    Col::Subprojects, Col::Expenditure, Col::OtherIncome, Col::Population, Col::Coordinators,
    Col::Professionals, Col::VisitingSupporters, Col::Startup, Col::PrefectureShare,
    Col::StartupYear, Col::YearsRunning, Col::NextYearMenu, Col::Juso, Col::WelfareOffice,
    Col::Joint, Col::Served };

// What a spreadsheet must keep as written: codes (013030), shares (1/2, not 1月2日) and the lists
// of codes of the joint members and the served area.
CellKind kindOf(Col c)
{
    switch (c) {
    case Col::Code:
    case Col::PrefectureShare:
    case Col::Joint:
    case Col::Served:
        return CellKind::Code;
    case Col::Expenditure:
    case Col::OtherIncome:
    case Col::Population:
    case Col::Coordinators:
    case Col::Professionals:
    case Col::VisitingSupporters:
    case Col::StartupYear:
    case Col::YearsRunning:
        return CellKind::Number;
    default:
        return CellKind::Text;
    }
}
} // namespace

QStringList rosterHeader()
{
    QStringList header;
    for (Col c : kOrder)
        header << roster::japaneseHeader(c);
    return header;
}

ExportTable rosterTable(const Document &doc)
{
    const Registry &registry = Registry::bundled();
    ExportTable t;
    t.title = QStringLiteral("名簿");
    t.header = rosterHeader();
    for (Col c : kOrder)
        t.kinds << kindOf(c);
    auto staffText = [](const Program &p, const char *kind) {
        const QString k = QString::fromLatin1(kind);
        return p.staff.contains(k) ? QString::number(p.staff.value(k)) : QString();
    };
    for (const auto &sc : doc.scenarios) {
        const Plan &plan = sc.plan;
        const LocalBody *b = registry.find(plan.body.code);
        const LocalBody *pref = b ? registry.prefectureOf(*b) : nullptr;
        const QStringList bodyCells = { plan.body.code, pref ? pref->name : QString(),
            plan.body.name, fiscalYearLabel(plan.fiscalYear, u"ja") };
        const QString population
            = plan.body.population ? QString::number(*plan.body.population) : QString();
        const QString juso = plan.body.juso ? flagText(true) : QString();
        const QString welfare = plan.body.welfareOffice ? QString() : flagText(false);
        auto row = [&](const QStringList &programCells) {
            QStringList cells = bodyCells;
            cells << programCells.mid(0, 4) << population << programCells.mid(4, 8) << juso
                  << welfare << programCells.mid(12);
            t.rows << cells;
        };
        if (plan.programs.isEmpty()) {
            row(QStringList(14));
            continue;
        }
        for (const auto &p : plan.programs) {
            QStringList labels;
            for (const auto &s : p.subprojects)
                labels << subprojectLabel(s, u"ja");
            QStringList joint;
            for (const auto &m : p.joint)
                joint << m.code + u':' + fractionToString(m.share);
            row({ shortMenuLabel(p.menu), labels.join(u'、'), yenToString(p.expenditure),
                p.otherIncome == 0 ? QString() : yenToString(p.otherIncome),
                staffText(p, "coordinators"), staffText(p, "professionals"),
                staffText(p, "visiting_supporters"), p.startup ? flagText(true) : QString(),
                p.startup && p.startup->prefectureShare ? shareText(*p.startup->prefectureShare)
                                                        : QString(),
                p.startup && p.startup->year != 1 ? QString::number(p.startup->year) : QString(),
                p.yearsRunning != 1 ? QString::number(p.yearsRunning) : QString(),
                p.nextYearMenu.isEmpty() ? QString() : shortMenuLabel(p.nextYearMenu),
                joint.join(u';'), p.served.join(u';') });
        }
    }
    return t;
}

QByteArray rosterToCsv(const Document &doc)
{
    return tableToCsv(rosterTable(doc));
}

} // namespace shienplan
