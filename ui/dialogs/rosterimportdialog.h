#pragma once

// What a roster import will do, before it does it: how many rows come in, and every row that
// cannot, with its line, its column, the cell as written, what is wrong and the names the user
// probably meant; then the notices (defaults applied, spelling variants matched). The planner
// fixes the file or goes on with the rows that are good.

#include "core/roster/roster.h"

#include <QDialog>

class QTableWidget;

namespace shienplan
{

class RosterImportDialog : public QDialog
{
    Q_OBJECT
public:
    RosterImportDialog(
        const RosterImport &roster, const QString &source, QWidget *parent = nullptr);
    QTableWidget *problemsTable() const { return m_problems; }

private:
    QTableWidget *m_problems;
    QTableWidget *m_notices;
};

} // namespace shienplan
