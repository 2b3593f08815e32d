// Small set-ups shared by the plan panels and the window's other tabs (see widgetsetup.h).

#include "ui/widgets/widgetsetup.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableView>

namespace shienplan
{

QTableView *makeTable(const QString &objectName, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(objectName);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setWordWrap(true);
    t->horizontalHeader()->setStretchLastSection(true);
    // Compact rows: the amounts and the matrix should fit without scrolling at 100%.
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    return t;
}

void keepColumnsFitted(QTableView *view)
{
    // A first version: the helper working on issue 14's tables replaces it with one that
    // follows every model signal and is tested against QFontMetrics.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void setItems(QComboBox *box, const QStringList &texts, const QVariantList &data)
{
    bool same = box->count() == texts.size();
    for (int i = 0; same && i < texts.size(); ++i)
        same = box->itemText(i) == texts[i] && (data.isEmpty() || box->itemData(i) == data[i]);
    if (same)
        return;
    box->clear();
    for (int i = 0; i < texts.size(); ++i)
        box->addItem(texts[i], data.isEmpty() ? QVariant() : data[i]);
}

} // namespace shienplan
