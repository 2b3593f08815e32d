#pragma once

// The rule book file format ("shienplan/rulebook", version 1): the bundled books in
// resources/rules/ and a user's or a prefecture's confirmed book are the same format, and
// `shienplan-cli rules` prints it, so its output can be loaded again.

#include "core/interchange/inputfile.h"
#include "core/interchange/jsonwriter.h"
#include "core/rules/rulebook.h"

namespace shienplan
{

inline constexpr const char *kRuleBookFormat = "shienplan/rulebook";
inline constexpr int kRuleBookVersion = 1;

// Throws InputError naming the field; also runs validateRuleBook and refuses a book with problems.
RuleBook ruleBookFromJson(const json::Value &root);
RuleBook ruleBookFromFile(
    const QString &path); // InputError.where is prefixed with nothing: callers add the file
JsonOut ruleBookToJson(const RuleBook &book);

} // namespace shienplan
