#pragma once

// One undo step of the rule book window: the whole book of one fiscal year before and after
// (absent: no book of that year, e.g. before 「新しい年度を作成」). A book is about 25 KB, so
// keeping both copies is simpler and safer than recording each field.

#include "core/rules/rulebook.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

namespace shienplan
{

class RuleBookCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(int fiscalYear, const std::optional<RuleBook> &book)>;
    RuleBookCommand(const QString &text, int fiscalYear, std::optional<RuleBook> before,
        std::optional<RuleBook> after, Apply apply);
    void undo() override;
    void redo() override;

private:
    int m_fiscalYear;
    std::optional<RuleBook> m_before;
    std::optional<RuleBook> m_after;
    Apply m_apply;
};

} // namespace shienplan
