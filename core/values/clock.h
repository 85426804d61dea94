#pragma once

// Where "now" and the user's time zone come from. Core never reads the wall clock directly, so
// tests can set the time; the desktop app and the command line use SystemClock.

#include <QDateTime>
#include <QDeadlineTimer>
#include <QMutex>
#include <QTimeZone>

namespace minuta {

class Clock
{
public:
    virtual ~Clock() = default;
    // The current instant, in UTC.
    virtual QDateTime now() const = 0;
    // The zone the user lives in: days, weeks and months are cut in it.
    virtual QTimeZone timeZone() const = 0;

    // The current instant as Unix seconds, the form stored in the database.
    qint64 nowSecs() const { return now().toSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    // The computer's zone, looked up again at most once a second: finding it reads three files, too
    // much for each row of an import, and a zone changed by the user is still seen at once.
    QTimeZone timeZone() const override;

private:
    mutable QMutex m_mutex;
    mutable QTimeZone m_zone;
    mutable QDeadlineTimer m_zoneExpires;
};

} // namespace minuta
