// The interface language: the translators installed when it changes (see language.h).

#include "ui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace shienplan
{

namespace
{
QString g_lang = QStringLiteral("ja");
const QString kLanguageKey = QStringLiteral("language");

QString known(const QString &lang)
{
    return lang == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ja");
}
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;
} // namespace

QString currentLanguage()
{
    return g_lang;
}

void setLanguage(const QString &lang)
{
    g_lang = known(lang);
    auto *app = QCoreApplication::instance();
    if (!app)
        return;
    if (!g_app) {
        g_app = new QTranslator(app);
        g_qt = new QTranslator(app);
    }
    QCoreApplication::removeTranslator(g_app);
    QCoreApplication::removeTranslator(g_qt);
    if (g_lang == QLatin1String("ja")) {
        if (g_app->load(QStringLiteral(":/i18n/shienplan_ja.qm")))
            QCoreApplication::installTranslator(g_app);
        // Qt's own dialogs (file dialogs, buttons) in Japanese too.
        if (g_qt->load(
                QStringLiteral("qtbase_ja"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qt);
    }
    // Removing an installed translator already sends LanguageChange; English has none to
    // install, so announce the change ourselves for the case nothing was installed before.
    QEvent ev(QEvent::LanguageChange);
    QCoreApplication::sendEvent(app, &ev);
    // The application forwards the change to its windows as posted events; deliver them now so
    // that the whole window speaks the new language when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

QString startupLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return known(requested);
    return known(QSettings().value(kLanguageKey, QStringLiteral("ja")).toString());
}

void chooseLanguage(const QString &lang)
{
    QSettings().setValue(kLanguageKey, known(lang));
    setLanguage(lang);
}

} // namespace shienplan
