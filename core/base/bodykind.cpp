// The kinds of local body (都道府県, 指定都市, …): their ids in files and their labels.

#include "core/base/bodykind.h"

#include "core/base/bilingual.h"

namespace shienplan
{

namespace
{
struct KindText {
    BodyKind kind;
    const char *id;
    const char16_t *ja;
    const char16_t *en;
};
constexpr KindText kKinds[] = {
    { BodyKind::Prefecture, "prefecture", u"都道府県", u"Prefecture" },
    { BodyKind::DesignatedCity, "designated_city", u"指定都市", u"Designated city" },
    { BodyKind::CoreCity, "core_city", u"中核市", u"Core city" },
    { BodyKind::City, "city", u"市", u"City" },
    { BodyKind::Town, "town", u"町", u"Town" },
    { BodyKind::Village, "village", u"村", u"Village" },
    { BodyKind::SpecialWard, "special_ward", u"特別区", u"Special ward" },
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
    return textIn(lang, k.ja, k.en);
}

} // namespace shienplan
