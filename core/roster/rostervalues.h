#pragma once

// The values of roster cells as people type them: fiscal years in Western or era form, yen with
// separators and units, counts, yes/no flags, shares as fractions or percentages, and lists.
// Every parser is exact (no floating point) and returns nothing for what it cannot read; the
// importer words the problem. Internal to core/roster/.

#include "core/base/money.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace shienplan::roster
{

// 2025, "R7", "令和7年度", "令和7", "H30", "FY2025".
std::optional<int> parseFiscalYear(const QString &raw);

enum class AmountError { None, Bad, Negative };

// Yen from what people type: "14,000,000", "14000000", "14,000千円", "1.5万円", "¥14,000,000",
// full-width digits; `unit` is the column's unit when the cell has none. Never a float: the
// decimal part is kept as digits and must come out as whole yen.
std::optional<Yen> parseAmount(const QString &raw, int unit, AmountError &error);

// A whole number from 0 to max, "3", "3人", "1,200".
std::optional<qint64> parseCount(const QString &raw, qint64 max);

// あり/なし, 1/0, yes/no, ○/×, …
std::optional<bool> parseFlag(const QString &raw);

// "1/4", "25%", "37.5%", "0.25": exact, within [0, 1].
std::optional<Fraction> parseShare(const QString &raw);

// The form rosterToCsv writes a share in: a percentage when it is one with at most two
// decimals (Excel keeps "25%" as it is, whereas it turns "1/4" into 4 January), else "n/d".
QString shareText(const Fraction &f);

// あり or なし, as rosterToCsv writes a flag.
QString flagText(bool v);

// The items of a list cell, separated by 「、」, commas, semicolons, slashes or spaces.
QStringList splitList(const QString &raw);

} // namespace shienplan::roster
