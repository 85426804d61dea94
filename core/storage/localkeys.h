#pragma once

// The local month and day of every time entry and usage record, which the file keeps itself (file
// format 6): triggers set them on every write, from the UTC offsets of the user's time zone stored
// beside them. The figures per day (storage/dayfigures.h) are grouped by these keys, so reports,
// the calendar and totals never turn each instant of the history into local time.
// Internal to core: the keys are read by core's own SQL.

#include "values/error.h"

#include <QSqlDatabase>
#include <QTimeZone>

namespace minuta::localkeys {

// Brings the keys of an open, writable file to `zone`: when the file holds them in another zone (or
// has none yet), stores the zone's offsets and computes every key again, in one transaction. A file
// without keys (a schema of tests, an older format) is left alone.
Result<void> ensure(const QSqlDatabase &db, const QTimeZone &zone);

// Computes every key again in `zone`, with the triggers that keep them and the figures per day,
// however they were left (a key written by another program, a trigger dropped); returns how many
// rows had a key that was not their instant's, plus how many rows of figures were not what their
// entries add up to. Zero for a file without keys.
Result<qint64> rebuild(const QSqlDatabase &db, const QTimeZone &zone);

// Whether the file's keys are in `zone`, so a query in that zone can use them. A reader in another
// zone (or of a file never opened for writing since it was upgraded) must compute local times itself.
bool usable(const QSqlDatabase &db, const QTimeZone &zone);

// The name under which a zone's keys are stored.
QString zoneName(const QTimeZone &zone);

// 202611 → 1 November 2026; an invalid date for anything else.
QDate monthOf(qint64 key);
// 1 November 2026 → 202611.
qint64 monthKey(QDate date);

} // namespace minuta::localkeys
