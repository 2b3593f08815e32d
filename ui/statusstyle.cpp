// The colours and badges of provenance statuses, one look in every table (see statusstyle.h).

#include "ui/statusstyle.h"

namespace shienplan
{

QColor statusColor(Status s)
{
    switch (s) {
    case Status::Stated:
        return QColor(0x2e, 0x7d, 0x32);
    case Status::CarriedOver:
        return QColor(0x45, 0x5a, 0x64);
    case Status::Inferred:
        return QColor(0x8d, 0x6e, 0x00);
    case Status::Assumed:
        return QColor(0xb2, 0x6a, 0x00);
    case Status::Range:
        return QColor(0xa0, 0x52, 0x00);
    case Status::Unknown:
        return QColor(0xc6, 0x28, 0x28);
    case Status::User:
        return QColor(0x6a, 0x1b, 0x9a);
    }
    return Qt::black;
}

} // namespace shienplan
