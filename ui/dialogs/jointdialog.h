#pragma once

// Who runs a joint station or support program with this body, and how the local burden is
// split: exact fractions that add up to 1 (equal shares by default).

#include "core/engine/plan.h"

#include <QHash>

#include <QDialog>

class QLabel;
class QTableWidget;

namespace shienplan
{

class BodyPicker;

class JointDialog : public QDialog
{
    Q_OBJECT
public:
    // `populations`: what the document knows of each body's population (for 「人口比」 shares).
    JointDialog(const QList<JointMember> &members, const QString &ownCode,
        const QHash<QString, qint64> &populations = {}, QWidget *parent = nullptr);
    QList<JointMember> members() const { return m_result; }

private:
    void addMember(const QString &code);
    void equalShares();
    void populationShares();
    void tryAccept();
    QTableWidget *m_table;
    BodyPicker *m_picker;
    QLabel *m_message;
    QList<JointMember> m_result;
    QHash<QString, qint64> m_populations;
};

} // namespace shienplan
