#include "values/clock.h"

namespace minuta {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

QTimeZone SystemClock::timeZone() const
{
    const QMutexLocker locker(&m_mutex);
    if (!m_zone.isValid() || m_zoneExpires.hasExpired()) {
        m_zone = QTimeZone::systemTimeZone();
        m_zoneExpires.setRemainingTime(1000);
    }
    return m_zone;
}

} // namespace minuta
