#include "notifier.h"

#include <QPointer>
#include <QSystemTrayIcon>

namespace minuta::ui {

namespace {

QPointer<QSystemTrayIcon> g_tray;
bool g_keep = false;
QStringList g_shown;

} // namespace

void Notifier::setTray(QSystemTrayIcon *tray)
{
    g_tray = tray;
}

void Notifier::notify(const QString &title, const QString &text)
{
    if (g_keep) {
        g_shown << title + QStringLiteral(": ") + text;
        return;
    }
    if (g_tray && g_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        g_tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
}

void Notifier::keepForTests()
{
    g_keep = true;
}

QStringList Notifier::takeShown()
{
    return std::exchange(g_shown, {});
}

} // namespace minuta::ui
