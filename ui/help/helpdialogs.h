#pragma once

// The Help menu's windows: the manual (docs/manual.md in Japanese, docs/manual.en.md, shipped as
// resources), the keyboard shortcuts (read from the window's own actions, so that the list never
// names a key the window does not have) and the about box (version, the libraries the program
// links and their licences, the documents and the registry its figures rest on).

#include <QDialog>
#include <QList>
#include <QString>

class QMenuBar;
class QTextBrowser;

namespace shienplan
{

// The manual's Markdown in `lang` ("ja" or "en"); Japanese for anything else.
QString manualMarkdown(const QString &lang);

struct ShortcutEntry {
    QString menu; // the menu's title, without its mnemonic (「ファイル」)
    QString action; // the action's text, without its mnemonic and trailing 「…」
    QString keys; // every key sequence of the action, as the platform writes them
};
// Every action of the menu bar's menus (and their submenus) that has a shortcut, in menu order.
QList<ShortcutEntry> shortcutEntries(const QMenuBar *bar);
// A window of text: the manual, the shortcuts or the about box. Non-modal, one of each kind at
// a time (a second call raises the one open); object names helpManual, helpShortcuts, helpAbout.
class HelpWindow : public QDialog
{
    Q_OBJECT
public:
    enum Kind { Manual, Shortcuts, About };
    static HelpWindow *showWindow(Kind kind, QWidget *parent, const QMenuBar *bar = nullptr);
    QTextBrowser *browser() const { return m_browser; }

    // The texts of this file (the window's tr context).
    static QString manualTitle() { return tr("Manual"); }
    static QString shortcutsTitle() { return tr("Keyboard shortcuts"); }
    static QString aboutTitle() { return tr("About ShienPlan"); }
    // shortcutEntries() as an HTML table, with the keys that are not menu actions (Tab, Alt …).
    static QString shortcutsHtmlFor(const QMenuBar *bar);
    // Version, libraries and licences, data sources; in the interface language.
    static QString aboutHtmlText();

private:
    HelpWindow(Kind kind, QWidget *parent);
    QTextBrowser *m_browser;
};

} // namespace shienplan
