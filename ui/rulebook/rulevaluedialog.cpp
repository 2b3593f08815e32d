// Entering one rule-book value with its source (see rulevaluedialog.h).

#include "ui/rulebook/rulevaluedialog.h"

#include "core/base/fiscalyear.h"
#include "core/base/sources.h"
#include "ui/language.h"
#include "ui/rulebook/rulebooktext.h"
#include "ui/widgets/yenedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shienplan
{

namespace
{
QString g_lastSource;

QString normalizedFraction(QString s)
{
    s = s.trimmed();
    QString out;
    for (QChar c : s) {
        if (c >= u'０' && c <= u'９')
            out += QChar(u'0' + (c.unicode() - u'０'));
        else if (c == u'／')
            out += u'/';
        else if (!c.isSpace())
            out += c;
    }
    return out;
}

bool inThousands(const YenRange &r)
{
    for (const auto &e : { r.min, r.max })
        if (e && *e % 1000 != 0)
            return false;
    return true;
}
} // namespace

QString RuleValueDialog::lastSource()
{
    return g_lastSource;
}

// The menu and item, the value in force with its status and source, and the source's note.
void RuleValueDialog::addHeading(QVBoxLayout *layout, int fiscalYear)
{
    auto *heading = new QLabel(QStringLiteral("<b>%1 › %2</b>")
                                   .arg(RuleBookText::shortMenu(m_value.menu).toHtmlEscaped(),
                                       RuleBookText::plainLabel(m_value.label).toHtmlEscaped()),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    QString now
        = tr("%1, now: %2").arg(fiscalYearLabel(fiscalYear, currentLanguage()), m_value.text);
    if (m_value.prov)
        now += QStringLiteral(" [%1]").arg(RuleBookText::provenance(*m_value.prov));
    auto *current = new QLabel(now, this);
    current->setWordWrap(true);
    current->setObjectName(QStringLiteral("ruleValueCurrent"));
    layout->addWidget(current);
    if (m_value.prov && !m_value.prov->note.isEmpty()) {
        auto *note = new QLabel(withCitations(m_value.prov->note, currentLanguage()), this);
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color: palette(mid);"));
        layout->addWidget(note);
    }
}

// An amount: exact, a range or unknown, typed in 千円 or yen, with the yen it makes shown below.
void RuleValueDialog::addAmountFields()
{
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("ruleValueMode"));
    m_mode->addItem(tr("An exact amount"), QStringLiteral("exact"));
    m_mode->addItem(tr("A range (minimum – maximum)"), QStringLiteral("range"));
    m_mode->addItem(tr("Unknown (not in the documents)"), QStringLiteral("unknown"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("ruleValueUnit"));
    m_unit->addItem(tr("thousand yen (千円)"), 1000);
    m_unit->addItem(tr("yen"), 1);
    m_min = new YenEdit(this);
    m_min->setObjectName(QStringLiteral("ruleValueMin"));
    m_max = new YenEdit(this);
    m_max->setObjectName(QStringLiteral("ruleValueMax"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("ruleValueYen"));
    m_form->addRow(tr("Entered as"), m_mode);
    m_form->addRow(tr("Unit"), m_unit);
    m_form->addRow(tr("Amount"), m_min);
    m_form->addRow(tr("Maximum"), m_max);
    m_form->addRow(QString(), m_preview);
    // Prefilled with the value in force, except a default add-on standing in for a
    // sub-project's own amount: that one is to be typed.
    const YenRange r = m_value.inherited ? YenRange::unknown() : m_value.amount;
    const bool thousands = inThousands(r);
    m_unit->setCurrentIndex(thousands ? 0 : 1);
    const Yen unit = thousands ? 1000 : 1;
    if (r.min)
        m_min->setText(formatYen(*r.min / unit));
    if (r.max && !r.isExact())
        m_max->setText(formatYen(*r.max / unit));
    m_mode->setCurrentIndex(r.isUnknown() || r.isExact() ? 0 : 1);
    if (r.isUnknown() && !m_value.inherited && m_value.prov
        && m_value.prov->status != Status::Unknown)
        m_mode->setCurrentIndex(2);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RuleValueDialog::updateMode);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &RuleValueDialog::updatePreview);
    connect(m_min, &QLineEdit::textChanged, this, &RuleValueDialog::updatePreview);
    connect(m_max, &QLineEdit::textChanged, this, &RuleValueDialog::updatePreview);
    updateMode();
}

RuleValueDialog::RuleValueDialog(const RuleValue &value, int fiscalYear, QWidget *parent)
    : QDialog(parent)
    , m_value(value)
{
    setObjectName(QStringLiteral("ruleValueDialog"));
    setWindowTitle(tr("Enter a rule book value"));
    auto *layout = new QVBoxLayout(this);

    addHeading(layout, fiscalYear);

    m_form = new QFormLayout;
    layout->addLayout(m_form);
    switch (value.kind) {
    case RuleValueKind::Amount: {
        addAmountFields();
        break;
    }
    case RuleValueKind::Rate:
        m_rate = new QLineEdit(fractionToString(value.rate), this);
        m_rate->setObjectName(QStringLiteral("ruleValueRate"));
        m_rate->setPlaceholderText(QStringLiteral("1/2"));
        m_form->addRow(tr("Rate (a fraction n/d)"), m_rate);
        break;
    case RuleValueKind::Count:
        m_count = new QSpinBox(this);
        m_count->setObjectName(QStringLiteral("ruleValueCount"));
        m_count->setRange(0, 1000);
        m_count->setValue(value.count);
        m_form->addRow(tr("Value"), m_count);
        break;
    case RuleValueKind::Cell:
        m_cell = new QComboBox(this);
        m_cell->setObjectName(QStringLiteral("ruleValueCell"));
        for (Cell c : { Cell::Required, Cell::Optional, Cell::NotAllowed })
            m_cell->addItem(RuleBookText::cellMeaning(c), cellId(c));
        m_cell->setCurrentIndex(m_cell->findData(cellId(value.cell)));
        m_form->addRow(tr("Cell"), m_cell);
        break;
    default:
        break;
    }

    m_source = new QLineEdit(g_lastSource, this);
    m_source->setObjectName(QStringLiteral("ruleValueSource"));
    m_source->setPlaceholderText(
        tr("e.g. the FY2025 grant guidelines (令和7年度交付要綱), table 2(1)"));
    m_source->setMinimumWidth(320);
    m_form->addRow(tr("Source (required)"), m_source);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("ruleValueNote"));
    m_form->addRow(tr("Note"), m_note);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("ruleValueError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("ruleValueButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enter"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RuleValueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RuleValueDialog::reject);
    layout->addWidget(buttons);

    // The value first when it is to be typed; the source first when only the citation is new.
    if (m_min && (m_min->text().isEmpty() || value.inherited))
        m_min->setFocus();
    else
        m_source->setFocus();
    m_source->selectAll();
}

void RuleValueDialog::updateMode()
{
    if (!m_mode)
        return;
    const QString mode = m_mode->currentData().toString();
    const bool range = mode == u"range", unknown = mode == u"unknown";
    m_unit->setEnabled(!unknown);
    m_min->setEnabled(!unknown);
    m_max->setVisible(range);
    m_form->labelForField(m_max)->setVisible(range);
    qobject_cast<QLabel *>(m_form->labelForField(m_min))
        ->setText(range ? tr("Minimum") : tr("Amount"));
    updatePreview();
}

std::optional<Yen> RuleValueDialog::typed(YenEdit *e, bool *empty) const
{
    *empty = e->text().trimmed().isEmpty();
    if (*empty)
        return std::nullopt;
    const auto v = e->value();
    if (!v)
        return std::nullopt;
    return *v * m_unit->currentData().toInt();
}

void RuleValueDialog::updatePreview()
{
    if (!m_preview)
        return;
    const QString mode = m_mode->currentData().toString();
    if (mode == u"unknown") {
        m_preview->setText(tr("The value will be unknown: estimates keep no lower bound."));
        return;
    }
    bool e1 = true, e2 = true;
    YenRange r;
    r.min = typed(m_min, &e1);
    if (mode == u"range")
        r.max = typed(m_max, &e2);
    else
        r.max = r.min;
    m_preview->setText(
        r.isUnknown() ? QString() : QStringLiteral("= ") + formatRange(r, currentLanguage()));
}

QString RuleValueDialog::check()
{
    QStringList errors;
    if (m_mode) {
        const QString mode = m_mode->currentData().toString();
        bool emptyMin = true, emptyMax = true;
        if (mode == u"unknown") {
            m_amount = YenRange::unknown();
        } else if (mode == u"exact") {
            const auto v = typed(m_min, &emptyMin);
            if (!v)
                errors << (emptyMin ? tr("Enter the amount.")
                                    : tr("The amount must be digits only."));
            else
                m_amount = YenRange::exact(*v);
        } else {
            const auto lo = typed(m_min, &emptyMin), hi = typed(m_max, &emptyMax);
            if (emptyMin && emptyMax)
                errors << tr("Enter at least one end of the range.");
            else if ((!emptyMin && !lo) || (!emptyMax && !hi))
                errors << tr("The amount must be digits only.");
            else if (lo && hi && *lo > *hi)
                errors << tr("The minimum (%1) is larger than the maximum (%2).")
                              .arg(formatYen(*lo), formatYen(*hi));
            else
                m_amount = YenRange { lo, hi };
        }
    }
    if (m_rate) {
        const auto f = parseFraction(normalizedFraction(m_rate->text()));
        if (!f)
            errors << tr("Enter the rate as a fraction such as 1/2 or 3/4.");
        else if (*f <= 0 || *f > 1)
            errors << tr("A rate must be more than 0 and at most 1 (got %1).")
                          .arg(fractionToString(*f));
        else
            m_rateValue = *f;
    }
    if (m_source->text().trimmed().isEmpty())
        errors << tr("A source is required: cite the document and the place, e.g. "
                     "「令和7年度交付要綱 別表 2(1)」. "
                     "A value without a source cannot be entered.");
    return errors.join(u'\n');
}

void RuleValueDialog::accept()
{
    QString error = check();
    if (error.isEmpty() && m_apply)
        error = m_apply();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    g_lastSource = source();
    QDialog::accept();
}

QString RuleValueDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

YenRange RuleValueDialog::amount() const
{
    return m_amount;
}

Fraction RuleValueDialog::rate() const
{
    return m_rateValue;
}

int RuleValueDialog::count() const
{
    return m_count ? m_count->value() : 0;
}

Cell RuleValueDialog::cell() const
{
    return m_cell ? cellFromId(m_cell->currentData().toString()).value_or(Cell::NotAllowed)
                  : Cell::NotAllowed;
}

QString RuleValueDialog::source() const
{
    return m_source->text().trimmed();
}

QString RuleValueDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace shienplan
