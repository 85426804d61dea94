#include "storage/appinfo.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace minuta::appinfo {

QString version()
{
    return QStringLiteral(MINUTA_VERSION);
}

QString displayName()
{
    return QStringLiteral("Minuta");
}

QString licenceName()
{
    return QStringLiteral("GPL-3.0-or-later");
}

QString licenceUrl()
{
    return QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html");
}

QString desktopFileName()
{
    return QStringLiteral(MINUTA_APP_ID);
}

void initialize()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Minuta"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("minuta.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Minuta"));
    QCoreApplication::setApplicationVersion(version());
}

void installTranslations(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    // English is the source language, but its plural forms ("1 decimal", "2 decimals") come from
    // minuta_en, which is also what any language Minuta does not ship falls back to.
    if (own->load(locale, QStringLiteral("minuta"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("minuta_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Qt's own strings (standard buttons, dialogs) in the same language, when installed.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

QLocale interfaceLocale()
{
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    return language.isEmpty() ? QLocale() : QLocale(language);
}

void setInterfaceLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

} // namespace minuta::appinfo
