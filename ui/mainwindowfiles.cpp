// The planner's window's files: a new document, opening (documents, JSON plans, rosters), saving,
// the recent files, rosters in and out, and what closing asks. A JSON plan or a roster opens as a
// new unsaved document, so that the file it came from is never overwritten.

#include "ui/mainwindow.h"

#include "core/base/fiscalyear.h"
#include "core/base/savefile.h"
#include "core/document/documentfile.h"
#include "core/interchange/documentjson.h"
#include "core/interchange/inputfile.h"
#include "core/prefecture/workspaceedits.h"
#include "core/registry/registry.h"
#include "core/roster/roster.h"
#include "report/xlsxtable.h"
#include "ui/commands/commands.h"
#include "ui/dialogs/rosterimportdialog.h"
#include "ui/plan/planevaluator.h"
#include "ui/prefecture/prefectureview.h"
#include "ui/widgets/widgetsetup.h" // saveTableFileName: exportRosterDialog's Excel or CSV

#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace shienplan
{

namespace
{
// The QSettings key that says the program has started once: the sample is for the very first
// start only, afterwards the planner's own last document opens.
const QString kStartedKey = QStringLiteral("started");
} // namespace

void MainWindow::loadDocument(const Document &doc, const QString &path)
{
    m_session->reset(doc, path);
    m_undo->clear();
}

void MainWindow::openAtStart()
{
    QSettings settings;
    const bool first = !settings.value(kStartedKey, false).toBool();
    settings.setValue(kStartedKey, true);
    if (openLastDocument())
        return;
    if (first)
        loadSample(); // a new user sees a filled plan, not an empty form
    else
        loadNewDocument();
}

bool MainWindow::openLastDocument()
{
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    // The newest that is still there (a file moved or deleted since is not an error at start).
    for (const QString &path : recent)
        if (QFileInfo::exists(path))
            return openFile(path);
    return false;
}

bool MainWindow::offerRecovery()
{
    RecoveryStore store;
    const QList<RecoveredCopy> copies = store.list();
    if (copies.isEmpty())
        return false;
    const RecoveredCopy &c = copies.first();
    const QString when = c.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString file = QDir::toNativeSeparators(c.originalPath);
    QString text = c.originalPath.isEmpty()
        ? tr("ShienPlan was not closed normally. It kept an automatic copy of the unsaved "
             "document 「%1」, made at %2.")
              .arg(c.title, when)
        : tr("ShienPlan was not closed normally. It kept an automatic copy of %1, made at %2.")
              .arg(file, when);
    text += QStringLiteral("\n\n")
        + (c.originalPath.isEmpty()
                ? tr("Recover: opens the copy as an unsaved document; Save asks where to keep it.")
                : tr("Recover: opens the copy; Save writes it back to %1.").arg(file))
        + QStringLiteral("\n")
        + (c.originalPath.isEmpty()
                ? tr("Delete without recovering: the copy is deleted.")
                : tr("Delete without recovering: the copy is deleted; %1 stays as it was last "
                     "saved.")
                      .arg(file))
        + QStringLiteral("\n")
        + tr("Decide later: nothing is opened or deleted; ShienPlan asks again at the next start.");
    QMessageBox box(
        QMessageBox::Question, tr("Recover unsaved work"), text, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("recoveryBox"));
    QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    recover->setObjectName(QStringLiteral("recoverButton"));
    QPushButton *remove
        = box.addButton(tr("&Delete without recovering"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteRecoveryButton"));
    QPushButton *later = box.addButton(tr("Decide &later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    box.setDefaultButton(recover);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == remove) {
        QFile::remove(c.copyPath);
        QFile::remove(c.copyPath.chopped(10) + QStringLiteral(".json"));
        return false;
    }
    if (box.clickedButton() != recover)
        return false;
    try {
        loadRecovered(store.open(c), c);
        return true;
    } catch (const DocumentError &e) {
        QMessageBox::warning(this, tr("Cannot recover"), e.toString());
        return false;
    }
}

void MainWindow::loadRecovered(const Document &copy, const RecoveredCopy &c)
{
    // The change log's texts are Japanese, as every other entry's.
    const QString detail
        = QStringLiteral("自動保存のコピー（%1）から復元")
              .arg(c.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    // Attached to its file (with its lock, as when opened), then the copy's content as one
    // unsaved change: Save writes it back where it belongs. A file gone since opens as unsaved.
    bool attached = false;
    if (!c.originalPath.isEmpty() && QFileInfo::exists(c.originalPath)) {
        try {
            m_session->open(c.originalPath);
            attached = true;
        } catch (const DocumentError &) {
        }
    }
    if (!attached)
        m_session->reset(Document {});
    m_session->apply([&copy, &detail](Document &d) {
        d = copy;
        return Change { ChangeKind::Scenarios, -1, -1, ProgramField::None,
            QStringLiteral("recover"), detail };
    });
    m_undo->clear();
    m_eval->recompute();
}

void MainWindow::loadSample()
{
    QFile f(QStringLiteral(":/samples/sample_takaoka.json"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    try {
        Document d = documentFromPlansJson(f.readAll(), Registry::bundled());
        d.title = tr("Sample: Takaoka (高岡市), FY2025 (令和7年度)");
        loadDocument(d);
    } catch (const InputError &) {
    }
}

bool MainWindow::openFile(const QString &path)
{
    try {
        if (isDocumentFile(path)
            || QFileInfo(path).suffix().toLower() == QLatin1String(kDocumentSuffix)) {
            m_session->open(path);
            addRecent(QFileInfo(path).absoluteFilePath());
            if (m_session->isReadOnly())
                QMessageBox::information(this, tr("Read-only"), m_session->readOnlyReason());
        } else if (isRosterFileName(path)) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                throw InputError(
                    QString(), QStringLiteral("cannot read the file: %1").arg(f.errorString()));
            // From the command line (before the window shows) no dialog: the status bar says what
            // did not come in.
            return importRoster(f.readAll(), QFileInfo(path).fileName(), false, isVisible());
        } else {
            // A JSON plan is imported into a new, unsaved document: the JSON file is never
            // overwritten.
            Document d = documentFromPlansJson(readInputFile(path), Registry::bundled());
            d.title = QFileInfo(path).completeBaseName();
            loadDocument(d);
        }
        return true;
    } catch (const DocumentError &e) {
        QMessageBox::warning(this, tr("Cannot open"), e.toString());
    } catch (const InputError &e) {
        QMessageBox::warning(
            this, tr("Cannot open"), QStringLiteral("%1: %2").arg(path, e.toString()));
    }
    return false;
}

bool MainWindow::importRoster(
    const QByteArray &bytes, const QString &source, bool intoCurrent, bool ask)
{
    const RosterImport roster = readRosterCsv(bytes, Registry::bundled());
    if (ask) {
        RosterImportDialog dialog(roster, source, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    if (roster.scenarios.isEmpty())
        return false;
    if (intoCurrent) {
        const MergeResult m = mergeScenarios(m_session->document().scenarios, roster.scenarios);
        const QString detail = QStringLiteral(
            "名簿「%1」を取り込み（追加 %2件・置き換え %3件・取り込めなかった行 %4件）")
                                   .arg(source)
                                   .arg(m.added)
                                   .arg(m.replaced)
                                   .arg(roster.problems.size());
        push(commands::setScenarios(m_session, m.scenarios, tr("Import roster %1").arg(source),
            QStringLiteral("import_roster"), detail));
    } else {
        loadDocument(documentFromRoster(roster, QFileInfo(source).completeBaseName()));
    }
    m_tabs->setCurrentWidget(m_prefectureView);
    if (!ask && !roster.problems.isEmpty())
        statusBar()->showMessage(
            tr("%1: %2 rows could not be imported (File ▸ Import a roster lists them).")
                .arg(source)
                .arg(roster.problems.size()),
            15000);
    return true;
}

void MainWindow::importRosterDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a roster"), QString(), tr("Rosters (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            this, tr("Cannot open"), QStringLiteral("%1: %2").arg(path, f.errorString()));
        return;
    }
    importRoster(f.readAll(), QFileInfo(path).fileName(), true, true);
}

void MainWindow::exportRosterDialog()
{
    // CSV first: it is the roster's own format, read back by 名簿を取り込む; the workbook is for
    // the prefecture's spreadsheets (codes and shares as text cells).
    const QString path = saveTableFileName(
        this, tr("Export the roster"), m_session->document().title + QStringLiteral(".csv"));
    if (path.isEmpty())
        return;
    QString error;
    bool written = false;
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) {
        written = writeTableXlsx(rosterTable(m_session->document()), path, &error);
    } else {
        // Never a half-written roster: the old file stays until the new one is whole.
        error = saveWhole(path, rosterToCsv(m_session->document()));
        written = error.isEmpty();
    }
    if (!written)
        QMessageBox::warning(this, tr("Cannot save"), QStringLiteral("%1: %2").arg(path, error));
    else
        statusBar()->showMessage(
            tr("Roster written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::openSampleRoster(const QString &name)
{
    if (!ensureSaved())
        return;
    QFile f(QStringLiteral(":/rosters/") + name);
    if (f.open(QIODevice::ReadOnly))
        importRoster(f.readAll(), name, false, false);
}

void MainWindow::openDialog()
{
    if (!ensureSaved())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open"), QString(),
        tr("ShienPlan documents (*.shienplan);;JSON plans (*.json *.jsonl);;Rosters (*.csv "
           "*.tsv);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::newDocument()
{
    if (!ensureSaved())
        return;
    loadNewDocument();
}

void MainWindow::loadNewDocument()
{
    // No body and no program yet: the planner chooses them (the body picker and the menu ask for
    // a choice); a town filled in for them would be a plan they did not make, judged at once.
    // Next year's plan: its book is bundled, or the latest one carried over (PlanEvaluator).
    Document d = shienplan::newDocument(
        PlanBody {}, planningFiscalYear(QDate::currentDate()), tr("Alternative 1"));
    loadDocument(d);
    m_tabs->setCurrentIndex(0);
}

bool MainWindow::save()
{
    if (m_session->path().isEmpty() || m_session->isReadOnly())
        return saveAs();
    try {
        m_session->save();
        statusBar()->showMessage(tr("Saved %1").arg(m_session->path()), 4000);
        m_undo->setClean();
        return true;
    } catch (const DocumentError &e) {
        QMessageBox::warning(this, tr("Cannot save"), e.toString());
        return false;
    }
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save as"), m_session->path(), tr("ShienPlan documents (*.shienplan)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".shienplan");
    try {
        m_session->saveAs(path);
        addRecent(m_session->path());
        m_undo->setClean();
        return true;
    } catch (const DocumentError &e) {
        QMessageBox::warning(this, tr("Cannot save"), e.toString());
        return false;
    }
}

bool MainWindow::ensureSaved()
{
    if (!m_session->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("Save the changes to %1?").arg(m_session->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    if (!ensureSaved()) {
        e->ignore();
        return;
    }
    if (m_session->autosaver())
        m_session->autosaver()->closed();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    e->accept();
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this,
                [this, path] {
                    if (ensureSaved())
                        openFile(path);
                })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace shienplan
