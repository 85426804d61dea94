#include "reports/reports.h"

#include "business/settings.h"
#include "storage/database.h"
#include "storage/dayfigures.h"
#include "storage/localkeys.h"
#include "storage/sqlutil.h"
#include "values/clock.h"
#include "values/exactmath.h"
#include "values/timeutil.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <tuple>

namespace minuta {

namespace {

Error tooLarge()
{
    return Error(ErrorCode::Overflow,
                 Reports::tr("An amount in the report is too large to compute; check the rates and prices."));
}

// Whether the rows were read to the end. A failing step ends next() like the last row does, so each
// loop over rows asks.
Result<void> finished(const QSqlQuery &q)
{
    if (!q.lastError().isValid())
        return {};
    // SQLite's sum() stops with this error instead of wrapping around.
    if (q.lastError().databaseText().contains(QLatin1String("integer overflow")))
        return tooLarge();
    return sql::toError(q.lastError(), Reports::tr("The report could not be made"));
}

Result<void> run(QSqlQuery &q, const QString &statement, const QVariantList &values)
{
    if (!q.prepare(statement))
        return sql::toError(q.lastError(), Reports::tr("The report could not be made"));
    for (const QVariant &v : values)
        sql::bind(q, v);
    if (!q.exec())
        return finished(q);
    return {};
}

// A figure summed in SQL, when it is exact. SQLite turns an integer product that overflows into a
// float, and one float makes the whole sum() a float: such a figure is refused, never shown.
Result<qint64> exactSum(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double)
        return tooLarge();
    return value.toLongLong();
}

QDate firstOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

Reports::Reports(const Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{}

Result<std::map<QDate, Money>> Reports::invoicedPerMonth(const QList<MonthlyRow> &rows, Currency currency)
{
    std::map<QDate, Money> invoiced;
    for (const MonthlyRow &r : rows) {
        if (r.currency != currency)
            continue;
        const auto [at, added] = invoiced.try_emplace(r.month, Money(0, currency));
        auto sum = at->second.plus(r.invoiced);
        if (!sum)
            return sum.error();
        at->second = *sum;
    }
    return invoiced;
}

AgingBucket Reports::bucketFor(qint64 daysLate)
{
    if (daysLate <= 0)
        return AgingBucket::Current;
    if (daysLate <= 30)
        return AgingBucket::Late1To30;
    if (daysLate <= 60)
        return AgingBucket::Late31To60;
    if (daysLate <= 90)
        return AgingBucket::Late61To90;
    return AgingBucket::LateOver90;
}

QString Reports::bucketName(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::Current:
        return QStringLiteral("current");
    case AgingBucket::Late1To30:
        return QStringLiteral("1-30");
    case AgingBucket::Late31To60:
        return QStringLiteral("31-60");
    case AgingBucket::Late61To90:
        return QStringLiteral("61-90");
    case AgingBucket::LateOver90:
        break;
    }
    return QStringLiteral("90+");
}

Result<std::map<qint64, MoneyTotals>> Reports::unbilledPerClient(QDate day) const
{
    // The report reaches back fifty years at most: further than any work logged in Minuta.
    ReportFilter filter;
    filter.from = day.addYears(-49);
    filter.to = day;
    auto rows = monthly(filter);
    if (!rows)
        return rows.error();
    std::map<qint64, MoneyTotals> unbilled;
    for (const MonthlyRow &r : std::as_const(*rows)) {
        if (r.unbilled.isZero())
            continue;
        if (auto added = unbilled[r.clientId].add(r.unbilled); !added)
            return added.error();
    }
    return unbilled;
}

Result<QList<MonthlyRow>> Reports::monthly(const ReportFilter &filter) const
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return Error(ErrorCode::InvalidInput, tr("Choose a period whose end is not before its start."),
                     QStringLiteral("period"));
    const QDate first = firstOfMonth(filter.from);
    const QDate last = firstOfMonth(filter.to);
    if (first.addYears(50) < last)
        return Error(ErrorCode::InvalidInput, tr("Choose a period of up to fifty years."),
                     QStringLiteral("period"));
    auto defaults = Settings(m_db).businessDefaults();
    if (!defaults)
        return defaults.error();
    const QTimeZone zone = m_clock.timeZone();
    const QString clientCondition =
        filter.clientId ? QStringLiteral(" AND c.id = %1").arg(*filter.clientId) : QString();

    // Rows by (month, client, currency), filled query by query.
    std::map<std::tuple<QDate, qint64, QString>, MonthlyRow> rows;
    QHash<qint64, QString> names;
    const auto row = [&](QDate month, qint64 clientId, const QString &currency) -> MonthlyRow & {
        auto [it, inserted] = rows.try_emplace({month, clientId, currency});
        if (inserted) {
            MonthlyRow &r = it->second;
            r.month = month;
            r.clientId = clientId;
            r.clientName = names.value(clientId);
            r.currency = Currency::fromCode(currency).value_or(defaults->currency);
            r.billable = r.unbilled = r.invoiced = r.invoicedGross = r.paid = r.outstanding =
                Money::zero(r.currency);
        }
        return it->second;
    };
    const auto add = [](Money &to, const QVariant &value) -> Result<void> {
        auto minor = exactSum(value);
        if (!minor)
            return minor.error();
        const auto sum = exact::add(to.minorUnits(), *minor);
        if (!sum)
            return tooLarge();
        to = Money(*sum, to.currency());
        return {};
    };
    const auto addSeconds = [](qint64 &to, const QVariant &value) -> Result<void> {
        auto seconds = exactSum(value);
        if (!seconds)
            return seconds.error();
        const auto sum = exact::add(to, *seconds);
        if (!sum)
            return tooLarge();
        to = *sum;
        return {};
    };

    {
        QSqlQuery q(storage::connection(m_db));
        if (auto r =
                run(q, QStringLiteral("SELECT id, name FROM client c WHERE 1 = 1") + clientCondition, {});
            !r)
            return r.error();
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
    }

    // Time and units per month and client. Each query's rows start with the month, then the client
    // and currency, then the figures: time's seconds, billable seconds, billable amount and unbilled
    // amount; units' billable and unbilled amounts.
    const auto readTime = [&](QSqlQuery &q, QDate month) -> Result<void> {
        while (q.next()) {
            MonthlyRow &r = row(month.isValid() ? month : localkeys::monthOf(q.value(0).toLongLong()),
                                q.value(1).toLongLong(), q.value(2).toString());
            for (const auto &added :
                 {addSeconds(r.seconds, q.value(3)), addSeconds(r.billableSeconds, q.value(4)),
                  add(r.billable, q.value(5)), add(r.unbilled, q.value(6))})
                if (!added)
                    return added.error();
        }
        return finished(q);
    };
    const auto readUsage = [&](QSqlQuery &q, QDate month) -> Result<void> {
        while (q.next()) {
            MonthlyRow &r = row(month.isValid() ? month : localkeys::monthOf(q.value(0).toLongLong()),
                                q.value(1).toLongLong(), q.value(2).toString());
            for (const auto &added : {add(r.billable, q.value(3)), add(r.unbilled, q.value(4))})
                if (!added)
                    return added.error();
        }
        return finished(q);
    };
    // Runs the time query (binding `timeValues`, then `range`), then the units' (binding `range`), and reads
    // their rows; `month` is the rows' month, or invalid when their first column is its key.
    const auto addFigures = [&](const QString &time, const QVariantList &timeValues, const QString &usage,
                                const QVariantList &range, QDate month) -> Result<void> {
        QSqlQuery timeQuery(storage::connection(m_db));
        timeQuery.setForwardOnly(true);
        if (auto r = run(timeQuery, time, timeValues + range); !r)
            return r;
        if (auto read = readTime(timeQuery, month); !read)
            return read;
        QSqlQuery usageQuery(storage::connection(m_db));
        usageQuery.setForwardOnly(true);
        if (auto r = run(usageQuery, usage, range); !r)
            return r;
        return readUsage(usageQuery, month);
    };

    const QSqlDatabase &connection = storage::connection(m_db);
    if (dayfigures::usable(connection, zone)
        && dayfigures::businessDefaultsAgree(
            connection, defaults->currency.code(),
            defaults->hourlyRate ? std::optional(defaults->hourlyRate->minorUnits()) : std::nullopt)) {
        // The file keeps each client's figures per local month in this zone: a few rows per client
        // and month, in the order of their months.
        if (auto added = addFigures(
                QStringLiteral("SELECT m.local_month, m.client_id, c.currency, sum(m.seconds), "
                               "sum(CASE WHEN m.billable = 1 THEN m.seconds ELSE 0 END), "
                               "sum(CASE WHEN m.billable = 1 THEN m.amount ELSE 0 END), "
                               "sum(CASE WHEN m.billable = 1 AND m.invoiced = 0 THEN m.amount ELSE 0 END) "
                               "FROM month_time m JOIN client c ON c.id = m.client_id "
                               "WHERE m.local_month BETWEEN ? AND ?%1 GROUP BY m.local_month, m.client_id")
                    .arg(clientCondition),
                {},
                QStringLiteral("SELECT m.local_month, m.client_id, c.currency, sum(m.amount), "
                               "sum(CASE WHEN m.invoiced = 0 THEN m.amount ELSE 0 END) "
                               "FROM month_usage m JOIN client c ON c.id = m.client_id "
                               "WHERE m.local_month BETWEEN ? AND ?%1 GROUP BY m.local_month, m.client_id")
                    .arg(clientCondition),
                {localkeys::monthKey(first), localkeys::monthKey(last)}, QDate());
            !added)
            return added.error();
    } else {
        // Local time computed here: month by month, each a range of the start index, every row
        // priced as the stored figures price it.
        const QString time =
            QStringLiteral(
                "SELECT 0, client_id, currency, sum(seconds), "
                "sum(CASE WHEN billable = 1 THEN seconds ELSE 0 END), "
                "sum(CASE WHEN billable = 1 THEN %1 ELSE 0 END), "
                "sum(CASE WHEN billable = 1 AND invoice_id IS NULL THEN %1 ELSE 0 END) "
                "FROM (SELECT e.client_id, c.currency, e.end_at - e.start_at AS seconds, e.billable, "
                "e.invoice_id, %2 AS billed, %3 AS rate FROM time_entry e JOIN client c ON c.id = "
                "e.client_id "
                "WHERE e.end_at IS NOT NULL AND e.start_at >= ? AND e.start_at < ?%4) GROUP BY client_id")
                .arg(dayfigures::exactProductSql(QStringLiteral("billed"), QStringLiteral("rate"), 3600),
                     dayfigures::billedSecondsSql(),
                     dayfigures::rateSql(QStringLiteral("?"), QStringLiteral("?")), clientCondition);
        const QString usage =
            QStringLiteral(
                "SELECT 0, client_id, currency, sum(%1), "
                "sum(CASE WHEN invoice_id IS NULL THEN %1 ELSE 0 END) "
                "FROM (SELECT u.client_id, c.currency, u.invoice_id, u.quantity_milli AS quantity, "
                "%2 AS price FROM usage_record u JOIN client c ON c.id = u.client_id "
                "JOIN service s ON s.id = u.service_id "
                "LEFT JOIN client_service_price p ON p.client_id = u.client_id "
                "AND p.service_id = u.service_id WHERE u.at >= ? AND u.at < ?%3) GROUP BY client_id")
                .arg(dayfigures::exactProductSql(QStringLiteral("quantity"), QStringLiteral("price"), 1000),
                     dayfigures::unitPriceSql(), clientCondition);
        const QVariantList businessDefault{defaults->currency.code(),
                                           defaults->hourlyRate ? QVariant(defaults->hourlyRate->minorUnits())
                                                                : QVariant()};
        for (QDate month = first; month <= last; month = month.addMonths(1)) {
            if (auto added = addFigures(
                    time, businessDefault, usage,
                    {timeutil::startOfDay(month, zone), timeutil::startOfDay(month.addMonths(1), zone)},
                    month);
                !added)
                return added.error();
        }
    }

    // Invoices and payments by the month of their date (dates are local already).
    const QString firstDay = first.toString(Qt::ISODate);
    const QString lastDay = last.addMonths(1).addDays(-1).toString(Qt::ISODate);
    QSqlQuery invoices(storage::connection(m_db));
    invoices.setForwardOnly(true);
    if (auto r =
            run(invoices,
                QStringLiteral(
                    "SELECT i.client_id, i.currency, substr(i.issue_date, 1, 7) || '-01' AS month, "
                    "sum(CASE WHEN i.kind = 'invoice' THEN i.net ELSE -i.net END), "
                    "sum(CASE WHEN i.kind = 'invoice' THEN i.due ELSE -i.due END), "
                    "sum(CASE WHEN i.kind = 'invoice' AND i.status = 'issued' THEN "
                    "max(0, i.due - coalesce((SELECT sum(amount) FROM payment WHERE invoice_id = i.id), 0)) "
                    "ELSE 0 END) "
                    "FROM invoice i JOIN client c ON c.id = i.client_id "
                    "WHERE i.status <> 'draft' AND i.issue_date BETWEEN ? AND ?%1 "
                    "GROUP BY i.client_id, i.currency, month")
                    .arg(clientCondition),
                {firstDay, lastDay});
        !r)
        return r.error();
    while (invoices.next()) {
        MonthlyRow &r = row(QDate::fromString(invoices.value(2).toString(), Qt::ISODate),
                            invoices.value(0).toLongLong(), invoices.value(1).toString());
        for (const auto &added : {add(r.invoiced, invoices.value(3)), add(r.invoicedGross, invoices.value(4)),
                                  add(r.outstanding, invoices.value(5))})
            if (!added)
                return added.error();
    }
    if (auto done = finished(invoices); !done)
        return done.error();
    QSqlQuery payments(storage::connection(m_db));
    payments.setForwardOnly(true);
    if (auto r =
            run(payments,
                QStringLiteral("SELECT i.client_id, i.currency, substr(p.paid_on, 1, 7) || '-01' AS month, "
                               "sum(p.amount) FROM payment p JOIN invoice i ON i.id = p.invoice_id "
                               "JOIN client c ON c.id = i.client_id "
                               "WHERE p.paid_on BETWEEN ? AND ?%1 GROUP BY i.client_id, i.currency, month")
                    .arg(clientCondition),
                {firstDay, lastDay});
        !r)
        return r.error();
    while (payments.next()) {
        MonthlyRow &r = row(QDate::fromString(payments.value(2).toString(), Qt::ISODate),
                            payments.value(0).toLongLong(), payments.value(1).toString());
        if (auto added = add(r.paid, payments.value(3)); !added)
            return added.error();
    }
    if (auto done = finished(payments); !done)
        return done.error();

    QList<MonthlyRow> result;
    for (auto &[key, r] : rows)
        result.append(r);
    std::stable_sort(result.begin(), result.end(), [](const MonthlyRow &a, const MonthlyRow &b) {
        if (a.month != b.month)
            return a.month < b.month;
        const int byName = QString::localeAwareCompare(a.clientName, b.clientName);
        return byName != 0 ? byName < 0 : a.clientId < b.clientId;
    });
    return result;
}

Result<QList<ServiceRow>> Reports::services(const ReportFilter &filter) const
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return Error(ErrorCode::InvalidInput, tr("Choose a period whose end is not before its start."),
                     QStringLiteral("period"));
    const QTimeZone zone = m_clock.timeZone();
    QList<ServiceRow> result;
    for (QDate month = firstOfMonth(filter.from); month <= firstOfMonth(filter.to);
         month = month.addMonths(1)) {
        QSqlQuery q(storage::connection(m_db));
        q.setForwardOnly(true);
        QVariantList values{timeutil::startOfDay(month, zone),
                            timeutil::startOfDay(month.addMonths(1), zone)};
        QString condition;
        if (filter.clientId) {
            condition = QStringLiteral(" AND u.client_id = ?");
            values << *filter.clientId;
        }
        if (auto r =
                run(q,
                    QStringLiteral("SELECT u.service_id, s.name, s.unit, sum(u.quantity_milli), count(*) "
                                   "FROM usage_record u JOIN service s ON s.id = u.service_id "
                                   "WHERE u.at >= ? AND u.at < ?%1 GROUP BY u.service_id ORDER BY s.name")
                        .arg(condition),
                    values);
            !r)
            return r.error();
        while (q.next()) {
            ServiceRow row;
            row.month = month;
            row.serviceId = q.value(0).toLongLong();
            row.serviceName = q.value(1).toString();
            row.unit = q.value(2).toString();
            row.quantity = Quantity::fromMilli(q.value(3).toLongLong());
            row.uses = q.value(4).toInt();
            result.append(row);
        }
        if (auto done = finished(q); !done)
            return done.error();
    }
    return result;
}

Result<QList<AgingRow>> Reports::aging(QDate day, std::optional<qint64> clientId) const
{
    QSqlQuery q(storage::connection(m_db));
    q.setForwardOnly(true);
    QVariantList values;
    QString condition;
    if (clientId) {
        condition = QStringLiteral(" AND i.client_id = ?");
        values << *clientId;
    }
    // A credit note that still owes the client money is listed as a negative balance, as bookkeepers'
    // aged receivables list unapplied credit: the client's rows then add up to what they owe on the
    // ledger, and the report's total is the receivables' net. It is never late: nothing to chase.
    if (auto r = run(
            q,
            QStringLiteral(
                "SELECT * FROM (SELECT i.id, i.number, i.client_id, c.name, i.issue_date, i.due_date, "
                "i.currency, "
                "CASE WHEN i.kind = 'invoice' "
                "THEN i.due - coalesce((SELECT sum(amount) FROM payment WHERE invoice_id = i.id), 0) "
                "ELSE coalesce((SELECT sum(amount) FROM refund WHERE credit_note_id = i.id), 0) "
                "+ coalesce((SELECT sum(amount) FROM payment WHERE credit_note_id = i.id), 0) "
                "- i.carried_paid END AS balance, i.kind = 'credit_note' AS credit "
                "FROM invoice i JOIN client c ON c.id = i.client_id "
                "WHERE i.status = 'issued'%1) WHERE (NOT credit AND balance > 0) OR (credit AND balance < 0) "
                "ORDER BY due_date, number")
                .arg(condition),
            values);
        !r)
        return r.error();
    QList<AgingRow> rows;
    while (q.next()) {
        AgingRow row;
        row.invoiceId = q.value(0).toLongLong();
        row.number = q.value(1).toString();
        row.clientId = q.value(2).toLongLong();
        row.clientName = q.value(3).toString();
        row.issueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        row.dueDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        const auto currency = Currency::fromCode(q.value(6).toString());
        if (!currency)
            continue;
        row.balance = Money(q.value(7).toLongLong(), *currency);
        row.credit = q.value(8).toBool();
        row.daysLate = row.credit ? 0 : row.dueDate.daysTo(day);
        row.bucket = bucketFor(row.daysLate);
        rows.append(row);
    }
    if (auto done = finished(q); !done)
        return done.error();
    std::stable_sort(rows.begin(), rows.end(), [](const AgingRow &a, const AgingRow &b) {
        return a.bucket != b.bucket ? a.bucket > b.bucket : a.daysLate > b.daysLate;
    });
    return rows;
}

Result<QList<ClientBalance>> Reports::balances(std::optional<qint64> clientId) const
{
    // The aging report's rows are exactly what is owed either way; the day only sorts them into buckets.
    auto rows = aging(QDate(2000, 1, 1), clientId);
    if (!rows)
        return rows.error();
    std::map<std::tuple<QString, qint64, QString>, ClientBalance> byClient; // name, id, currency
    for (const AgingRow &r : *rows) {
        const Currency c = r.balance.currency();
        auto [at, added] = byClient.try_emplace({r.clientName, r.clientId, c.code()});
        ClientBalance &b = at->second;
        if (added)
            b = {r.clientId, r.clientName, Money::zero(c), Money::zero(c), Money::zero(c)};
        auto sum = r.credit ? b.credit.minus(r.balance) : b.due.plus(r.balance);
        if (!sum)
            return sum.error();
        (r.credit ? b.credit : b.due) = *sum;
        auto balance = b.balance.plus(r.balance);
        if (!balance)
            return balance.error();
        b.balance = *balance;
    }
    QList<ClientBalance> result;
    for (const auto &[key, b] : byClient)
        result.append(b);
    return result;
}

} // namespace minuta
