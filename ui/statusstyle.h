#pragma once

// How the status of a value looks everywhere in the window: a short badge text in the current
// language and a colour that says how far to trust it (green: from the source; grey-blue:
// carried over; amber: inferred, assumed, a range; red: unknown; violet: entered by the user).

#include "core/base/provenance.h"

#include <QColor>
#include <QList>

namespace shienplan
{

QColor statusColor(Status s);

} // namespace shienplan
