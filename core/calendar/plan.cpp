#include "calendar/plan.h"

#include <QDateTime>

namespace minuta {

QString repeatName(Repeat repeat)
{
    switch (repeat) {
    case Repeat::Weekly:
        return QStringLiteral("weekly");
    case Repeat::Monthly:
        return QStringLiteral("monthly");
    case Repeat::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<Repeat> repeatFromName(QStringView name)
{
    if (name == u"none")
        return Repeat::None;
    if (name == u"weekly")
        return Repeat::Weekly;
    if (name == u"monthly")
        return Repeat::Monthly;
    return std::nullopt;
}

namespace plans {

QList<QDate> occurrenceDays(const Plan &plan, const QTimeZone &zone, QDate from, QDate to)
{
    QList<QDate> days;
    const QDate first = QDateTime::fromSecsSinceEpoch(plan.start, zone).date();
    if (!first.isValid() || !from.isValid() || !to.isValid() || to < from)
        return days;
    QDate last = to;
    if (plan.repeat != Repeat::None && plan.until && *plan.until < last)
        last = *plan.until;
    switch (plan.repeat) {
    case Repeat::None:
        if (first >= from && first <= to)
            days << first;
        break;
    case Repeat::Weekly: {
        qint64 k = from > first ? (first.daysTo(from) + 6) / 7 : 0;
        for (QDate day = first.addDays(7 * k); day <= last; day = first.addDays(7 * ++k))
            days << day;
        break;
    }
    case Repeat::Monthly: {
        // Counted from the first date each time, so the 31st comes back after a 30-day month.
        int k =
            from > first ? qMax(0, (from.year() - first.year()) * 12 + from.month() - first.month() - 1) : 0;
        for (QDate day = first.addMonths(k); day <= last; day = first.addMonths(++k))
            if (day >= from)
                days << day;
        break;
    }
    }
    return days;
}

qint64 occurrenceStart(const Plan &plan, const QTimeZone &zone, QDate day)
{
    const QDateTime first = QDateTime::fromSecsSinceEpoch(plan.start, zone);
    if (day == first.date())
        return plan.start;
    // A time the clocks skip that day comes out an hour later (Qt moves it past the gap).
    return QDateTime(day, first.time(), zone).toSecsSinceEpoch();
}

} // namespace plans

} // namespace minuta
