// Fiscal years as people read them: 令和6年度 in Japanese, FY2024 in English.

#include "core/base/fiscalyear.h"

#include "core/base/bilingual.h"

namespace shienplan
{

int reiwaYear(int fiscalYear)
{
    return fiscalYear - 2018;
}

QString fiscalYearLabel(int fiscalYear, QStringView lang)
{
    if (isEnglish(lang))
        return QStringLiteral("FY%1").arg(fiscalYear);
    const int r = reiwaYear(fiscalYear);
    if (r == 1)
        return QStringLiteral("令和元年度");
    if (r < 1)
        return QStringLiteral("%1年度").arg(fiscalYear);
    return QStringLiteral("令和%1年度").arg(r);
}

QString fiscalYearLabelBoth(int fiscalYear)
{
    return fiscalYearLabel(fiscalYear, u"ja") + QStringLiteral("（FY%1）").arg(fiscalYear);
}

int fiscalYearOf(const QDate &date)
{
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

int planningFiscalYear(const QDate &today)
{
    return fiscalYearOf(today) + 1;
}

} // namespace shienplan
