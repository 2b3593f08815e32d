// The rule book window's edits: a value or a matrix cell entered with its source, and a new
// fiscal year started from the latest book. Each edit is one RuleBookCommand on the window's
// undo stack holding the whole book before and after; nothing here writes a file.

#include "ui/rulebook/rulebookwindow.h"

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/base/sources.h"
#include "core/rules/rulebookedit.h"
#include "ui/commands/rulebookcommand.h"
#include "ui/language.h"
#include "ui/rulebook/rulebooktext.h"
#include "ui/rulebook/rulevaluedialog.h"
#include "ui/rulebook/rulevaluesmodel.h"

#include <QInputDialog>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

namespace shienplan
{

void RuleBookWindow::setBook(int fiscalYear, const std::optional<RuleBook> &book)
{
    if (book)
        m_books.insert(fiscalYear, *book);
    else
        m_books.remove(fiscalYear);
    refreshYears();
    if (book)
        setCurrentYear(fiscalYear);
    refreshBook();
}

void RuleBookWindow::pushBook(const QString &text, int fiscalYear, std::optional<RuleBook> after)
{
    std::optional<RuleBook> before;
    if (const RuleBook *b = book(fiscalYear))
        before = *b;
    m_undo->push(new RuleBookCommand(text, fiscalYear, std::move(before), std::move(after),
        [this](int fy, const std::optional<RuleBook> &b) { setBook(fy, b); }));
}

QString RuleBookWindow::applyValue(const RuleValue &target, const RuleValueDialog &entered)
{
    const int fy = currentYear();
    const RuleBook *b = book(fy);
    if (!b)
        return tr("No rule book.");
    RuleBook changed = *b;
    namespace rbe = rulebookedit;
    QString shown;
    try {
        switch (target.kind) {
        case RuleValueKind::Amount:
            rbe::setAmount(changed, target.menu, target.item, entered.amount(), entered.source(),
                entered.note());
            shown = formatRange(entered.amount(), currentLanguage());
            break;
        case RuleValueKind::Rate:
            rbe::setRate(changed, target.menu, entered.rate(), entered.source(), entered.note());
            shown = fractionToString(entered.rate());
            break;
        case RuleValueKind::Count:
            rbe::setCount(changed, target.menu, target.item, entered.count(), entered.source(),
                entered.note());
            shown = QString::number(entered.count());
            break;
        case RuleValueKind::Cell:
            rbe::setCell(changed, target.menu, target.item.mid(6), entered.cell(), entered.source(),
                entered.note());
            shown = cellSymbol(entered.cell());
            break;
        default:
            return tr("This value cannot be edited here.");
        }
    } catch (const EditError &e) {
        return e.message;
    }
    const QString label = RuleBookText::plainLabel(target.label);
    pushBook(tr("%1 › %2 = %3").arg(RuleBookText::shortMenu(target.menu), label, shown), fy,
        std::move(changed));
    statusBar()->showMessage(tr("Entered %1 › %2 = %3 (%4)")
                                 .arg(RuleBookText::shortMenu(target.menu), label, shown,
                                     citationText(entered.source(), currentLanguage())),
        8000);
    return {};
}

void RuleBookWindow::editValueRow(int row)
{
    const RuleValue *v = m_valuesModel->valueAt(row);
    if (!v)
        return;
    if (!RuleValuesModel::isEditable(*v)) {
        statusBar()->showMessage(
            tr("%1 cannot be edited here; edit the book's file.").arg(v->label), 8000);
        return;
    }
    const RuleValue target = *v;
    RuleValueDialog d(target, currentYear(), this);
    d.setApply([this, &d, target] { return applyValue(target, d); });
    execDialog(&d);
}

void RuleBookWindow::editCell(int menuRow, int column)
{
    const RuleBook *b = book(currentYear());
    if (!b || !m_matrix->verticalHeaderItem(menuRow) || column < 0 || column >= b->columns.size())
        return;
    const QString path = rulebookedit::valuePath(
        m_matrix->verticalHeaderItem(menuRow)->data(MenuIdRole).toString(),
        QStringLiteral("cells.") + b->columns[column]);
    for (const auto &v : listRuleValues(*b, currentLanguage()))
        if (v.path == path) {
            RuleValueDialog d(v, currentYear(), this);
            d.setApply([this, &d, v] { return applyValue(v, d); });
            execDialog(&d);
            return;
        }
}

void RuleBookWindow::editSelected()
{
    if (m_tabs->currentIndex() != 0)
        return;
    if (m_matrix->hasFocus() && m_matrix->currentItem()) {
        editCell(m_matrix->currentRow(), m_matrix->currentColumn());
        return;
    }
    if (m_values->currentIndex().isValid())
        editValueRow(m_values->currentIndex().row());
    else
        statusBar()->showMessage(tr("Select a value or a cell first."), 5000);
}

bool RuleBookWindow::createFiscalYear(int fiscalYear)
{
    if (m_books.isEmpty())
        return false;
    if (m_books.contains(fiscalYear)) {
        fail(tr("New fiscal year"),
            tr("There is already a rule book for %1.").arg(fiscalYearLabelBoth(fiscalYear)));
        return false;
    }
    const RuleBook &latest = m_books.last();
    RuleBook next;
    try {
        next = rulebookedit::newFiscalYear(latest, fiscalYear);
    } catch (const EditError &e) {
        fail(tr("New fiscal year"), e.message);
        return false;
    }
    pushBook(tr("New fiscal year %1").arg(fiscalYearLabel(fiscalYear, currentLanguage())),
        fiscalYear, std::move(next));
    m_tabs->setCurrentIndex(0);
    statusBar()->showMessage(
        tr("%1 created from %2: every value is carried over until you enter it with a source.")
            .arg(fiscalYearLabel(fiscalYear, currentLanguage()),
                fiscalYearLabel(latest.fiscalYear, currentLanguage())),
        10000);
    return true;
}

void RuleBookWindow::askNewYear()
{
    if (m_books.isEmpty())
        return;
    const int latest = m_books.lastKey();
    bool ok = false;
    const int fy = QInputDialog::getInt(this, tr("New fiscal year"),
        tr("Fiscal year (the calendar year it starts, e.g. %1 = %2).\nIt starts as a copy of %3.")
            .arg(latest + 1)
            .arg(fiscalYearLabel(latest + 1, u"ja"), fiscalYearLabel(latest, currentLanguage())),
        latest + 1, latest + 1, 2200, 1, &ok);
    if (ok)
        createFiscalYear(fy);
}

} // namespace shienplan
