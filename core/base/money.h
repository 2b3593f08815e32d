#pragma once

// Money in ShienPlan is exact. Yen are arbitrary-precision integers and rates are exact
// fractions: a binary float cannot hold 1/3 or even 0.1, and Boost's cpp_dec_float divides
// inexactly (63/9 truncates to 6), so neither may touch an amount that gets truncated.
// 千円 is only a display unit; amounts are kept and computed in yen.

#include <QString>
#include <QStringView>
#include <boost/multiprecision/cpp_int.hpp>
#include <optional>

namespace shienplan
{

using Yen = boost::multiprecision::cpp_int;
using Fraction = boost::multiprecision::cpp_rational;

// Strict "n/d" with decimal digits only, d > 0 (e.g. "1/2", "3/4"). No signs, no spaces.
std::optional<Fraction> parseFraction(QStringView text);
// Always "n/d" in lowest terms ("1/1" for one, "0/1" for zero) so the output parses back.
QString fractionToString(const Fraction &f);

// Decimal digits only, no sign; leading zeros allowed. Used for amounts past 64 bits.
std::optional<Yen> parseYen(QStringView digits);
QString yenToString(const Yen &amount); // "14000000"
QString formatYen(const Yen &amount); // "14,000,000" (grouped by three)
QString formatThousandYen(const Yen &amount); // "14,000" = amount in 千円, truncated toward zero

// floor(amount × rate): the exact product, rounded down to a whole yen.
Yen multiplyFloor(const Yen &amount, const Fraction &rate);

// The named step 千円未満切捨て: floor(amount × rate / unit) × unit, computed on the exact
// rational product (never on a rounded intermediate). Defined for non-negative values only;
// a negative product is a programming error and yields 0.
Yen truncateProductToUnit(const Yen &amount, const Fraction &rate, const Yen &unit);
inline Yen truncateToUnit(const Yen &amount, const Yen &unit)
{
    return truncateProductToUnit(amount, Fraction(1), unit);
}

} // namespace shienplan
