// Reading the menu a roster cell names (declared in menualiases.h).

#include "core/roster/menualiases.h"

#include "core/base/catalogue.h"
#include "core/roster/namefolding.h"

#include <QHash>

namespace shienplan::roster
{

namespace
{

QString menuKey(const QString &raw)
{
    QString k = squeeze(raw);
    if (k.endsWith(QStringLiteral("事業")) && k.size() > 2)
        k.chop(2);
    return k;
}

} // namespace

// The menu a cell names: an id, or kGenericCenter (センター: decided by the body's kind), or
// kStartupAsMenu, or empty when unknown.
QString menuFromText(const QString &raw)
{
    static const QHash<QString, QString> byKey = [] {
        QHash<QString, QString> h;
        auto add = [&h](const QString &menu, std::initializer_list<const char *> names) {
            for (const char *n : names)
                h.insert(menuKey(QString::fromUtf8(n)), menu);
        };
        for (const auto &m : menuCatalogue()) {
            h.insert(menuKey(m.id), m.id);
            h.insert(menuKey(m.ja), m.id);
            h.insert(menuKey(m.en), m.id);
            h.insert(menuKey(m.key), m.id);
        }
        add(QStringLiteral("center_municipal"),
            { "市町村センター", "市区町村センター", "市町村のセンター", "センター(市町村)",
                "センター(市区町村)", "地域支援センター(市区町村)" });
        add(QStringLiteral("center_prefectural"),
            { "都道府県センター", "指定都市センター", "都道府県・指定都市センター",
                "センター(都道府県)", "センター(都道府県・指定都市)",
                "地域支援センター(都道府県・指定都市)" });
        add(QStringLiteral("station"),
            { "ステーション", "支援ステーション", "ひきこもり支援ステーション",
                "ステーション事業" });
        add(QStringLiteral("support"), { "サポート", "ひきこもりサポート", "サポート事業" });
        add(QStringLiteral("preparation"),
            { "準備支援", "準備", "市町村への準備支援", "準備支援事業" });
        add(QStringLiteral("satellite"),
            { "サテライト", "サテライト設置", "センターのサテライト", "サテライト(都道府県のみ)" });
        add(QStringLiteral("acceleration"),
            { "加速化", "加速化事業", "支援体制構築加速化", "ひきこもり支援体制構築加速化" });
        add(kGenericCenter, { "センター", "地域支援センター", "ひきこもり地域支援センター" });
        add(kStartupAsMenu,
            { "立ち上げ支援", "立上げ支援", "都道府県による立ち上げ支援",
                "都道府県による市町村の立ち上げ支援", "startup_support", "m6" });
        return h;
    }();
    return byKey.value(menuKey(raw));
}

QString resolveMenu(const QString &menu, BodyKind kind)
{
    if (menu != kGenericCenter)
        return menu;
    return (kind == BodyKind::Prefecture || kind == BodyKind::DesignatedCity)
        ? QStringLiteral("center_prefectural")
        : QStringLiteral("center_municipal");
}

QString shortMenuLabel(const QString &id)
{
    static const QHash<QString, QString> labels = {
        { QStringLiteral("center_municipal"), QStringLiteral("市町村センター") },
        { QStringLiteral("center_prefectural"), QStringLiteral("都道府県センター") },
        { QStringLiteral("station"), QStringLiteral("ステーション") },
        { QStringLiteral("support"), QStringLiteral("サポート") },
        { QStringLiteral("preparation"), QStringLiteral("準備支援") },
        { QStringLiteral("satellite"), QStringLiteral("サテライト") },
        { QStringLiteral("acceleration"), QStringLiteral("加速化事業") },
    };
    return labels.value(id, id);
}

} // namespace shienplan::roster
