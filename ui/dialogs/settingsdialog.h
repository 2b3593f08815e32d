#pragma once

// ShienPlan's own settings a planner may change: for now the name the change log (操作履歴)
// records as 担当者. By default it is the operating system account; a shared municipal PC often
// has one account for several people, so each may write their own name here.

#include <QDialog>

class QLineEdit;

namespace shienplan
{

class DocumentSession;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // Edits the settings; on OK saves them and applies the name to `session` (may be null).
    explicit SettingsDialog(DocumentSession *session, QWidget *parent = nullptr);

    // The QSettings key of the change log's name; empty or absent: the system account.
    static constexpr const char *kAuthorKey = "user/name";
    static QString storedAuthor();
    // Gives a session the stored name; the window calls it for every session it makes.
    static void applyStoredAuthor(DocumentSession *session);

private:
    void save();

    DocumentSession *m_session;
    QLineEdit *m_author;
};

} // namespace shienplan
