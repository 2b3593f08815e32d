// The plan editor's findings panel (see findingspanel.h).

#include "ui/plan/findingspanel.h"

#include "ui/models/findingsmodel.h"
#include "ui/widgets/widgetsetup.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace shienplan
{

FindingsPanel::FindingsPanel(DocumentSession *session, PlanEvaluator *eval, QWidget *parent)
    : PlanPanel(session, eval, parent)
{
    setObjectName(QStringLiteral("findingsBox"));
    auto *findingsLayout = new QVBoxLayout(this);
    m_findings = makeTable(QStringLiteral("findingsView"), this);
    m_findingsModel = new FindingsModel(m_eval, this);
    m_findings->setModel(m_findingsModel);
    m_findings->horizontalHeader()->setSectionResizeMode(
        FindingsModel::Message, QHeaderView::Stretch);
    m_findings->horizontalHeader()->setStretchLastSection(false);
    m_findings->setColumnWidth(FindingsModel::Severity, 70);
    m_findings->setColumnWidth(FindingsModel::Program, 80);
    // A finding says what is wrong and what to do: its message wraps and its row grows to hold
    // it, rather than ending in 「…」 at a narrow window's edge.
    m_findings->setTextElideMode(Qt::ElideNone);
    m_findings->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    keepColumnOnOneLine(m_findings, FindingsModel::Source); // the citation: a tooltip says it all
    findingsLayout->addWidget(m_findings);
    connect(m_findings, &QTableView::clicked, this,
        [this](const QModelIndex &i) { emit findingClicked(i.row()); });
}

void FindingsPanel::retranslate()
{
    setTitle(tr("Findings"));
}

} // namespace shienplan
