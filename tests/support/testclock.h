#pragma once

// A clock that tests set and move forward by hand.

#include "values/clock.h"

namespace minuta::test {

class TestClock final : public Clock
{
public:
    // 2 November 2026, 09:00 in Rome (08:00 UTC), unless told otherwise.
    TestClock();
    TestClock(const QDateTime &now, const QTimeZone &zone);

    QDateTime now() const override { return m_now; }
    QTimeZone timeZone() const override { return m_zone; }

    void set(const QDateTime &now) { m_now = now.toUTC(); }
    // Sets the time from local time in the clock's zone: setLocal(2026, 11, 2, 9, 30).
    void setLocal(int year, int month, int day, int hour, int minute, int second = 0);
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

private:
    QDateTime m_now;
    QTimeZone m_zone;
};

} // namespace minuta::test
