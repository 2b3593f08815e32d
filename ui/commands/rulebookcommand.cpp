// Undo and redo of a rule book edit by whole books (see rulebookcommand.h).

#include "ui/commands/rulebookcommand.h"

namespace shienplan
{

RuleBookCommand::RuleBookCommand(const QString &text, int fiscalYear,
    std::optional<RuleBook> before, std::optional<RuleBook> after, Apply apply)
    : QUndoCommand(text)
    , m_fiscalYear(fiscalYear)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
{
}

void RuleBookCommand::undo()
{
    m_apply(m_fiscalYear, m_before);
}

void RuleBookCommand::redo()
{
    m_apply(m_fiscalYear, m_after);
}

} // namespace shienplan
