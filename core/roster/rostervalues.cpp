// Parsing and writing roster values (declared in rostervalues.h).

#include "core/roster/rostervalues.h"

#include "core/roster/namefolding.h"

#include <QRegularExpression>
#include <QSet>

namespace shienplan::roster
{

std::optional<int> parseFiscalYear(const QString &raw)
{
    QString s = squeeze(raw);
    s.remove(QStringLiteral("年度"));
    if (s.endsWith(u'年'))
        s.chop(1);
    static const QRegularExpression western(QStringLiteral(R"(^(?:fy)?(\d{4})$)"));
    static const QRegularExpression era(QStringLiteral(R"(^(r|令和|h|平成)(\d{1,2}|元)$)"));
    if (auto m = western.match(s); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        if (y >= 1990 && y <= 2100)
            return y;
        return std::nullopt;
    }
    if (auto m = era.match(s); m.hasMatch()) {
        const int n = m.captured(2) == QStringLiteral("元") ? 1 : m.captured(2).toInt();
        if (n < 1)
            return std::nullopt;
        const QString e = m.captured(1);
        return (e == QStringLiteral("r") || e == QStringLiteral("令和")) ? 2018 + n : 1988 + n;
    }
    return std::nullopt;
}

std::optional<Yen> parseAmount(const QString &raw, int unit, AmountError &error)
{
    error = AmountError::None;
    QString s = squeeze(raw);
    for (const QChar neg : { u'-', u'−', u'▲', u'△', u'ー' }) {
        if (s.startsWith(neg)) {
            error = AmountError::Negative;
            return std::nullopt;
        }
    }
    if (s.startsWith(u'(') && s.endsWith(u')')) { // accounting style (1,000)
        error = AmountError::Negative;
        return std::nullopt;
    }
    if (s.startsWith(u'¥') || s.startsWith(u'\\') || s.startsWith(u'￥'))
        s.remove(0, 1);
    Yen factor = unit;
    if (s.endsWith(QStringLiteral("千円"))) {
        factor = 1000;
        s.chop(2);
    } else if (s.endsWith(QStringLiteral("万円"))) {
        factor = 10000;
        s.chop(2);
    } else if (s.endsWith(u'円')) {
        factor = 1;
        s.chop(1);
    }
    s.remove(u',');
    static const QRegularExpression number(QStringLiteral(R"(^(\d+)(?:\.(\d+))?$)"));
    const auto m = number.match(s);
    if (!m.hasMatch()) {
        error = AmountError::Bad;
        return std::nullopt;
    }
    const auto whole = parseYen(m.captured(1));
    if (!whole) {
        error = AmountError::Bad;
        return std::nullopt;
    }
    Yen value = *whole * factor;
    const QString frac = m.captured(2);
    if (!frac.isEmpty()) {
        Yen scale = 1;
        for (qsizetype i = 0; i < frac.size(); ++i)
            scale *= 10;
        const Yen part = *parseYen(frac) * factor;
        if (part % scale != 0) { // "1.5" yen, "0.0001千円": not a whole yen
            error = AmountError::Bad;
            return std::nullopt;
        }
        value += part / scale;
    }
    return value;
}

std::optional<qint64> parseCount(const QString &raw, qint64 max)
{
    QString s = squeeze(raw);
    for (const char *suffix : { "人", "名" })
        if (s.endsWith(QString::fromUtf8(suffix)))
            s.chop(QString::fromUtf8(suffix).size());
    s.remove(u',');
    static const QRegularExpression digits(QStringLiteral(R"(^\d{1,12}$)"));
    if (!digits.match(s).hasMatch())
        return std::nullopt;
    const qint64 v = s.toLongLong();
    if (v > max)
        return std::nullopt;
    return v;
}

std::optional<bool> parseFlag(const QString &raw)
{
    static const QSet<QString> yes = { QStringLiteral("あり"), QStringLiteral("有"),
        QStringLiteral("有り"), QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("y"),
        QStringLiteral("true"), QStringLiteral("○"), QStringLiteral("◯"), QStringLiteral("●"),
        QStringLiteral("✓"), QStringLiteral("はい"), QStringLiteral("実施") };
    static const QSet<QString> no = { QStringLiteral("なし"), QStringLiteral("無"),
        QStringLiteral("無し"), QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("n"),
        QStringLiteral("false"), QStringLiteral("×"), QStringLiteral("-"), QStringLiteral("いいえ"),
        QStringLiteral("未実施") };
    const QString s = squeeze(raw);
    if (yes.contains(s))
        return true;
    if (no.contains(s))
        return false;
    return std::nullopt;
}

// "1/4", "25%", "37.5%", "0.25": exact, within [0, 1].
std::optional<Fraction> parseShare(const QString &raw)
{
    QString s = squeeze(raw);
    if (auto f = parseFraction(s)) {
        if (*f > 1)
            return std::nullopt;
        return f;
    }
    Fraction divisor = 1;
    if (s.endsWith(u'%')) {
        s.chop(1);
        divisor = 100;
    }
    static const QRegularExpression decimal(QStringLiteral(R"(^(\d+)(?:\.(\d+))?$)"));
    const auto m = decimal.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const QString digits = m.captured(1) + m.captured(2);
    auto n = parseYen(digits);
    if (!n)
        return std::nullopt;
    Yen scale = 1;
    for (qsizetype i = 0; i < m.captured(2).size(); ++i)
        scale *= 10;
    const Fraction f = Fraction(*n, scale) / divisor;
    if (f > 1)
        return std::nullopt;
    return f;
}

QString shareText(const Fraction &f)
{
    const Fraction pct = f * 100;
    for (int decimals = 0; decimals <= 2; ++decimals) {
        Yen scale = 1;
        for (int i = 0; i < decimals; ++i)
            scale *= 10;
        const Fraction scaled = pct * Fraction(scale);
        if (boost::multiprecision::denominator(scaled) != 1)
            continue;
        const Yen v = boost::multiprecision::numerator(scaled);
        QString digits = yenToString(v);
        if (decimals > 0) {
            while (digits.size() <= decimals)
                digits.prepend(u'0');
            digits.insert(digits.size() - decimals, u'.');
        }
        return digits + u'%';
    }
    return fractionToString(f);
}

QString flagText(bool v)
{
    return v ? QStringLiteral("あり") : QStringLiteral("なし");
}

QStringList splitList(const QString &raw)
{
    static const QRegularExpression sep(QStringLiteral(R"([、,，;；/／\s]+)"));
    QStringList out;
    for (const QString &t : raw.split(sep, Qt::SkipEmptyParts))
        out << t;
    return out;
}

} // namespace shienplan::roster
