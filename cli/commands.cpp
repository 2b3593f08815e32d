// The registry of verbs: built once, on first use, and never changed after.

#include "cli/commands.h"

namespace shienplan::cli
{

const QList<const Command *> &commands()
{
    static const std::unique_ptr<Command> owned[] = {
        makeEvaluateCommand(),
        makeBatchCommand(),
        makeConvertCommand(),
        makeRulesCommand(),
        makeTableCommand(),
        makeReportCommand(),
        makeSubmitCommand(),
        makeServerCommand(),
    };
    static const QList<const Command *> list = [] {
        QList<const Command *> l;
        for (const auto &c : owned)
            l << c.get();
        return l;
    }();
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const Command *c : commands())
        if (c->name() == name)
            return c;
    return nullptr;
}

} // namespace shienplan::cli
