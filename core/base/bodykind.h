#pragma once

// The kinds of local body: their ids in files and their labels in both languages.

#include <QString>
#include <QStringView>
#include <optional>

namespace shienplan
{

// The kinds of local body that the rule books distinguish (decisions.md, "Who may run what").
enum class BodyKind { Prefecture, DesignatedCity, CoreCity, City, Town, Village, SpecialWard };

inline constexpr BodyKind kAllBodyKinds[] = { BodyKind::Prefecture, BodyKind::DesignatedCity,
    BodyKind::CoreCity, BodyKind::City, BodyKind::Town, BodyKind::Village, BodyKind::SpecialWard };

QString bodyKindId(BodyKind kind);
std::optional<BodyKind> bodyKindFromId(QStringView id);
// lang is "ja" or "en"; anything else falls back to Japanese, the program's first language.
QString bodyKindLabel(BodyKind kind, QStringView lang);

} // namespace shienplan
