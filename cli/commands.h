#pragma once

// The verbs of shienplan-cli, in the order `shienplan-cli --help` lists them. Each is one class
// in its own file (evaluatecommand.cpp, …); only the registry needs to know them all.

#include "cli/command.h"

namespace shienplan::cli
{

const QList<const Command *> &commands();
const Command *findCommand(const QString &name); // nullptr: no such verb

std::unique_ptr<Command> makeEvaluateCommand();
std::unique_ptr<Command> makeBatchCommand();
std::unique_ptr<Command> makeConvertCommand();
std::unique_ptr<Command> makeRulesCommand();
std::unique_ptr<Command> makeTableCommand();
std::unique_ptr<Command> makeReportCommand();
std::unique_ptr<Command> makeSubmitCommand();
std::unique_ptr<Command> makeServerCommand();

} // namespace shienplan::cli
