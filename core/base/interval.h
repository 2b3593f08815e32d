#pragma once

// Amounts that the sources give only as a range, or not at all, are intervals with explicit
// ends: an unknown end is std::nullopt, never 0, so "no lower bound" cannot be mistaken for
// "nothing".

#include "core/base/money.h"

namespace shienplan
{

struct YenRange {
    std::optional<Yen> min;
    std::optional<Yen> max;

    static YenRange exact(const Yen &v) { return { v, v }; }
    static YenRange between(const Yen &lo, const Yen &hi) { return { lo, hi }; }
    static YenRange unknown() { return {}; }

    bool isExact() const { return min && max && *min == *max; }
    bool isUnknown() const { return !min && !max; }
    bool operator==(const YenRange &o) const { return min == o.min && max == o.max; }
    bool operator!=(const YenRange &o) const { return !(*this == o); }
};

// Rates that may be a range (e.g. the prefecture's start-up share 1/4–1/2).
struct FractionRange {
    Fraction min;
    Fraction max;
    static FractionRange exact(const Fraction &f) { return { f, f }; }
    bool isExact() const { return min == max; }
};

YenRange operator+(const YenRange &a, const YenRange &b);
// a = a + b in place: sums over a country's plans add into one range without temporaries.
YenRange &operator+=(YenRange &a, const YenRange &b);
// min(x, cap) end by end: 選定額 = min(対象経費, 基準額) and 補助基本額 = min(差引額, 選定額). An
// unknown upper end of x is bounded by the cap; an unknown lower end stays unknown; a cap of 0
// or less gives exactly 0.
YenRange lowerOf(const YenRange &x, const Yen &cap);
// The smallest range holding both (each end: the lowest minimum, the highest maximum); an unknown
// end on either side stays unknown. The total of a plan whose alternatives are not yet decided.
YenRange hull(const YenRange &a, const YenRange &b);
// floor_to_unit(x × rate) end by end (the function is monotone, so ends map to ends).
YenRange truncateProduct(const YenRange &x, const FractionRange &rate, const Yen &unit);
// net − a − b with the ends crossed: the lowest result uses the highest a and b.
YenRange remainderAfter(const Yen &net, const YenRange &a, const YenRange &b);

QString formatRange(const YenRange &r, QStringView lang); // "10,500,000〜13,000,000円", "不明" …
// The same with each end written by `number` and followed by the unit (empty: none), so that
// the report's 千円 columns read like the amounts in yen: "10,500〜13,000", "14,500以下".
QString formatRangeWith(const YenRange &r, QStringView lang, QString (*number)(const Yen &),
    QStringView unitJa, QStringView unitEn);

} // namespace shienplan
