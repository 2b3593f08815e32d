#pragma once

// Text a planner typed (a plan's title, an alternative's name) can be as long as they like: the
// files keep it whole, and what is laid out on a page or in a chart is cut to a length that can be
// read (a million characters in a heading would take minutes to lay out and fill pages).

#include <QString>
#include <QStringView>

namespace shienplan
{

// Names and titles as printed: far longer than any real one.
constexpr qsizetype kPrintedNameLimit = 200;
// Any other printed text: far longer than anything ShienPlan writes itself (its longest message
// is under 300 characters).
constexpr qsizetype kPrintedTextLimit = 2000;

// `text` whole when it has at most `limit` characters, else its first ones and "…"; never cut
// between the two halves of a surrogate pair.
QString cutForShowing(const QString &text, qsizetype limit);

} // namespace shienplan
