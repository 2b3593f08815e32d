#pragma once

// Every id a QUndoCommand of this program returns from id(), in one place: QUndoStack merges two
// consecutive commands with the same id, so two kinds of edit sharing an id by accident would
// fold into one undo step. One id per kind of field that is typed or spun rather than clicked.

namespace shienplan
{

enum class MergeId {
    None = -1, // QUndoStack's "never merge"
    Expenditure = 1,
    OtherIncome,
    Staff,
    YearsRunning,
    Population,
    Title,
    EligibleExpenditure,
    CostLineAmount, // one line's amount typed; the key names the line
    CostLineText, // one line's 費目 or reason typed; the key names the line and the column
    Budgeted,
};

} // namespace shienplan
