#pragma once

// How roster cells are compared: headers, menus, flags and numbers through squeeze(), the names
// of bodies through foldName(), which also folds the spelling variants people type. Internal to
// core/roster/.

#include <QString>
#include <QStringView>

namespace shienplan::roster
{

// NFKC (full-width digits and letters, half-width katakana, the ideographic space), no
// whitespace at all, lower case.
QString squeeze(QStringView text);

// Drops everything in parentheses (after NFKC, （） are ()).
QString withoutParentheses(const QString &s);

// Folds the spellings that differ between official names and what people type: ヶ/ケ/ヵ/け,
// ツ/つ/っ, ノ/の, and a few old or variant kanji.
QString foldName(QStringView name);

// Levenshtein distance, for "did you mean" suggestions.
int editDistance(const QString &a, const QString &b);

} // namespace shienplan::roster
