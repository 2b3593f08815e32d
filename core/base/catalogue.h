#pragma once

// The stable ids of menus and sub-projects (decisions.md). They are used in files and on the
// command line and never change; labels are for people. Which menu may use which sub-project,
// and every amount, lives in the rule books, not here.

#include "core/base/bilingual.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace shienplan
{

// The label is the entry's Bilingual (ja: 相談支援, en: Consultation support), read as .ja and
// .en by the window and the roster's aliases.
struct CatalogueEntry : Bilingual {
    QString id; // "consultation"
    QString key; // "S01" (sub-projects) or "M4" (menus): the keys of rules.md
    QString label(QStringView lang) const { return in(lang); }
};

const QList<CatalogueEntry> &subprojectCatalogue(); // S01…S14 in matrix order
const QList<CatalogueEntry> &menuCatalogue(); // the seven menus
const QList<CatalogueEntry> &staffCatalogue(); // coordinators, professionals, visiting_supporters

// The usual 節 (budget classes) of a local government's expenditure, offered as the 費目 of a
// program's cost lines; ja is the 費目 itself (人件費, 報償費, …), which is what files store. A
// planner may also type any other 費目. key is empty.
const QList<CatalogueEntry> &costItemCatalogue();
// The costs the 準備支援 names as covered (実態把握経費, 拠点の修繕費, 備品購入費; 000:48), offered
// as the first lines of a preparation program's breakdown.
const QList<CatalogueEntry> &preparationCostItems();

const CatalogueEntry *findSubproject(QStringView id);
const CatalogueEntry *findMenu(QStringView id);
const CatalogueEntry *findStaffKind(QStringView id);

// Label for display, falling back to the id itself for ids a user's rule book introduces.
QString subprojectLabel(QStringView id, QStringView lang);
QString menuLabel(QStringView id, QStringView lang);
QString staffLabel(QStringView id, QStringView lang);

// Menus whose program serves municipalities other than the body running it, so that a plan may
// name them (Program::served): a prefecture's center backs up the municipalities of its area
// (管内市町村への支援, 003:265) and a satellite is set up for an area with weak support
// (000:143-145). Not a funding rule: the rule books do not change it.
bool menuServesMunicipalities(QStringView menu);
inline constexpr const char *kServedSource = "000:143-145; 003:265";

} // namespace shienplan
