#pragma once

// The 経費内訳 (cost breakdown) of one program, edited line by line: 費目 (the usual budget
// classes, and for 準備支援 the costs it names first), 金額, 対象 (counted as 対象経費) and why a
// line is not. Below, (A) 総事業費 and (D) 対象経費 as the lines make them. Our sources do not say
// which costs are eligible, and the editor says so: every line starts as 対象, the planner decides.
//
// The editor holds no document: it shows a program's lines and signals the whole new list after
// each change; the program panel turns that into one undoable edit.

#include "core/engine/plan.h"
#include "ui/commands/mergeids.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace shienplan
{

class CostLinesEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column { Item, Amount, Eligible, Reason, ColumnCount };

    explicit CostLinesEditor(QWidget *parent = nullptr);
    void retranslate();
    // Shows the program's lines (none: the editor is empty); widgets being typed in keep their
    // text.
    void setProgram(const Program *program, bool editable);
    // Why the last change was refused, under the table, until the next change is made.
    void showRefusal(const QString &why);
    QTableWidget *table() const { return m_table; }

signals:
    // The whole breakdown after one change. Typing in one cell merges into one undo step by
    // `merge` and `mergeKey` (the line and the column).
    void linesEdited(
        const QList<shienplan::CostLine> &lines, shienplan::MergeId merge, const QString &mergeKey);

private:
    void setRowCount(int rows);
    void makeRow(int row);
    void fillRow(int row, const CostLine &line);
    void fillItems(int row);
    void edit(int row, const std::function<void(CostLine &)> &change, MergeId merge,
        const QString &column);
    void addLine();
    void removeLine();
    void syncTotals();
    QStringList itemChoices() const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    QLabel *m_note = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_refusal = nullptr;
    QList<CostLine> m_lines; // as last shown: what an edit starts from
    QString m_menu;
    Yen m_expenditure { 0 }; // the program's (A) when it has no lines: the first line takes it
    int m_currentRow = -1; // the line whose widget had the focus last
    bool m_filling = false;
    bool m_refill = false; // the next setProgram() overwrites even a cell being typed in
};

} // namespace shienplan
