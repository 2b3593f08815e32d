#pragma once

// Between .shienplan documents and the interchange JSON: a document with one scenario is one
// plan object, with several an array of plans (version 2). Each plan carries its scenario's name
// as "alternative" and whether it is adopted, and its programs their eligible expenditure, cost
// lines and budgeted amount — all of which the .shienplan file stores (format 5) — so that
// JSON → .shienplan → JSON loses nothing of the plans (tests/cli/tst_cli_documents.cpp).

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
