#pragma once

// Who runs a joint station or support program with this body, and how the local burden is
// split: exact fractions that add up to 1 (equal shares by default).

#include "plan.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace shienplan {

class BodyPicker;

class JointDialog : public QDialog {
    Q_OBJECT
public:
    JointDialog(const QList<JointMember> &members, const QString &ownCode, QWidget *parent = nullptr);
    QList<JointMember> members() const { return m_result; }

private:
    void addMember(const QString &code);
    void equalShares();
    void tryAccept();
    QTableWidget *m_table;
    BodyPicker *m_picker;
    QLabel *m_message;
    QList<JointMember> m_result;
};

} // namespace shienplan
