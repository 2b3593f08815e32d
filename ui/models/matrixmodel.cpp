// The program panel's ◎/○ matrix model; ticking a sub-project is an undoable edit
// (see matrixmodel.h).

#include "ui/models/matrixmodel.h"

#include "core/base/catalogue.h"
#include "core/base/sources.h"
#include "ui/commands/commands.h"
#include "ui/language.h"
#include "ui/plan/planevaluator.h"
#include "ui/statusstyle.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace shienplan
{

MatrixModel::MatrixModel(PlanEvaluator *evaluator, Pusher push, QObject *parent)
    : QAbstractTableModel(parent)
    , m_eval(evaluator)
    , m_push(std::move(push))
{
    connect(m_eval, &PlanEvaluator::evaluated, this, &MatrixModel::refresh);
    refresh();
}

void MatrixModel::refresh()
{
    const RuleBook *b = m_eval->book();
    const QStringList rows = b ? b->columns : QStringList();
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
    }
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MatrixModel::subprojectAt(int row) const
{
    return m_rows.value(row);
}

int MatrixModel::rowOf(const QString &subproject) const
{
    return int(m_rows.indexOf(subproject));
}

QVariant MatrixModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Sub-project");
    case Cell:
        return tr("Required");
    case Amount:
        return tr("Amount in the standard");
    case Source:
        return tr("Source");
    }
    return {};
}

Qt::ItemFlags MatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Program *prog = m_eval->program();
    const RuleBook *b = m_eval->book();
    const MenuRule *menu = b && prog ? b->menu(prog->menu) : nullptr;
    const MatrixCell *cell = menu ? menu->cell(m_rows[index.row()]) : nullptr;
    const bool selected = prog && prog->subprojects.contains(m_rows[index.row()]);
    const bool allowed = cell && cell->value != shienplan::Cell::NotAllowed;
    // A "-" cell cannot be ticked. If an imported plan has one ticked anyway, it stays enabled
    // so that the planner can untick it and clear the error.
    if (!allowed && !selected)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == Name && !m_eval->session()->isReadOnly())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QString sp = m_rows[index.row()];
    const QString lang = currentLanguage();
    const Program *prog = m_eval->program();
    const RuleBook *book = m_eval->book();
    const MenuRule *menu = book && prog ? book->menu(prog->menu) : nullptr;
    const MatrixCell *cell = menu ? menu->cell(sp) : nullptr;
    const bool selected = prog && prog->subprojects.contains(sp);

    if (role == Qt::CheckStateRole && index.column() == Name)
        return selected ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::UserRole)
        return sp;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return QStringLiteral("%1 %2")
                .arg(subprojectMark(sp), subprojectLabel(sp, lang))
                .trimmed();
        case Cell:
            return cell ? cellSymbol(cell->value) : QStringLiteral("-");
        case Amount: {
            if (!menu || !cell || cell->value == shienplan::Cell::NotAllowed)
                return QString();
            const StandardRule &s = menu->standard;
            const bool counts = s.addonScope == AddonScope::Selected
                || (s.addonScope == AddonScope::Optional
                    && cell->value == shienplan::Cell::Optional);
            if (!counts)
                return s.addonScope == AddonScope::Optional ? tr("in the base") : QString();
            const shienplan::Amount *a = s.addons.contains(sp)
                ? &s.addons.find(sp).value()
                : (s.addonDefault ? &*s.addonDefault : nullptr);
            return a ? formatRange(a->value, lang) : tr("unknown");
        }
        case Source:
            // The document in words; its status: the colour and the tooltip.
            return cell ? citationText(cell->prov.source, lang) : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Cell)
        return int(Qt::AlignCenter);
    if (role == Qt::FontRole && index.column() == Cell && cell
        && cell->value == shienplan::Cell::Required) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && index.column() == Source && cell)
        return QBrush(statusColor(cell->prov.status));
    if (role == Qt::BackgroundRole && cell) {
        if (cell->value == shienplan::Cell::Required && !selected)
            return QBrush(QColor(0xfd, 0xe2, 0xe1)); // a missing ◎: the finding's colour
        if (cell->value == shienplan::Cell::NotAllowed && selected)
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        lines << subprojectLabel(sp, lang);
        if (cell) {
            lines << (cell->value == shienplan::Cell::Required ? tr("◎ required for this menu")
                    : cell->value == shienplan::Cell::Optional ? tr("○ optional for this menu")
                                                               : tr("- not allowed for this menu"));
            lines << tr("Source: %1 (%2)")
                         .arg(citationText(cell->prov.source, lang),
                             statusLabel(cell->prov.status, lang));
            if (!cell->prov.note.isEmpty())
                lines << withCitations(cell->prov.note, lang);
        } else {
            lines << tr("Not in this year's matrix");
        }
        if (sp == QLatin1String("visiting_supporters"))
            lines << tr("The label of this column is not printed in the source (%1); verify it "
                        "against the original.")
                         .arg(citationText(u"000:173", lang));
        return lines.join(u'\n');
    }
    return {};
}

bool MatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Name
        || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const bool on = value.toInt() == Qt::Checked;
    m_push(commands::setSubproject(m_eval->session(), m_eval->currentScenario(),
        m_eval->currentProgram(), m_rows[index.row()], on));
    return true;
}

} // namespace shienplan
