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
    std::optional<Yen> value() const;

signals:
    void valueCommitted(const shienplan::Yen &value);

private:
    void commit();
    QTimer m_pause;
    Yen m_last { 0 };
};

} // namespace shienplan
