// The cost breakdown editor of the program panel (see costlineseditor.h).

#include "ui/plan/costlineseditor.h"

#include "core/base/catalogue.h"
#include "core/engine/fundingsteps.h"
#include "ui/language.h"
#include "ui/widgets/yenedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shienplan
{

namespace
{
constexpr const char *kRow = "costLineRow"; // the line a cell widget belongs to
}

CostLinesEditor::CostLinesEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("costLinesEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("costLinesNote"));
    m_note->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("costLinesView"));
    m_table->verticalHeader()->hide();
    // The widgets in the cells are what is edited and focused; "the line" to remove is the one
    // whose widget had the focus last, so the table selects nothing itself.
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The reason takes the room left; the other columns fit their contents (setProgram).
    m_table->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    // Rows as tall as the widgets in them, at any scale.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addCostLine"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeCostLine"));
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("costLinesTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("costLinesRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c62828"));
    m_refusal->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_totals);
    layout->addWidget(m_refusal);
    connect(m_add, &QPushButton::clicked, this, &CostLinesEditor::addLine);
    connect(m_remove, &QPushButton::clicked, this, &CostLinesEditor::removeLine);
}

void CostLinesEditor::retranslate()
{
    m_note->setText(
        tr("Our sources do not say which costs the subsidy counts as eligible. Every "
           "line starts as eligible; you decide, and for a line that is not, say why."));
    m_table->setHorizontalHeaderLabels(
        { tr("Cost item"), tr("Amount (yen)"), tr("Eligible cost"), tr("Why not eligible") });
    m_add->setText(tr("Add a line"));
    m_remove->setText(tr("Remove the line"));
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (auto *reason = qobject_cast<QLineEdit *>(m_table->cellWidget(r, Reason)))
            reason->setPlaceholderText(tr("e.g. food at meetings"));
    syncTotals();
}

// The 費目 offered: for 準備支援 the costs it names first (000:48), then the usual budget classes.
QStringList CostLinesEditor::itemChoices() const
{
    QStringList items;
    if (m_menu == QLatin1String("preparation"))
        for (const CatalogueEntry &e : preparationCostItems())
            items << e.ja; // files store the Japanese 費目 (catalogue.h)
    for (const CatalogueEntry &e : costItemCatalogue())
        if (!items.contains(e.ja))
            items << e.ja;
    return items;
}

void CostLinesEditor::setProgram(const Program *p, bool editable)
{
    m_filling = true;
    const QString menu = p ? p->menu : QString();
    const bool newChoices = menu != m_menu;
    m_menu = menu;
    m_lines = p ? p->costLines : QList<CostLine>();
    m_expenditure = p ? p->expenditure : Yen(0);
    setRowCount(int(m_lines.size()));
    for (int r = 0; r < m_lines.size(); ++r) {
        if (newChoices)
            fillItems(r);
        fillRow(r, m_lines[r]);
    }
    m_table->setEnabled(p != nullptr);
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < ColumnCount; ++c)
            if (QWidget *w = m_table->cellWidget(r, c))
                w->setEnabled(editable && (c != Reason || !m_lines[r].eligible));
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && !m_lines.isEmpty());
    if (m_currentRow >= m_lines.size())
        m_currentRow = int(m_lines.size()) - 1;
    for (int c : { int(Item), int(Amount), int(Eligible) })
        m_table->resizeColumnToContents(c); // figures and 費目 never elided
    syncTotals();
    m_filling = false;
    m_refill = false;
}

void CostLinesEditor::showRefusal(const QString &why)
{
    m_refusal->setText(tr("Not changed: %1").arg(why));
    m_refusal->setVisible(!why.isEmpty());
    // After a refusal every cell shows the document again, even the one being typed in.
    m_refill = !why.isEmpty();
}

void CostLinesEditor::setRowCount(int rows)
{
    const int before = m_table->rowCount();
    m_table->setRowCount(rows);
    for (int r = before; r < rows; ++r)
        makeRow(r);
}

void CostLinesEditor::makeRow(int row)
{
    auto *item = new QComboBox(m_table);
    item->setObjectName(QStringLiteral("costItem"));
    item->setEditable(true); // a 費目 of the planner's own words is allowed
    item->setInsertPolicy(QComboBox::NoInsert);
    item->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *amount = new YenEdit(m_table);
    amount->setObjectName(QStringLiteral("costAmount"));
    // Room for 999,999,999 yen: a figure is never cut off.
    amount->setMinimumWidth(amount->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000,000"))
        + 4 * amount->fontMetrics().averageCharWidth());
    auto *eligible = new QCheckBox(m_table);
    eligible->setObjectName(QStringLiteral("costEligible"));
    auto *reason = new QLineEdit(m_table);
    reason->setObjectName(QStringLiteral("costReason"));
    reason->setPlaceholderText(tr("e.g. food at meetings"));
    for (QWidget *w : std::initializer_list<QWidget *> { item, amount, eligible, reason }) {
        w->setProperty(kRow, row);
        w->installEventFilter(this);
    }
    item->lineEdit()->setProperty(kRow, row);
    item->lineEdit()->installEventFilter(this);
    m_table->setCellWidget(row, Item, item);
    m_table->setCellWidget(row, Amount, amount);
    m_table->setCellWidget(row, Eligible, eligible);
    m_table->setCellWidget(row, Reason, reason);
    fillItems(row);

    auto itemChanged = [this, row, item] {
        const QString text = item->currentText().trimmed();
        if (!m_filling && row < m_lines.size() && text != m_lines[row].item)
            edit(
                row, [text](CostLine &l) { l.item = text; }, MergeId::None, QString());
    };
    connect(item, &QComboBox::currentIndexChanged, this, itemChanged);
    connect(item->lineEdit(), &QLineEdit::editingFinished, this, itemChanged);
    connect(amount, &YenEdit::valueCommitted, this, [this, row](const Yen &v) {
        if (!m_filling)
            edit(
                row, [v](CostLine &l) { l.amount = v; }, MergeId::CostLineAmount,
                QStringLiteral("amount"));
    });
    connect(eligible, &QCheckBox::toggled, this, [this, row](bool on) {
        if (!m_filling)
            edit(
                row,
                [on](CostLine &l) {
                    l.eligible = on;
                    if (on)
                        l.reason.clear(); // a reason is for a line that is not eligible
                },
                MergeId::None, QString());
    });
    connect(reason, &QLineEdit::editingFinished, this, [this, row, reason] {
        const QString text = reason->text().trimmed();
        if (!m_filling && row < m_lines.size() && text != m_lines[row].reason)
            edit(
                row, [text](CostLine &l) { l.reason = text; }, MergeId::CostLineText,
                QStringLiteral("reason"));
    });
}

void CostLinesEditor::fillItems(int row)
{
    auto *item = qobject_cast<QComboBox *>(m_table->cellWidget(row, Item));
    const QSignalBlocker block(item);
    const QString text = item->currentText();
    item->clear();
    item->addItems(itemChoices());
    item->setCurrentIndex(-1);
    item->setEditText(text);
}

void CostLinesEditor::fillRow(int row, const CostLine &line)
{
    auto *item = qobject_cast<QComboBox *>(m_table->cellWidget(row, Item));
    auto *amount = qobject_cast<YenEdit *>(m_table->cellWidget(row, Amount));
    auto *eligible = qobject_cast<QCheckBox *>(m_table->cellWidget(row, Eligible));
    auto *reason = qobject_cast<QLineEdit *>(m_table->cellWidget(row, Reason));
    // What the planner is typing stays theirs until it is committed.
    if (m_refill || !item->lineEdit()->hasFocus()) {
        const QSignalBlocker block(item);
        const int at = item->findText(line.item);
        item->setCurrentIndex(at);
        if (at < 0)
            item->setEditText(line.item);
    }
    amount->setValue(line.amount);
    if (m_refill)
        amount->setText(formatYen(line.amount));
    eligible->setChecked(line.eligible);
    if (m_refill || !reason->hasFocus())
        reason->setText(line.reason);
}

void CostLinesEditor::edit(
    int row, const std::function<void(CostLine &)> &change, MergeId merge, const QString &column)
{
    if (row < 0 || row >= m_lines.size())
        return;
    QList<CostLine> lines = m_lines;
    change(lines[row]);
    showRefusal(QString());
    emit linesEdited(lines, merge, QStringLiteral("%1/%2").arg(row).arg(column));
}

void CostLinesEditor::addLine()
{
    QList<CostLine> lines = m_lines;
    CostLine line;
    // The next 費目 not used yet, in the order offered.
    const QStringList choices = itemChoices();
    line.item = choices.value(0);
    for (const QString &c : choices) {
        bool used = false;
        for (const CostLine &l : lines)
            used = used || l.item == c;
        if (!used) {
            line.item = c;
            break;
        }
    }
    // The first line carries the total typed so far, so that (A) does not drop to 0 when the
    // breakdown starts; the planner then splits it.
    if (lines.isEmpty())
        line.amount = m_expenditure;
    lines << line;
    m_currentRow = int(lines.size()) - 1;
    showRefusal(QString());
    emit linesEdited(lines, MergeId::None, QString());
}

void CostLinesEditor::removeLine()
{
    if (m_lines.isEmpty())
        return;
    const int row = m_currentRow >= 0 && m_currentRow < m_lines.size() ? m_currentRow
                                                                       : int(m_lines.size()) - 1;
    QList<CostLine> lines = m_lines;
    lines.removeAt(row);
    showRefusal(QString());
    emit linesEdited(lines, MergeId::None, QString());
}

void CostLinesEditor::syncTotals()
{
    const QString lang = currentLanguage();
    if (m_lines.isEmpty()) {
        m_totals->setText(tr("No breakdown: type %1 (and %2 where not all of it is eligible) "
                             "above, or add lines.")
                              .arg(fundingStep('A').heading(lang), fundingStep('D').heading(lang)));
        return;
    }
    Yen all = 0, eligible = 0;
    for (const CostLine &l : m_lines) {
        all += l.amount;
        if (l.eligible)
            eligible += l.amount;
    }
    m_totals->setText(tr("%1: %2 yen, %3: %4 yen")
                          .arg(fundingStep('A').heading(lang), formatYen(all),
                              fundingStep('D').heading(lang), formatYen(eligible)));
}

bool CostLinesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        const QVariant row = watched->property(kRow);
        // Never m_table->selectRow(): a current cell moves the focus to the line's first widget.
        if (row.isValid())
            m_currentRow = row.toInt();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace shienplan
