// The rule book window's file I/O: a book read from any file (validated, and shown as a
// difference before it replaces anything), written to any file, or saved as this computer's
// book in RuleBookLibrary::userRulesDir(), which is what every estimate then uses. Files are
// written whole or not at all (saveWhole), so a failed save never leaves half a book behind.

#include "core/base/bilingual.h"
#include "ui/rulebook/rulebookwindow.h"

#include "core/base/fiscalyear.h"
#include "core/base/savefile.h"
#include "core/rules/rulebookdiff.h"
#include "core/rules/rulebookjson.h"
#include "ui/language.h"
#include "ui/rulebook/rulebooktext.h"
#include "ui/rulebook/rulediffmodel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace shienplan
{

bool RuleBookWindow::loadFromFile(const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    RuleBook loaded;
    try {
        loaded = ruleBookFromFile(path);
    } catch (const InputError &e) {
        fail(tr("Cannot read the rule book"), tr("%1: %2").arg(shownPath, e.toString()));
        return false;
    }
    const int fy = loaded.fiscalYear;
    const QString lang = currentLanguage();
    // Against the book of that year; a year not here yet is compared with the latest before it.
    const RuleBook *base = book(fy);
    QString against;
    if (base) {
        against = tr("Differences against the current %1 book (%2):")
                      .arg(fiscalYearLabel(fy, lang), RuleBookText::origin(*base));
    } else {
        for (auto it = m_books.cbegin(); it != m_books.cend(); ++it)
            if (it.key() < fy)
                base = &it.value();
        against = base
            ? tr("There is no %1 book yet. Differences against %2:")
                  .arg(fiscalYearLabel(fy, lang), fiscalYearLabel(base->fiscalYear, lang))
            : tr("There is no %1 book yet.").arg(fiscalYearLabel(fy, lang));
    }
    const QList<RuleBookDifference> diffs
        = base ? diffRuleBooks(*base, loaded, lang) : QList<RuleBookDifference>();

    QDialog d(this);
    d.setObjectName(QStringLiteral("ruleBookImportDialog"));
    d.setWindowTitle(tr("Load a rule book"));
    auto *layout = new QVBoxLayout(&d);
    auto *head = new QLabel(QStringLiteral("<b>%1</b><br>%2<br>%3")
                                .arg(shownPath.toHtmlEscaped(),
                                    textIn(lang, loaded.titleJa, loaded.titleEn).toHtmlEscaped(),
                                    against.toHtmlEscaped()),
        &d);
    head->setWordWrap(true);
    layout->addWidget(head);
    auto *table = new QTableView(&d);
    table->setObjectName(QStringLiteral("importDiffTable"));
    auto *model = new RuleDiffModel(table);
    model->setShowSourceOnly(true); // a file may re-cite values: show everything it changes
    model->setDifferences(diffs);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnToContents(RuleDiffModel::Kind);
    table->resizeColumnToContents(RuleDiffModel::Menu);
    table->horizontalHeader()->resizeSection(RuleDiffModel::Item, 260);
    table->horizontalHeader()->resizeSection(RuleDiffModel::Before, 240);
    table->horizontalHeader()->resizeSection(RuleDiffModel::After, 360);
    layout->addWidget(table, 1);
    auto *count = new QLabel(diffs.isEmpty()
            ? tr("No differences: the file holds the same values.")
            : tr("%1 differences. Nothing is replaced until you confirm.").arg(diffs.size()),
        &d);
    count->setObjectName(QStringLiteral("importSummary"));
    layout->addWidget(count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(tr("Replace the %1 book").arg(fiscalYearLabel(fy, lang)));
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    layout->addWidget(buttons);
    d.resize(1250, 620);
    if (execDialog(&d) != QDialog::Accepted) {
        statusBar()->showMessage(tr("Not loaded: nothing was replaced."), 6000);
        return false;
    }
    loaded.origin = path;
    pushBook(tr("Load %1").arg(QFileInfo(path).fileName()), fy, std::move(loaded));
    setCurrentYear(fy);
    statusBar()->showMessage(tr("Loaded %1 as the %2 book. Estimates use it after 「Save as this "
                                "computer's rule book」.")
                                 .arg(shownPath, fiscalYearLabel(fy, lang)),
        10000);
    return true;
}

void RuleBookWindow::askLoad()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load a rule book"), QString(), tr("Rule books (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFromFile(path);
}

namespace
{
// Writes the book through QSaveFile (never a half-written file); "" or what went wrong.
QString writeBook(const RuleBook &b, const QString &path)
{
    const QStringList problems = validateRuleBook(b);
    if (!problems.isEmpty())
        return problems.join(u'\n');
    return saveWhole(path, ruleBookToJson(b).toJson());
}
} // namespace

bool RuleBookWindow::saveToFile(const QString &path)
{
    const RuleBook *b = book(currentYear());
    if (!b)
        return false;
    if (path.startsWith(u':')) {
        fail(tr("Cannot save"), tr("%1: the bundled rule books cannot be changed.").arg(path));
        return false;
    }
    const QString error = writeBook(*b, path);
    if (!error.isEmpty()) {
        fail(tr("Cannot save"), tr("%1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void RuleBookWindow::askSave()
{
    const int fy = currentYear();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the rule book to a file"),
        QDir(dir).filePath(QStringLiteral("fy%1.json").arg(fy)), tr("Rule books (*.json)"));
    if (!path.isEmpty())
        saveToFile(path);
}

QString RuleBookWindow::userBookPath(int fiscalYear)
{
    const QString dir = RuleBookLibrary::userRulesDir();
    return dir.isEmpty() ? QString()
                         : QDir(dir).filePath(QStringLiteral("fy%1.json").arg(fiscalYear));
}

bool RuleBookWindow::saveAsThisComputersBook()
{
    const int fy = currentYear();
    const RuleBook *b = book(fy);
    if (!b)
        return false;
    const QString dir = RuleBookLibrary::userRulesDir();
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        fail(tr("Cannot save"),
            tr("The folder for this computer's rule books cannot be created: %1")
                .arg(QDir::toNativeSeparators(dir)));
        return false;
    }
    const QString path = userBookPath(fy);
    QString error = writeBook(*b, path);
    if (error.isEmpty()) {
        // What the program will read at its next start, read back now.
        try {
            ruleBookFromFile(path);
        } catch (const InputError &e) {
            error = e.toString();
        }
    }
    if (!error.isEmpty()) {
        fail(tr("Cannot save"), tr("%1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_books[fy].origin = path;
    m_inForce.insert(fy, m_books[fy]);
    refreshYears();
    refreshSummary();
    statusBar()->showMessage(
        tr("Saved %1 as this computer's rule book (%2). Estimates use it from now on.")
            .arg(fiscalYearLabel(fy, currentLanguage()), QDir::toNativeSeparators(path)),
        10000);
    emit libraryChanged();
    return true;
}

} // namespace shienplan
