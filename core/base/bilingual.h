#pragma once

// One text in ShienPlan's two languages, Japanese first. Core builds texts for a language chosen
// per call (a report or `evaluate --lang en` in English while the window is in Japanese, both in
// one process), so it cannot go through the application's one installed QTranslator as the
// window's tr() strings do. Every user-visible text of core names both languages here, in one
// place of the code, instead of an `en ? … : …` choice at each use.
//
// lang is "ja" or "en"; anything else is Japanese, the program's first language.

#include <QString>
#include <QStringView>

namespace shienplan
{

inline bool isEnglish(QStringView lang)
{
    return lang == u"en";
}

struct Bilingual {
    QString ja;
    QString en;
    QString in(QStringView lang) const { return isEnglish(lang) ? en : ja; }
};

// The text of `lang` out of a pair written at the place of use:
//   textIn(lang, u"不明", u"unknown")
inline QString textIn(QStringView lang, QStringView ja, QStringView en)
{
    return (isEnglish(lang) ? en : ja).toString();
}

} // namespace shienplan
