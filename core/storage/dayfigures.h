#pragma once

// The figures of each client's day (file format 7): for finished time entries, per client, local
// day, billable or not and invoiced or not, their number, raw seconds, billed seconds and worth;
// for units, per client, local day and invoiced or not, their number and worth. Triggers keep them
// in the same statement as every write of an entry or unit, and recompute a client's when their
// terms, a price or the business's default rate change; they are built with the local keys, whose
// days and months they are grouped by. The monthly report, the calendar and the time log's totals
// read them instead of the history.
// Internal to core: the figures are read by core's own SQL.

#include "values/error.h"

#include <QSqlDatabase>
#include <QTimeZone>

#include <optional>

namespace minuta::dayfigures {

// An entry's worth, in SQL over an entry `e` and its client `c`, exactly as billing::calculate
// prices it: the raw time rounded to the client's increment (up, nearest or down) and raised to the
// minimum; the rate that applies (the entry's, the client's, else `businessRate` when the client's
// currency is `businessCurrency`, else none); their product in minor units, rounded half up.
QString billedSecondsSql();
QString rateSql(const QString &businessCurrency, const QString &businessRate);
// A unit's price, over a usage record `u`, its client `c`, service `s` and the client's own price
// `p` (left-joined): the client's, else the catalog's when it is in the client's currency.
QString unitPriceSql();
// q × p ÷ d rounded half up, for non-negative q and p, without a product past 64 bits that would
// make SQLite compute in floating point.
QString exactProductSql(const QString &q, const QString &p, int d);

// Whether the figures can answer for `zone`: the file has them and its local keys are in that zone.
// A report must also check businessDefaultsAgree().
bool usable(const QSqlDatabase &db, const QTimeZone &zone);
// Whether the figures priced time at the business default that `currency` and `hourlyRate` (minor
// units, or none) describe: they read the default from the file, where Minuta writes the two
// together; a file without a stored currency falls back, in core, to the system's.
bool businessDefaultsAgree(const QSqlDatabase &db, const QString &currency, std::optional<qint64> hourlyRate);

// Drops the triggers that keep the figures (before the keys are computed again). Inside the
// caller's transaction; nothing for a file without figures.
Result<void> drop(const QSqlDatabase &db);
// Computes every figure from the entries and units, with the triggers that keep them. Inside the
// caller's transaction, after the keys; nothing for a file without figures.
Result<void> build(const QSqlDatabase &db);
// How many stored rows of figures differ from what the entries and units add up to now (a row
// missing, extra or different counts once).
Result<qint64> countWrong(const QSqlDatabase &db);

} // namespace minuta::dayfigures
