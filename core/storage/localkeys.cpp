#include "storage/localkeys.h"

#include "storage/dayfigures.h"
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
const QDateTime kFirst(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
const QDateTime kLast(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC);

// The tables with keys, and the column of the instant each key is of.
struct Keyed
{
    const char *table;
    const char *instant;
};
const Keyed kKeyed[] = {
    {"time_entry", "start_at"},
    {"usage_record", "at"},
};

bool hasKeys(const QSqlDatabase &db)
{
    return db.tables().contains(QStringLiteral("local_zone"));
}

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

// Stores the zone: its name and its offsets. Inside the caller's transaction.
Result<void> storeZone(QSqlQuery &q, const QTimeZone &zone)
{
    if (auto r = run(q, QStringLiteral("DELETE FROM local_offset")); !r)
        return r;
    const QString insert = QStringLiteral("INSERT OR REPLACE INTO local_offset (from_utc, offset_seconds) "
                                          "VALUES (?, ?)");
    if (auto r = run(q, insert, {std::numeric_limits<qint64>::min(), zone.offsetFromUtc(kFirst)}); !r)
        return r;
    for (const QTimeZone::OffsetData &t : zone.transitions(kFirst, kLast))
        if (auto r = run(q, insert, {t.atUtc.toSecsSinceEpoch(), t.offsetFromUtc}); !r)
            return r;
    return run(q, QStringLiteral("UPDATE local_zone SET name = ? WHERE id = 1"), {zoneName(zone)});
}

// Computes every key from the stored offsets, with the triggers that keep them, then the figures per day
// grouped by them. Inside the caller's transaction.
Result<void> computeKeys(const QSqlDatabase &db, QSqlQuery &q)
{
    // The figures' triggers would follow every key set below, one row at a time.
    if (auto dropped = dayfigures::drop(db); !dropped)
        return dropped;
    for (const Keyed &k : kKeyed) {
        const QString table = QString::fromLatin1(k.table);
        const QString instant = QString::fromLatin1(k.instant);
        // All keys at once; every later write keeps its row's keys, whoever makes it, in the same
        // statement.
        for (const QString &statement : {
                 QStringLiteral("DROP TRIGGER IF EXISTS %1_local_keys_on_insert").arg(table),
                 QStringLiteral("DROP TRIGGER IF EXISTS %1_local_keys_on_update").arg(table),
                 QStringLiteral("UPDATE %1 SET %2").arg(table, keyAssignments(instant)),
                 QStringLiteral("CREATE TRIGGER %1_local_keys_on_insert AFTER INSERT ON %1 BEGIN "
                                "UPDATE %1 SET %2 WHERE id = NEW.id; END")
                     .arg(table, keyAssignments(QStringLiteral("NEW.") + instant)),
                 QStringLiteral("CREATE TRIGGER %1_local_keys_on_update AFTER UPDATE OF %2 ON %1 BEGIN "
                                "UPDATE %1 SET %3 WHERE id = NEW.id; END")
                     .arg(table, instant, keyAssignments(QStringLiteral("NEW.") + instant)),
             })
            if (auto r = run(q, statement); !r)
                return r;
    }
    return dayfigures::build(db);
}

} // namespace

QString zoneName(const QTimeZone &zone)
{
    const QByteArray id = zone.id();
    // A zone without a name (a fixed offset) is named after its offset, which never changes.
    return id.isEmpty() ? QStringLiteral("UTC%1").arg(zone.offsetFromUtc(kFirst)) : QString::fromLatin1(id);
}

bool usable(const QSqlDatabase &db, const QTimeZone &zone)
{
    if (!hasKeys(db))
        return false;
    auto name = sql::scalar(db, QStringLiteral("SELECT name FROM local_zone WHERE id = 1"));
    return name && name->toString() == zoneName(zone);
}

Result<void> ensure(const QSqlDatabase &db, const QTimeZone &zone)
{
    if (!hasKeys(db) || usable(db, zone))
        return {};
    return inTransaction(db, [&]() -> Result<void> {
        QSqlQuery q(db);
        if (auto stored = storeZone(q, zone); !stored)
            return stored;
        return computeKeys(db, q);
    });
}

Result<qint64> rebuild(const QSqlDatabase &db, const QTimeZone &zone)
{
    if (!hasKeys(db))
        return qint64(0);
    return inTransaction(db, [&]() -> Result<qint64> {
        QSqlQuery q(db);
        // The keys are counted against the zone's offsets, stored afresh, then computed from them.
        if (auto stored = storeZone(q, zone); !stored)
            return stored.error();
        qint64 wrong = 0;
        for (const Keyed &k : kKeyed) {
            const QString instant = QString::fromLatin1(k.instant);
            auto count =
                sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1 WHERE local_month IS NOT %2 "
                                               "OR local_day IS NOT %3")
                                    .arg(QLatin1String(k.table), monthSql(instant), daySql(instant)));
            if (!count)
                return count.error();
            wrong += count->toLongLong();
        }
        auto wrongFigures = dayfigures::countWrong(db);
        if (!wrongFigures)
            return wrongFigures.error();
        if (auto computed = computeKeys(db, q); !computed)
            return computed.error();
        return wrong + *wrongFigures;
    });
}

QDate monthOf(qint64 key)
{
    return QDate(int(key / 100), int(key % 100), 1);
}

qint64 monthKey(QDate date)
{
    return qint64(date.year()) * 100 + date.month();
}

} // namespace minuta::localkeys
