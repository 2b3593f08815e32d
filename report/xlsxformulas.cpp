// The calculation's formulas for the workbooks, end by end as the engine computes them.

#include "report/xlsxformulas.h"

namespace shienplan::xlsxformula
{

QString lowerOf(
    const QString &x, const QString &cap, bool lowerEnd, bool guarded, const QString &unknown)
{
    const QString plain = QStringLiteral("MIN(%1,%2)").arg(cap, x);
    if (!guarded)
        return plain;
    // An unknown upper end is bounded by the cap; an unknown lower end stays unknown, except
    // that nothing spent adopts nothing.
    const QString otherwise = lowerEnd ? QStringLiteral("IF(%1<=0,0,%2)").arg(cap, unknown) : cap;
    return QStringLiteral("IF(ISNUMBER(%1),%2,%3)").arg(x, plain, otherwise);
}

QString truncated(
    const QString &x, const QString &rate, const Yen &unit, bool guarded, const QString &unknown)
{
    int digits = 0;
    Yen u = unit;
    while (u > 1 && u % 10 == 0) {
        u /= 10;
        ++digits;
    }
    const QString product = QStringLiteral("%1*%2").arg(x, rate);
    const QString plain = u == 1 ? QStringLiteral("ROUNDDOWN(%1,%2)").arg(product).arg(-digits)
                                 : QStringLiteral("FLOOR(%1,%2)").arg(product, yenToString(unit));
    if (!guarded)
        return plain;
    return QStringLiteral("IF(ISNUMBER(%1),%2,%3)").arg(x, plain, unknown);
}

QString remainder(
    const QString &net, const QString &a, const QString &b, bool guarded, const QString &unknown)
{
    const QString plain = QStringLiteral("%1-%2-%3").arg(net, a, b);
    if (!guarded)
        return plain;
    return QStringLiteral("IF(COUNT(%1,%2)=2,%3,%4)").arg(a, b, plain, unknown);
}

QString sum(const QString &cells, int count, bool guarded, const QString &unknown)
{
    const QString plain = QStringLiteral("SUM(%1)").arg(cells);
    if (!guarded)
        return plain;
    return QStringLiteral("IF(COUNT(%1)=%2,%3,%4)").arg(cells).arg(count).arg(plain, unknown);
}

} // namespace shienplan::xlsxformula
