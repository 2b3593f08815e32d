#pragma once

// Small set-ups shared by the plan panels and the window's other tabs, so that every table
// looks and behaves alike and every combo box refills cheaply.

#include <QString>
#include <QStringList>
#include <QVariantList>

class QComboBox;
class QLabel;
class QTableView;
class QWidget;

namespace shienplan
{

// A read-only table of whole rows, one selected at a time, with compact rows.
QTableView *makeTable(const QString &objectName, QWidget *parent);

// Shows a column of a wrapping table on one line (elided, its whole text in the tooltip), so
// that a long citation beside a message does not make every row several lines high.
void keepColumnOnOneLine(QTableView *view, int column);

// Keeps every column of a table as wide as its widest figure and its header, after every change
// of its model (data, rows, layout, reset, headers) and of the language, font or size, so that no
// figure is ever elided: a table that no longer fits scrolls horizontally instead. Columns set to
// Stretch (or the last one, with stretchLastSection) before the call take what is left of the
// width, never less than their content; where the table wraps text, rows grow to show it all.
// Call it after setModel (again after another setModel); a second call measures at once.
void keepColumnsFitted(QTableView *view);

// Keeps a word-wrapped label as tall as its text at its width, whenever either changes. A label
// in a splitter or a scroll area is otherwise given the height of its size hint, which assumes
// another width: narrowed (a small screen, 200 %), its lines would run onto the widget below.
// After a new text, call fitWrappedText (a label's text changes no size of its own).
void keepWrappedTextWhole(QLabel *label);
void fitWrappedText(QLabel *label);

// The save dialog of an exported table: Excel (codes as text cells) or CSV, the filter chosen
// from the suggested name's suffix; the name returned ends in the chosen format's suffix. Empty
// when cancelled.
QString saveTableFileName(QWidget *parent, const QString &caption, const QString &suggested);

// Refills a combo box only when its items differ: rebuilding a list of 1,741 scenarios after
// every edit would cost more than the edit itself.
void setItems(QComboBox *box, const QStringList &texts, const QVariantList &data = {});

} // namespace shienplan
