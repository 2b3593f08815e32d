// The comparison tab's table model: scenarios side by side (see comparemodel.h).

#include "ui/models/comparemodel.h"

#include "core/base/bilingual.h"
#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/base/sources.h"
#include "core/engine/alternatives.h"
#include "core/engine/fundingsteps.h"
#include "core/report/reportdata.h"
#include "ui/language.h"
#include "ui/plan/planevaluator.h"

namespace shienplan
{

CompareModel::CompareModel(PlanEvaluator *evaluator, QObject *parent)
    : QAbstractTableModel(parent)
    , m_eval(evaluator)
{
    m_columns = alternativesShown();
    connect(m_eval, &PlanEvaluator::evaluated, this, &CompareModel::refresh);
    connect(m_eval, &PlanEvaluator::currentChanged, this, &CompareModel::refresh);
}

QList<int> CompareModel::alternativesShown() const
{
    const Scenario *current = m_eval->scenario();
    if (!current)
        return {};
    const QString key = planBodyKey(current->plan);
    QList<int> out;
    for (int i = 0; i < m_eval->scenarioCount(); ++i) {
        const Plan &p = m_eval->scenario(i)->plan;
        if (p.fiscalYear == current->plan.fiscalYear && planBodyKey(p) == key)
            out << i;
    }
    return out;
}

void CompareModel::refresh()
{
    const QList<int> shown = alternativesShown();
    if (shown != m_columns) {
        beginResetModel();
        m_columns = shown;
        endResetModel();
    } else if (!m_columns.isEmpty()) {
        const int changed = m_eval->lastChangedScenario();
        const int c = changed < 0 ? -1 : int(m_columns.indexOf(changed));
        if (changed >= 0 && c < 0)
            return; // another plan changed
        const int first = c < 0 ? 0 : c;
        const int last = c < 0 ? int(m_columns.size()) - 1 : c;
        emit dataChanged(index(0, first), index(RowCount - 1, last));
        emit headerDataChanged(Qt::Horizontal, first, last);
    }
}

QString CompareModel::planTitle() const
{
    const Scenario *s = m_eval->scenario(scenarioAt(0));
    if (!s)
        return {};
    return s->plan.body.name + u' ' + fiscalYearLabel(s->plan.fiscalYear, currentLanguage());
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

// 「(A) 総事業費（千円）」: the forms' words (fundingSteps()) and the unit of the figures.
QString CompareModel::amountHeading(const FundingStep &step)
{
    const QString lang = currentLanguage();
    return step.heading(lang) + textIn(lang, u"（千円）", u" (thousand yen)");
}

QVariant CompareModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (o == Qt::Horizontal) {
        const Scenario *s = m_eval->scenario(scenarioAt(section));
        if (!s)
            return {};
        const QString lang = currentLanguage();
        QString name = alternativeLabel(s->plan, section, lang);
        if (s->plan.adopted)
            name += lang == QLatin1String("ja") ? QStringLiteral("（採用）")
                                                : QStringLiteral(" (adopted)");
        return name;
    }
    switch (section) {
    case Menus:
        return tr("Programs");
    case FiscalYear:
        return tr("Fiscal year");
    case Eligibility:
        return tr("Eligibility");
    case TotalCost:
        return amountHeading(fundingStep('A'));
    case Standard:
        return amountHeading(fundingStep('E'));
    case National:
        return amountHeading(fundingStep('H'));
    case Prefecture:
        return amountHeading(fundingSteps()[ReportSteps::prefectureRow()]);
    case Local:
        return amountHeading(fundingSteps()[ReportSteps::localRow()]);
    case Requires:
        return tr("Requires");
    }
    return {};
}

YenRange CompareModel::amount(int row, int column) const
{
    if (row == TotalCost) { // the planner's own figure: known without a rule book
        const Scenario *s = m_eval->scenario(scenarioAt(column));
        if (!s)
            return YenRange::unknown();
        Yen sum = 0;
        for (const auto &p : s->plan.programs)
            sum += p.expenditure;
        return YenRange::exact(sum);
    }
    const Evaluation *e = m_eval->evaluation(scenarioAt(column));
    if (!e)
        return YenRange::unknown();
    switch (row) {
    case Standard: {
        YenRange sum = YenRange::exact(0);
        for (const auto &p : e->programs)
            sum = sum + p.standard;
        return sum;
    }
    case National:
        return e->totals.national;
    case Prefecture:
        return e->totals.prefectureSupport;
    case Local:
        return e->totals.local;
    }
    return YenRange::unknown();
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || (role != Qt::DisplayRole && role != Qt::TextAlignmentRole && role != Qt::ToolTipRole))
        return {};
    const int col = index.column();
    const int sc = scenarioAt(col);
    const Scenario *s = m_eval->scenario(sc);
    const Evaluation *e = m_eval->evaluation(sc);
    const RuleBook *book = m_eval->book(sc);
    const QString lang = currentLanguage();
    if (!s)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.row() >= TotalCost && index.row() <= Local
            ? int(Qt::AlignRight | Qt::AlignVCenter)
            : int(Qt::AlignLeft | Qt::AlignVCenter);
    switch (index.row()) {
    case Menus: {
        QStringList menus;
        for (const auto &p : s->plan.programs)
            menus << menuLabel(p.menu, lang);
        return menus.isEmpty() ? tr("(no program)") : menus.join(u'\n');
    }
    case FiscalYear:
        return fiscalYearLabel(s->plan.fiscalYear, lang);
    case Eligibility: {
        if (!e)
            return tr("no rule book");
        int errors = 0, warnings = 0;
        for (const auto &f : e->findings) {
            errors += f.severity == Severity::Error;
            warnings += f.severity == Severity::Warning;
        }
        QString text = e->eligible ? tr("Eligible") : tr("Not eligible (%1 errors)").arg(errors);
        if (warnings)
            text += tr(", %1 warnings").arg(warnings);
        return text;
    }
    case TotalCost:
    case Standard:
    case National:
    case Prefecture:
    case Local:
        // 千円 as the forms write them (exact: 12,345,678円 is 12,345.678); the yen on hover.
        return role == Qt::ToolTipRole ? formatRange(amount(index.row(), col), lang)
                                       : formatThousandRange(amount(index.row(), col), lang);
    case Requires: {
        QStringList lines;
        for (const auto &p : s->plan.programs) {
            const MenuRule *m = book ? book->menu(p.menu) : nullptr;
            if (!m)
                continue;
            QStringList required;
            for (auto it = m->cells.cbegin(); it != m->cells.cend(); ++it)
                if (it->value == Cell::Required) {
                    // The printed matrix's numbers (①…⑬), as the matrix tab shows them.
                    const QString mark = subprojectMark(it.key());
                    required << (mark.isEmpty() ? subprojectLabel(it.key(), lang) : mark);
                }
            std::sort(required.begin(), required.end());
            QString line = required.isEmpty() ? tr("no required sub-project")
                                              : tr("◎ %1").arg(required.join(QString()));
            if (m->minCoordinators)
                line += tr(", coordinators ≥ %1").arg(m->minCoordinators->value);
            lines << line;
        }
        return lines.join(u'\n');
    }
    }
    return {};
}

} // namespace shienplan
