#include "testdatabase.h"

#include "business/business.h"
#include "business/settings.h"
#include "invoicing/invoicerepository.h"
#include "storage/sqlutil.h"
#include "values/exactmath.h"
#include "work/billing.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

#include <map>
#include <tuple>

namespace minuta::test {

TestDatabase::TestDatabase() : m_path(m_dir.file(QStringLiteral("test.sqlite")))
{
    reopen();
}

void TestDatabase::close()
{
    m_db.reset();
}

void TestDatabase::reopen()
{
    m_db.reset();
    Database::Options options;
    options.clock = &m_clock;
    auto opened = Database::open(m_path, options);
    if (!opened) {
        ADD_FAILURE() << opened.error().message().toStdString();
        return;
    }
    m_db = std::move(opened.value());
}

QStringList wrongLocalKeys(const Database &db, const QTimeZone &zone)
{
    QStringList wrong;
    for (const auto &[table, instant] :
         {std::pair{"time_entry", "start_at"}, std::pair{"usage_record", "at"}}) {
        QSqlQuery q(storage::connection(db));
        if (!q.exec(QStringLiteral("SELECT id, %1, local_month, local_day FROM %2")
                        .arg(QLatin1String(instant), QLatin1String(table)))) {
            wrong << QStringLiteral("%1 cannot be read").arg(QLatin1String(table));
            continue;
        }
        while (q.next()) {
            const QDate day = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), zone).date();
            const qint64 month = day.year() * 100 + day.month();
            const qint64 days = QDate(1970, 1, 1).daysTo(day);
            if (q.value(2).isNull() || q.value(3).isNull() || q.value(2).toLongLong() != month
                || q.value(3).toLongLong() != days)
                wrong << QStringLiteral("%1 %2: %3/%4, expected %5/%6")
                             .arg(QLatin1String(table), q.value(0).toString(), q.value(2).toString(),
                                  q.value(3).toString())
                             .arg(month)
                             .arg(days);
        }
    }
    return wrong + wrongDayFigures(db);
}

QStringList wrongDayFigures(const Database &db)
{
    QStringList wrong;
    const auto defaults = Settings(db).businessDefaults();
    if (!defaults)
        return {QStringLiteral("the business's defaults cannot be read")};
    const auto currencyOf = [](const QVariant &code) { return *Currency::fromCode(code.toString()); };

    // Time: what each finished entry adds, priced by billing's own functions.
    using Key = std::tuple<qint64, qint64, int, int>; // day, client, billable, invoiced
    std::map<Key, QList<qint64>> time;                // entries, seconds, billed seconds, amount
    QSqlQuery q(storage::connection(db));
    if (!q.exec(QStringLiteral("SELECT e.local_day, e.client_id, e.billable, e.invoice_id IS NOT NULL, "
                               "e.end_at - e.start_at, e.rate_override, c.currency, c.hourly_rate, "
                               "c.increment_minutes, c.rounding, c.minimum_minutes "
                               "FROM time_entry e JOIN client c ON c.id = e.client_id "
                               "WHERE e.end_at IS NOT NULL")))
        return {QStringLiteral("time_entry cannot be read")};
    while (q.next()) {
        const Currency currency = currencyOf(q.value(6));
        BillingPolicy policy;
        policy.incrementMinutes = q.value(8).toInt();
        policy.rounding = *roundingModeFromName(q.value(9).toString());
        policy.minimumMinutes = q.value(10).toInt();
        const qint64 billed = billing::billedSeconds(q.value(4).toLongLong(), policy);
        const auto money = [&](const QVariant &v) {
            return v.isNull() ? std::optional<Money>() : std::optional(Money(v.toLongLong(), currency));
        };
        const billing::Rate rate =
            billing::resolveRate(money(q.value(5)), money(q.value(7)), defaults->hourlyRate, currency);
        auto &figures =
            time[{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt()}];
        figures.resize(4);
        figures[0] += 1;
        figures[1] += q.value(4).toLongLong();
        figures[2] += billed;
        figures[3] += rate.perHour.forSeconds(billed).value().minorUnits();
    }
    // Units: the client's price, else the catalog's in the client's currency.
    using UsageKey = std::tuple<qint64, qint64, int>; // day, client, invoiced
    std::map<UsageKey, QList<qint64>> usage;          // records, amount
    if (!q.exec(QStringLiteral("SELECT u.local_day, u.client_id, u.invoice_id IS NOT NULL, u.quantity_milli, "
                               "p.unit_price, s.unit_price, s.currency = c.currency "
                               "FROM usage_record u JOIN client c ON c.id = u.client_id "
                               "JOIN service s ON s.id = u.service_id LEFT JOIN client_service_price p "
                               "ON p.client_id = u.client_id AND p.service_id = u.service_id")))
        return {QStringLiteral("usage_record cannot be read")};
    while (q.next()) {
        const qint64 price = !q.value(4).isNull()  ? q.value(4).toLongLong()
                             : q.value(6).toBool() ? q.value(5).toLongLong()
                                                   : 0;
        auto &figures = usage[{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()}];
        figures.resize(2);
        figures[0] += 1;
        figures[1] += *exact::mulDivRound(q.value(3).toLongLong(), price, 1000);
    }

    // Each month's figures are its days'.
    using MonthKey = std::tuple<qint64, qint64, int, int>; // month, client, billable, invoiced
    std::map<MonthKey, QList<qint64>> timeMonths;
    const auto monthOfDay = [](qint64 day) {
        const QDate d = QDate(1970, 1, 1).addDays(day);
        return qint64(d.year()) * 100 + d.month();
    };
    for (const auto &[key, figures] : time) {
        auto &month =
            timeMonths[{monthOfDay(std::get<0>(key)), std::get<1>(key), std::get<2>(key), std::get<3>(key)}];
        month.resize(4);
        for (int i = 0; i < 4; ++i)
            month[i] += figures[i];
    }
    std::map<UsageKey, QList<qint64>> usageMonths;
    for (const auto &[key, figures] : usage) {
        auto &month = usageMonths[{monthOfDay(std::get<0>(key)), std::get<1>(key), std::get<2>(key)}];
        month.resize(2);
        for (int i = 0; i < 2; ++i)
            month[i] += figures[i];
    }
    // The stored month rows, each checked off against those; what remains is missing.
    if (!q.exec(QStringLiteral("SELECT local_month, client_id, billable, invoiced, entries, seconds, "
                               "billed_seconds, amount FROM month_time")))
        return {QStringLiteral("month_time cannot be read")};
    while (q.next()) {
        const MonthKey key{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                           q.value(3).toInt()};
        const QList<qint64> stored{q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(),
                                   q.value(7).toLongLong()};
        const auto at = timeMonths.find(key);
        if (at == timeMonths.end() || at->second != stored)
            wrong << QStringLiteral("month_time %1 client %2 (%3, %4): stored %5 %6 %7 %8")
                         .arg(q.value(0).toLongLong())
                         .arg(q.value(1).toLongLong())
                         .arg(q.value(2).toInt())
                         .arg(q.value(3).toInt())
                         .arg(stored[0])
                         .arg(stored[1])
                         .arg(stored[2])
                         .arg(stored[3]);
        else
            timeMonths.erase(at);
    }
    for (const auto &[key, figures] : timeMonths)
        wrong << QStringLiteral("month_time %1 client %2 (%3, %4): missing or different")
                     .arg(std::get<0>(key))
                     .arg(std::get<1>(key))
                     .arg(std::get<2>(key))
                     .arg(std::get<3>(key));
    if (!q.exec(QStringLiteral("SELECT local_month, client_id, invoiced, records, amount FROM month_usage")))
        return {QStringLiteral("month_usage cannot be read")};
    while (q.next()) {
        const UsageKey key{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()};
        const QList<qint64> stored{q.value(3).toLongLong(), q.value(4).toLongLong()};
        const auto at = usageMonths.find(key);
        if (at == usageMonths.end() || at->second != stored)
            wrong << QStringLiteral("month_usage %1 client %2 (%3): stored %4 %5")
                         .arg(q.value(0).toLongLong())
                         .arg(q.value(1).toLongLong())
                         .arg(q.value(2).toInt())
                         .arg(stored[0])
                         .arg(stored[1]);
        else
            usageMonths.erase(at);
    }
    for (const auto &[key, figures] : usageMonths)
        wrong << QStringLiteral("month_usage %1 client %2 (%3): missing or different")
                     .arg(std::get<0>(key))
                     .arg(std::get<1>(key))
                     .arg(std::get<2>(key));

    // The stored day rows, each checked off against what was computed; what remains is missing.
    if (!q.exec(
            QStringLiteral("SELECT local_day, client_id, billable, invoiced, local_month, entries, seconds, "
                           "billed_seconds, amount FROM day_time")))
        return {QStringLiteral("day_time cannot be read")};
    while (q.next()) {
        const Key key{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                      q.value(3).toInt()};
        const QList<qint64> stored{q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toLongLong(),
                                   q.value(8).toLongLong()};
        const QDate day = QDate(1970, 1, 1).addDays(q.value(0).toLongLong());
        const auto at = time.find(key);
        if (at == time.end() || at->second != stored
            || q.value(4).toLongLong() != day.year() * 100 + day.month())
            wrong << QStringLiteral("day_time %1 client %2 (%3, %4): stored %5")
                         .arg(day.toString(Qt::ISODate))
                         .arg(q.value(1).toLongLong())
                         .arg(q.value(2).toInt())
                         .arg(q.value(3).toInt())
                         .arg(q.value(4).toString() + QLatin1Char(' ') + QString::number(stored[0])
                              + QLatin1Char(' ') + QString::number(stored[1]) + QLatin1Char(' ')
                              + QString::number(stored[2]) + QLatin1Char(' ') + QString::number(stored[3]));
        if (at != time.end())
            time.erase(at);
    }
    for (const auto &[key, figures] : time)
        wrong << QStringLiteral("day_time day %1 client %2 (%3, %4): missing")
                     .arg(std::get<0>(key))
                     .arg(std::get<1>(key))
                     .arg(std::get<2>(key))
                     .arg(std::get<3>(key));
    if (!q.exec(QStringLiteral(
            "SELECT local_day, client_id, invoiced, local_month, records, amount FROM day_usage")))
        return {QStringLiteral("day_usage cannot be read")};
    while (q.next()) {
        const UsageKey key{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()};
        const QList<qint64> stored{q.value(4).toLongLong(), q.value(5).toLongLong()};
        const QDate day = QDate(1970, 1, 1).addDays(q.value(0).toLongLong());
        const auto at = usage.find(key);
        if (at == usage.end() || at->second != stored
            || q.value(3).toLongLong() != day.year() * 100 + day.month())
            wrong << QStringLiteral("day_usage %1 client %2 (%3): stored %4 %5")
                         .arg(day.toString(Qt::ISODate))
                         .arg(q.value(1).toLongLong())
                         .arg(q.value(2).toInt())
                         .arg(stored[0])
                         .arg(stored[1]);
        if (at != usage.end())
            usage.erase(at);
    }
    for (const auto &[key, figures] : usage)
        wrong << QStringLiteral("day_usage day %1 client %2 (%3): missing")
                     .arg(std::get<0>(key))
                     .arg(std::get<1>(key))
                     .arg(std::get<2>(key));
    return wrong;
}

qint64 issueInvoice(TestDatabase &t, qint64 clientId, std::optional<QDate> from, std::optional<QDate> to)
{
    BusinessRepository business(t.db(), t.clock());
    BusinessProfile profile = business.get().value();
    if (profile.name.isEmpty()) {
        profile.name = QStringLiteral("Test Business");
        EXPECT_TRUE(business.save(profile).ok());
    }
    InvoiceRepository invoices(t.db(), t.clock());
    InvoiceRepository::DraftRequest request;
    request.clientId = clientId;
    request.from = from;
    request.to = to;
    auto drafted = invoices.createDraft(request);
    if (!drafted) {
        ADD_FAILURE() << drafted.error().message().toStdString();
        return 0;
    }
    auto issued = invoices.issue(drafted->invoice.id);
    if (!issued) {
        ADD_FAILURE() << issued.error().message().toStdString();
        return 0;
    }
    return issued->id;
}

bool execSql(const Database &db, const QString &statement)
{
    QSqlQuery q(storage::connection(db));
    return q.exec(statement);
}

QVariant sqlValue(const Database &db, const QString &query)
{
    QSqlQuery q(storage::connection(db));
    if (!q.exec(query) || !q.next())
        return {};
    return q.value(0);
}

QString fingerprint(const Database &db)
{
    QString out;
    QSqlQuery tables(storage::connection(db));
    tables.exec(
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                       "ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        out += QStringLiteral("[%1]\n").arg(table);
        QSqlQuery rows(storage::connection(db));
        rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(sql::quoteIdentifier(table)));
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i)
                cells << (rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

QString fingerprint(const QString &path)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(path, options);
    if (!db)
        return QStringLiteral("cannot open: ") + db.error().message();
    return fingerprint(**db);
}

BusinessProfile italianBusiness(BusinessProfile b)
{
    b.name = QStringLiteral("Giulia Rossi");
    b.address = QStringLiteral("Via Zamboni 12\n40126 Bologna");
    b.country = QStringLiteral("IT");
    b.taxProfileId = QStringLiteral("it-ordinario");
    b.contributionRate = TaxRate::fromPercent(4);
    return b;
}

Client italianClient(const QString &name)
{
    Client c;
    c.name = name;
    c.address = QStringLiteral("Via Roma 1\n20121 Milano");
    c.vatId = QStringLiteral("IT00743110157");
    c.currency = *Currency::fromCode(u"EUR");
    return c;
}

} // namespace minuta::test
