// The rule book window's refreshing: the year lists, the menu list, the ◎/○ grid, the values
// table, the summary line and the differences, from the window's working copy of the books.
// Every refresh keeps the selection the planner had, so that an edit or an undo does not lose
// their place.

#include "core/base/bilingual.h"
#include "ui/rulebook/rulebookwindow.h"

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/base/sources.h"
#include "core/rules/rulebookdiff.h"
#include "ui/language.h"
#include "ui/rulebook/rulebooktext.h"
#include "ui/rulebook/rulediffmodel.h"
#include "ui/rulebook/rulevaluesmodel.h"
#include "ui/statusstyle.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>

namespace shienplan
{

void RuleBookWindow::refreshYears()
{
    if (!m_year)
        return;
    const QList<int> modified = modifiedYears();
    auto fill = [this, &modified](QComboBox *box, int fallback) {
        const int keep = box->currentIndex() >= 0 ? box->currentData().toInt() : fallback;
        const QSignalBlocker block(box);
        box->clear();
        for (int fy : m_books.keys())
            box->addItem(
                fiscalYearLabelBoth(fy) + (modified.contains(fy) ? tr(" (not saved)") : QString()),
                fy);
        const int i = box->findData(keep);
        box->setCurrentIndex(i >= 0 ? i : box->count() - 1);
    };
    const QList<int> years = m_books.keys();
    fill(m_year, years.value(years.size() - 1));
    fill(m_diffFrom, years.value(years.size() - 2, years.value(0)));
    fill(m_diffTo, years.value(years.size() - 1));
}

QString RuleBookWindow::currentMenuFilter() const
{
    const QListWidgetItem *item = m_menus->currentItem();
    return item ? item->data(MenuIdRole).toString() : QStringLiteral("*");
}

void RuleBookWindow::refreshBook()
{
    if (!m_menus)
        return;
    const RuleBook *b = book(currentYear());
    const QString keepMenu = currentMenuFilter();
    {
        const QSignalBlocker block(m_menus);
        m_menus->clear();
        auto add = [this](const QString &text, const QString &id, const QString &tip) {
            auto *item = new QListWidgetItem(text, m_menus);
            item->setData(MenuIdRole, id);
            item->setToolTip(tip);
        };
        add(tr("All menus and the year's common values"), QStringLiteral("*"), QString());
        if (b) {
            const QString lang = currentLanguage();
            for (const auto &m : b->menus) {
                QStringList bodies;
                for (BodyKind k : m.bodies)
                    bodies << bodyKindLabel(k, lang);
                const QString text
                    = QStringLiteral("%1\n%2\n%3")
                          .arg(menuLabel(m.id, lang),
                              tr("Run by: %1").arg(bodies.join(textIn(lang, u"・", u", "))),
                              tr("Subsidy rate %1").arg(fractionToString(m.rate)));
                QString tip = tr("Run by: %1").arg(RuleBookText::provenance(m.bodiesProv));
                if (!m.bodiesProv.note.isEmpty())
                    tip += u'\n' + withCitations(m.bodiesProv.note, lang);
                add(text, m.id, tip);
            }
        }
        add(tr("Start-up support and calculation"), QString(), QString());
        int row = 0;
        for (int i = 0; i < m_menus->count(); ++i)
            if (m_menus->item(i)->data(MenuIdRole).toString() == keepMenu)
                row = i;
        m_menus->setCurrentRow(row);
    }
    refreshMatrix();
    refreshValues();
    refreshSummary();
    refreshDiff();
}

void RuleBookWindow::refreshSummary()
{
    const RuleBook *b = book(currentYear());
    if (!b) {
        m_summary->setText(tr("No rule book."));
        return;
    }
    int unknown = 0, range = 0, carried = 0, user = 0;
    for (const auto &v : listRuleValues(*b, currentLanguage()))
        switch (attentionOf(v)) {
        case Attention::Unknown:
            ++unknown;
            break;
        case Attention::Range:
            ++range;
            break;
        case Attention::CarriedOver:
            ++carried;
            break;
        case Attention::User:
            ++user;
            break;
        case Attention::None:
            break;
        }
    const QString title = textIn(currentLanguage(), b->titleJa, b->titleEn);
    QString text = QStringLiteral("<b>%1</b> — %2<br>%3")
                       .arg(title.toHtmlEscaped(),
                           tr("from: %1").arg(RuleBookText::origin(*b).toHtmlEscaped()),
                           tr("matrix: %1 · unknown %2 · range %3 · carried over %4 · "
                              "user-entered %5")
                               .arg(RuleBookText::matrixName(*b))
                               .arg(unknown)
                               .arg(range)
                               .arg(carried)
                               .arg(user));
    // Where the table comes from and how far it can be trusted for this year.
    text += QStringLiteral("<br>")
        + tr("Matrix: %1, %2")
              .arg(statusLabel(b->matrixProv.status, currentLanguage()),
                  citationText(b->matrixProv.source, currentLanguage()))
              .toHtmlEscaped();
    int noted = 0;
    for (const auto &m : b->menus)
        for (const auto &c : m.cells)
            noted += c.disagreement ? 1 : 0;
    if (noted > 0)
        text += QStringLiteral("<br>")
            + tr("※ on %1 cells: a document of this year puts them otherwise (hover the cell)")
                  .arg(noted)
                  .toHtmlEscaped();
    if (isModified(b->fiscalYear))
        text += QStringLiteral("<br><span style=\"color:#b26a00\">%1</span>")
                    .arg(tr("Changed here: estimates use it only after 「Save as this computer's "
                            "rule book」.")
                             .toHtmlEscaped());
    m_summary->setText(text);
}

void RuleBookWindow::refreshMatrix()
{
    const RuleBook *b = book(currentYear());
    m_matrix->clear();
    m_matrix->setRowCount(0);
    m_matrix->setColumnCount(0);
    if (!b)
        return;
    const QString lang = currentLanguage();
    QList<const MenuRule *> rows;
    for (const auto &m : b->menus)
        if (!m.cells.isEmpty())
            rows << &m;
    m_matrix->setRowCount(int(rows.size()));
    m_matrix->setColumnCount(int(b->columns.size()));
    for (int c = 0; c < b->columns.size(); ++c) {
        const QString col = b->columns[c];
        const auto *e = findSubproject(col);
        auto *h = new QTableWidgetItem(
            QStringLiteral("%1\n%2").arg(subprojectMark(col), RuleBookText::shortSubproject(col)));
        h->setToolTip(subprojectLabel(col, lang));
        h->setData(MenuIdRole, col);
        m_matrix->setHorizontalHeaderItem(c, h);
    }
    for (int r = 0; r < rows.size(); ++r) {
        const MenuRule &m = *rows[r];
        auto *h = new QTableWidgetItem(RuleBookText::matrixRow(m.id));
        h->setToolTip(menuLabel(m.id, lang));
        h->setData(MenuIdRole, m.id);
        m_matrix->setVerticalHeaderItem(r, h);
        for (int c = 0; c < b->columns.size(); ++c) {
            const QString col = b->columns[c];
            const MatrixCell *cell = m.cell(col);
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            if (!cell) {
                item->setText(QStringLiteral("?"));
                item->setBackground(attentionColor(Attention::Unknown));
                item->setToolTip(tr("Not defined"));
                m_matrix->setItem(r, c, item);
                continue;
            }
            QString text = cellSymbol(cell->value);
            QStringList tip { RuleBookText::cellMeaning(cell->value) + QStringLiteral(" — ")
                    + subprojectLabel(col, lang),
                tr("Status: %1").arg(statusLabel(cell->prov.status, lang)),
                tr("Source: %1").arg(citationText(cell->prov.source, lang)) };
            if (!cell->prov.note.isEmpty())
                tip << withCitations(cell->prov.note, lang);
            // A same-year document puts the cell otherwise: marked in the grid, said on hover.
            if (cell->disagreement) {
                text += QStringLiteral(" ※");
                tip << RuleBookText::disagreement(*cell->disagreement);
            }
            const auto cap = m.caps.constFind(col);
            if (cap != m.caps.constEnd() && cell->value != Cell::NotAllowed) {
                text += QStringLiteral(" ≤%1").arg(cap->value);
                tip << tr("Cap: %1 persons %2")
                           .arg(cap->value)
                           .arg(RuleBookText::provenance(cap->prov));
            }
            tip << tr("Double-click to change it (with a source).");
            item->setText(text);
            item->setToolTip(tip.join(u'\n'));
            item->setData(StatusRole, int(cell->prov.status));
            const QColor tint = statusTint(cell->prov.status);
            if (tint.isValid()) {
                item->setBackground(tint);
                item->setForeground(QColor(Qt::black));
            }
            m_matrix->setItem(r, c, item);
        }
    }
    // Tall enough for every row: the grid is small and should never scroll vertically.
    m_matrix->resizeColumnsToContents();
    m_matrix->resizeRowsToContents();
    int h = m_matrix->horizontalHeader()->sizeHint().height() + 2 * m_matrix->frameWidth();
    for (int r = 0; r < m_matrix->rowCount(); ++r)
        h += m_matrix->rowHeight(r);
    m_matrix->setFixedHeight(h + m_matrix->horizontalScrollBar()->sizeHint().height());
    const QString menu = currentMenuFilter();
    for (int r = 0; r < m_matrix->rowCount(); ++r)
        if (m_matrix->verticalHeaderItem(r)->data(MenuIdRole).toString() == menu)
            m_matrix->selectRow(r);
}

void RuleBookWindow::refreshValues()
{
    const int keepRow = m_values->currentIndex().row();
    const QString keepPath
        = m_valuesModel->valueAt(keepRow) ? m_valuesModel->valueAt(keepRow)->path : QString();
    const QString menu = currentMenuFilter();
    m_valuesModel->setBook(book(currentYear()), menu);
    m_values->setColumnHidden(RuleValuesModel::Menu, menu != u"*");
    m_values->horizontalHeader()->resizeSection(RuleValuesModel::Item, 320);
    m_values->horizontalHeader()->resizeSection(RuleValuesModel::Value, 230);
    const int row = m_valuesModel->rowOf(keepPath);
    if (row >= 0)
        m_values->selectRow(row);
}

void RuleBookWindow::refreshDiff()
{
    if (!m_diffModel)
        return;
    const RuleBook *from = book(m_diffFrom->currentData().toInt());
    const RuleBook *to = book(m_diffTo->currentData().toInt());
    if (!from || !to) {
        m_diffModel->setDifferences({});
        m_diffSummary->clear();
        return;
    }
    m_diffModel->setDifferences(diffRuleBooks(*from, *to, currentLanguage()));
    QString text = tr("%1 → %2: %3 differences")
                       .arg(fiscalYearLabel(from->fiscalYear, currentLanguage()),
                           fiscalYearLabel(to->fiscalYear, currentLanguage()))
                       .arg(m_diffModel->rowCount());
    if (m_diffModel->hiddenCount() > 0)
        text += tr(" (and %1 changes of source only, not shown)").arg(m_diffModel->hiddenCount());
    m_diffSummary->setText(text);
    m_diff->resizeColumnToContents(RuleDiffModel::Kind);
    m_diff->resizeColumnToContents(RuleDiffModel::Menu);
    auto *h = m_diff->horizontalHeader();
    h->resizeSection(RuleDiffModel::Item, 300);
    h->resizeSection(RuleDiffModel::Before, 270);
    h->resizeSection(RuleDiffModel::After, 270);
}

} // namespace shienplan
