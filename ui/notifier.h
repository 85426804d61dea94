#pragma once

// Desktop notifications behind one seam: the app shows them through its tray icon (the desktop's
// notification service); tests read back what would have been shown.

#include <QString>
#include <QStringList>

class QSystemTrayIcon;

namespace minuta::ui {

class Notifier
{
public:
    // Where notifications go; none: nowhere (a desktop without a tray).
    static void setTray(QSystemTrayIcon *tray);
    static void notify(const QString &title, const QString &text);

    // For tests: from now on notifications are kept, "title: text", instead of shown.
    static void keepForTests();
    static QStringList takeShown();
};

} // namespace minuta::ui
