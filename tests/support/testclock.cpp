#include "testclock.h"

namespace minuta::test {

TestClock::TestClock()
    : TestClock(QDateTime(QDate(2026, 11, 2), QTime(8, 0), QTimeZone::utc()),
                QTimeZone(QByteArrayLiteral("Europe/Rome")))
{}

TestClock::TestClock(const QDateTime &now, const QTimeZone &zone) : m_now(now.toUTC()), m_zone(zone)
{}

void TestClock::setLocal(int year, int month, int day, int hour, int minute, int second)
{
    m_now = QDateTime(QDate(year, month, day), QTime(hour, minute, second), m_zone).toUTC();
}

} // namespace minuta::test
