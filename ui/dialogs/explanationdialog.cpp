// How a program's amounts were computed, step by step with sources (see explanationdialog.h).

#include "ui/dialogs/explanationdialog.h"
#include "core/base/bilingual.h"

#include "core/base/catalogue.h"
#include "core/base/sources.h"
#include "core/engine/engine.h"
#include "ui/language.h"
#include "ui/statusstyle.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shienplan
{

ExplanationDialog::ExplanationDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("explanationDialog"));
    m_text->setObjectName(QStringLiteral("explanationText"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 560);
}

void ExplanationDialog::show(const ProgramResult &r)
{
    const QString lang = currentLanguage();
    setWindowTitle(tr("How the amounts of %1 were computed").arg(r.id));
    QString html = QStringLiteral("<h3>%1 — %2</h3><ol>")
                       .arg(r.id.toHtmlEscaped(), menuLabel(r.menu, lang).toHtmlEscaped());
    for (const auto &s : r.explanation)
        html += QStringLiteral("<li>%1</li>").arg(withCitations(s.in(lang), lang).toHtmlEscaped());
    html += QStringLiteral("</ol><h4>%1</h4><table cellpadding='3'>")
                .arg(tr("Values used, with their status and source"));
    // One row per value: a value several terms rest on is still one value to check.
    QStringList listed;
    for (const auto &u : r.provenance) {
        if (listed.contains(u.item))
            continue;
        listed << u.item;
        html += QStringLiteral("<tr><td>%1</td><td><span "
                               "style='color:%2'><b>%3</b></span></td><td>%4</td><td>%5</td></tr>")
                    .arg(valueLabel(u.item, lang).toHtmlEscaped(), statusColor(u.status).name(),
                        statusLabel(u.status, lang).toHtmlEscaped(),
                        citationText(u.source, lang).toHtmlEscaped(),
                        withCitations(u.note, lang).toHtmlEscaped());
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("A source names the document and the line of its text the value is read "
                        "from, ShienPlan's assumption where the documents give no value, or the "
                        "citation you entered with your own value.")
                         .toHtmlEscaped());
    m_text->setHtml(html);
    QDialog::show();
}

QString ExplanationDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace shienplan
