// The findings panel's table model (see findingsmodel.h).

#include "ui/models/findingsmodel.h"

#include "core/prefecture/prefecturerows.h"
#include "ui/language.h"
#include "ui/plan/planevaluator.h"

#include <QBrush>
#include <QColor>

namespace shienplan
{

FindingsModel::FindingsModel(PlanEvaluator *evaluator, QObject *parent)
    : QAbstractTableModel(parent)
    , m_eval(evaluator)
{
    connect(m_eval, &PlanEvaluator::evaluated, this, &FindingsModel::reload);
    reload();
}

void FindingsModel::reload()
{
    beginResetModel();
    m_findings.clear();
    if (const Evaluation *e = m_eval->evaluation()) {
        m_findings = e->findings;
        // And what only the plans of other years and bodies show: a satellite or start-up
        // support past its second year, a satellite's towns with nothing planned after it,
        // preparation support without a program the year after.
        m_findings += multiYearFindingsOf(m_eval->session()->document(), m_eval->evaluations(),
            m_eval->currentScenario(), &m_eval->library());
    }
    std::stable_sort(m_findings.begin(), m_findings.end(),
        [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Finding *FindingsModel::finding(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings[row] : nullptr;
}

QVariant FindingsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Kind");
    case Program:
        return tr("Program");
    case Message:
        return tr("Finding");
    case Source:
        return tr("Source");
    }
    return {};
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const Finding *f = index.isValid() ? finding(index.row()) : nullptr;
    if (!f)
        return {};
    const QString lang = currentLanguage();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Severity:
            return severityLabel(f->severity, lang);
        case Program:
            return f->program;
        case Message:
            return f->message(lang);
        case Source:
            return f->citation(lang);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Severity) {
        switch (f->severity) {
        case shienplan::Severity::Error:
            return QBrush(QColor(0xc6, 0x28, 0x28));
        case shienplan::Severity::Warning:
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        case shienplan::Severity::Info:
            return QBrush(QColor(0x15, 0x65, 0xc0));
        }
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2: %3").arg(f->message(lang), tr("Source"), f->citation(lang));
    if (role == Qt::UserRole)
        return f->code;
    return {};
}

} // namespace shienplan
