#pragma once

// Between .shienplan documents and the interchange JSON: a document with one scenario is one
// plan object, with several an array of plans. Each plan carries its scenario's name in the
// extra field "scenario", so that JSON → .shienplan → JSON loses nothing of the plans.

#include "core/document/document.h"
#include "core/interchange/batch.h"
#include "core/interchange/jsonwriter.h"

namespace shienplan
{

class Registry;

// A plan, an array of plans or JSON Lines; throws InputError naming the place.
Document documentFromPlansJson(const QByteArray &bytes, const Registry &registry);
JsonOut documentToPlansJson(const Document &doc);

// True when the file is a .shienplan document (by its SQLite header, whatever its name).
bool isDocumentFile(const QString &path);

} // namespace shienplan
