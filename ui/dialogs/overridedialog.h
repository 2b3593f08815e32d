#pragma once

// Entering an official value that the sources do not give: an amount (or a range), a rate, a
// matrix cell (◎/○/-) or a number of persons (a cap, a minimum), always with its source (e.g.
// 「令和7年度交付要綱 別表 2(1)」). The value is stored in the document with status `user` and
// every estimate that rests on it tightens at once.

#include "core/rules/ruleoverride.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace shienplan
{

class YenEdit;

class OverrideDialog : public QDialog
{
    Q_OBJECT
public:
    // `target` names the value (fiscal year, menu, item, key); its current value is shown.
    OverrideDialog(const RuleOverride &target, const QString &description, const QString &current,
        QWidget *parent = nullptr);
    RuleOverride result() const { return m_result; }

private:
    void tryAccept();
    RuleOverride m_result;
    YenEdit *m_amount = nullptr;
    YenEdit *m_max = nullptr;
    QCheckBox *m_isRange = nullptr;
    QLineEdit *m_rate = nullptr;
    QComboBox *m_cell = nullptr;
    QSpinBox *m_count = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace shienplan
