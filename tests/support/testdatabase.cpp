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

namespace {

using Figures = std::map<QString, QList<qint64>>; // row key ("day client …") → figures

void addTo(Figures &figures, const QString &key, const QList<qint64> &values)
{
    QList<qint64> &sum = figures[key];
    sum.resize(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        sum[i] += values[i];
}

qint64 monthOfDay(qint64 day)
{
    const QDate d = QDate(1970, 1, 1).addDays(day);
    return qint64(d.year()) * 100 + d.month();
}

// Checks the rows of `table` (its first `keys` columns tell them apart, the others are figures)
// off against `expected`: each row that differs, then each expected row that is missing.
void checkOff(QSqlQuery &q, const QString &table, const QString &columns, int keys, Figures expected,
              QStringList &wrong)
{
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns, table))) {
        wrong << QStringLiteral("%1 cannot be read").arg(table);
        return;
    }
    const int count = q.record().count();
    while (q.next()) {
        QStringList key;
        QList<qint64> stored;
        for (int i = 0; i < count; ++i)
            i < keys ? void(key << q.value(i).toString()) : stored.append(q.value(i).toLongLong());
        const QString joined = key.join(QLatin1Char(' '));
        const auto at = expected.find(joined);
        if (at == expected.end() || at->second != stored) {
            QStringList shown;
            for (const qint64 v : stored)
                shown << QString::number(v);
            wrong << QStringLiteral("%1 %2: stored %3").arg(table, joined, shown.join(QLatin1Char(' ')));
        }
        if (at != expected.end())
            expected.erase(at);
    }
    for (const auto &[key, figures] : expected)
        wrong << QStringLiteral("%1 %2: missing").arg(table, key);
}

} // namespace

QStringList wrongDayFigures(const Database &db)
{
    const auto defaults = Settings(db).businessDefaults();
    if (!defaults)
        return {QStringLiteral("the business's defaults cannot be read")};
    const auto currencyOf = [](const QVariant &code) { return *Currency::fromCode(code.toString()); };
    const auto key = [](const QList<qint64> &parts) {
        QStringList texts;
        for (const qint64 p : parts)
            texts << QString::number(p);
        return texts.join(QLatin1Char(' '));
    };

    // Time: what each finished entry adds, priced by billing's own functions, to its day and month.
    Figures days;
    Figures months;
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
        const qint64 seconds = q.value(4).toLongLong();
        const qint64 billed = billing::billedSeconds(seconds, policy);
        const auto money = [&](const QVariant &v) {
            return v.isNull() ? std::optional<Money>() : std::optional(Money(v.toLongLong(), currency));
        };
        const billing::Rate rate =
            billing::resolveRate(money(q.value(5)), money(q.value(7)), defaults->hourlyRate, currency);
        const qint64 amount = rate.perHour.forSeconds(billed).value().minorUnits();
        const qint64 day = q.value(0).toLongLong();
        const QList<qint64> kind{q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()};
        addTo(days, key(QList<qint64>{day} + kind), {0, 1, seconds, billed, amount});
        addTo(months, key(QList<qint64>{monthOfDay(day)} + kind), {1, seconds, billed, amount});
    }
    // A day's row holds its month too.
    for (auto &[k, figures] : days)
        figures[0] = monthOfDay(k.section(QLatin1Char(' '), 0, 0).toLongLong());
    QStringList wrong;
    checkOff(q, QStringLiteral("day_time"),
             QStringLiteral("local_day, client_id, billable, invoiced, local_month, entries, seconds, "
                            "billed_seconds, amount"),
             4, days, wrong);
    checkOff(q, QStringLiteral("month_time"),
             QStringLiteral(
                 "local_month, client_id, billable, invoiced, entries, seconds, billed_seconds, amount"),
             4, months, wrong);

    // Units: the client's price, else the catalog's in the client's currency.
    days.clear();
    months.clear();
    if (!q.exec(QStringLiteral("SELECT u.local_day, u.client_id, u.invoice_id IS NOT NULL, u.quantity_milli, "
                               "p.unit_price, s.unit_price, s.currency = c.currency "
                               "FROM usage_record u JOIN client c ON c.id = u.client_id "
                               "JOIN service s ON s.id = u.service_id LEFT JOIN client_service_price p "
                               "ON p.client_id = u.client_id AND p.service_id = u.service_id")))
        return wrong << QStringLiteral("usage_record cannot be read");
    while (q.next()) {
        const qint64 price = !q.value(4).isNull()  ? q.value(4).toLongLong()
                             : q.value(6).toBool() ? q.value(5).toLongLong()
                                                   : 0;
        const qint64 amount = *exact::mulDivRound(q.value(3).toLongLong(), price, 1000);
        const qint64 day = q.value(0).toLongLong();
        const QList<qint64> kind{q.value(1).toLongLong(), q.value(2).toLongLong()};
        addTo(days, key(QList<qint64>{day} + kind), {0, 1, amount});
        addTo(months, key(QList<qint64>{monthOfDay(day)} + kind), {1, amount});
    }
    for (auto &[k, figures] : days)
        figures[0] = monthOfDay(k.section(QLatin1Char(' '), 0, 0).toLongLong());
    checkOff(q, QStringLiteral("day_usage"),
             QStringLiteral("local_day, client_id, invoiced, local_month, records, amount"), 3, days, wrong);
    checkOff(q, QStringLiteral("month_usage"),
             QStringLiteral("local_month, client_id, invoiced, records, amount"), 3, months, wrong);
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
    b.address = QStringLiteral("Via Zamboni 12");
    b.postcode = QStringLiteral("40126");
    b.city = QStringLiteral("Bologna");
    b.state = QStringLiteral("BO");
    b.country = QStringLiteral("IT");
    b.vatId = QStringLiteral("IT01234567897");
    b.taxProfileId = QStringLiteral("it-ordinario");
    b.contributionRate = TaxRate::fromPercent(4);
    return b;
}

Client italianClient(const QString &name)
{
    Client c;
    c.name = name;
    c.address = QStringLiteral("Via Roma 1");
    c.postcode = QStringLiteral("20121");
    c.city = QStringLiteral("Milano");
    c.state = QStringLiteral("MI");
    c.vatId = QStringLiteral("IT00743110157");
    c.currency = *Currency::fromCode(u"EUR");
    return c;
}

} // namespace minuta::test
