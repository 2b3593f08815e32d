// The File menu's print, print preview and export actions (see printactions.h).

#include "ui/export/printactions.h"

#include "core/registry/registry.h"
#include "core/report/csvexport.h"
#include "core/rules/rulebooklibrary.h"
#include "report/pdfreport.h"
#include "report/xlsxtable.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QStatusBar>

namespace shienplan
{

namespace
{

ReportFileChooser g_chooser;

class ReportActions : public QObject
{
    Q_OBJECT
public:
    ReportActions(QMenu *menu, QWidget *parent, std::function<const Document &()> document,
        std::function<QString()> language)
        : QObject(parent)
        , m_parent(parent)
        , m_document(std::move(document))
        , m_language(std::move(language))
    {
        auto make = [this](const char *name, auto slot) {
            auto *a = new QAction(this);
            a->setObjectName(QString::fromLatin1(name));
            connect(a, &QAction::triggered, this, slot);
            return a;
        };
        m_print = make("actionPrint", [this] { print(false); });
        m_print->setShortcut(QKeySequence::Print);
        m_preview = make("actionPrintPreview", [this] { print(true); });
        m_pdf = make("actionExportPdf", [this] { exportTo(ReportFormat::Pdf); });
        m_xlsx = make("actionExportXlsx", [this] { exportTo(ReportFormat::Xlsx); });
        m_csv = make("actionExportCsv", [this] { exportTo(ReportFormat::Csv); });

        // Before the separator above Quit, so that Quit stays last.
        QAction *before = nullptr;
        const QList<QAction *> actions = menu->actions();
        for (qsizetype i = 0; i < actions.size(); ++i) {
            QAction *a = actions[i];
            const bool quit = a->menuRole() == QAction::QuitRole
                || (!a->shortcut().isEmpty() && a->shortcut() == QKeySequence(QKeySequence::Quit));
            if (quit) {
                before = i > 0 && actions[i - 1]->isSeparator() ? actions[i - 1] : a;
                break;
            }
        }
        auto add = [&](QAction *a) {
            if (before)
                menu->insertAction(before, a);
            else
                menu->addAction(a);
        };
        auto separator = [&] {
            auto *s = new QAction(this);
            s->setSeparator(true);
            add(s);
        };
        separator();
        add(m_print);
        add(m_preview);
        separator();
        add(m_pdf);
        add(m_xlsx);
        add(m_csv);
        if (before && !before->isSeparator())
            separator();
        retranslate();
        parent->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_parent && event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    void retranslate()
    {
        m_print->setText(tr("&Print…"));
        m_preview->setText(tr("Print pre&view…"));
        m_pdf->setText(tr("Export P&DF…"));
        m_xlsx->setText(tr("Export E&xcel workbook…"));
        m_csv->setText(tr("Export &CSV…"));
        m_print->setStatusTip(
            tr("Print the report: every scenario with its amounts, their status and sources"));
        m_pdf->setStatusTip(tr("Save the report as an A4 PDF to file or mail"));
        m_xlsx->setStatusTip(tr("Save an Excel workbook: a summary and one sheet per scenario"));
        m_csv->setStatusTip(tr("Save a CSV file (UTF-8 with BOM), one row per program"));
    }

    QString lang() const { return m_language ? m_language() : QStringLiteral("ja"); }

    ReportData data() const
    {
        return buildReportData(
            m_document(), RuleBookLibrary::forPlanning(), Registry::bundled(), lang());
    }

    void print(bool preview)
    {
        const ReportData d = data();
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(15, 14, 15, 12), QPageLayout::Millimeter));
        printer.setDocName(d.title);
        if (preview) {
            QPrintPreviewDialog dialog(&printer, m_parent);
            dialog.setWindowTitle(tr("Print preview: %1").arg(d.title));
            connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [&d](QPrinter *p) { paintReport(d, p); });
            dialog.resize(900, 1000);
            dialog.exec();
            return;
        }
        QPrintDialog dialog(&printer, m_parent);
        if (dialog.exec() == QDialog::Accepted)
            paintReport(d, &printer);
    }

    void exportTo(ReportFormat format)
    {
        const Document &doc = m_document();
        QString base = doc.title.isEmpty() && !doc.scenarios.isEmpty()
            ? doc.scenarios.first().plan.title
            : doc.title;
        if (base.isEmpty())
            base = QStringLiteral("report");
        for (QChar &c : base)
            if (QStringLiteral("\\/:*?\"<>|").contains(c))
                c = u'_';
        static QString lastDir
            = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString suffix = reportFormatSuffix(format);
        const QString suggested = QDir(lastDir).filePath(base + u'.' + suffix);
        QString path;
        if (g_chooser) {
            path = g_chooser(format, suggested);
        } else {
            const QString filter = format == ReportFormat::Pdf ? tr("PDF files (*.pdf)")
                : format == ReportFormat::Xlsx
                ? tr("Excel workbooks (*.xlsx)")
                // The same rows as an Excel table too: a spreadsheet opening the CSV may still
                // read a code as a number, the workbook keeps codes as text.
                : tr("CSV files (*.csv)") + QStringLiteral(";;")
                    + tr("Excel workbooks, the same rows (*.xlsx)");
            const QString title = format == ReportFormat::Pdf ? tr("Export PDF")
                : format == ReportFormat::Xlsx                ? tr("Export Excel workbook")
                                                              : tr("Export CSV");
            path = QFileDialog::getSaveFileName(m_parent, title, suggested, filter);
        }
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += u'.' + suffix;
        lastDir = QFileInfo(path).absolutePath();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QString error;
        try {
            if (format == ReportFormat::Csv && path.endsWith(u".xlsx", Qt::CaseInsensitive)) {
                if (!writeTableXlsx(reportTable(data()), path, &error) && error.isEmpty())
                    error = tr("Cannot write %1").arg(QDir::toNativeSeparators(path));
            } else {
                writeReport(data(), format, path);
            }
        } catch (const ReportError &e) {
            error = e.toString();
        }
        QApplication::restoreOverrideCursor();
        if (!error.isEmpty()) {
            if (g_chooser) // under test: no modal box
                qWarning("%s", qPrintable(error));
            else
                QMessageBox::warning(m_parent, tr("Cannot export"), error);
            return;
        }
        if (auto *w = qobject_cast<QMainWindow *>(m_parent))
            w->statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 5000);
    }

    QWidget *m_parent;
    std::function<const Document &()> m_document;
    std::function<QString()> m_language;
    QAction *m_print, *m_preview, *m_pdf, *m_xlsx, *m_csv;
};

} // namespace

void addReportActions(QMenu *fileMenu, QWidget *parent, std::function<const Document &()> document,
    std::function<QString()> language)
{
    new ReportActions(fileMenu, parent, std::move(document), std::move(language));
}

void setReportFileChooser(ReportFileChooser chooser)
{
    g_chooser = std::move(chooser);
}

} // namespace shienplan

#include "printactions.moc"
