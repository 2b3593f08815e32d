#include "core/base/bodykind.h"

namespace shienplan {

namespace {
struct KindText {
    BodyKind kind;
    const char *id;
    const char *ja;
    const char *en;
};
constexpr KindText kKinds[] = {
    {BodyKind::Prefecture, "prefecture", "都道府県", "Prefecture"},
    {BodyKind::DesignatedCity, "designated_city", "指定都市", "Designated city"},
    {BodyKind::CoreCity, "core_city", "中核市", "Core city"},
    {BodyKind::City, "city", "市", "City"},
    {BodyKind::Town, "town", "町", "Town"},
    {BodyKind::Village, "village", "村", "Village"},
    {BodyKind::SpecialWard, "special_ward", "特別区", "Special ward"},
};

const KindText &textOf(BodyKind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return k;
    return kKinds[0];
}
} // namespace

QString bodyKindId(BodyKind kind)
{
    return QString::fromLatin1(textOf(kind).id);
}

std::optional<BodyKind> bodyKindFromId(QStringView id)
{
    for (const auto &k : kKinds)
        if (id == QLatin1String(k.id))
            return k.kind;
    return std::nullopt;
}

QString bodyKindLabel(BodyKind kind, QStringView lang)
{
    const auto &k = textOf(kind);
    return lang == u"en" ? QString::fromUtf8(k.en) : QString::fromUtf8(k.ja);
}

} // namespace shienplan
