#pragma once

// Who the program is: names, version and licence, shared by the desktop app and the command line
// so both find the same default file and settings.

#include <QLocale>
#include <QString>

namespace minuta::appinfo {

QString version();
QString displayName();
QString licenceName();
QString licenceUrl();
QString desktopFileName();

// Sets the application and organisation names QStandardPaths and QSettings derive paths from, and
// the version. Call it right after the QCoreApplication is made.
void initialize();

// Installs the translations for the locale's language (Italian ships with Minuta; anything else
// stays English) into the running application.
void installTranslations(const QLocale &locale);

// The desktop app's language as chosen in Settings (kept in the user's settings of this computer),
// or the system's when none was.
QLocale interfaceLocale();
void setInterfaceLanguage(const QString &language); // "en", "it", or empty for the system's

} // namespace minuta::appinfo
