// The plan tab, composed of its four panels (see planeditor.h).

#include "ui/plan/planeditor.h"

#include "ui/models/findingsmodel.h"
#include "ui/models/fundingmodel.h"
#include "ui/models/matrixmodel.h"
#include "ui/plan/bodypanel.h"
#include "ui/plan/findingspanel.h"
#include "ui/plan/fundingpanel.h"
#include "ui/plan/planevaluator.h"
#include "ui/plan/programpanel.h"

#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace shienplan
{

namespace
{
// The rows the matrix (14 sub-projects) and the calculation (A)…(H) keep visible however small
// the window: fewer and the planner cannot read the answer without scrolling row by row. The
// forms around them scroll instead (see scrolling()).
constexpr int kMatrixRows = 8;
constexpr int kFundingRows = 8;

void keepRowsVisible(QTableView *view, int rows)
{
    if (!view)
        return;
    // Measured from the rows as they are (a wrapped row is taller), again whenever they change,
    // with the header and a horizontal scroll bar when there is one.
    const auto fit = [view, rows] {
        const QHeaderView *header = view->horizontalHeader();
        int h = header->isHidden() ? 0 : header->sizeHint().height();
        const int count = view->model() ? view->model()->rowCount() : 0;
        for (int r = 0; r < rows; ++r)
            h += r < count ? view->rowHeight(r) : view->verticalHeader()->defaultSectionSize();
        // (Its range, not its visibility: the bar is shown only after its range changed.)
        const QScrollBar *bar = view->horizontalScrollBar();
        if (view->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff
            && bar->maximum() > bar->minimum())
            h += bar->sizeHint().height();
        h += 2 * view->frameWidth();
        if (h != view->minimumHeight())
            view->setMinimumHeight(h);
    };
    fit();
    QObject::connect(view->verticalHeader(), &QHeaderView::sectionResized, view, fit);
    QObject::connect(view->horizontalScrollBar(), &QScrollBar::rangeChanged, view, fit);
    if (QAbstractItemModel *m = view->model()) {
        QObject::connect(m, &QAbstractItemModel::modelReset, view, fit);
        QObject::connect(m, &QAbstractItemModel::rowsInserted, view, fit);
        QObject::connect(m, &QAbstractItemModel::rowsRemoved, view, fit);
        QObject::connect(m, &QAbstractItemModel::layoutChanged, view, fit);
    }
}

// A column of panels that scrolls as a whole when the window is smaller than its forms need: on a
// small screen or at 200 % the forms keep their lines apart instead of being squeezed together.
QScrollArea *scrolling(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    area->setWidget(content);
    return area;
}
} // namespace

PlanEditor::PlanEditor(DocumentSession *session, PlanEvaluator *eval, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_session(session)
    , m_eval(eval)
{
    setObjectName(QStringLiteral("planSplitter"));
    auto *left = new QWidget;
    m_body = new BodyPanel(session, eval, left);
    m_program = new ProgramPanel(session, eval, left);
    auto *right = new QSplitter(Qt::Vertical);
    right->setChildrenCollapsible(false);
    m_funding = new FundingPanel(session, eval, right);
    m_findings = new FindingsPanel(session, eval, right);
    keepRowsVisible(m_program->findChild<QTableView *>(QStringLiteral("matrixView")), kMatrixRows);
    keepRowsVisible(
        m_funding->findChild<QTableView *>(QStringLiteral("fundingView")), kFundingRows);

    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_body);
    leftLayout->addWidget(m_program, 1);
    right->addWidget(m_funding);
    right->addWidget(m_findings);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    setChildrenCollapsible(false);
    auto *leftArea = scrolling(left, this);
    leftArea->setObjectName(QStringLiteral("planFormsScroll"));
    auto *rightArea = scrolling(right, this);
    rightArea->setObjectName(QStringLiteral("planFundingScroll"));
    addWidget(leftArea);
    addWidget(rightArea);
    setStretchFactor(0, 5);
    setStretchFactor(1, 6);

    for (PlanPanel *panel :
        std::initializer_list<PlanPanel *> { m_body, m_program, m_funding, m_findings })
        connect(panel, &PlanPanel::editRequested, this, &PlanEditor::editRequested);
    connect(m_findings, &FindingsPanel::findingClicked, this, &PlanEditor::selectFinding);
    connect(m_eval, &PlanEvaluator::evaluated, this, &PlanEditor::sync);
    connect(m_eval, &PlanEvaluator::currentChanged, this, &PlanEditor::sync);
}

void PlanEditor::showEvent(QShowEvent *e)
{
    QSplitter::showEvent(e);
    // The first split, once: the calculation (A)…(H) with its badges needs the wider part; the
    // left keeps at least what its forms need (setSizes respects the minimum sizes). After that
    // the planner's own split stays.
    if (!m_split && width() > 0) {
        m_split = true;
        // The forms as wide as they ask (English labels are longer), between 2/5 and 1/2 of a
        // wide window.
        const auto *forms = qobject_cast<QScrollArea *>(widget(0));
        const int wanted = (forms && forms->widget() ? forms->widget()->sizeHint().width() : 0)
            + style()->pixelMetric(QStyle::PM_ScrollBarExtent)
            + (forms ? 2 * forms->frameWidth() : 0);
        // On a narrow window (1366×768 at 200 %) the figures need the room more than the forms,
        // which scroll.
        const int most = width() >= 1200 ? width() / 2 : width() * 2 / 5;
        const int left = std::clamp(wanted, width() * 2 / 5, most);
        setSizes({ left, width() - left });
    }
}

void PlanEditor::retranslate()
{
    m_body->retranslate();
    m_program->retranslate();
    m_funding->retranslate();
    m_findings->retranslate();
    for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *> {
             m_program->matrixModel(), m_funding->fundingModel(), m_findings->findingsModel() })
        emit m->headerDataChanged(Qt::Horizontal, 0, std::max(0, m->columnCount() - 1));
}

void PlanEditor::fitColumns()
{
    m_funding->fitColumns();
}

void PlanEditor::sync()
{
    m_body->sync();
    m_program->sync();
    m_funding->sync();
}

void PlanEditor::selectFinding(int row)
{
    const Finding *found = m_findings->findingsModel()->finding(row);
    if (!found)
        return;
    const Finding f = *found; // a copy: choosing its program refills the findings
    if (const Scenario *s = m_eval->scenario()) {
        for (int i = 0; i < s->plan.programs.size(); ++i)
            if (s->plan.programs[i].id == f.program)
                m_eval->setCurrent(m_eval->currentScenario(), i);
    }
    emit revealRequested(); // before the focus: a widget on a hidden tab cannot take it
    m_program->focusFinding(f);
}

} // namespace shienplan
