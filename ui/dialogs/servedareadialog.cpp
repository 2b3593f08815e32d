// Choosing the municipalities a center or satellite serves (see servedareadialog.h).

#include "ui/dialogs/servedareadialog.h"

#include "core/base/bodykind.h"
#include "core/registry/registry.h"
#include "ui/language.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace shienplan
{

namespace
{

constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2; // folded name, reading and code
constexpr int kRunsRole = Qt::UserRole + 3; // the body runs a program that year

// The search text (on kSearchRole) and, when asked, only the ticked rows.
class ServedAreaFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setTickedOnly(bool on)
    {
        m_tickedOnly = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_tickedOnly
            && sourceModel()
                    ->index(row, ServedAreaDialog::Name, parent)
                    .data(Qt::CheckStateRole)
                    .toInt()
                != Qt::Checked)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    bool m_tickedOnly = false;
};

} // namespace

ServedAreaDialog::ServedAreaDialog(const QString &prefectureCode, const QStringList &served,
    const QHash<QString, QString> &programs, QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new ServedAreaFilter(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("servedAreaDialog"));
    setWindowTitle(tr("Served municipalities"));
    const Registry &registry = Registry::bundled();
    const QString lang = currentLanguage();
    QList<const LocalBody *> bodies = registry.municipalitiesOf(prefectureCode);
    for (const QString &code : served) // ticked outside the prefecture: still shown, to untick
        if (const LocalBody *b = registry.find(code); b && !bodies.contains(b))
            bodies << b;
    const QString none = tr("none");
    for (const LocalBody *b : std::as_const(bodies)) {
        auto *name = new QStandardItem(b->name);
        name->setCheckable(true);
        name->setCheckState(served.contains(b->code) ? Qt::Checked : Qt::Unchecked);
        name->setData(b->code, kCodeRole);
        name->setData(!programs.value(b->code).isEmpty(), kRunsRole);
        name->setData(
            QStringList { foldForSearch(b->name), foldForSearch(b->kana), b->code }.join(u' '),
            kSearchRole);
        name->setToolTip(QStringLiteral("%1（%2）%3").arg(b->name, b->kana, b->code));
        const QString runs = programs.value(b->code);
        auto *kind = new QStandardItem(bodyKindLabel(b->kind, lang));
        auto *what = new QStandardItem(runs.isEmpty() ? none : runs);
        if (runs.isEmpty())
            what->setForeground(
                QColor(0xc6, 0x28, 0x28)); // where support is weak: what a satellite is for
        for (QStandardItem *i : { kind, what })
            i->setEditable(false);
        name->setEditable(false);
        m_model->appendRow({ name, kind, what });
    }
    m_model->setHorizontalHeaderLabels(
        { tr("Municipality"), tr("Kind"), tr("Programs this year") });
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(kSearchRole);
    m_proxy->setFilterKeyColumn(Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("servedTable"));
    m_view->setModel(m_proxy);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->resizeColumnsToContents();
    m_filter->setObjectName(QStringLiteral("servedFilter"));
    m_filter->setPlaceholderText(tr("Name, reading or code"));
    m_filter->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("servedCount"));

    auto *all = new QPushButton(tr("Tick the listed"), this);
    all->setObjectName(QStringLiteral("servedTickListed"));
    auto *noneButton = new QPushButton(tr("Untick the listed"), this);
    noneButton->setObjectName(QStringLiteral("servedUntickListed"));
    auto *withoutProgram = new QPushButton(tr("Tick those with no program"), this);
    withoutProgram->setObjectName(QStringLiteral("servedTickWithoutProgram"));
    auto *tickedOnly = new QCheckBox(tr("Ticked only"), this);
    tickedOnly->setObjectName(QStringLiteral("servedTickedOnly"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *row = new QHBoxLayout;
    row->addWidget(all);
    row->addWidget(noneButton);
    row->addWidget(withoutProgram);
    row->addStretch();
    row->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The municipalities this center or satellite serves. A satellite "
                                "is set up with the municipalities "
                                "for an area where support is weak, for a limited time, and moves "
                                "to municipal programs after "
                                "2 years in principle (000:143-145, 000:52); the center backs up "
                                "the municipalities of its "
                                "area (003:265). The served area changes no amount."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(tickedOnly);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this,
        [this](const QString &t) { m_proxy->setFilterFixedString(foldForSearch(t)); });
    connect(tickedOnly, &QCheckBox::toggled, this,
        [this](bool on) { static_cast<ServedAreaFilter *>(m_proxy)->setTickedOnly(on); });
    connect(all, &QPushButton::clicked, this, [this] { setVisibleChecked(true); });
    connect(noneButton, &QPushButton::clicked, this, [this] { setVisibleChecked(false); });
    connect(withoutProgram, &QPushButton::clicked, this, &ServedAreaDialog::checkWithoutProgram);
    connect(m_model, &QStandardItemModel::itemChanged, this, &ServedAreaDialog::updateCount);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
    m_filter->setFocus(); // type a name at once
    resize(620, 560);
}

QStringList ServedAreaDialog::served() const
{
    QStringList out;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->item(r, Name)->checkState() == Qt::Checked)
            out << m_model->item(r, Name)->data(kCodeRole).toString();
    std::sort(out.begin(), out.end());
    return out;
}

void ServedAreaDialog::setVisibleChecked(bool on)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        m_model->itemFromIndex(m_proxy->mapToSource(m_proxy->index(r, Name)))
            ->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

void ServedAreaDialog::checkWithoutProgram()
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStandardItem *name = m_model->itemFromIndex(m_proxy->mapToSource(m_proxy->index(r, Name)));
        if (!name->data(kRunsRole).toBool())
            name->setCheckState(Qt::Checked);
    }
}

void ServedAreaDialog::updateCount()
{
    m_count->setText(tr("%1 municipalities ticked").arg(served().size()));
}

} // namespace shienplan
