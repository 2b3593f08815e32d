#pragma once

// Entering one value of a rule book: an amount (exact, a range, or unknown), a rate, a count
// or a matrix cell, always with the citation it rests on. Amounts are typed in 千円 or 円 as
// the document prints them, with the yen shown as they will be stored. An empty source, a
// reversed range or a rate outside (0, 1] is refused in the dialog itself, which stays open.

#include "core/rules/rulebookdiff.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QFormLayout;
class QVBoxLayout;

namespace shienplan
{

class YenEdit;

class RuleValueDialog : public QDialog
{
    Q_OBJECT
public:
    RuleValueDialog(const RuleValue &value, int fiscalYear, QWidget *parent = nullptr);

    const RuleValue &target() const { return m_value; }
    YenRange amount() const; // valid after accept (or a successful check())
    Fraction rate() const;
    int count() const;
    Cell cell() const;
    QString source() const;
    QString note() const;

    // Tries the edit (the window applies it to a copy of the book); a message keeps the dialog
    // open and is shown in it.
    void setApply(std::function<QString()> apply) { m_apply = std::move(apply); }
    QString errorText() const;
    void accept() override;

    // The citation typed last in this session is offered again: a year's amounts come from the
    // same 交付要綱, one 別表 after the other.
    static QString lastSource();

private:
    void addHeading(QVBoxLayout *layout, int fiscalYear);
    void addAmountFields();
    QString check(); // the dialog's own checks; "" when fine
    void updateMode();
    void updatePreview();
    std::optional<Yen> typed(YenEdit *e, bool *empty) const;

    RuleValue m_value;
    std::function<QString()> m_apply;
    QFormLayout *m_form = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_unit = nullptr;
    YenEdit *m_min = nullptr;
    YenEdit *m_max = nullptr;
    QLabel *m_preview = nullptr;
    QLineEdit *m_rate = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_cell = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    YenRange m_amount;
    Fraction m_rateValue;
};

} // namespace shienplan
