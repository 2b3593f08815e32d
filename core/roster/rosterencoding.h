#pragma once

// Which encoding a roster file is in: Excel writes UTF-8 (with or without BOM), UTF-16 with BOM
// ("Unicode text") or, on Japanese Windows, CP932. Internal to core/roster/.

#include <QByteArray>
#include <QString>

namespace shienplan::roster
{

struct Decoded {
    QString text; // empty when the file cannot be read
    QString problemJa; // why it cannot be read; empty when it can
    QString problemEn;
    QString noticeJa; // how it was read, when not as UTF-8
    QString noticeEn;
};

Decoded decode(const QByteArray &bytes);

} // namespace shienplan::roster
