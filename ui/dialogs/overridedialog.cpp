// Entering the official value of an unconfirmed rule-book value (see overridedialog.h).

#include "ui/dialogs/overridedialog.h"

#include "core/engine/checkedvalues.h"
#include "ui/language.h"
#include "ui/widgets/yenedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shienplan
{

OverrideDialog::OverrideDialog(
    const RuleOverride &target, const QString &description, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_result(target)
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Enter the official value"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(description.toHtmlEscaped(), tr("Now: %1").arg(current).toHtmlEscaped()),
        this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *form = new QFormLayout;
    if (target.item == OverrideItem::Rate) {
        m_rate = new QLineEdit(this);
        m_rate->setObjectName(QStringLiteral("overrideRate"));
        m_rate->setPlaceholderText(QStringLiteral("3/4"));
        form->addRow(tr("Rate (n/d)"), m_rate);
    } else if (target.item == OverrideItem::Cell) {
        m_cell = new QComboBox(this);
        m_cell->setObjectName(QStringLiteral("overrideCell"));
        for (Cell c : { Cell::Required, Cell::Optional, Cell::NotAllowed })
            m_cell->addItem(
                QStringLiteral("%1 %2").arg(cellSymbol(c), cellLabel(c, currentLanguage())),
                QVariant::fromValue(int(c)));
        m_cell->setCurrentIndex(m_cell->findData(int(target.cell)));
        form->addRow(tr("Matrix cell"), m_cell);
    } else if (target.item == OverrideItem::Cap || target.item == OverrideItem::MinCoordinators) {
        m_count = new QSpinBox(this);
        m_count->setObjectName(QStringLiteral("overrideCount"));
        m_count->setRange(0, 99);
        m_count->setValue(target.count);
        m_count->setSuffix(tr(" persons"));
        form->addRow(target.item == OverrideItem::Cap ? tr("At most") : tr("At least"), m_count);
    } else {
        m_amount = new YenEdit(this);
        m_amount->setObjectName(QStringLiteral("overrideAmount"));
        m_isRange = new QCheckBox(tr("Only a range is known"), this);
        m_isRange->setObjectName(QStringLiteral("overrideIsRange"));
        m_max = new YenEdit(this);
        m_max->setObjectName(QStringLiteral("overrideMax"));
        m_max->setEnabled(false);
        connect(m_isRange, &QCheckBox::toggled, m_max, &QWidget::setEnabled);
        form->addRow(tr("Amount (yen), or lower end"), m_amount);
        form->addRow(QString(), m_isRange);
        form->addRow(tr("Upper end (yen)"), m_max);
    }
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("overrideSource"));
    m_source->setPlaceholderText(
        tr("e.g. the FY2025 grant guidelines (令和7年度交付要綱), table 2(1)"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("overrideNote"));
    form->addRow(tr("Source (required)"), m_source);
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("overrideMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OverrideDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void OverrideDialog::tryAccept()
{
    RuleOverride o = m_result;
    o.source = m_source->text().trimmed();
    o.note = m_note->text().trimmed();
    if (o.source.isEmpty()) {
        m_message->setText(tr("Enter the source of the value (the document and where in it)."));
        return;
    }
    if (m_rate) {
        const auto f = parseFraction(m_rate->text().trimmed());
        if (!f || *f <= 0 || *f > 1) {
            m_message->setText(tr("A rate is a fraction n/d greater than 0 and at most 1."));
            return;
        }
        o.rate = *f;
    } else if (m_cell) {
        o.cell = Cell(m_cell->currentData().toInt());
    } else if (m_count) {
        o.count = m_count->value();
    } else {
        const auto lo = m_amount->value();
        const auto hi = m_isRange->isChecked() ? m_max->value() : lo;
        if (!lo || !hi || m_amount->text().trimmed().isEmpty()) {
            m_message->setText(tr("Enter the amount in yen."));
            return;
        }
        if (*lo > *hi) {
            m_message->setText(tr("The lower end is above the upper end."));
            return;
        }
        o.amount = YenRange::between(*lo, *hi);
    }
    m_result = o;
    accept();
}

} // namespace shienplan
