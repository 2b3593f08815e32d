// What a roster CSV brings in and what it cannot, before it is imported
// (see rosterimportdialog.h).

#include "ui/dialogs/rosterimportdialog.h"
#include "core/base/bilingual.h"

#include "ui/language.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shienplan
{

namespace
{
QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(true);
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells)
{
    const int r = t->rowCount();
    t->insertRow(r);
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(r, c, new QTableWidgetItem(cells[c]));
}
} // namespace

RosterImportDialog::RosterImportDialog(
    const RosterImport &roster, const QString &source, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import roster: %1").arg(source));
    resize(900, 560);
    const QString lang = currentLanguage();
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("rosterSummary"));
    summary->setWordWrap(true);
    QString text = tr("%1 of %2 rows can be imported, as %3 plans (one per body and year).")
                       .arg(roster.importedRows)
                       .arg(roster.rows)
                       .arg(roster.scenarios.size());
    if (!roster.problems.isEmpty())
        text += u' '
            + tr("Rows that cannot be imported: %1. They are listed below with their line in the "
                 "file.")
                  .arg(roster.problems.size());
    summary->setText(text);
    layout->addWidget(summary);

    m_problems = makeTable(
        { tr("Line"), tr("Column"), tr("As written"), tr("Problem"), tr("Did you mean") }, this);
    m_problems->setObjectName(QStringLiteral("rosterProblems"));
    for (const RosterProblem &p : roster.problems)
        addRow(m_problems,
            { QString::number(p.line), p.column, p.value, p.message(lang),
                p.suggestions.join(QStringLiteral("、")) });
    m_problems->resizeColumnsToContents();
    layout->addWidget(m_problems, 2);

    auto *noticeLabel = new QLabel(tr("Notices"), this);
    layout->addWidget(noticeLabel);
    m_notices = makeTable({ tr("Line"), tr("Notice") }, this);
    m_notices->setObjectName(QStringLiteral("rosterNotices"));
    for (const RosterNotice &n : roster.notices)
        addRow(m_notices,
            { n.line > 0 ? QString::number(n.line) : QString(), textIn(lang, n.ja, n.en) });
    m_notices->resizeColumnToContents(0);
    layout->addWidget(m_notices, 1);
    noticeLabel->setVisible(!roster.notices.isEmpty());
    m_notices->setVisible(!roster.notices.isEmpty());

    auto *buttons = new QDialogButtonBox(this);
    if (roster.scenarios.isEmpty()) {
        buttons->addButton(QDialogButtonBox::Close);
    } else {
        buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace shienplan
