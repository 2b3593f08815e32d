#pragma once

// A plan in memory: one local body, one fiscal year, the programs it runs. This mirrors the
// interchange JSON (spec/interchange.md, "shienplan/plan" version 1).

#include "core/base/bodykind.h"
#include "core/base/money.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace shienplan
{

struct PlanBody {
    QString code; // 全国地方公共団体コード (6 digits); may be empty
    QString name;
    std::optional<BodyKind> kind; // always set after parsing: from the plan or the registry
    QString prefectureCode; // from the registry when the code is known
    std::optional<qint64> population;
    bool juso = false; // runs 重層的支援体制整備事業
    bool welfareOffice = true; // has a 福祉事務所
};

struct JointMember {
    QString code;
    Fraction share; // exact; members' shares add up to 1
};

struct StartupSupport {
    std::optional<Fraction> prefectureShare; // absent: the whole range the rule book allows
    int year = 1; // year of the start-up support (1 = first)
};

struct Program {
    QString id;
    QString menu;
    QStringList subprojects;
    QMap<QString, int> staff; // "coordinators", "professionals", "visiting_supporters"
    Yen expenditure { 0 };
    Yen otherIncome { 0 };
    int yearsRunning = 1;
    std::optional<StartupSupport> startup;
    QString nextYearMenu;
    QList<JointMember> joint; // empty: run alone
    // 担当区域: the municipalities (codes) a prefecture's center or satellite serves — the towns a
    // satellite is set up for (000:143-145) or the center backs up (管内市町村への支援, 003:265).
    // Empty: not stated. Only center_prefectural and satellite serve municipalities.
    QStringList served;

    int staffCount(const QString &kind) const { return staff.value(kind, 0); }
};

struct Plan {
    QString title;
    int fiscalYear = 0;
    PlanBody body;
    QList<Program> programs;
};

} // namespace shienplan
