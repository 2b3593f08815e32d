#include "core/base/provenance.h"

namespace shienplan {

namespace {
struct StatusText {
    Status status;
    const char *id;
    const char *ja;
    const char *en;
};
constexpr StatusText kStatuses[] = {
    {Status::Stated, "stated", "出典あり", "stated"},
    {Status::CarriedOver, "carried_over", "前年度から継続", "carried over"},
    {Status::Inferred, "inferred", "推定", "inferred"},
    {Status::Assumed, "assumed", "仮定", "assumed"},
    {Status::Range, "range", "範囲", "range"},
    {Status::Unknown, "unknown", "未確認", "unknown"},
    {Status::User, "user", "ユーザー入力", "user-entered"},
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
            return lang == u"en" ? QString::fromUtf8(t.en) : QString::fromUtf8(t.ja);
    return {};
}

} // namespace shienplan
