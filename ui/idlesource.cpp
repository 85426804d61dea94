#include "idlesource.h"

#include <QGuiApplication>

#if defined(MINUTA_XCB_IDLE)
#include <QtGui/qguiapplication_platform.h>
#include <xcb/screensaver.h>
#include <xcb/xcb.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <ApplicationServices/ApplicationServices.h>
#endif

namespace minuta::ui {

namespace {

#if defined(MINUTA_XCB_IDLE)
// The X server's own count, as screen savers read it; needs the application to run on xcb.
class XcbIdleSource final : public IdleSource
{
public:
    std::optional<qint64> idleSeconds() override
    {
        auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
        xcb_connection_t *connection = x11 ? x11->connection() : nullptr;
        if (!connection)
            return std::nullopt;
        const xcb_setup_t *setup = xcb_get_setup(connection);
        const xcb_screen_iterator_t screens = xcb_setup_roots_iterator(setup);
        if (!screens.rem)
            return std::nullopt;
        const xcb_screensaver_query_info_cookie_t cookie =
            xcb_screensaver_query_info(connection, screens.data->root);
        xcb_screensaver_query_info_reply_t *reply =
            xcb_screensaver_query_info_reply(connection, cookie, nullptr);
        if (!reply)
            return std::nullopt; // the server has no MIT-SCREEN-SAVER extension
        const qint64 seconds = qint64(reply->ms_since_user_input) / 1000;
        free(reply); // allocated by xcb with malloc
        return seconds;
    }
};
#elif defined(Q_OS_WIN)
class WindowsIdleSource final : public IdleSource
{
public:
    std::optional<qint64> idleSeconds() override
    {
        LASTINPUTINFO info;
        info.cbSize = sizeof(info);
        if (!GetLastInputInfo(&info))
            return std::nullopt;
        // Both counts are milliseconds since boot in 32 bits; the difference survives their wrapping.
        const DWORD elapsed = GetTickCount() - info.dwTime;
        return qint64(elapsed) / 1000;
    }
};
#elif defined(Q_OS_MACOS)
class MacIdleSource final : public IdleSource
{
public:
    std::optional<qint64> idleSeconds() override
    {
        const CFTimeInterval seconds = CGEventSourceSecondsSinceLastEventType(
            kCGEventSourceStateCombinedSessionState, kCGAnyInputEventType);
        if (seconds < 0)
            return std::nullopt;
        return qint64(seconds);
    }
};
#endif

class NoIdleSource final : public IdleSource
{
public:
    std::optional<qint64> idleSeconds() override { return std::nullopt; }
};

} // namespace

std::unique_ptr<IdleSource> IdleSource::system()
{
#if defined(MINUTA_XCB_IDLE)
    return std::make_unique<XcbIdleSource>();
#elif defined(Q_OS_WIN)
    return std::make_unique<WindowsIdleSource>();
#elif defined(Q_OS_MACOS)
    return std::make_unique<MacIdleSource>();
#else
    return std::make_unique<NoIdleSource>();
#endif
}

} // namespace minuta::ui
