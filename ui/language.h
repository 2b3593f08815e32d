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

} // namespace shienplan
