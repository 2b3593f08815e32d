// Reading the sub-project a roster cell names (declared in menualiases.h).

#include "core/roster/menualiases.h"

#include "core/base/catalogue.h"
#include "core/roster/namefolding.h"

#include <QHash>
#include <QRegularExpression>

namespace shienplan::roster
{

namespace
{

QString subprojectKey(const QString &raw)
{
    QString k = withoutParentheses(squeeze(raw));
    if (k.endsWith(QStringLiteral("事業")) && k.size() > 2)
        k.chop(2);
    return k;
}

bool isCircledNumber(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2460 && u <= 0x2473) // ①..⑳
        || (u >= 0x2474 && u <= 0x2487) // ⑴..⒇
        || (u >= 0x2488 && u <= 0x249B) // ⒈..⒛
        || (u >= 0x3251 && u <= 0x325F) // ㉑..㉟
        || (u >= 0x24EA && u <= 0x24FF) // ⓪, ⓫..⓿
        || (u >= 0x2776 && u <= 0x2793); // ❶..➓
}

const QHash<QString, QString> &subprojectAliases()
{
    static const QHash<QString, QString> h = [] {
        QHash<QString, QString> m;
        auto add = [&m](const char *id, std::initializer_list<const char *> names) {
            for (const char *n : names)
                m.insert(subprojectKey(QString::fromUtf8(n)), QString::fromLatin1(id));
        };
        for (const auto &e : subprojectCatalogue()) {
            m.insert(subprojectKey(e.ja), e.id);
            m.insert(subprojectKey(e.en), e.id);
        }
        // The other spellings of rules.md §1.1.
        add("consultation", { "相談支援", "相談支援事業(窓口周知)", "相談" });
        add("ibasho", { "居場所づくり", "居場所", "居場所作り" });
        add("network",
            { "連絡協議会・ネットワークづくり", "連絡協議会・ネットワーク", "連絡協議会",
                "ネットワークづくり", "地域のネットワークづくり", "ネットワーク" });
        add("peer_family_meetings",
            { "当事者会・家族会の開催", "当事者会・家族会開催", "当事者会・家族会" });
        add("public_lectures",
            { "住民向け講演会・研修会の開催", "住民向け講演会・研修会開催",
                "住民向け講演会・研修会", "住民への普及啓発", "住民向け講演会等の開催",
                "普及啓発" });
        add("supporters", { "サポーター派遣・養成", "サポーター" });
        add("private_partners", { "民間団体との連携" });
        add("needs_survey", { "実態把握調査", "実態把握" });
        add("professionals", { "専門職の配置", "専門職" });
        add("multidisciplinary_team", { "多職種専門チームの設置", "多職種専門チーム" });
        add("staff_training", { "関係機関の職員養成研修" });
        add("municipal_backup",
            { "管内市町村・行政区への支援", "管内市区町村への後方支援", "管内市町村等への後方支援",
                "市町村等への後方支援", "後方支援" });
        add("supporter_care", { "支援者ケア", "支援者のケア" });
        add("visiting_supporters",
            { "市町村等訪問支援員の配置", "市町村等訪問支援員", "訪問支援員" });
        return m;
    }();
    return h;
}

} // namespace

// Returns the id, or empty; `bareNumber` is set when the token is only a circled number.
QString subprojectFromText(const QString &token, bool &bareNumber)
{
    bareNumber = false;
    const QString t = token.trimmed();
    if (const auto *e = findSubproject(t))
        return e->id;
    static const QRegularExpression sKey(QStringLiteral(R"(^s(\d{1,2})$)"));
    if (auto m = sKey.match(squeeze(t)); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        for (const auto &e : subprojectCatalogue())
            if (e.key == QStringLiteral("S%1").arg(n, 2, 10, QLatin1Char('0')))
                return e.id;
        return {};
    }
    qsizetype i = 0;
    while (i < t.size() && (isCircledNumber(t[i]) || t[i].isSpace()))
        ++i;
    QString rest = t.mid(i);
    if (i == 0) { // "1. 相談支援", "(1)相談支援"
        static const QRegularExpression numbered(
            QStringLiteral(R"(^(?:\(\d{1,2}\)|\d{1,2}[.)])\s*)"));
        const QString n = rest.normalized(QString::NormalizationForm_KC);
        if (auto m = numbered.match(n); m.hasMatch())
            rest = n.mid(m.capturedLength());
    }
    if (rest.trimmed().isEmpty()) {
        bareNumber = true;
        return {};
    }
    return subprojectAliases().value(subprojectKey(rest));
}

} // namespace shienplan::roster
