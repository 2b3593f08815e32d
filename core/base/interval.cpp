#include "core/base/interval.h"

namespace shienplan {

namespace {
std::optional<Yen> addEnds(const std::optional<Yen> &a, const std::optional<Yen> &b)
{
    if (a && b)
        return *a + *b;
    return std::nullopt;
}
} // namespace

YenRange operator+(const YenRange &a, const YenRange &b)
{
    return {addEnds(a.min, b.min), addEnds(a.max, b.max)};
}

YenRange adoptedAmount(const YenRange &standard, const Yen &net)
{
    // Nothing spent, nothing adopted: whatever the standard amount is, the lower of the two is 0.
    if (net <= 0)
        return YenRange::exact(0);
    YenRange r;
    if (standard.min)
        r.min = std::min(*standard.min, net);
    r.max = standard.max ? std::min(*standard.max, net) : net;
    return r;
}

YenRange truncateProduct(const YenRange &x, const FractionRange &rate, const Yen &unit)
{
    YenRange r;
    if (x.min)
        r.min = truncateProductToUnit(*x.min, rate.min, unit);
    if (x.max)
        r.max = truncateProductToUnit(*x.max, rate.max, unit);
    return r;
}

YenRange remainderAfter(const Yen &net, const YenRange &a, const YenRange &b)
{
    YenRange r;
    if (a.max && b.max)
        r.min = net - *a.max - *b.max;
    if (a.min && b.min)
        r.max = net - *a.min - *b.min;
    return r;
}

QString formatRange(const YenRange &r, QStringView lang)
{
    const bool en = lang == u"en";
    const QString unknown = en ? QStringLiteral("unknown") : QStringLiteral("不明");
    const QString yen = en ? QStringLiteral(" yen") : QStringLiteral("円");
    if (r.isExact())
        return formatYen(*r.min) + yen;
    if (r.isUnknown())
        return unknown;
    if (!r.min)
        return (en ? QStringLiteral("up to ") : QString()) + formatYen(*r.max) + yen
            + (en ? QString() : QStringLiteral("以下"));
    if (!r.max)
        return (en ? QStringLiteral("at least ") : QString()) + formatYen(*r.min) + yen
            + (en ? QString() : QStringLiteral("以上"));
    return formatYen(*r.min) + QStringLiteral("〜") + formatYen(*r.max) + yen;
}

} // namespace shienplan
