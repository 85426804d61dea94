// The local month and day the file keeps for every entry and unit logged (format 6), and the figures
// per client and day grouped by them (format 7): right after every kind of write and every change of
// terms or prices, across the days the clocks change, after a change of time zone, on a file
// upgraded from format 5; and the monthly report read from them equals the one computed row by row.

#include "business/business.h"
#include "business/settings.h"
#include "calendar/workcalendar.h"
#include "clients/clientrepository.h"
#include "invoicing/invoicerepository.h"
#include "io/timesheetimport.h"
#include "reports/reports.h"
#include "storage/connection.h"
#include "storage/database.h"
#include "storage/dayfigures.h"
#include "values/timeutil.h"
#include "work/servicerepository.h"
#include "work/timeentryrepository.h"
#include "work/timerservice.h"
#include "work/usagerepository.h"

#include "qtprinters.h"
#include "testdatabase.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

const QTimeZone kRome("Europe/Rome");

// Every figure of every row, a line each: equal texts, equal reports.
QString describe(const QList<MonthlyRow> &rows)
{
    QStringList lines;
    for (const MonthlyRow &r : rows)
        lines << QStringLiteral("%1 %2 (%3) %4: %5 s, %6 s billable; billable %7, unbilled %8, invoiced %9, "
                                "paid %10, outstanding %11")
                     .arg(r.month.toString(Qt::ISODate), r.clientName)
                     .arg(r.clientId)
                     .arg(r.currency.code())
                     .arg(r.seconds)
                     .arg(r.billableSeconds)
                     .arg(r.billable.toPlainString(), r.unbilled.toPlainString(), r.invoiced.toPlainString(),
                          r.paid.toPlainString(), r.outstanding.toPlainString());
    return lines.join(QLatin1Char('\n'));
}

// Instants where local months and days are easy to get wrong in Rome: the nights the clocks change
// (29 March 2026, 02:00 → 03:00; 25 October 2026, 03:00 → 02:00, the hour that happens twice), the
// last half hour of a month (UTC is still in the same month, an hour or two behind), midnight.
QList<qint64> trickyStarts()
{
    QList<qint64> starts;
    const auto utc = [](int y, int mo, int d, int h, int mi) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toSecsSinceEpoch();
    };
    for (const qint64 s : {utc(2026, 3, 28, 22, 30), utc(2026, 3, 29, 0, 30), utc(2026, 3, 29, 1, 0),
                           utc(2026, 3, 31, 21, 45), utc(2026, 3, 31, 22, 15), utc(2026, 10, 24, 22, 0),
                           utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 30), utc(2026, 10, 31, 22, 59),
                           utc(2026, 10, 31, 23, 0), utc(2026, 9, 30, 22, 0), utc(2026, 9, 30, 21, 59)})
        starts << s;
    return starts;
}

class LocalKeys : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The file was opened with the test clock, in Rome: its keys are Rome's.
        t.clock().setLocal(2026, 11, 20, 12, 0);
        Client c;
        c.name = QStringLiteral("ACME");
        c.currency = *Currency::fromCode(u"EUR");
        c.hourlyRate = Money(3000, c.currency);
        c.billing.incrementMinutes = 15;
        acme = clients.add(c).value();
        c.name = QStringLiteral("Bianchi");
        c.hourlyRate = Money(4550, c.currency);
        c.billing.incrementMinutes = 6;
        c.billing.minimumMinutes = 30;
        bianchi = clients.add(c).value();
        Service s;
        s.name = QStringLiteral("Calls");
        s.unit = QStringLiteral("call");
        s.unitPrice = Money(150, acme.currency);
        calls = ServiceRepository(t.db(), t.clock()).add(s).value();
        BusinessRepository business(t.db(), t.clock());
        BusinessProfile profile = business.get().value();
        profile.name = QStringLiteral("Giulia Rossi");
        ASSERT_TRUE(business.save(profile).ok());
    }

    QList<MonthlyRow> monthly()
    {
        ReportFilter filter;
        filter.from = QDate(2026, 1, 1);
        filter.to = QDate(2026, 12, 31);
        auto rows = Reports(t.db(), t.clock()).monthly(filter);
        EXPECT_TRUE(rows.ok()) << rows.error().message().toStdString();
        return rows.value_or(QList<MonthlyRow>());
    }

    // Every day of the year as the calendar sees it, a line each.
    QString calendar()
    {
        auto days = WorkCalendar(t.db(), t.clock()).days(QDate(2026, 1, 1), QDate(2026, 12, 31), 480);
        EXPECT_TRUE(days.ok());
        QStringList lines;
        for (const DayLoad &d : days.value_or(QList<DayLoad>())) {
            QStringList shares;
            for (const ClientShare &c : d.clients)
                shares << QStringLiteral("%1=%2").arg(c.clientId).arg(c.seconds);
            lines << QStringLiteral("%1: %2 s, %3 s billable, %4 entries (%5)")
                         .arg(d.day.toString(Qt::ISODate))
                         .arg(d.loggedSeconds)
                         .arg(d.billableSeconds)
                         .arg(d.entries)
                         .arg(shares.join(QLatin1Char(' ')));
        }
        return lines.join(QLatin1Char('\n'));
    }

    // The time log's totals under filters the time log offers: all time, a client, billable or not,
    // billed or not, a month, a day the clocks change, with and without the running timer.
    QString totals()
    {
        TimeEntryRepository entries(t.db(), t.clock());
        QStringList lines;
        const auto day = [&](int y, int m, int d) { return timeutil::startOfDay(QDate(y, m, d), kRome); };
        for (int i = 0; i < 48; ++i) {
            TimeEntryFilter f;
            if (i & 1)
                f.clientId = (i & 2) ? acme.id : bianchi.id;
            if (i & 4)
                f.billable = (i & 8) != 0;
            if ((i & 16) != 0)
                f.billed = (i & 8) == 0;
            f.includeRunning = (i % 3) != 0;
            if (i >= 32) {
                f.from = day(2026, 10, 25);
                f.to = (i & 2) ? day(2026, 10, 26) : day(2026, 12, 1);
            } else if (i % 5 == 0) {
                f.from = day(2026, 3, 1);
                f.to = day(2026, 4, 1);
            }
            auto sum = entries.totals(f);
            EXPECT_TRUE(sum.ok());
            lines << QStringLiteral("%1: %2 entries, %3 s, %4 s billable")
                         .arg(i)
                         .arg(sum->count)
                         .arg(sum->seconds)
                         .arg(sum->billableSeconds);
        }
        return lines.join(QLatin1Char('\n'));
    }

    TestDatabase t;
    ClientRepository clients{t.db(), t.clock()};
    Client acme;
    Client bianchi;
    Service calls;
};

TEST_F(LocalKeys, EveryWriteKeepsItsRowsKeysAcrossTheDaysTheClocksChange)
{
    TimeEntryRepository entries(t.db(), t.clock());
    UsageRepository usage(t.db(), t.clock());
    QRandomGenerator random(2026);
    const QList<qint64> tricky = trickyStarts();
    QList<qint64> ids;
    QList<qint64> usageIds;
    const auto someStart = [&] {
        // Half on the tricky instants, half anywhere in the year.
        if (random.bounded(2) == 0)
            return tricky[random.bounded(int(tricky.size()))] + 60 * random.bounded(-3, 4);
        return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()
               + qint64(random.bounded(318 * 24 * 60)) * 60;
    };

    for (int step = 0; step < 400; ++step) {
        const int what = random.bounded(10);
        if (what < 4 || ids.isEmpty()) { // log an entry
            TimeEntry e;
            e.clientId = random.bounded(2) ? acme.id : bianchi.id;
            e.start = someStart();
            e.end = e.start + 60 * random.bounded(1, 300);
            e.billable = random.bounded(5) != 0;
            auto saved = entries.add(e);
            ASSERT_TRUE(saved.ok()) << saved.error().message().toStdString();
            ids << saved->entry.id;
        } else if (what == 4) { // move one
            auto e = entries.get(ids[random.bounded(int(ids.size()))]);
            ASSERT_TRUE(e.ok());
            if (e->isBilled())
                continue;
            const qint64 length = *e->end - e->start;
            e->start = someStart();
            e->end = e->start + length;
            ASSERT_TRUE(entries.update(*e).ok());
        } else if (what == 5) { // split one
            auto e = entries.get(ids[random.bounded(int(ids.size()))]);
            ASSERT_TRUE(e.ok());
            if (e->isBilled() || *e->end - e->start < 120)
                continue;
            auto split = entries.split(e->id, e->start + (*e->end - e->start) / 2);
            ASSERT_TRUE(split.ok()) << split.error().message().toStdString();
            ids << split->second.id;
        } else if (what == 6) { // delete one
            const qsizetype at = random.bounded(int(ids.size()));
            auto e = entries.get(ids[at]);
            ASSERT_TRUE(e.ok());
            if (e->isBilled())
                continue;
            ASSERT_TRUE(entries.remove(e->id).ok());
            ids.removeAt(at);
        } else if (what == 7) { // units, then sometimes moved
            Usage u;
            u.clientId = random.bounded(2) ? acme.id : bianchi.id;
            u.serviceId = calls.id;
            u.at = someStart();
            u.quantity = Quantity::fromMilli(1000 * random.bounded(1, 20));
            auto added = usage.add(u);
            ASSERT_TRUE(added.ok()) << added.error().message().toStdString();
            usageIds << added->id;
            if (random.bounded(2) == 0) {
                Usage moved = *added;
                moved.at = someStart();
                ASSERT_TRUE(usage.update(moved).ok());
            }
        } else if (what == 8) { // the timer, started and stopped later
            TimerService timer(t.db(), t.clock());
            auto started = timer.start(acme.id);
            ASSERT_TRUE(started.ok()) << started.error().message().toStdString();
            t.clock().advance(60 * random.bounded(1, 90));
            auto stopped = timer.stop();
            ASSERT_TRUE(stopped.ok()) << stopped.error().message().toStdString();
            ids << started->running.id;
        } else if (random.bounded(3) == 0) { // now and then, new terms or prices, which reprice the figures
            const int change = random.bounded(4);
            if (change == 0) { // a client's terms (billed work keeps its place, but is priced anew)
                Client c = clients.get(random.bounded(2) ? acme.id : bianchi.id).value();
                c.billing.incrementMinutes = QList<int>{1, 6, 15, 30}[random.bounded(4)];
                c.billing.rounding = RoundingMode(random.bounded(3));
                c.billing.minimumMinutes = random.bounded(2) * 15;
                // Sometimes no rate of its own: the business's default applies.
                c.hourlyRate = random.bounded(3) == 0
                                   ? std::nullopt
                                   : std::optional(Money(random.bounded(1000, 9000), c.currency));
                ASSERT_TRUE(clients.update(c).ok());
            } else if (change == 1) { // the business's default rate, or none
                Settings settings(t.db());
                BusinessDefaults d = settings.businessDefaults().value();
                d.currency = *Currency::fromCode(u"EUR");
                d.hourlyRate = random.bounded(3) == 0
                                   ? std::nullopt
                                   : std::optional(Money(random.bounded(1000, 9000), d.currency));
                ASSERT_TRUE(settings.setBusinessDefaults(d).ok());
            } else if (change == 2) { // a client's own price for calls, or none
                ServiceRepository services(t.db(), t.clock());
                ASSERT_TRUE(
                    services
                        .setClientPrice(random.bounded(2) ? acme.id : bianchi.id, calls.id,
                                        random.bounded(2)
                                            ? std::nullopt
                                            : std::optional(Money(random.bounded(50, 500), acme.currency)))
                        .ok());
            } else { // the catalog's price
                ServiceRepository services(t.db(), t.clock());
                Service s = services.get(calls.id).value();
                s.unitPrice = Money(random.bounded(50, 500), s.unitPrice.currency());
                ASSERT_TRUE(services.update(s).ok());
            }
        } else if (random.bounded(4) == 0) { // now and then, a month billed
            const QDate month(2026, random.bounded(1, 11), 1);
            const Client &c = random.bounded(2) ? acme : bianchi;
            InvoiceRepository invoices(t.db(), t.clock());
            InvoiceRepository::DraftRequest request;
            request.clientId = c.id;
            request.from = month;
            request.to = month.addMonths(1).addDays(-1);
            if (auto drafted = invoices.createDraft(request)) { // refused when nothing is unbilled
                ASSERT_TRUE(invoices.issue(drafted->invoice.id).ok());
            }
        }
    }
    // An import too: rows on the night the clocks go back, one of them in the hour that repeats.
    TimesheetImport::Options options;
    auto imported = TimesheetImport(t.db(), t.clock())
                        .importData("date,start,end,client,task,description\n"
                                    "2026-10-24,23:30,23:59,ACME,Email,late\n"
                                    "2026-10-25,00:10,01:00,ACME,Email,after midnight\n"
                                    "2026-10-31,23:15,23:45,Bianchi,Calls,end of month\n",
                                    options);
    ASSERT_TRUE(imported.ok()) << imported.error().message().toStdString();

    EXPECT_EQ(wrongLocalKeys(t.db(), kRome), QStringList());
    // Every kind of write happened: billed and unbilled work, units, the import.
    EXPECT_GT(sqlValue(t.db(), QStringLiteral("SELECT count(*) FROM time_entry WHERE invoice_id IS NOT NULL"))
                  .toInt(),
              0);
    EXPECT_GT(
        sqlValue(t.db(), QStringLiteral("SELECT count(*) FROM time_entry WHERE invoice_id IS NULL")).toInt(),
        0);
    EXPECT_GT(sqlValue(t.db(), QStringLiteral("SELECT count(*) FROM usage_record")).toInt(), 0);
    // The figures per day are there to be checked: billable work billed and not, work not billable
    // (never billed), units.
    EXPECT_EQ(
        sqlValue(t.db(), QStringLiteral("SELECT count(DISTINCT billable || invoiced) FROM day_time")).toInt(),
        3);
    EXPECT_GT(sqlValue(t.db(), QStringLiteral("SELECT count(*) FROM day_usage")).toInt(), 0);
    // And the check itself sees a key gone wrong, and a figure.
    ASSERT_TRUE(execSql(t.db(), QStringLiteral("UPDATE time_entry SET local_day = local_day + 1 "
                                               "WHERE id = (SELECT min(id) FROM time_entry)")));
    EXPECT_EQ(wrongLocalKeys(t.db(), kRome).size(), 1);
    ASSERT_TRUE(execSql(t.db(), QStringLiteral("UPDATE time_entry SET local_day = local_day - 1 "
                                               "WHERE id = (SELECT min(id) FROM time_entry)")));
    ASSERT_TRUE(execSql(t.db(), QStringLiteral("UPDATE day_time SET amount = amount + 1 "
                                               "WHERE local_day = (SELECT min(local_day) FROM day_time)")));
    EXPECT_GE(wrongDayFigures(t.db()).size(), 1);
    t.reopen(); // nothing repairs figures but the check: they stay wrong
    EXPECT_GE(wrongDayFigures(t.db()).size(), 1);
    auto repaired = t.db().rebuildLocalKeys(kRome);
    ASSERT_TRUE(repaired.ok());
    EXPECT_GE(*repaired, 1);
    EXPECT_EQ(wrongLocalKeys(t.db(), kRome), QStringList());

    // A timer runs, as it does while the calendar and the time log are looked at.
    ASSERT_TRUE(TimerService(t.db(), t.clock()).start(bianchi.id).ok());
    t.clock().advance(25 * 60);

    // The report, the calendar and the totals from the figures, then row by row: the file reopened
    // in New York holds its keys in New York's zone, so in Rome they can no longer be used.
    ASSERT_TRUE(dayfigures::usable(storage::connection(t.db()), kRome));
    const QList<MonthlyRow> keyed = monthly();
    const QString keyedDays = calendar();
    const QString keyedTotals = totals();
    ASSERT_FALSE(keyed.isEmpty());
    t.clock().setTimeZone(QTimeZone("America/New_York"));
    t.reopen();
    EXPECT_EQ(wrongLocalKeys(t.db(), QTimeZone("America/New_York")), QStringList());
    t.clock().setTimeZone(kRome);
    ASSERT_FALSE(dayfigures::usable(storage::connection(t.db()), kRome));
    const QList<MonthlyRow> scanned = monthly();
    EXPECT_EQ(describe(keyed), describe(scanned));
    EXPECT_EQ(keyedDays, calendar());
    EXPECT_EQ(keyedTotals, totals());
    // And back in Rome, from the keys again.
    t.reopen();
    EXPECT_EQ(wrongLocalKeys(t.db(), kRome), QStringList());
    EXPECT_EQ(describe(monthly()), describe(keyed));
}

TEST_F(LocalKeys, AnEntryAtTheEndOfAMonthCountsInTheLocalMonth)
{
    TimeEntryRepository entries(t.db(), t.clock());
    // 31 March 2026, 23:30 in Rome is 21:30 UTC: March for Rome, and the keys say so.
    TimeEntry e;
    e.clientId = acme.id;
    e.start = QDateTime(QDate(2026, 3, 31), QTime(23, 30), kRome).toSecsSinceEpoch();
    e.end = e.start + 20 * 60;
    ASSERT_TRUE(entries.add(e).ok());
    // 1 April, 00:10 in Rome (31 March, 22:10 UTC): April.
    e.start = QDateTime(QDate(2026, 4, 1), QTime(0, 10), kRome).toSecsSinceEpoch();
    e.end = e.start + 40 * 60;
    ASSERT_TRUE(entries.add(e).ok());
    EXPECT_EQ(sqlValue(t.db(), QStringLiteral("SELECT group_concat(local_month) FROM "
                                              "(SELECT local_month FROM time_entry ORDER BY start_at)"))
                  .toString(),
              QStringLiteral("202603,202604"));
    const QList<MonthlyRow> rows = monthly();
    ASSERT_EQ(rows.size(), 2);
    // March: 20 minutes, billed as 30 (15-minute steps, up) at 30.00 an hour: 15.00.
    EXPECT_EQ(rows[0].month, QDate(2026, 3, 1));
    EXPECT_EQ(rows[0].seconds, 20 * 60);
    EXPECT_EQ(rows[0].billable, Money(1500, acme.currency));
    // April: 40 minutes, billed as 45: 22.50.
    EXPECT_EQ(rows[1].month, QDate(2026, 4, 1));
    EXPECT_EQ(rows[1].seconds, 40 * 60);
    EXPECT_EQ(rows[1].billable, Money(2250, acme.currency));
}

// A file of an older format, with a history (entries on the tricky nights, units), opened by this
// Minuta in Rome: its keys and figures are computed in the writer's zone.
void upgradeFrom(int format)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.sqlite"));
    TestClock clock;
    clock.setTimeZone(kRome);
    clock.setLocal(2026, 11, 20, 12, 0);
    {
        Database::Options options;
        options.clock = &clock;
        options.migrations = Database::builtinMigrations().mid(0, format);
        auto db = Database::open(path, options);
        ASSERT_TRUE(db.ok()) << db.error().message().toStdString();
        ASSERT_EQ((*db)->schemaVersion(), format);
        // The client as that format kept it (the repository writes this one's columns): 30.00 an
        // hour in steps of 15 minutes.
        Client acme;
        acme.id = 1;
        acme.currency = *Currency::fromCode(u"EUR");
        ASSERT_TRUE(
            execSql(**db, QStringLiteral("INSERT INTO client (id, name, name_key, currency, hourly_rate, "
                                         "increment_minutes, created_at, updated_at) VALUES (1, 'ACME', "
                                         "'acme', 'EUR', 3000, 15, 0, 0)")));
        TimeEntryRepository entries(**db, clock);
        for (const qint64 start : trickyStarts()) {
            TimeEntry e;
            e.clientId = acme.id;
            e.start = start;
            e.end = start + 600;
            ASSERT_TRUE(entries.add(e).ok());
        }
        Service s;
        s.name = QStringLiteral("Calls");
        s.unit = QStringLiteral("call");
        s.unitPrice = Money(150, acme.currency);
        const Service calls = ServiceRepository(**db, clock).add(s).value();
        Usage u;
        u.clientId = acme.id;
        u.serviceId = calls.id;
        u.at = trickyStarts().first();
        u.quantity = Quantity::fromMilli(3000);
        ASSERT_TRUE(UsageRepository(**db, clock).add(u).ok());
    }
    Database::Options options;
    options.clock = &clock;
    auto db = Database::open(path, options);
    ASSERT_TRUE(db.ok()) << db.error().message().toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(sqlValue(**db, QStringLiteral("SELECT count(*) FROM time_entry")).toInt(), 12);
    EXPECT_EQ(wrongLocalKeys(**db, kRome), QStringList());
    EXPECT_EQ(sqlValue(**db, QStringLiteral("SELECT name FROM local_zone")).toString(),
              QStringLiteral("Europe/Rome"));
    // The figures are there: twelve entries of 10 minutes, each billed as 15 at 30.00 an hour (7.50),
    // and three calls at 1.50.
    EXPECT_EQ(sqlValue(**db, QStringLiteral("SELECT sum(entries) || ' ' || sum(amount) FROM month_time"))
                  .toString(),
              QStringLiteral("12 9000"));
    EXPECT_EQ(
        sqlValue(**db, QStringLiteral("SELECT sum(records) || ' ' || sum(amount) FROM day_usage")).toString(),
        QStringLiteral("1 450"));
}

TEST(LocalKeysUpgrade, AFileOfFormat5GetsTheKeysAndFiguresOfItsHistoryInTheWritersZone)
{
    upgradeFrom(5);
}

TEST(LocalKeysUpgrade, AFileOfFormat6GetsTheFiguresOfItsHistory)
{
    upgradeFrom(6);
}

} // namespace
