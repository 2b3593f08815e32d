// The planner's window's files: a new document, opening (documents, JSON plans, rosters), saving,
// the recent files, rosters in and out, and what closing asks. A JSON plan or a roster opens as a
// new unsaved document, so that the file it came from is never overwritten.

#include "ui/mainwindow.h"

#include "core/base/fiscalyear.h"
#include "core/document/documentfile.h"
#include "core/interchange/documentjson.h"
#include "core/interchange/inputfile.h"
#include "core/prefecture/workspaceedits.h"
#include "core/registry/registry.h"
#include "core/roster/roster.h"
#include "ui/commands/commands.h"
#include "ui/dialogs/rosterimportdialog.h"
#include "ui/plan/planevaluator.h"
#include "ui/prefecture/prefectureview.h"

#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace shienplan
{

namespace
{
// A new document plans next year (planningFiscalYear) for 高岡市, the town of the bundled sample
// (resources/samples/sample_takaoka.json): a first plan shows the same town as the sample, and
// a town (not a prefecture) can run the 「support」 program it starts with.
constexpr char16_t kNewDocumentBody[] = u"162027";
} // namespace

void MainWindow::loadDocument(const Document &doc, const QString &path, bool modified)
{
    m_session->reset(doc, path);
    if (modified) // a recovered copy: the planner decides where to save it
        m_session->apply(
            [](Document &d) { return edits::setTitle(d, d.title); }, tr("Recovered: "));
    m_undo->clear();
}

void MainWindow::loadSample()
{
    QFile f(QStringLiteral(":/samples/sample_takaoka.json"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    try {
        Document d = documentFromPlansJson(f.readAll(), Registry::bundled());
        d.title = tr("Sample: 高岡市 令和7年度");
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
    QString path = QFileDialog::getSaveFileName(this, tr("Export the roster"),
        m_session->document().title + QStringLiteral(".csv"), tr("Rosters (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QSaveFile out(
        path); // never a half-written roster: the old file stays until the new one is whole
    if (!out.open(QIODevice::WriteOnly) || out.write(rosterToCsv(m_session->document())) < 0
        || !out.commit())
        QMessageBox::warning(
            this, tr("Cannot save"), QStringLiteral("%1: %2").arg(path, out.errorString()));
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
    PlanBody body;
    const LocalBody *b = Registry::bundled().find(kNewDocumentBody);
    body.code = b->code;
    body.name = b->name;
    body.kind = b->kind;
    body.prefectureCode = b->prefectureCode;
    // Next year's plan: its book is bundled, or the latest one carried over (PlanEvaluator).
    Document d
        = shienplan::newDocument(body, planningFiscalYear(QDate::currentDate()), tr("Scenario 1"));
    Program p;
    p.id = QStringLiteral("p1");
    p.menu = QStringLiteral("support");
    d.scenarios[0].plan.programs << p;
    loadDocument(d);
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
