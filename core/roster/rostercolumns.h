#pragma once

// The columns of a roster: every header the importer recognises (Japanese, English, and the
// other names people give them) and the one rosterToCsv writes. Internal to core/roster/.

#include <QList>
#include <QString>

#include <optional>

namespace shienplan::roster
{

enum class Col {
    Code,
    Prefecture,
    Name,
    FiscalYear,
    Menu,
    Startup,
    PrefectureShare,
    StartupYear,
    Subprojects,
    Expenditure,
    OtherIncome,
    Population,
    Coordinators,
    Professionals,
    VisitingSupporters,
    YearsRunning,
    NextYearMenu,
    Juso,
    WelfareOffice,
    Joint,
    Served,
    Note
};

struct ColumnSpec {
    Col col;
    const char *id; // English header (also accepted)
    const char *ja; // the header rosterToCsv writes
    QList<const char *> aliases;
};

const QList<ColumnSpec> &columnSpecs();

// The column a header names, whatever its case, spaces, full-width forms or unit.
std::optional<Col> columnOf(const QString &raw);

// A unit in a header, "支出額（千円）": the factor for the whole column.
int headerUnit(const QString &raw);

// The Japanese header of a column, as rosterToCsv writes it.
QString japaneseHeader(Col col);

} // namespace shienplan::roster
