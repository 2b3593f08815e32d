// The plan editor's funding panel (see fundingpanel.h).

#include "ui/plan/fundingpanel.h"

#include "core/base/fiscalyear.h"
#include "core/base/sources.h"
#include "core/engine/fundingsteps.h"
#include "ui/commands/commands.h"
#include "ui/dialogs/explanationdialog.h"
#include "ui/dialogs/overridedialog.h"
#include "ui/language.h"
#include "ui/models/fundingmodel.h"
#include "ui/plan/planevaluator.h"
#include "ui/plan/unconfirmedvalues.h"
#include "ui/statusstyle.h"
#include "ui/widgets/badgedelegate.h"
#include "ui/widgets/widgetsetup.h"
#include "ui/widgets/yenedit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shienplan
{

FundingPanel::FundingPanel(DocumentSession *session, PlanEvaluator *eval, QWidget *parent)
    : PlanPanel(session, eval, parent)
{
    setObjectName(QStringLiteral("fundingBox"));
    auto *fundingLayout = new QVBoxLayout(this);
    m_eligibility = new QLabel(this);
    m_eligibility->setObjectName(QStringLiteral("eligibility"));
    keepWrappedTextWhole(m_eligibility);
    QFont big = m_eligibility->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_eligibility->setFont(big);
    m_funding = makeTable(QStringLiteral("fundingView"), this);
    m_fundingModel = new FundingModel(m_eval, this);
    m_funding->setModel(m_fundingModel);
    m_funding->setItemDelegateForColumn(
        FundingModel::Basis, new BadgeDelegate(FundingModel::StatusesRole, m_funding));
    // Figures change width as the planner types (a range appears): the columns follow, and no
    // figure is ever cut off; the statuses take the rest of the width.
    keepColumnsFitted(m_funding);
    m_formNote = new QLabel(this);
    m_formNote->setObjectName(QStringLiteral("formLayoutNote"));
    keepWrappedTextWhole(m_formNote);
    m_formNote->setStyleSheet(QStringLiteral("color: #555"));
    m_budgetedRow = new QWidget(this);
    m_budgetedLabel = new QLabel(m_budgetedRow);
    m_budgeted = new YenEdit(m_budgetedRow);
    m_budgeted->setObjectName(QStringLiteral("budgeted"));
    m_budgeted->setOptional(true);
    m_budgetedLabel->setBuddy(m_budgeted);
    m_budgetedReason = new QLineEdit(m_budgetedRow);
    m_budgetedReason->setObjectName(QStringLiteral("budgetedReason"));
    m_budgetedRefusal = new QLabel(this);
    m_budgetedRefusal->setObjectName(QStringLiteral("budgetedRefusal"));
    keepWrappedTextWhole(m_budgetedRefusal);
    m_budgetedRefusal->setStyleSheet(QStringLiteral("color: #c62828"));
    m_budgetedRefusal->hide();
    auto *budgetedLayout = new QHBoxLayout(m_budgetedRow);
    budgetedLayout->setContentsMargins(0, 0, 0, 0);
    budgetedLayout->addWidget(m_budgetedLabel);
    budgetedLayout->addWidget(m_budgeted, 1);
    budgetedLayout->addWidget(m_budgetedReason, 2);
    m_explain = new QPushButton(this);
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_unconfirmedTitle = new QLabel(this);
    keepWrappedTextWhole(m_unconfirmedTitle);
    m_unconfirmed = buildUnconfirmed();
    m_enterValue = new QPushButton(this);
    m_enterValue->setObjectName(QStringLiteral("enterOfficialValue"));
    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addWidget(m_enterValue);
    buttonsRow->addStretch();
    buttonsRow->addWidget(m_explain);
    fundingLayout->addWidget(m_eligibility);
    fundingLayout->addWidget(m_funding, 1);
    fundingLayout->addWidget(m_formNote);
    fundingLayout->addWidget(m_budgetedRow);
    fundingLayout->addWidget(m_budgetedRefusal);
    fundingLayout->addWidget(m_unconfirmedTitle);
    fundingLayout->addWidget(m_unconfirmed);
    fundingLayout->addLayout(buttonsRow);
    // The explanation belongs to the window, not to the panel: a dialog over the whole window.
    m_explanation = new ExplanationDialog(parent ? parent->window() : nullptr);

    connect(m_explain, &QPushButton::clicked, this, &FundingPanel::explain);
    connect(m_enterValue, &QPushButton::clicked, this, &FundingPanel::enterOfficialValue);
    connect(
        m_unconfirmed, &QTableWidget::cellDoubleClicked, this, &FundingPanel::enterOfficialValue);
    connect(m_funding, &QTableView::clicked, this, &FundingPanel::explain);
    connect(m_budgeted, &YenEdit::valueCommitted, this,
        [this](const Yen &v) { editBudgeted(v, m_budgetedReason->text()); });
    connect(m_budgeted, &YenEdit::emptied, this, [this] { editBudgeted(std::nullopt, QString()); });
    connect(m_budgetedReason, &QLineEdit::editingFinished, this, [this] {
        const Program *p = m_eval->program();
        if (p && m_budgetedReason->text().trimmed() != p->budgetedReason)
            editBudgeted(p->budgeted, m_budgetedReason->text());
    });
}

void FundingPanel::editBudgeted(const std::optional<Yen> &yen, const QString &reason)
{
    if (m_syncing || !m_eval->program())
        return;
    auto *c = commands::setBudgeted(m_session, sc(), pr(), yen, reason.trimmed());
    m_budgetedRefusal->hide();
    c->setRefusedHandler([this](const QString &why) {
        m_budgetedRefusal->setText(tr("Not changed: %1").arg(why));
        m_budgetedRefusal->show();
        fitWrappedText(m_budgetedRefusal);
        syncBudgeted(); // the document's amount and reason again
    });
    emit editRequested(c);
}

// Shown where the national subsidy is only a range (or an amount is budgeted already): the
// planner budgets one amount, e.g. the prefecture's 内示額, and says why. No figure changes.
void FundingPanel::syncBudgeted()
{
    m_syncing = true;
    const Program *p = m_eval->program();
    const ProgramResult *r = m_eval->programResult();
    const bool show = p && ((r && !r->national.isExact()) || p->budgeted);
    m_budgetedRow->setVisible(show);
    if (!show)
        m_budgetedRefusal->hide();
    if (p) {
        m_budgeted->setOptionalValue(p->budgeted);
        if (!m_budgetedReason->hasFocus())
            m_budgetedReason->setText(p->budgetedReason);
    }
    const bool editable = p && !m_session->isReadOnly();
    m_budgeted->setEnabled(editable);
    m_budgetedReason->setEnabled(editable && p->budgeted.has_value());
    m_syncing = false;
}

QTableWidget *FundingPanel::buildUnconfirmed()
{
    auto *t = new QTableWidget(0, 3, this);
    t->setObjectName(QStringLiteral("unconfirmedView"));
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->setMaximumHeight(170);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    keepColumnsFitted(t); // the value whole; a long citation scrolls instead of squeezing it
    return t;
}

void FundingPanel::retranslate()
{
    setTitle(tr("Funding (estimate)"));
    m_explain->setText(tr("How was this computed?"));
    m_enterValue->setText(tr("Enter the official value…"));
    m_unconfirmedTitle->setText(
        tr("This estimate rests on values not confirmed by an official source:"));
    fitWrappedText(m_unconfirmedTitle);
    m_unconfirmed->setHorizontalHeaderLabels({ tr("Value"), tr("Status"), tr("Source") });
    m_formNote->setText(formLayoutNote().in(currentLanguage()));
    fitWrappedText(m_formNote);
    m_budgetedLabel->setText(tr("Budgeted national subsidy (yen)"));
    m_budgeted->setPlaceholderText(tr("none"));
    m_budgeted->setToolTip(tr("The amount you budget where the estimate is a range, e.g. the "
                              "prefecture's notified amount (内示額). It changes no figure."));
    m_budgetedReason->setPlaceholderText(tr("Why this amount (e.g. the prefecture's notice)"));
}

void FundingPanel::sync()
{
    syncEligibility();
    syncUnconfirmed();
    syncBudgeted();
}

void FundingPanel::fitColumns()
{
    keepColumnsFitted(m_funding); // the header texts of another language, measured at once
}

void FundingPanel::syncEligibility()
{
    const Evaluation *e = m_eval->evaluation();
    if (!e) {
        m_eligibility->setText(tr("No rule book for this fiscal year"));
        m_eligibility->setStyleSheet(QStringLiteral("color: #c62828"));
    } else if (e->eligible) {
        m_eligibility->setText(tr("Eligible for the national subsidy"));
        m_eligibility->setStyleSheet(QStringLiteral("color: #2e7d32"));
    } else {
        m_eligibility->setText(tr("Not eligible: see the findings"));
        m_eligibility->setStyleSheet(QStringLiteral("color: #c62828"));
    }
    fitWrappedText(m_eligibility);
}

void FundingPanel::syncUnconfirmed()
{
    m_unconfirmed->setRowCount(0);
    const Scenario *s = m_eval->scenario();
    const Program *p = m_eval->program();
    const RuleBook *book = m_eval->book();
    const ProgramResult *r = m_eval->programResult();
    const QList<Unconfirmed> list
        = s && p && book && r ? unconfirmedValues(s->plan, *p, *book, *r) : QList<Unconfirmed>();
    const QString lang = currentLanguage();
    m_unconfirmed->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const Unconfirmed &u = list[i];
        auto *what = new QTableWidgetItem(
            QStringLiteral("%1 = %2").arg(u.label, unconfirmedValueText(u, lang)));
        what->setData(Qt::UserRole, QVariant::fromValue(i));
        what->setToolTip(withCitations(u.prov.note, lang));
        auto *status = new QTableWidgetItem(statusLabel(u.prov.status, lang));
        status->setForeground(statusColor(u.prov.status));
        m_unconfirmed->setItem(i, 0, what);
        m_unconfirmed->setItem(i, 1, status);
        m_unconfirmed->setItem(i, 2, new QTableWidgetItem(citationText(u.prov.source, lang)));
    }
    m_unconfirmedTitle->setVisible(!list.isEmpty());
    m_unconfirmed->setVisible(!list.isEmpty());
    m_enterValue->setVisible(!list.isEmpty());
    m_enterValue->setEnabled(!m_session->isReadOnly());
}

void FundingPanel::enterOfficialValue()
{
    const Scenario *s = m_eval->scenario();
    const Program *p = m_eval->program();
    const RuleBook *book = m_eval->book();
    const ProgramResult *r = m_eval->programResult();
    if (!s || !p || !book || !r || m_session->isReadOnly())
        return;
    const QList<Unconfirmed> list = unconfirmedValues(s->plan, *p, *book, *r);
    const int row = std::max(0, m_unconfirmed->currentRow());
    if (row >= list.size())
        return;
    const Unconfirmed &u = list[row];
    const QString lang = currentLanguage();
    OverrideDialog dialog(u.target,
        QStringLiteral("%1（%2）").arg(u.label, fiscalYearLabel(s->plan.fiscalYear, lang)),
        QStringLiteral("%1 [%2, %3]")
            .arg(unconfirmedValueText(u, lang), statusLabel(u.prov.status, lang),
                citationText(u.prov.source, lang)),
        window());
    if (dialog.exec() == QDialog::Accepted)
        emit editRequested(commands::setOverride(m_session, dialog.result()));
}

void FundingPanel::explain()
{
    if (const ProgramResult *r = m_eval->programResult())
        m_explanation->show(*r);
}

} // namespace shienplan
