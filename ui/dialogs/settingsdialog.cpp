// The settings dialog (see settingsdialog.h).

#include "ui/dialogs/settingsdialog.h"

#include "core/document/documentedits.h"
#include "core/document/documentsession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace shienplan
{

SettingsDialog::SettingsDialog(DocumentSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_author(new QLineEdit(storedAuthor(), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_author->setObjectName(QStringLiteral("settingsAuthor"));
    const QString account = currentAuthor();
    // The placeholder is what the log records when the field stays empty.
    m_author->setPlaceholderText(account.isEmpty() ? tr("not recorded") : account);
    m_author->setMinimumWidth(m_author->fontMetrics().averageCharWidth() * 32);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name in the change log"), m_author);
    auto *hint
        = new QLabel(account.isEmpty() ? tr("The change log records this name as the person in "
                                            "charge (担当者) for every edit. The system names "
                                            "no account; leave it empty and the log records none.")
                                       : tr("The change log records this name as the person in "
                                            "charge (担当者) for every edit. Leave it empty to "
                                            "record the computer's account, %1.")
                                             .arg(account),
            this);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("settingsAuthorHint"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

QString SettingsDialog::storedAuthor()
{
    return QSettings().value(QLatin1String(kAuthorKey)).toString().trimmed();
}

void SettingsDialog::applyStoredAuthor(DocumentSession *session)
{
    if (session)
        session->setAuthor(storedAuthor());
}

void SettingsDialog::save()
{
    const QString name = m_author->text().trimmed();
    QSettings settings;
    if (name.isEmpty())
        settings.remove(QLatin1String(kAuthorKey));
    else
        settings.setValue(QLatin1String(kAuthorKey), name);
    applyStoredAuthor(m_session);
}

} // namespace shienplan
