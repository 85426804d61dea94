#include "storage/localkeys.h"

#include "storage/sqlutil.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace minuta::localkeys {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("minuta::Database", text);
}

// The zone's offsets are stored from 1900 to 2200: before the first transition, the offset the
// zone had in 1900; Qt computes the future ones from the zone's rule.
const QDate kFirst(1900, 1, 1);
const QDate kLast(2200, 1, 1);

bool hasKeys(const QSqlDatabase &db)
{
    return db.tables().contains(QStringLiteral("local_zone"));
}

} // namespace

QString zoneName(const QTimeZone &zone)
{
    const QByteArray id = zone.id();
    return id.isEmpty() ? QStringLiteral("UTC%1").arg(zone.offsetFromUtc(QDateTime::currentDateTimeUtc()))
                        : QString::fromLatin1(id);
}

bool usable(const QSqlDatabase &db, const QTimeZone &zone)
{
    if (!hasKeys(db))
        return false;
    auto name = sql::scalar(db, QStringLiteral("SELECT name FROM local_zone WHERE id = 1"));
    return name && name->toString() == zoneName(zone);
}

namespace {

// The tables with keys, the column of the instant each key is of, and the index of their months
// (every column the monthly report reads, so it never reads the rows).
struct Keyed
{
    const char *table;
    const char *instant;
    const char *index;
    const char *indexColumns;
};
const Keyed kKeyed[] = {
    {"time_entry", "start_at", "time_entry_month",
     "local_month, client_id, billable, invoice_id, start_at, end_at, rate_override"},
    {"usage_record", "at", "usage_record_month",
     "local_month, client_id, service_id, invoice_id, quantity_milli"},
};

// The keys of the instant `at` (SQL), from the stored offsets: the month as 202611, the day as days
// since 1970-01-01 (rounded down for instants before it too).
QString localInstant(const QString &at)
{
    return QStringLiteral("(%1 + (SELECT offset_seconds FROM local_offset WHERE from_utc <= %1 "
                          "ORDER BY from_utc DESC LIMIT 1))")
        .arg(at);
}
QString monthSql(const QString &at)
{
    return QStringLiteral("CAST(strftime('%Y%m', %1, 'unixepoch') AS INTEGER)").arg(localInstant(at));
}
QString daySql(const QString &at)
{
    return QStringLiteral("((%1 + 86400000000) / 86400 - 1000000)").arg(localInstant(at));
}
QString keyAssignments(const QString &at)
{
    return QStringLiteral("local_month = %1, local_day = %2").arg(monthSql(at), daySql(at));
}

Result<void> run(QSqlQuery &q, const QString &statement, const QVariantList &values = {})
{
    if (!q.prepare(statement))
        return sql::toError(q.lastError(), tr("The file's local times could not be set"));
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values[i]);
    if (!q.exec())
        return sql::toError(q.lastError(), tr("The file's local times could not be set"));
    return {};
}

} // namespace

// Stores the zone's offsets and computes every key, trigger and index from them.
static Result<void> compute(const QSqlDatabase &db, const QTimeZone &zone)
{
    return inTransaction(db, [&]() -> Result<void> {
        QSqlQuery q(db);
        if (auto r = run(q, QStringLiteral("DELETE FROM local_offset")); !r)
            return r;
        const QDateTime first(kFirst, QTime(0, 0), Qt::UTC);
        if (auto r =
                run(q, QStringLiteral("INSERT INTO local_offset (from_utc, offset_seconds) VALUES (?, ?)"),
                    {std::numeric_limits<qint64>::min(), zone.offsetFromUtc(first)});
            !r)
            return r;
        for (const QTimeZone::OffsetData &t :
             zone.transitions(first, QDateTime(kLast, QTime(0, 0), Qt::UTC))) {
            if (auto r = run(q,
                             QStringLiteral("INSERT OR REPLACE INTO local_offset (from_utc, offset_seconds) "
                                            "VALUES (?, ?)"),
                             {t.atUtc.toSecsSinceEpoch(), t.offsetFromUtc});
                !r)
                return r;
        }
        for (const Keyed &k : kKeyed) {
            const QString table = QString::fromLatin1(k.table);
            const QString instant = QString::fromLatin1(k.instant);
            // All keys at once, then the index over them: far quicker than keeping the index on the way.
            for (const QString &statement : {
                     QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(k.index)),
                     QStringLiteral("UPDATE %1 SET %2").arg(table, keyAssignments(instant)),
                     QStringLiteral("CREATE INDEX %1 ON %2 (%3)")
                         .arg(QLatin1String(k.index), table, QLatin1String(k.indexColumns)),
                 }) {
                if (auto r = run(q, statement); !r)
                    return r;
            }
            // Every later write keeps its row's keys, whoever makes it, in the same statement.
            for (const QString &event : {QStringLiteral("insert"), QStringLiteral("update")})
                if (auto r = run(
                        q, QStringLiteral("DROP TRIGGER IF EXISTS %1_local_keys_on_%2").arg(table, event));
                    !r)
                    return r;
            for (const auto &[event, when] :
                 {std::pair{QStringLiteral("insert"), QStringLiteral("INSERT")},
                  std::pair{QStringLiteral("update"), QStringLiteral("UPDATE OF %1").arg(instant)}}) {
                const QString statement =
                    QStringLiteral("CREATE TRIGGER %1_local_keys_on_%2 AFTER %3 ON %1 BEGIN "
                                   "UPDATE %1 SET %4 WHERE id = NEW.id; END")
                        .arg(table, event, when, keyAssignments(QStringLiteral("NEW.") + instant));
                if (auto r = run(q, statement); !r)
                    return r;
            }
        }
        return run(q, QStringLiteral("UPDATE local_zone SET name = ? WHERE id = 1"), {zoneName(zone)});
    });
}

Result<void> ensure(const QSqlDatabase &db, const QTimeZone &zone)
{
    if (!hasKeys(db) || usable(db, zone))
        return {};
    return compute(db, zone);
}

Result<qint64> rebuild(const QSqlDatabase &db, const QTimeZone &zone)
{
    if (!hasKeys(db))
        return qint64(0);
    // Counted against the zone's offsets as they are now stored, then computed from scratch.
    if (auto stored = ensure(db, zone); !stored)
        return stored.error();
    qint64 wrong = 0;
    for (const Keyed &k : kKeyed) {
        const QString table = QString::fromLatin1(k.table);
        const QString instant = QString::fromLatin1(k.instant);
        auto count = sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1 WHERE local_month IS NOT %2 "
                                                    "OR local_day IS NOT %3")
                                         .arg(table, monthSql(instant), daySql(instant)));
        if (!count)
            return count.error();
        wrong += count->toLongLong();
    }
    if (auto computed = compute(db, zone); !computed)
        return computed.error();
    return wrong;
}

QDate monthOf(qint64 key)
{
    return QDate(int(key / 100), int(key % 100), 1);
}

qint64 monthKey(QDate date)
{
    return qint64(date.year()) * 100 + date.month();
}

qint64 dayKey(QDate date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

} // namespace minuta::localkeys
