#include "storage/dayfigures.h"

#include "storage/localkeys.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlError>

namespace minuta::dayfigures {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("minuta::Database", text);
}

// The business's default, as the file stores it (settings.cpp writes the two keys together): the
// rate only when it is a whole number of minor units.
const QString kFileCurrency = QStringLiteral("(SELECT value FROM setting WHERE key = 'business.currency')");
const QString kFileRate =
    QStringLiteral("(SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'business.hourly_rate' "
                   "AND value <> '' AND value NOT GLOB '*[^0-9]*')");

bool hasFigures(const QSqlDatabase &db)
{
    return db.tables().contains(QStringLiteral("day_time"));
}

Result<void> run(QSqlQuery &q, const QString &statement)
{
    if (!q.exec(statement))
        return sql::toError(q.lastError(), tr("The file's figures per day could not be computed"));
    return {};
}

// The tables of figures: per local day or month (the key), client and kind; time's or units'.
struct Table
{
    QString name;
    QString key;
    bool time;

    bool byDay() const { return key == QLatin1String("local_day"); }
    // The columns that tell its rows apart.
    QString conflict() const
    {
        return key
               + (time ? QStringLiteral(", client_id, billable, invoiced")
                       : QStringLiteral(", client_id, invoiced"));
    }
    QString counter() const { return time ? QStringLiteral("entries") : QStringLiteral("records"); }
    QString columns() const
    {
        return conflict() + (byDay() ? QStringLiteral(", local_month") : QString())
               + (time ? QStringLiteral(", entries, seconds, billed_seconds, amount")
                       : QStringLiteral(", records, amount"));
    }
};
const Table kDayTime{QStringLiteral("day_time"), QStringLiteral("local_day"), true};
const Table kMonthTime{QStringLiteral("month_time"), QStringLiteral("local_month"), true};
const Table kDayUsage{QStringLiteral("day_usage"), QStringLiteral("local_day"), false};
const Table kMonthUsage{QStringLiteral("month_usage"), QStringLiteral("local_month"), false};
const Table kTables[] = {kDayTime, kMonthTime, kDayUsage, kMonthUsage};

// The figures of `table` for the rows of `source` (a table, or a one-row SELECT of NEW or OLD)
// that `where` chooses, in the order of table.columns(), each sum times `sign`. Time counts
// finished entries; both count rows with keys.
QString figures(const Table &table, const QString &source, const QString &where, int sign)
{
    const QString month = table.byDay() ? QStringLiteral(", local_month") : QString();
    if (table.time)
        return QStringLiteral(
                   "SELECT %1%2, %3 * count(*), %3 * sum(seconds), %3 * sum(billed), %3 * sum(%4) FROM ("
                   "SELECT e.client_id, e.local_day, e.local_month, e.billable, "
                   "e.invoice_id IS NOT NULL AS invoiced, e.end_at - e.start_at AS seconds, "
                   "%5 AS billed, %6 AS rate FROM %7 e JOIN client c ON c.id = e.client_id "
                   "WHERE e.end_at IS NOT NULL AND e.local_day IS NOT NULL AND %8) GROUP BY %1")
            .arg(table.conflict(), month)
            .arg(sign)
            .arg(exactProductSql(QStringLiteral("billed"), QStringLiteral("rate"), 3600), billedSecondsSql(),
                 rateSql(kFileCurrency, kFileRate), source, where);
    return QStringLiteral(
               "SELECT %1%2, %3 * count(*), %3 * sum(%4) FROM ("
               "SELECT u.client_id, u.local_day, u.local_month, u.invoice_id IS NOT NULL AS invoiced, "
               "u.quantity_milli AS quantity, %5 AS price FROM %6 u "
               "JOIN client c ON c.id = u.client_id JOIN service s ON s.id = u.service_id "
               "LEFT JOIN client_service_price p ON p.client_id = u.client_id "
               "AND p.service_id = u.service_id WHERE u.local_day IS NOT NULL AND %7) GROUP BY %1")
        .arg(table.conflict(), month)
        .arg(sign)
        .arg(exactProductSql(QStringLiteral("quantity"), QStringLiteral("price"), 1000), unitPriceSql(),
             source, where);
}

// One row of NEW or OLD as a table of one row, for figures().
QString oneRow(const Table &table, const QString &row)
{
    const QStringList columns =
        table.time ? QStringList{QStringLiteral("client_id"),   QStringLiteral("local_day"),
                                 QStringLiteral("local_month"), QStringLiteral("billable"),
                                 QStringLiteral("invoice_id"),  QStringLiteral("start_at"),
                                 QStringLiteral("end_at"),      QStringLiteral("rate_override")}
                   : QStringList{QStringLiteral("client_id"),  QStringLiteral("service_id"),
                                 QStringLiteral("local_day"),  QStringLiteral("local_month"),
                                 QStringLiteral("invoice_id"), QStringLiteral("quantity_milli")};
    QStringList selected;
    for (const QString &column : columns)
        selected << QStringLiteral("%1.%2 AS %2").arg(row, column);
    return QStringLiteral("(SELECT %1)").arg(selected.join(QStringLiteral(", ")));
}

// Adds a row's figures to `table` (sign 1) or takes them away (-1), dropping a row whose count
// falls to zero.
QString add(const Table &table, const QString &row, int sign)
{
    QStringList sums;
    for (const QString &column : table.time
                                     ? QStringList{QStringLiteral("entries"), QStringLiteral("seconds"),
                                                   QStringLiteral("billed_seconds"), QStringLiteral("amount")}
                                     : QStringList{QStringLiteral("records"), QStringLiteral("amount")})
        sums << QStringLiteral("%1 = %1 + excluded.%1").arg(column);
    // The SELECT's WHERE, inside figures(), tells SQLite the ON below is the upsert's.
    QString statement =
        QStringLiteral("INSERT INTO %1 (%2) %3 ON CONFLICT (%4) DO UPDATE SET %5;")
            .arg(table.name, table.columns(), figures(table, oneRow(table, row), QStringLiteral("1"), sign),
                 table.conflict(), sums.join(QStringLiteral(", ")));
    if (sign < 0)
        statement +=
            QStringLiteral(" DELETE FROM %1 WHERE %2 = %3.%2 AND client_id = %3.client_id AND %4 = 0;")
                .arg(table.name, table.key, row, table.counter());
    return statement;
}
QString addAll(bool time, const QString &row, int sign)
{
    QString statements;
    for (const Table &table : kTables)
        if (table.time == time)
            statements += add(table, row, sign);
    return statements;
}

// Computes again the time's (or units') figures of the clients `clients` (SQL: a list of ids) chooses.
QString recompute(bool time, const QString &clients)
{
    QString statements;
    for (const Table &table : kTables)
        if (table.time == time)
            statements +=
                QStringLiteral("DELETE FROM %1 WHERE client_id IN (%2); INSERT INTO %1 (%3) %4;")
                    .arg(table.name, clients, table.columns(),
                         figures(table,
                                 table.time ? QStringLiteral("time_entry") : QStringLiteral("usage_record"),
                                 QStringLiteral("%1.client_id IN (%2)")
                                     .arg(table.time ? QStringLiteral("e") : QStringLiteral("u"), clients),
                                 1));
    return statements;
}

struct Trigger
{
    const char *name;
    QString event;
    QString body;
};

QList<Trigger> triggers()
{
    const QString defaultRateClients = QStringLiteral("SELECT id FROM client WHERE hourly_rate IS NULL");
    const QString businessDefault = QStringLiteral("'business.currency', 'business.hourly_rate'");
    return {
        {"day_time_on_insert", QStringLiteral("AFTER INSERT ON time_entry"),
         addAll(true, QStringLiteral("NEW"), 1)},
        // Every column a figure depends on, the keys among them: the trigger that sets them fires this one.
        {"day_time_on_update",
         QStringLiteral("AFTER UPDATE OF client_id, start_at, end_at, billable, rate_override, invoice_id, "
                        "local_day, local_month ON time_entry"),
         addAll(true, QStringLiteral("OLD"), -1) + addAll(true, QStringLiteral("NEW"), 1)},
        {"day_time_on_delete", QStringLiteral("AFTER DELETE ON time_entry"),
         addAll(true, QStringLiteral("OLD"), -1)},
        {"day_usage_on_insert", QStringLiteral("AFTER INSERT ON usage_record"),
         addAll(false, QStringLiteral("NEW"), 1)},
        {"day_usage_on_update",
         QStringLiteral("AFTER UPDATE OF client_id, service_id, quantity_milli, invoice_id, local_day, "
                        "local_month ON usage_record"),
         addAll(false, QStringLiteral("OLD"), -1) + addAll(false, QStringLiteral("NEW"), 1)},
        {"day_usage_on_delete", QStringLiteral("AFTER DELETE ON usage_record"),
         addAll(false, QStringLiteral("OLD"), -1)},
        // A client's terms price all of their work.
        {"day_figures_on_client_terms",
         QStringLiteral(
             "AFTER UPDATE OF currency, hourly_rate, increment_minutes, rounding, minimum_minutes "
             "ON client WHEN NEW.currency IS NOT OLD.currency OR NEW.hourly_rate IS NOT OLD.hourly_rate "
             "OR NEW.increment_minutes IS NOT OLD.increment_minutes OR NEW.rounding IS NOT OLD.rounding "
             "OR NEW.minimum_minutes IS NOT OLD.minimum_minutes"),
         recompute(true, QStringLiteral("NEW.id")) + recompute(false, QStringLiteral("NEW.id"))},
        // The business's default rate prices the work of the clients without a rate of their own.
        {"day_time_on_default_added",
         QStringLiteral("AFTER INSERT ON setting WHEN NEW.key IN (%1)").arg(businessDefault),
         recompute(true, defaultRateClients)},
        {"day_time_on_default_changed",
         QStringLiteral("AFTER UPDATE ON setting WHEN (NEW.key IN (%1) OR OLD.key IN (%1)) "
                        "AND (NEW.key IS NOT OLD.key OR NEW.value IS NOT OLD.value)")
             .arg(businessDefault),
         recompute(true, defaultRateClients)},
        {"day_time_on_default_removed",
         QStringLiteral("AFTER DELETE ON setting WHEN OLD.key IN (%1)").arg(businessDefault),
         recompute(true, defaultRateClients)},
        // Prices: the client's own, the catalog's.
        {"day_usage_on_price_added", QStringLiteral("AFTER INSERT ON client_service_price"),
         recompute(false, QStringLiteral("NEW.client_id"))},
        {"day_usage_on_price_changed", QStringLiteral("AFTER UPDATE ON client_service_price"),
         recompute(false, QStringLiteral("OLD.client_id, NEW.client_id"))},
        {"day_usage_on_price_removed", QStringLiteral("AFTER DELETE ON client_service_price"),
         recompute(false, QStringLiteral("OLD.client_id"))},
        {"day_usage_on_catalog_price",
         QStringLiteral(
             "AFTER UPDATE OF unit_price, currency ON service WHEN NEW.unit_price IS NOT OLD.unit_price "
             "OR NEW.currency IS NOT OLD.currency"),
         recompute(false,
                   QStringLiteral("SELECT DISTINCT client_id FROM usage_record WHERE service_id = NEW.id"))},
    };
}

} // namespace

QString billedSecondsSql()
{
    return QStringLiteral(
        "max(CASE c.rounding "
        "  WHEN 'up' THEN (e.end_at - e.start_at + c.increment_minutes * 60 - 1) "
        "/ (c.increment_minutes * 60) "
        "  WHEN 'down' THEN (e.end_at - e.start_at) / (c.increment_minutes * 60) "
        "  ELSE (e.end_at - e.start_at + c.increment_minutes * 30) / (c.increment_minutes * 60) END "
        "  * c.increment_minutes * 60, c.minimum_minutes * 60)");
}

QString rateSql(const QString &businessCurrency, const QString &businessRate)
{
    return QStringLiteral(
               "coalesce(e.rate_override, c.hourly_rate, CASE WHEN c.currency = %1 THEN %2 END, 0)")
        .arg(businessCurrency, businessRate);
}

QString unitPriceSql()
{
    return QStringLiteral(
        "coalesce(p.unit_price, CASE WHEN s.currency = c.currency THEN s.unit_price END, 0)");
}

QString exactProductSql(const QString &q, const QString &p, int d)
{
    // With q = Q·d + q' and p = P·d + p': Q·p + q'·P + (q'·p' + d/2) ÷ d, whose terms overflow only
    // when the result itself does.
    return QStringLiteral("((%1 / %3) * %2 + (%1 % %3) * (%2 / %3) + ((%1 % %3) * (%2 % %3) + %4) / %3)")
        .arg(q, p)
        .arg(d)
        .arg(d / 2);
}

bool usable(const QSqlDatabase &db, const QTimeZone &zone)
{
    return hasFigures(db) && localkeys::usable(db, zone);
}

bool businessDefaultsAgree(const QSqlDatabase &db, const QString &currency, std::optional<qint64> hourlyRate)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1, %2").arg(kFileCurrency, kFileRate)) || !q.next())
        return false;
    const QVariant fileRate = q.value(1);
    if (!hourlyRate)
        return fileRate.isNull();
    return !fileRate.isNull() && fileRate.toLongLong() == *hourlyRate && q.value(0).toString() == currency;
}

Result<void> drop(const QSqlDatabase &db)
{
    if (!hasFigures(db))
        return {};
    QSqlQuery q(db);
    for (const Trigger &t : triggers())
        if (auto r = run(q, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(t.name))); !r)
            return r;
    return {};
}

namespace {

// Computes every figure from the entries and units into the tables `prefix` names the four after
// ("" for the file's own, emptied first): days from the rows, months from the days, which is far
// quicker than pricing every row twice.
Result<void> fill(QSqlQuery &q, const QString &prefix)
{
    for (const auto &[day, month] : {std::pair{kDayTime, kMonthTime}, std::pair{kDayUsage, kMonthUsage}}) {
        const QString source = day.time ? QStringLiteral("time_entry") : QStringLiteral("usage_record");
        const QString sums =
            day.time ? QStringLiteral("sum(entries), sum(seconds), sum(billed_seconds), sum(amount)")
                     : QStringLiteral("sum(records), sum(amount)");
        const QString dayTable = prefix + day.name;
        const QString monthTable = prefix + month.name;
        for (const QString &statement :
             {QStringLiteral("DELETE FROM %1").arg(dayTable),
              QStringLiteral("DELETE FROM %1").arg(monthTable),
              QStringLiteral("INSERT INTO %1 (%2) %3")
                  .arg(dayTable, day.columns(), figures(day, source, QStringLiteral("1"), 1)),
              QStringLiteral("INSERT INTO %1 (%2) SELECT %3, %4 FROM %5 GROUP BY %3")
                  .arg(monthTable, month.columns(), month.conflict(), sums, dayTable)})
            if (auto r = run(q, statement); !r)
                return r;
    }
    return {};
}

} // namespace

Result<void> build(const QSqlDatabase &db)
{
    if (!hasFigures(db))
        return {};
    QSqlQuery q(db);
    if (auto r = drop(db); !r)
        return r;
    if (auto r = fill(q, QString()); !r)
        return r;
    for (const Trigger &t : triggers())
        if (auto r = run(q, QStringLiteral("CREATE TRIGGER %1 %2 BEGIN %3 END")
                                .arg(QLatin1String(t.name), t.event, t.body));
            !r)
            return r;
    return {};
}

Result<qint64> countWrong(const QSqlDatabase &db)
{
    if (!hasFigures(db))
        return qint64(0);
    // What the figures should be, computed once into temporary copies of the tables, then each
    // table compared with its copy both ways.
    QSqlQuery q(db);
    const QString prefix = QStringLiteral("temp.expected_");
    auto dropCopies = qScopeGuard([&] {
        for (const Table &table : kTables)
            q.exec(QStringLiteral("DROP TABLE IF EXISTS %1%2").arg(prefix, table.name));
    });
    for (const Table &table : kTables)
        if (auto r = run(
                q, QStringLiteral("CREATE TABLE %1%2 AS SELECT * FROM %2 WHERE 0").arg(prefix, table.name));
            !r)
            return r.error();
    if (auto r = fill(q, prefix); !r)
        return r.error();
    QStringList differences;
    for (const Table &table : kTables)
        differences
            << QStringLiteral("(SELECT count(*) FROM (SELECT %1 FROM main.%2 EXCEPT SELECT %1 FROM %3%2))")
                   .arg(table.columns(), table.name, prefix)
            << QStringLiteral("(SELECT count(*) FROM (SELECT %1 FROM %3%2 EXCEPT SELECT %1 FROM main.%2))")
                   .arg(table.columns(), table.name, prefix);
    auto count = sql::scalar(db, QStringLiteral("SELECT ") + differences.join(QStringLiteral(" + ")));
    if (!count)
        return count.error();
    return count->toLongLong();
}

} // namespace minuta::dayfigures
