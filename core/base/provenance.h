#pragma once

// Every value of a rule book says how much it can be trusted and where it comes from, because
// most official amounts are not in the sources and a planner must never take an estimate for
// an official figure.

#include <QString>
#include <QStringView>
#include <optional>

namespace shienplan
{

enum class Status { Stated, CarriedOver, Inferred, Assumed, Range, Unknown, User };

inline constexpr Status kAllStatuses[] = { Status::Stated, Status::CarriedOver, Status::Inferred,
    Status::Assumed, Status::Range, Status::Unknown, Status::User };

QString statusId(Status s); // "stated", "carried_over", …
// Order of trust, most trustworthy first (stated, user, carried over, inferred, assumed, range,
// unknown): the weakest status behind a figure is the one the window's badge and the report show.
int trustOrder(Status s);
std::optional<Status> statusFromId(QStringView id);
QString statusLabel(Status s,
    QStringView lang); // 出典あり / 前年度から継続 / 推定 / 仮定 / 範囲 / 未確認 / ユーザー入力

struct Provenance {
    Status status = Status::Unknown;
    // "002:1148" (source document and line), "ShienPlan: joint" (our own decision where the
    // documents give no value), or a user's citation; put in words by citationText (sources.h).
    QString source;
    QString note; // why, in Japanese; shown next to the value
    bool operator==(const Provenance &o) const
    {
        return status == o.status && source == o.source && note == o.note;
    }
};

} // namespace shienplan
