#include "values/timeutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace minuta::timeutil {

qint64 toStorage(const QDateTime &instant)
{
    return instant.toSecsSinceEpoch();
}

QDateTime fromStorage(qint64 secsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC);
}

qint64 startOfDay(QDate date, const QTimeZone &zone)
{
    return date.startOfDay(zone).toSecsSinceEpoch();
}

QDate localDate(qint64 secsSinceEpoch, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, zone).date();
}

QString toIsoUtc(qint64 secsSinceEpoch)
{
    return fromStorage(secsSinceEpoch).toString(Qt::ISODate);
}

QString toIsoLocal(qint64 secsSinceEpoch, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secsSinceEpoch, zone);
    // Qt::ISODate writes "Z" for a zero offset in some zones; scripts want the offset spelled out.
    const int offset = local.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
           + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
           + QStringLiteral("%1:%2")
                 .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                 .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

Result<qint64> localInstant(QDate date, QTime time, const QTimeZone &zone, const QString &field)
{
    const QDateTime local(date, time, zone);
    // Qt moves a time inside a daylight-saving gap forward, which would store work an hour away
    // from where it was written.
    if (!local.isValid() || local.time() != time || local.date() != date) {
        const QString written =
            date.toString(Qt::ISODate) + QLatin1Char(' ')
            + time.toString(time.second() ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("minuta::timeutil",
                                                 "%1 does not exist in your time zone: the "
                                                 "clocks changed at that time.")
                         .arg(written),
                     field);
    }
    return local.toSecsSinceEpoch();
}

Result<qint64> parseDateTime(QStringView text, const QTimeZone &zone, const QString &field)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto match = pattern.match(text.trimmed().toString());
    const auto invalid = [&] {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("minuta::timeutil",
                                                 "“%1” is not a date and time; write it as "
                                                 "2026-11-02T09:00.")
                         .arg(text.toString()),
                     field);
    };
    if (!match.hasMatch())
        return invalid();
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).isEmpty() ? 0 : match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return invalid();

    const QString offsetText = match.captured(7);
    if (!offsetText.isEmpty()) {
        int offset = 0;
        if (offsetText != QLatin1String("Z")) {
            const QString digits = offsetText.mid(1).remove(QLatin1Char(':'));
            const int hours = digits.left(2).toInt();
            const int minutes = digits.mid(2).toInt();
            // Qt reads an offset outside the real ones as an invalid zone and the time as 1970.
            if (minutes > 59 || hours * 60 + minutes > 14 * 60)
                return Error(ErrorCode::InvalidInput,
                             QCoreApplication::translate("minuta::timeutil",
                                                         "“%1” has no real UTC offset; offsets go from "
                                                         "−14:00 to +14:00.")
                                 .arg(text.toString()),
                             field);
            offset = (hours * 60 + minutes) * 60;
            if (offsetText.startsWith(QLatin1Char('-')))
                offset = -offset;
        }
        return QDateTime(date, time, QTimeZone(offset)).toSecsSinceEpoch();
    }

    return localInstant(date, time, zone, field);
}

Result<QDate> parseDate(QStringView text, const QString &field)
{
    const QDate date = QDate::fromString(text.trimmed().toString(), Qt::ISODate);
    if (!date.isValid() || text.trimmed().size() != 10)
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("minuta::timeutil", "“%1” is not a date; write it as 2026-11-02.")
                .arg(text.toString()),
            field);
    return date;
}

QString formatDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    const qint64 minutes = qAbs(seconds) / 60;
    const QString text = QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString formatDurationWithSeconds(qint64 seconds)
{
    const qint64 s = qAbs(seconds);
    const QString text = QStringLiteral("%1:%2:%3")
                             .arg(s / 3600)
                             .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                             .arg(s % 60, 2, 10, QLatin1Char('0'));
    return seconds < 0 ? QLatin1Char('-') + text : text;
}

} // namespace minuta::timeutil
