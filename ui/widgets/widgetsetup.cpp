// Small set-ups shared by the plan panels and the window's other tabs (see widgetsetup.h).

#include "ui/widgets/widgetsetup.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>

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
    // Tab leaves the table (the arrows move in it): a keyboard user is not trapped in its rows,
    // and the focus chain visits each table once.
    t->setTabKeyNavigation(false);
    t->horizontalHeader()->setStretchLastSection(true);
    // Compact rows: the amounts and the matrix should fit without scrolling at 100%.
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    return t;
}

namespace
{
class OneLineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features &= ~QStyleOptionViewItem::WrapText;
        option->textElideMode = Qt::ElideRight;
    }
};
} // namespace

void keepColumnOnOneLine(QTableView *view, int column)
{
    view->setItemDelegateForColumn(column, new OneLineDelegate(view));
}

namespace
{
// Follows one table's model and sizes its columns (and, where text wraps, its rows) to their
// content. One per view, a child of it, found again when keepColumnsFitted is called a second
// time (e.g. after setModel).
class ColumnFitter : public QObject
{
public:
    explicit ColumnFitter(QTableView *view)
        : QObject(view)
        , m_view(view)
    {
        QHeaderView *h = view->horizontalHeader();
        // The columns that were to take the rest of the width keep doing so, but by this fitter:
        // the header's own Stretch mode shrinks a column below its content when space is short.
        for (int c = 0; c < h->count(); ++c)
            if (h->sectionResizeMode(c) == QHeaderView::Stretch)
                m_stretch << c;
        // The last visible column, whatever the model's columns turn out to be.
        m_stretchLast = h->stretchLastSection() && m_stretch.isEmpty();
        h->setStretchLastSection(false);
        h->setSectionResizeMode(QHeaderView::Interactive);
        // Every row is measured, not only the first thousand or the ones in view: a wide figure
        // further down is cut off as surely as one in view.
        h->setResizeContentsPrecision(-1);
        view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        view->installEventFilter(this);
        view->viewport()->installEventFilter(this);
    }

    void watch()
    {
        QAbstractItemModel *model = m_view->model();
        if (model == m_model)
            return;
        for (const auto &c : std::as_const(m_connections))
            disconnect(c);
        m_connections.clear();
        m_model = model;
        if (!model)
            return;
        auto later = [this] { schedule(); };
        m_connections << connect(model, &QAbstractItemModel::dataChanged, this, later)
                      << connect(model, &QAbstractItemModel::headerDataChanged, this, later)
                      << connect(model, &QAbstractItemModel::modelReset, this, later)
                      << connect(model, &QAbstractItemModel::layoutChanged, this, later)
                      << connect(model, &QAbstractItemModel::rowsInserted, this, later)
                      << connect(model, &QAbstractItemModel::rowsRemoved, this, later)
                      << connect(model, &QAbstractItemModel::columnsInserted, this, later)
                      << connect(model, &QAbstractItemModel::columnsRemoved, this, later);
    }

    // A model often sends several signals for one edit (data, then headers): they are measured
    // once, when the edit is done, before the window is painted again.
    void schedule()
    {
        if (m_pending)
            return;
        m_pending = true;
        QTimer::singleShot(0, this, [this] { fit(); });
    }

    void fit()
    {
        m_pending = false;
        QAbstractItemModel *model = m_view->model();
        if (!model || m_fitting)
            return;
        m_fitting = true;
        QHeaderView *h = m_view->horizontalHeader();
        const int n = h->count();
        QList<int> widths(n, 0);
        int used = 0;
        for (int c = 0; c < n; ++c) {
            if (h->isSectionHidden(c))
                continue;
            widths[c] = std::max(asItemView()->sizeHintForColumn(c), h->sectionSizeHint(c));
            used += widths[c];
        }
        // What is left of the viewport goes to the columns that take the rest, shared equally;
        // none of them ever gets less than its content.
        QList<int> takers;
        for (int c : std::as_const(m_stretch))
            if (c < n && !h->isSectionHidden(c))
                takers << c;
        if (m_stretchLast)
            for (int c = n - 1; c >= 0 && takers.isEmpty(); --c)
                if (!h->isSectionHidden(c))
                    takers << c;
        const int rest = m_view->viewport()->width() - used;
        if (rest > 0 && !takers.isEmpty())
            for (int i = 0; i < takers.size(); ++i)
                widths[takers[i]]
                    += rest / int(takers.size()) + (i < rest % int(takers.size()) ? 1 : 0);
        for (int c = 0; c < n; ++c)
            if (!h->isSectionHidden(c) && h->sectionSize(c) != widths[c])
                h->resizeSection(c, widths[c]);
        fitRows();
        m_fitting = false;
    }

private:
    // QTableView makes its size hints protected; QAbstractItemView has them public.
    const QAbstractItemView *asItemView() const { return m_view; }

    // Where text wraps (a line break in a label, a long note), the row grows to show all of it;
    // a row never gets lower than the table's compact height.
    void fitRows()
    {
        QHeaderView *v = m_view->verticalHeader();
        if (!m_view->wordWrap() || v->sectionResizeMode(0) != QHeaderView::Interactive)
            return;
        const int compact = v->defaultSectionSize();
        for (int r = 0; r < v->count(); ++r) {
            if (v->isSectionHidden(r))
                continue;
            const int height = std::max(compact, asItemView()->sizeHintForRow(r));
            if (v->sectionSize(r) != height)
                v->resizeSection(r, height);
        }
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::Resize: // the columns that take the rest follow the viewport
            if (watched == m_view->viewport() && !m_fitting)
                schedule();
            break;
        case QEvent::LanguageChange: // texts of another language, another width
        case QEvent::FontChange:
        case QEvent::StyleChange:
        case QEvent::Show:
            if (watched == m_view)
                schedule();
            break;
        default:
            break;
        }
        return false;
    }

    QTableView *m_view;
    QPointer<QAbstractItemModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    QList<int> m_stretch;
    bool m_stretchLast = false;
    bool m_pending = false;
    bool m_fitting = false;
};
} // namespace

void keepColumnsFitted(QTableView *view)
{
    // No Q_OBJECT (and no moc) for a private helper: found by its C++ type.
    ColumnFitter *fitter = nullptr;
    for (QObject *child : view->children())
        if (!fitter)
            fitter = dynamic_cast<ColumnFitter *>(child);
    if (!fitter)
        fitter = new ColumnFitter(view);
    fitter->watch();
    fitter->fit();
}

namespace
{
class WrappedTextHeight : public QObject
{
public:
    explicit WrappedTextHeight(QLabel *label)
        : QObject(label)
        , m_label(label)
    {
        label->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *e) override
    {
        // A new width is a resize; a new text is fitted by whoever sets it (fitWrappedText).
        // Fitting can resize the label (a new height): that is not measured again.
        if (watched != m_label || m_fitting)
            return false;
        const bool widthChanged = e->type() == QEvent::Resize
            && static_cast<QResizeEvent *>(e)->oldSize().width() != m_label->width();
        if (widthChanged || e->type() == QEvent::FontChange || e->type() == QEvent::Show) {
            m_fitting = true;
            fitWrappedText(m_label);
            m_fitting = false;
        }
        return false;
    }

private:
    QLabel *m_label;
    bool m_fitting = false;
};
} // namespace

void fitWrappedText(QLabel *label)
{
    // QLabel never measures below its own minimum height: measure without it, then set it.
    const int before = label->minimumHeight();
    label->setMinimumHeight(0);
    const int h = label->text().isEmpty() ? 0 : label->heightForWidth(label->width());
    label->setMinimumHeight(h >= 0 ? h : before);
}

void keepWrappedTextWhole(QLabel *label)
{
    label->setWordWrap(true);
    new WrappedTextHeight(label);
}

QString saveTableFileName(QWidget *parent, const QString &caption, const QString &suggested)
{
    const QString excel = QCoreApplication::translate("shienplan", "Excel workbook (*.xlsx)");
    const QString csv = QCoreApplication::translate("shienplan", "CSV (*.csv)");
    const bool wantsCsv = suggested.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    QString chosen = wantsCsv ? csv : excel;
    QString path = QFileDialog::getSaveFileName(
        parent, caption, suggested, excel + QStringLiteral(";;") + csv, &chosen);
    if (path.isEmpty())
        return path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"csv")
        path += chosen == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    return path;
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
