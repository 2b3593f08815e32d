#pragma once

// One entry point for every report format, used by the window's File menu and by
// `shienplan-cli report`. Every format is written to a temporary file beside the target and
// renamed into place (QSaveFile): a failed export never leaves a half file, and an existing file
// stays as it was.

#include "core/document/document.h"
#include "core/report/reportdata.h"
#include "core/report/reportformat.h"
#include "core/report/shoyogaku.h"
#include "report/reporterror.h"

#include <optional>

namespace shienplan
{

class RuleBookLibrary;

// The report of `doc` with the standard rule books (bundled + the user's) and the bundled
// registry. lang: "ja" (default) or "en". Throws ReportError naming `out`.
void writeReport(const Document &doc, ReportFormat format, const QString &out,
    const QString &lang = QStringLiteral("ja"));
void writeReport(const Document &doc, const RuleBookLibrary &library, ReportFormat format,
    const QString &out, const QString &lang = QStringLiteral("ja"));
void writeReport(const ReportData &data, ReportFormat format, const QString &out);

// The bytes of a format, for writers that need them in memory.
QByteArray reportBytes(const ReportData &data, ReportFormat format);

// The 所要額調書 (core/report/shoyogaku.h) in a format, the same way.
void writeShoyogaku(const ShoyogakuData &data, ReportFormat format, const QString &out);
QByteArray shoyogakuBytes(const ShoyogakuData &data, ReportFormat format);

} // namespace shienplan
