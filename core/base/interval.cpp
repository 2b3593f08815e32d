// Sums, adoption and truncation of yen ranges, and their display.

#include "core/base/interval.h"

#include "core/base/bilingual.h"

namespace shienplan
{

namespace
{
std::optional<Yen> addEnds(const std::optional<Yen> &a, const std::optional<Yen> &b)
{
    if (a && b)
        return *a + *b;
    return std::nullopt;
}
} // namespace

YenRange operator+(const YenRange &a, const YenRange &b)
{
    return { addEnds(a.min, b.min), addEnds(a.max, b.max) };
}

YenRange &operator+=(YenRange &a, const YenRange &b)
{
    // An unknown end stays unknown, as in addEnds.
    auto addInto = [](std::optional<Yen> &to, const std::optional<Yen> &v) {
        if (to && v)
            *to += *v;
        else
            to.reset();
    };
    addInto(a.min, b.min);
    addInto(a.max, b.max);
    return a;
}

YenRange lowerOf(const YenRange &x, const Yen &cap)
{
    // Nothing spent, nothing adopted: whatever x is, the lower of the two is 0.
    if (cap <= 0)
        return YenRange::exact(0);
    YenRange r;
    if (x.min)
        r.min = std::min(*x.min, cap);
    r.max = x.max ? std::min(*x.max, cap) : cap;
    return r;
}

YenRange hull(const YenRange &a, const YenRange &b)
{
    YenRange r;
    if (a.min && b.min)
        r.min = std::min(*a.min, *b.min);
    if (a.max && b.max)
        r.max = std::max(*a.max, *b.max);
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

QString formatRangeWith(const YenRange &r, QStringView lang, QString (*number)(const Yen &),
    QStringView unitJa, QStringView unitEn)
{
    if (r.isUnknown())
        return textIn(lang, u"不明", u"unknown");
    // Japanese puts the bound after the amount (5,000円以下), English before it (up to 5,000 yen).
    const QString unit = textIn(lang, unitJa, unitEn);
    if (r.isExact())
        return number(*r.min) + unit;
    if (!r.min)
        return textIn(lang, u"", u"up to ") + number(*r.max) + unit + textIn(lang, u"以下", u"");
    if (!r.max)
        return textIn(lang, u"", u"at least ") + number(*r.min) + unit + textIn(lang, u"以上", u"");
    return number(*r.min) + QStringLiteral("〜") + number(*r.max) + unit;
}

QString formatRange(const YenRange &r, QStringView lang)
{
    return formatRangeWith(r, lang, formatYen, u"円", u" yen");
}

} // namespace shienplan
