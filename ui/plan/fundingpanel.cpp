// The plan editor's funding panel (see fundingpanel.h).

#include "ui/plan/fundingpanel.h"

#include "core/base/fiscalyear.h"
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

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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
    QFont big = m_eligibility->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_eligibility->setFont(big);
    m_funding = makeTable(QStringLiteral("fundingView"), this);
    m_fundingModel = new FundingModel(m_eval, this);
    m_funding->setModel(m_fundingModel);
    m_funding->setItemDelegateForColumn(
        FundingModel::Basis, new BadgeDelegate(FundingModel::StatusesRole, m_funding));
    connect(
        m_eval, &PlanEvaluator::currentChanged, m_funding, &QTableView::resizeColumnsToContents);
    m_explain = new QPushButton(this);
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_unconfirmedTitle = new QLabel(this);
    m_unconfirmed = buildUnconfirmed();
    m_enterValue = new QPushButton(this);
    m_enterValue->setObjectName(QStringLiteral("enterOfficialValue"));
    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addWidget(m_enterValue);
    buttonsRow->addStretch();
    buttonsRow->addWidget(m_explain);
    fundingLayout->addWidget(m_eligibility);
    fundingLayout->addWidget(m_funding, 1);
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
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    t->setMaximumHeight(170);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    return t;
}

void FundingPanel::retranslate()
{
    setTitle(tr("Funding (estimate)"));
    m_explain->setText(tr("How was this computed?"));
    m_enterValue->setText(tr("Enter the official value…"));
    m_unconfirmedTitle->setText(
        tr("This estimate rests on values not confirmed by an official source:"));
    m_unconfirmed->setHorizontalHeaderLabels({ tr("Value"), tr("Status"), tr("Source") });
}

void FundingPanel::sync()
{
    syncEligibility();
    syncUnconfirmed();
}

void FundingPanel::fitColumns()
{
    m_funding->resizeColumnsToContents();
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
        const QString value = u.rate ? fractionToString(*u.rate) : formatRange(u.amount, lang);
        auto *what = new QTableWidgetItem(QStringLiteral("%1 = %2").arg(u.label, value));
        what->setData(Qt::UserRole, QVariant::fromValue(i));
        what->setToolTip(u.prov.note);
        auto *status = new QTableWidgetItem(statusLabel(u.prov.status, lang));
        status->setForeground(statusColor(u.prov.status));
        m_unconfirmed->setItem(i, 0, what);
        m_unconfirmed->setItem(i, 1, status);
        m_unconfirmed->setItem(i, 2, new QTableWidgetItem(u.prov.source));
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
            .arg(u.rate ? fractionToString(*u.rate) : formatRange(u.amount, lang),
                statusLabel(u.prov.status, lang), u.prov.source),
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
