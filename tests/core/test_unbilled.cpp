#include "business/settings.h"
#include "clients/clientrepository.h"
#include "work/servicerepository.h"
#include "work/timeentryrepository.h"
#include "work/timerservice.h"
#include "work/unbilledwork.h"
#include "work/usagerepository.h"

#include "qtprinters.h"
#include "testdatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

class Unbilled : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.clock().setLocal(2026, 12, 1, 12, 0);
        Client c;
        c.name = QStringLiteral("ACME");
        c.currency = eur;
        c.billing = {15, RoundingMode::Up, 0};
        acme = clients.add(c).value();
    }

    qint64 local(int mo, int d, int h, int mi) const
    {
        return QDateTime(QDate(2026, mo, d), QTime(h, mi), t.clock().timeZone()).toSecsSinceEpoch();
    }

    TimeEntry log(qint64 start, qint64 minutes, bool billable = true)
    {
        TimeEntry e;
        e.clientId = acme.id;
        e.start = start;
        e.end = start + minutes * 60;
        e.billable = billable;
        return entries.add(e).value().entry;
    }

    const Currency eur = *Currency::fromCode(u"EUR");
    TestDatabase t;
    ClientRepository clients{t.db(), t.clock()};
    TimeEntryRepository entries{t.db(), t.clock()};
    Client acme;
};

} // namespace

TEST_F(Unbilled, TakesTheMonthsBillableUnbilledWorkInTheUsersTimeZone)
{
    Settings settings(t.db());
    BusinessDefaults d = *settings.businessDefaults();
    d.currency = eur;
    d.hourlyRate = Money(3000, eur);
    ASSERT_TRUE(settings.setBusinessDefaults(d).ok());

    log(local(10, 31, 23, 30), 60);                       // October in Rome (22:30 UTC)
    const TimeEntry first = log(local(11, 1, 0, 15), 37); // 1 November, 00:15 local = 31 October UTC
    log(local(11, 10, 9, 0), 20, false);                  // not billable
    log(local(11, 12, 9, 0), 60);                         // billed on an invoice of its own
    ASSERT_GT(issueInvoice(t, acme.id, QDate(2026, 11, 12), QDate(2026, 11, 12)), 0);
    const TimeEntry last = log(local(11, 30, 23, 30), 60); // crosses into December: still November
    log(local(12, 1, 9, 0), 60);                           // December

    ServiceRepository services(t.db(), t.clock());
    Service s;
    s.name = QStringLiteral("Calls");
    s.unit = QStringLiteral("call");
    s.unitPrice = Money(150, eur);
    s = services.add(s).value();
    Usage u;
    u.clientId = acme.id;
    u.serviceId = s.id;
    u.at = local(11, 20, 10, 0);
    u.quantity = Quantity::fromUnits(12);
    ASSERT_TRUE(UsageRepository(t.db(), t.clock()).add(u).ok());

    // A running timer is not billed work yet.
    ASSERT_TRUE(TimerService(t.db(), t.clock()).start(acme.id).ok());

    auto report = UnbilledWork(t.db(), t.clock()).forClient(acme.id, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_TRUE(report.ok()) << report.error().message().toStdString();
    const billing::Statement &st = report->statement;
    ASSERT_EQ(st.time.size(), 2);
    EXPECT_EQ(st.time[0].entryId, first.id);
    EXPECT_EQ(st.time[0].billedSeconds, 45 * 60);
    EXPECT_EQ(st.time[0].rate.source, billing::RateSource::Business);
    EXPECT_EQ(st.time[0].amount, Money(2250, eur));
    EXPECT_EQ(st.time[1].entryId, last.id);
    EXPECT_EQ(st.time[1].amount, Money(3000, eur));
    ASSERT_EQ(st.usage.size(), 1);
    EXPECT_EQ(st.usage[0].amount, Money(1800, eur));
    EXPECT_EQ(st.timeAmount, Money(5250, eur));
    EXPECT_EQ(st.total, Money(7050, eur));
    EXPECT_EQ(st.rawSeconds, 97 * 60);
    EXPECT_EQ(st.billedSeconds, 105 * 60);
}

TEST_F(Unbilled, WithoutAPeriodTakesEverything)
{
    log(local(10, 5, 9, 0), 60);
    log(local(11, 5, 9, 0), 60);
    auto report = UnbilledWork(t.db(), t.clock()).forClient(acme.id);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->statement.time.size(), 2);
    EXPECT_EQ(report->statement.warnings.size(), 2) << "no rate anywhere: each entry bills nothing";
}

TEST_F(Unbilled, RefusesAPeriodThatEndsBeforeItStarts)
{
    auto report = UnbilledWork(t.db(), t.clock()).forClient(acme.id, QDate(2026, 11, 30), QDate(2026, 11, 1));
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().field(), QStringLiteral("to"));
    EXPECT_EQ(UnbilledWork(t.db(), t.clock()).forClient(999).error().code(), ErrorCode::NotFound);
}
