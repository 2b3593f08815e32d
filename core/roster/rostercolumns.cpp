// The table of roster columns and the lookup of a header (declared in rostercolumns.h).

#include "core/roster/rostercolumns.h"

#include "core/roster/namefolding.h"

#include <QHash>

namespace shienplan::roster
{

const QList<ColumnSpec> &columnSpecs()
{
    static const QList<ColumnSpec> specs = {
        { Col::Code, "code", "団体コード",
            { "コード", "自治体コード", "市町村コード", "団体code", "地方公共団体コード",
                "全国地方公共団体コード", "bodycode" } },
        { Col::Prefecture, "prefecture", "都道府県", { "都道府県名", "県名", "prefecturename" } },
        { Col::Name, "name", "団体名",
            { "自治体名", "市町村名", "市区町村名", "市区町村", "市町村", "名称", "bodyname",
                "municipality" } },
        { Col::FiscalYear, "fiscal_year", "年度", { "実施年度", "fy", "year", "fiscalyear" } },
        { Col::Menu, "menu", "事業", { "事業名", "事業区分", "メニュー", "実施事業名" } },
        { Col::Startup, "startup", "立ち上げ支援",
            { "立上げ支援", "立ち上げ", "立上げ", "startupsupport",
                "都道府県による立ち上げ支援" } },
        { Col::PrefectureShare, "prefecture_share", "都道府県負担割合",
            { "都道府県負担", "都道府県の負担割合", "prefectureshare" } },
        { Col::StartupYear, "startup_year", "立ち上げ支援年次",
            { "立ち上げ支援の年次", "startupyear" } },
        { Col::Subprojects, "subprojects", "事業内容",
            { "実施事業", "実施内容", "内容", "subproject" } },
        { Col::Expenditure, "expenditure", "支出額",
            { "実支出額", "対象経費", "対象経費の実支出額", "対象経費支出額", "事業費" } },
        { Col::OtherIncome, "other_income", "その他の収入",
            { "寄付金その他の収入", "寄付金その他の収入額", "その他収入", "otherincome" } },
        { Col::Population, "population", "人口", { "人口(人)", "住民基本台帳人口" } },
        { Col::Coordinators, "coordinators", "コーディネーター",
            { "コーディネーター数", "ひきこもり支援コーディネーター", "コーディネータ" } },
        { Col::Professionals, "professionals", "専門職", { "専門職数", "専門職の配置" } },
        { Col::VisitingSupporters, "visiting_supporters", "訪問支援員",
            { "市町村等訪問支援員", "visitingsupporters" } },
        { Col::YearsRunning, "years_running", "実施年数", { "年目", "何年目", "yearsrunning" } },
        { Col::NextYearMenu, "next_year_menu", "翌年度事業",
            { "翌年度の事業", "翌年度", "nextyearmenu" } },
        { Col::Juso, "juso", "重層", { "重層的支援体制整備事業", "重層事業" } },
        { Col::WelfareOffice, "welfare_office", "福祉事務所",
            { "福祉事務所設置", "welfareoffice" } },
        { Col::Joint, "joint", "共同実施", { "共同", "共同実施団体", "jointmembers" } },
        { Col::Served, "served_municipalities", "担当区域",
            { "担当市町村", "対象市町村", "支援対象市町村", "担当区域市町村", "served",
                "servedarea" } },
        // Free text a roster may carry for people (where a row comes from, remarks): recognised
        // so that it is not reported as an unknown column, and not imported.
        { Col::Note, "note", "備考", { "出典", "メモ", "source", "remarks", "notes", "comment" } },
    };
    return specs;
}

namespace
{

// What a header is compared by: squeezed, without its unit in parentheses or separators.
QString headerKey(const QString &raw)
{
    QString k = withoutParentheses(squeeze(raw));
    k.remove(u'_');
    k.remove(u'-');
    k.remove(u'・');
    return k;
}

} // namespace

// A unit in a header, "支出額（千円）": the factor for the whole column.
int headerUnit(const QString &raw)
{
    const QString s = squeeze(raw);
    if (s.contains(QStringLiteral("千円")))
        return 1000;
    if (s.contains(QStringLiteral("万円")))
        return 10000;
    return 1;
}

std::optional<Col> columnOf(const QString &raw)
{
    static const QHash<QString, Col> byKey = [] {
        QHash<QString, Col> h;
        for (const auto &s : columnSpecs()) {
            h.insert(headerKey(QString::fromUtf8(s.id)), s.col);
            h.insert(headerKey(QString::fromUtf8(s.ja)), s.col);
            for (const char *a : s.aliases)
                h.insert(headerKey(QString::fromUtf8(a)), s.col);
        }
        return h;
    }();
    const QString k = headerKey(raw);
    if (k.isEmpty())
        return std::nullopt;
    auto it = byKey.constFind(k);
    if (it == byKey.constEnd())
        return std::nullopt;
    return *it;
}

QString japaneseHeader(Col col)
{
    for (const auto &s : columnSpecs())
        if (s.col == col)
            return QString::fromUtf8(s.ja);
    return {};
}

} // namespace shienplan::roster
