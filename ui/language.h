#pragma once

// The interface language, switchable while the program runs. Japanese is the first language;
// English is for colleagues and for checking terms. Source strings are English (tr()), the
// Japanese comes from resources/translations/shienplan_ja.ts. Texts that come from the engine
// carry both languages and are picked with currentLanguage().

#include <QString>

namespace shienplan
{

QString currentLanguage(); // "ja" or "en"
void setLanguage(const QString &lang); // installs the translators; widgets get LanguageChange

// The language the program starts in: `requested` (the command line's --lang) when given, else
// the planner's own last choice, else Japanese — whatever the system's locale (C or POSIX on a
// server, an English Windows): the program is for Japanese municipalities.
QString startupLanguage(const QString &requested = {});
// The planner chose a language (View ▸ Language): it is theirs for the next starts too. Only
// this remembers a language; a --lang of one run (a screenshot) leaves the setting alone.
void chooseLanguage(const QString &lang);

} // namespace shienplan
