// The tables of menus, sub-projects and staff kinds, and their labels.

#include "core/base/catalogue.h"

namespace shienplan
{

using namespace Qt::StringLiterals;

namespace
{
// The id is a literal's static string: a plan read from JSON takes the catalogue's id itself
// (planjson.cpp), and copies of a static string cost no allocation and no shared count that
// threads would contend for.
CatalogueEntry entry(QString id, const char *key, const char *ja, const char *en)
{
    return { { QString::fromUtf8(ja), QString::fromUtf8(en) }, std::move(id),
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
        entry(u"consultation"_s, "S01", "相談支援", "Consultation support"),
        entry(u"ibasho"_s, "S02", "居場所づくり", "Safe places (ibasho)"),
        entry(u"network"_s, "S03", "連絡協議会・ネットワークづくり", "Liaison council and network"),
        entry(
            u"peer_family_meetings"_s, "S04", "当事者会・家族会の開催", "Peer and family meetings"),
        entry(u"public_lectures"_s, "S05", "住民向け講演会・研修会の開催",
            "Lectures and seminars for residents"),
        entry(u"supporters"_s, "S06", "サポーター派遣・養成", "Supporter dispatch and training"),
        entry(
            u"private_partners"_s, "S07", "民間団体との連携", "Collaboration with private groups"),
        entry(u"needs_survey"_s, "S08", "実態把握調査", "Survey of the local situation"),
        entry(u"professionals"_s, "S09", "専門職の配置", "Professional staff"),
        entry(u"multidisciplinary_team"_s, "S10", "多職種専門チームの設置",
            "Multidisciplinary expert team"),
        entry(u"staff_training"_s, "S11", "関係機関の職員養成研修",
            "Training for staff of related agencies"),
        entry(u"municipal_backup"_s, "S12", "管内市町村・行政区への支援",
            "Back-up for municipalities and wards"),
        entry(u"supporter_care"_s, "S13", "支援者ケア", "Care for supporters"),
        entry(u"visiting_supporters"_s, "S14", "市町村等訪問支援員の配置（列名未確認）",
            "Visiting supporters for municipalities (column label unverified)"),
    };
    return list;
}

const QList<CatalogueEntry> &menuCatalogue()
{
    static const QList<CatalogueEntry> list = {
        entry(u"center_prefectural"_s, "M1", "ひきこもり地域支援センター（都道府県・指定都市）",
            "Regional support center (prefecture / designated city)"),
        entry(u"satellite"_s, "M2", "サテライト（都道府県のみ）", "Satellite (prefectures only)"),
        entry(u"center_municipal"_s, "M3", "ひきこもり地域支援センター（市区町村）",
            "Regional support center (municipal)"),
        entry(u"station"_s, "M4", "ひきこもり支援ステーション事業", "Support station program"),
        entry(u"support"_s, "M5", "ひきこもりサポート事業", "Support program"),
        entry(
            u"preparation"_s, "M8", "市町村への準備支援", "Preparation support for municipalities"),
        entry(u"acceleration"_s, "M7", "ひきこもり支援体制構築加速化事業",
            "Acceleration of support systems (FY2022 supplementary)"),
    };
    return list;
}

const QList<CatalogueEntry> &staffCatalogue()
{
    static const QList<CatalogueEntry> list = {
        entry(u"coordinators"_s, "", "ひきこもり支援コーディネーター", "Support coordinators"),
        entry(u"professionals"_s, "S09", "専門職", "Professionals"),
        entry(u"visiting_supporters"_s, "S14", "市町村等訪問支援員", "Visiting supporters"),
    };
    return list;
}

const QList<CatalogueEntry> &costItemCatalogue()
{
    // The 節 of 地方自治法施行規則 that a support program's budget usually uses, in that order.
    static const QList<CatalogueEntry> list = {
        entry(u"personnel"_s, "", "人件費", "Personnel"),
        entry(u"remuneration"_s, "", "報償費", "Honoraria"),
        entry(u"travel"_s, "", "旅費", "Travel"),
        entry(u"supplies"_s, "", "需用費", "Supplies and printing"),
        entry(u"services"_s, "", "役務費", "Services (postage, telephone, insurance)"),
        entry(u"contracts"_s, "", "委託料", "Contracted work"),
        entry(u"rent"_s, "", "使用料及び賃借料", "Rent and hire"),
        entry(u"equipment"_s, "", "備品購入費", "Equipment"),
        entry(u"grants"_s, "", "負担金補助及び交付金", "Contributions and grants"),
        entry(u"food"_s, "", "食糧費", "Food and refreshments"),
    };
    return list;
}

const QList<CatalogueEntry> &preparationCostItems()
{
    static const QList<CatalogueEntry> list = {
        entry(u"survey"_s, "", "実態把握経費", "Survey of the local situation"),
        entry(u"repairs"_s, "", "拠点の修繕費", "Repairs of the premises"),
        entry(u"equipment"_s, "", "備品購入費", "Equipment"),
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
