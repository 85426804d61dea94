#pragma once

// Time as Minuta stores it: instants as Unix seconds (UTC), durations as seconds. These helpers
// convert between that and what people read and type, in a given time zone.

#include "values/error.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace minuta::timeutil {

// The stored form of an instant.
qint64 toStorage(const QDateTime &instant);
QDateTime fromStorage(qint64 secsSinceEpoch);

// The first instant of `date` in `zone`. On a day that starts inside a daylight-saving gap this
// is the first instant that exists.
qint64 startOfDay(QDate date, const QTimeZone &zone);
// The calendar day an instant falls on in `zone`.
QDate localDate(qint64 secsSinceEpoch, const QTimeZone &zone);

// "2026-11-02T08:00:00Z".
QString toIsoUtc(qint64 secsSinceEpoch);
// "2026-11-02T09:00:00+01:00": the instant as local time with its offset.
QString toIsoLocal(qint64 secsSinceEpoch, const QTimeZone &zone);

// The instant of a local date and time in `zone`. A time the clocks skipped (inside a daylight-saving
// gap) is refused, never moved to the next hour: a person who wrote it meant something that did not
// happen. A time that happens twice (the hour repeated when the clocks go back) is the later one,
// in standard time, as Qt reads it everywhere else in Minuta. `field` names the input in the error.
Result<qint64> localInstant(QDate date, QTime time, const QTimeZone &zone, const QString &field);

// Reads "2026-11-02T09:00", "2026-11-02 09:00", with optional seconds, or with an explicit offset
// ("…+01:00", "…Z"); a time without offset is local time in `zone`. A local time that does not
// exist (skipped by a daylight-saving change) is refused. `field` names the input in the error.
Result<qint64> parseDateTime(QStringView text, const QTimeZone &zone, const QString &field);
// Reads "2026-11-02".
Result<QDate> parseDate(QStringView text, const QString &field);

// "1:05" for 3,900 seconds: hours and minutes, the way time sheets show durations.
QString formatDuration(qint64 seconds);
// "1:05:09": with seconds, for a running timer.
QString formatDurationWithSeconds(qint64 seconds);

} // namespace minuta::timeutil
