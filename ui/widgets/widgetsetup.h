#pragma once

// Small set-ups shared by the plan panels and the window's other tabs, so that every table
// looks and behaves alike and every combo box refills cheaply.

#include <QString>
#include <QStringList>
#include <QVariantList>

class QComboBox;
class QTableView;
class QWidget;

namespace shienplan
{

// A read-only table of whole rows, one selected at a time, with compact rows.
QTableView *makeTable(const QString &objectName, QWidget *parent);

// Keeps every column of a table as wide as its widest visible figure, after every change of its
// model (data, rows, reset, headers), so that no figure is ever elided: a table that no longer
// fits scrolls instead.
void keepColumnsFitted(QTableView *view);

// Refills a combo box only when its items differ: rebuilding a list of 1,741 scenarios after
// every edit would cost more than the edit itself.
void setItems(QComboBox *box, const QStringList &texts, const QVariantList &data = {});

} // namespace shienplan
