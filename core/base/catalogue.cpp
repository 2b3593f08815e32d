// The tables of menus, sub-projects and staff kinds, and their labels.

#include "core/base/catalogue.h"

namespace shienplan
{

namespace
{
CatalogueEntry entry(const char *id, const char *key, const char *ja, const char *en)
{
    return { { QString::fromUtf8(ja), QString::fromUtf8(en) }, QString::fromLatin1(id),
        QString::fromLatin1(key) };
}

const CatalogueEntry *findIn(const QList<CatalogueEntry> &list, QStringView id)
{
    for (const auto &e : list)
        if (e.id == id)
            return &e;
    return nullptr;
}

QString labelIn(const QList<CatalogueEntry> &list, QStringView id, QStringView lang)
{
    const auto *e = findIn(list, id);
    return e ? e->label(lang) : id.toString();
}
} // namespace

const QList<CatalogueEntry> &subprojectCatalogue()
{
    static const QList<CatalogueEntry> list = {
        entry("consultation", "S01", "相談支援", "Consultation support"),
        entry("ibasho", "S02", "居場所づくり", "Safe places (ibasho)"),
        entry("network", "S03", "連絡協議会・ネットワークづくり", "Liaison council and network"),
        entry("peer_family_meetings", "S04", "当事者会・家族会の開催", "Peer and family meetings"),
        entry("public_lectures", "S05", "住民向け講演会・研修会の開催",
            "Lectures and seminars for residents"),
        entry("supporters", "S06", "サポーター派遣・養成", "Supporter dispatch and training"),
        entry("private_partners", "S07", "民間団体との連携", "Collaboration with private groups"),
        entry("needs_survey", "S08", "実態把握調査", "Survey of the local situation"),
        entry("professionals", "S09", "専門職の配置", "Professional staff"),
        entry("multidisciplinary_team", "S10", "多職種専門チームの設置",
            "Multidisciplinary expert team"),
        entry("staff_training", "S11", "関係機関の職員養成研修",
            "Training for staff of related agencies"),
        entry("municipal_backup", "S12", "管内市町村・行政区への支援",
            "Back-up for municipalities and wards"),
        entry("supporter_care", "S13", "支援者ケア", "Care for supporters"),
        entry("visiting_supporters", "S14", "市町村等訪問支援員の配置（列名未確認）",
            "Visiting supporters for municipalities (column label unverified)"),
    };
    return list;
}

const QList<CatalogueEntry> &menuCatalogue()
{
    static const QList<CatalogueEntry> list = {
        entry("center_prefectural", "M1", "ひきこもり地域支援センター（都道府県・指定都市）",
            "Regional support center (prefecture / designated city)"),
        entry("satellite", "M2", "サテライト（都道府県のみ）", "Satellite (prefectures only)"),
        entry("center_municipal", "M3", "ひきこもり地域支援センター（市区町村）",
            "Regional support center (municipal)"),
        entry("station", "M4", "ひきこもり支援ステーション事業", "Support station program"),
        entry("support", "M5", "ひきこもりサポート事業", "Support program"),
        entry("preparation", "M8", "市町村への準備支援", "Preparation support for municipalities"),
        entry("acceleration", "M7", "ひきこもり支援体制構築加速化事業",
            "Acceleration of support systems (FY2022 supplementary)"),
    };
    return list;
}

const QList<CatalogueEntry> &staffCatalogue()
{
    static const QList<CatalogueEntry> list = {
        entry("coordinators", "", "ひきこもり支援コーディネーター", "Support coordinators"),
        entry("professionals", "S09", "専門職", "Professionals"),
        entry("visiting_supporters", "S14", "市町村等訪問支援員", "Visiting supporters"),
    };
    return list;
}

const QList<CatalogueEntry> &costItemCatalogue()
{
    // The 節 of 地方自治法施行規則 that a support program's budget usually uses, in that order.
    static const QList<CatalogueEntry> list = {
        entry("personnel", "", "人件費", "Personnel"),
        entry("remuneration", "", "報償費", "Honoraria"),
        entry("travel", "", "旅費", "Travel"),
        entry("supplies", "", "需用費", "Supplies and printing"),
        entry("services", "", "役務費", "Services (postage, telephone, insurance)"),
        entry("contracts", "", "委託料", "Contracted work"),
        entry("rent", "", "使用料及び賃借料", "Rent and hire"),
        entry("equipment", "", "備品購入費", "Equipment"),
        entry("grants", "", "負担金補助及び交付金", "Contributions and grants"),
        entry("food", "", "食糧費", "Food and refreshments"),
    };
    return list;
}

const QList<CatalogueEntry> &preparationCostItems()
{
    static const QList<CatalogueEntry> list = {
        entry("survey", "", "実態把握経費", "Survey of the local situation"),
        entry("repairs", "", "拠点の修繕費", "Repairs of the premises"),
        entry("equipment", "", "備品購入費", "Equipment"),
    };
    return list;
}

const CatalogueEntry *findSubproject(QStringView id)
{
    return findIn(subprojectCatalogue(), id);
}
const CatalogueEntry *findMenu(QStringView id)
{
    return findIn(menuCatalogue(), id);
}
const CatalogueEntry *findStaffKind(QStringView id)
{
    return findIn(staffCatalogue(), id);
}
QString subprojectLabel(QStringView id, QStringView lang)
{
    return labelIn(subprojectCatalogue(), id, lang);
}
QString menuLabel(QStringView id, QStringView lang)
{
    return labelIn(menuCatalogue(), id, lang);
}
QString staffLabel(QStringView id, QStringView lang)
{
    return labelIn(staffCatalogue(), id, lang);
}
bool menuServesMunicipalities(QStringView menu)
{
    return menu == u"center_prefectural" || menu == u"satellite";
}

} // namespace shienplan
