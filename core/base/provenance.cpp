// The status of a rule-book value (stated, inferred, …): its id in files and its label.

#include "core/base/provenance.h"

#include "core/base/bilingual.h"

namespace shienplan
{

namespace
{
struct StatusText {
    Status status;
    const char *id;
    const char16_t *ja;
    const char16_t *en;
};
constexpr StatusText kStatuses[] = {
    { Status::Stated, "stated", u"出典あり", u"stated" },
    { Status::CarriedOver, "carried_over", u"前年度から継続", u"carried over" },
    { Status::Inferred, "inferred", u"推定", u"inferred" },
    { Status::Assumed, "assumed", u"仮定", u"assumed" },
    { Status::Range, "range", u"範囲", u"range" },
    { Status::Unknown, "unknown", u"未確認", u"unknown" },
    { Status::User, "user", u"ユーザー入力", u"user-entered" },
};
} // namespace

QString statusId(Status s)
{
    for (const auto &t : kStatuses)
        if (t.status == s)
            return QString::fromLatin1(t.id);
    return QStringLiteral("unknown");
}

std::optional<Status> statusFromId(QStringView id)
{
    for (const auto &t : kStatuses)
        if (id == QLatin1String(t.id))
            return t.status;
    return std::nullopt;
}

QString statusLabel(Status s, QStringView lang)
{
    for (const auto &t : kStatuses)
        if (t.status == s)
            return textIn(lang, t.ja, t.en);
    return {};
}

int trustOrder(Status s)
{
    switch (s) {
    case Status::Stated:
        return 0;
    case Status::User:
        return 1;
    case Status::CarriedOver:
        return 2;
    case Status::Inferred:
        return 3;
    case Status::Assumed:
        return 4;
    case Status::Range:
        return 5;
    case Status::Unknown:
        return 6;
    }
    return 6;
}

} // namespace shienplan
