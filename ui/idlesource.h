#pragma once

// How long the person at the computer has been away: seconds since the last key press or mouse
// movement anywhere on the desktop. X11 (the XScreenSaver extension), Windows (GetLastInputInfo) and
// macOS (Quartz event source) each answer it; a session that does not say (some Wayland desktops,
// the offscreen platform) answers nothing, and Minuta then says the feature is unavailable. Tests
// give a source of their own.

#include <QtGlobal>

#include <memory>
#include <optional>

namespace minuta::ui {

class IdleSource
{
public:
    virtual ~IdleSource() = default;

    // Seconds since the last input; none where the platform does not tell.
    virtual std::optional<qint64> idleSeconds() = 0;

    // The platform's own source (one that always answers nothing where there is none).
    static std::unique_ptr<IdleSource> system();
};

} // namespace minuta::ui
