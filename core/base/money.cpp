// Exact money: parsing and printing yen and fractions, and truncation on the exact product.

#include "core/base/money.h"

#include <limits>

namespace shienplan
{

namespace
{
bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}
} // namespace

std::optional<Yen> parseYen(QStringView digits)
{
    if (!allDigits(digits))
        return std::nullopt;
    // Boost reads a leading 0 as an octal prefix ("010" would be 8, "08" an exception): the
    // digits are decimal, so the zeros in front go.
    qsizetype first = 0;
    while (first + 1 < digits.size() && digits[first] == u'0')
        ++first;
    return Yen(digits.mid(first).toString().toStdString());
}

std::optional<Fraction> parseFraction(QStringView text)
{
    const auto slash = text.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    const auto num = parseYen(text.left(slash));
    const auto den = parseYen(text.mid(slash + 1));
    if (!num || !den || *den == 0)
        return std::nullopt;
    return Fraction(*num, *den);
}

QString fractionToString(const Fraction &f)
{
    return QString::fromStdString(boost::multiprecision::numerator(f).str()) + u'/'
        + QString::fromStdString(boost::multiprecision::denominator(f).str());
}

namespace
{
// Nearly every amount fits in 64 bits; Boost's general conversion (a std::string through
// repeated division) is most of the cost of a message that names amounts.
std::optional<qint64> asInt64(const Yen &amount)
{
    if (amount >= std::numeric_limits<qint64>::min()
        && amount <= std::numeric_limits<qint64>::max())
        return amount.convert_to<qint64>();
    return std::nullopt;
}
} // namespace

QString yenToString(const Yen &amount)
{
    if (const auto v = asInt64(amount))
        return QString::number(*v);
    return QString::fromStdString(amount.str());
}

QString formatYen(const Yen &amount)
{
    if (const auto v = asInt64(amount)) {
        // Written from the right into a buffer, grouped as it goes: one allocation, the result.
        char16_t buffer[32];
        char16_t *const end = buffer + 32;
        char16_t *p = end;
        quint64 rest = *v < 0 ? 0 - quint64(*v) : quint64(*v);
        int digits = 0;
        do {
            if (digits > 0 && digits % 3 == 0)
                *--p = u',';
            *--p = char16_t(u'0' + rest % 10);
            rest /= 10;
            ++digits;
        } while (rest);
        if (*v < 0)
            *--p = u'-';
        return QString(reinterpret_cast<const QChar *>(p), end - p);
    }
    const QString digits = yenToString(amount < 0 ? Yen(-amount) : amount);
    const auto n = digits.size();
    QString out(n + (n - 1) / 3 + (amount < 0 ? 1 : 0), Qt::Uninitialized);
    QChar *o = out.data();
    if (amount < 0)
        *o++ = u'-';
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            *o++ = u',';
        *o++ = digits.at(i);
    }
    return out;
}

QString formatThousandYen(const Yen &amount)
{
    return formatYen(Yen(amount / 1000));
}

Yen multiplyFloor(const Yen &amount, const Fraction &rate)
{
    const Yen num = amount * boost::multiprecision::numerator(rate);
    const Yen den = boost::multiprecision::denominator(rate);
    Yen q = num / den; // truncates toward zero
    if (num < 0 && q * den != num)
        q -= 1;
    return q;
}

Yen truncateProductToUnit(const Yen &amount, const Fraction &rate, const Yen &unit)
{
    const Yen num = amount * boost::multiprecision::numerator(rate);
    if (num <= 0 || unit <= 0)
        return Yen(0);
    const Yen den = boost::multiprecision::denominator(rate) * unit;
    return (num / den) * unit;
}

} // namespace shienplan
