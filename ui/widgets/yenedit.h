#pragma once

// An amount of yen typed as a planner types it: digits, with or without grouping commas
// (full-width digits are accepted), shown grouped. The value is committed after a short pause
// or when the field is left, so the funding panel follows the typing without one undo step per
// key.

#include "core/base/money.h"

#include <QLineEdit>
#include <QTimer>

namespace shienplan
{

class YenEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit YenEdit(QWidget *parent = nullptr);
    void setValue(const Yen &v); // does not emit
    // An amount that may be absent (対象経費, 予算計上額): an empty field is no amount, emptied(),
    // instead of 0. The placeholder text says what empty means.
    void setOptional(bool optional) { m_optional = optional; }
    void setOptionalValue(const std::optional<Yen> &v); // does not emit
    std::optional<Yen> value() const; // absent: not an amount (or empty in optional mode)
    // Ctrl+Z and Ctrl+Shift+Z go to the window's undo stack (the typed amount is committed
    // first, so that it is the step undone) instead of the field's own text history: in a form
    // whose every edit is on the stack, one key undoes alike in every field.
    void setUndoByWindow(bool on) { m_undoByWindow = on; }

protected:
    bool event(QEvent *e) override;

signals:
    void valueCommitted(const shienplan::Yen &value);
    void emptied(); // optional mode: the amount was cleared

private:
    void commit();
    void showLast();
    QTimer m_pause;
    std::optional<Yen> m_last { Yen(0) };
    bool m_optional = false;
    bool m_undoByWindow = false;
};

} // namespace shienplan
