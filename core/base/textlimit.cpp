// Text cut to a length that can be shown (textlimit.h).

#include "core/base/textlimit.h"

namespace shienplan
{

QString cutForShowing(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype keep = std::max<qsizetype>(0, limit - 1);
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

} // namespace shienplan
