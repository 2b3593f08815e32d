#pragma once

// The report from the window: File ▸ 印刷…, 印刷プレビュー…, PDF に書き出し…, Excel に書き出し…,
// CSV に書き出し…. The main window calls addReportActions once after building its File menu.
// Ctrl+P is the window's "add program", so printing has no shortcut of its own.

#include "report/reportwriter.h"

#include <functional>

class QMenu;
class QWidget;

namespace shienplan
{

// Adds the actions (object names actionPrint, actionPrintPreview, actionExportPdf,
// actionExportXlsx, actionExportCsv) before the menu's Quit action, or at its end. `document`
// is asked for the current document each time an action runs; `language` for "ja" or "en"
// (the interface language; Japanese when not given). The texts follow language changes.
void addReportActions(QMenu *fileMenu, QWidget *parent, std::function<const Document &()> document,
    std::function<QString()> language = {});

// For tests: replaces the save dialog; returns the chosen path, or an empty string to cancel.
using ReportFileChooser = std::function<QString(ReportFormat format, const QString &suggested)>;
void setReportFileChooser(ReportFileChooser chooser);

} // namespace shienplan
