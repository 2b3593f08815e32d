#pragma once

// The names people give the menus and the sub-projects in a roster: the catalogue's ids and
// labels, and the other spellings of the sources (rules.md §1.1). Internal to core/roster/.

#include "core/base/bodykind.h"

#include <QString>

namespace shienplan::roster
{

// Not menus of the catalogue, but what a cell may name: センター (which one is decided by the
// body's kind) and 立ち上げ支援 (not a menu: the importer says where it belongs).
inline const QString kGenericCenter = QStringLiteral("*center");
inline const QString kStartupAsMenu = QStringLiteral("*startup");

// The menu a cell names: an id, or kGenericCenter, or kStartupAsMenu, or empty when unknown.
QString menuFromText(const QString &raw);

// kGenericCenter as the center of the body's kind; any other menu as it is.
QString resolveMenu(const QString &menu, BodyKind kind);

// The label rosterToCsv writes for a menu (「市町村センター」), which menuFromText reads back.
QString shortMenuLabel(const QString &id);

// The sub-project a token names (an id, a label or another spelling, S01–S14, with or without
// a circled or bracketed number), or empty; `bareNumber` is set when the token is only a
// number, which the sources do not number alike.
QString subprojectFromText(const QString &token, bool &bareNumber);

} // namespace shienplan::roster
