// The calendar's figures: time per local day and client across midnight and daylight-saving
// changes, planned work and deadlines, the load against the daily capacity, and what each logged
// block is worth.

#include "business/settings.h"
#include "calendar/planrepository.h"
#include "calendar/workcalendar.h"
#include "clients/clientrepository.h"
#include "work/timeentryrepository.h"
#include "work/timerservice.h"

#include "qtprinters.h"
#include "testdatabase.h"

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

class Calendar : public ::testing::Test
{
protected:
    void setUp(const char *zoneName, QDateTime now)
    {
        db = std::make_unique<TestDatabase>();
        zone = QTimeZone(zoneName);
        db->clock().setTimeZone(zone);
        db->clock().set(now);
        Client c;
        c.name = QStringLiteral("ACME");
        c.currency = *Currency::fromCode(u"EUR");
        c.hourlyRate = Money(3000, c.currency);
        c.billing = {15, RoundingMode::Up, 0};
        c.color = QStringLiteral("#2563eb");
        acme = ClientRepository(db->db(), db->clock()).add(c).value();
        c.name = QStringLiteral("Bianchi");
        c.hourlyRate = Money(4000, c.currency);
        c.color = QStringLiteral("#dc2626");
        bianchi = ClientRepository(db->db(), db->clock()).add(c).value();
    }

    qint64 local(int y, int mo, int d, int h, int mi) const
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), zone).toSecsSinceEpoch();
    }

    void log(qint64 clientId, qint64 start, qint64 end, bool billable = true)
    {
        TimeEntry e;
        e.clientId = clientId;
        e.start = start;
        e.end = end;
        e.billable = billable;
        ASSERT_TRUE(TimeEntryRepository(db->db(), db->clock()).add(e).ok());
    }

    DayLoad day(QDate date, int capacity = 8 * 60)
    {
        return WorkCalendar(db->db(), db->clock()).days(date, date, capacity).value().value(0);
    }

    std::unique_ptr<TestDatabase> db;
    QTimeZone zone;
    Client acme;
    Client bianchi;
};

} // namespace

TEST_F(Calendar, TimeIsCountedPerDayAndClientOnTheDayItStarts)
{
    setUp("Europe/Rome", QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone("Europe/Rome")));
    log(acme.id, local(2026, 11, 2, 9, 0), local(2026, 11, 2, 11, 0));
    log(bianchi.id, local(2026, 11, 2, 14, 0), local(2026, 11, 2, 14, 30), false);
    log(acme.id, local(2026, 11, 2, 23, 0), local(2026, 11, 3, 1, 0)); // across midnight
    log(bianchi.id, local(2026, 11, 3, 0, 30), local(2026, 11, 3, 1, 30));

    const QList<DayLoad> days =
        WorkCalendar(db->db(), db->clock()).days(QDate(2026, 11, 1), QDate(2026, 11, 30), 480).value();
    ASSERT_EQ(days.size(), 30);
    EXPECT_EQ(days[0].day, QDate(2026, 11, 1));
    EXPECT_EQ(days[0].loggedSeconds, 0);
    EXPECT_EQ(days[0].load, Load::Free);
    const DayLoad &monday = days[1];
    EXPECT_EQ(monday.loggedSeconds, 4 * 3600 + 1800);
    EXPECT_EQ(monday.billableSeconds, 4 * 3600);
    EXPECT_EQ(monday.entries, 3);
    ASSERT_EQ(monday.clients.size(), 2);
    EXPECT_EQ(monday.clients[0].clientName, QStringLiteral("ACME")) << "most time first";
    EXPECT_EQ(monday.clients[0].seconds, 4 * 3600);
    EXPECT_EQ(monday.clients[0].clientColor, QStringLiteral("#2563eb"));
    EXPECT_EQ(monday.clients[1].seconds, 1800);
    EXPECT_EQ(days[2].loggedSeconds, 3600) << "the 00:30 entry belongs to Tuesday";
}

TEST_F(Calendar, DaysStayWholeAcrossDaylightSavingChanges)
{
    for (const auto &[zoneName, change] :
         {std::pair{"Europe/Rome", QDate(2026, 10, 25)}, std::pair{"America/New_York", QDate(2026, 11, 1)}}) {
        SCOPED_TRACE(zoneName);
        setUp(zoneName, QDateTime(change.addDays(10), QTime(12, 0), QTimeZone(zoneName)));
        // The 25-hour day: an hour before the change, one after, and the last hour of the day.
        log(acme.id, local(change.year(), change.month(), change.day(), 0, 15),
            local(change.year(), change.month(), change.day(), 0, 45));
        log(acme.id, local(change.year(), change.month(), change.day(), 3, 0),
            local(change.year(), change.month(), change.day(), 4, 0));
        log(acme.id, local(change.year(), change.month(), change.day(), 23, 0),
            local(change.year(), change.month(), change.day(), 23, 59));
        log(acme.id, local(change.year(), change.month(), change.day() + 1, 0, 10),
            local(change.year(), change.month(), change.day() + 1, 0, 40));
        const QList<DayLoad> days =
            WorkCalendar(db->db(), db->clock()).days(change.addDays(-1), change.addDays(1), 480).value();
        ASSERT_EQ(days.size(), 3);
        EXPECT_EQ(days[0].loggedSeconds, 0);
        EXPECT_EQ(days[1].loggedSeconds, 1800 + 3600 + 59 * 60);
        EXPECT_EQ(days[1].entries, 3);
        EXPECT_EQ(days[2].loggedSeconds, 1800);
    }
}

TEST_F(Calendar, TheLoadReadsLightFullOrOverAgainstTheCapacity)
{
    setUp("Europe/Rome", QDateTime(QDate(2026, 11, 10), QTime(12, 0), QTimeZone("Europe/Rome")));
    log(acme.id, local(2026, 11, 2, 9, 0), local(2026, 11, 2, 12, 0)); // 3 h
    log(acme.id, local(2026, 11, 3, 9, 0), local(2026, 11, 3, 17, 0)); // 8 h
    log(acme.id, local(2026, 11, 4, 8, 0), local(2026, 11, 4, 18, 0)); // 10 h
    EXPECT_EQ(day(QDate(2026, 11, 2)).load, Load::Light);
    EXPECT_EQ(day(QDate(2026, 11, 3)).load, Load::Full);
    EXPECT_EQ(day(QDate(2026, 11, 4)).load, Load::Over);
    EXPECT_EQ(day(QDate(2026, 11, 4), 10 * 60).load, Load::Full) << "a longer day takes more";
    EXPECT_EQ(WorkCalendar::loadOf(0, 480), Load::Free);
    EXPECT_EQ(WorkCalendar::loadOf(480 * 60 * 85 / 100 - 1, 480), Load::Light);
    EXPECT_EQ(WorkCalendar::loadOf(480 * 60 * 85 / 100, 480), Load::Full);
    EXPECT_EQ(WorkCalendar::loadOf(480 * 60 * 105 / 100, 480), Load::Full);
    EXPECT_EQ(WorkCalendar::loadOf(480 * 60 * 105 / 100 + 1, 480), Load::Over);
}

TEST_F(Calendar, PlannedWorkFillsTheDaysToComeAndDeadlinesAreMarked)
{
    setUp("Europe/Rome", QDateTime(QDate(2026, 11, 10), QTime(12, 0), QTimeZone("Europe/Rome")));
    PlanRepository plans(db->db(), db->clock());
    Plan p;
    p.clientId = acme.id;
    p.title = QStringLiteral("Bookkeeping");
    p.start = local(2026, 11, 11, 9, 0);
    p.minutes = 7 * 60;
    p.due = QDate(2026, 11, 13);
    const Plan added = plans.add(p).value();
    Plan weekly = p;
    weekly.title = QStringLiteral("Inbox");
    weekly.start = local(2026, 10, 30, 9, 0);
    weekly.minutes = 60;
    weekly.due.reset();
    weekly.repeat = Repeat::Weekly;
    ASSERT_TRUE(plans.add(weekly).ok());

    const DayLoad wednesday = day(QDate(2026, 11, 11));
    EXPECT_EQ(wednesday.plannedSeconds, 7 * 3600);
    EXPECT_EQ(wednesday.planned, 1);
    EXPECT_EQ(wednesday.load, Load::Full) << "seven of eight hours planned";
    const DayLoad friday = day(QDate(2026, 11, 13));
    ASSERT_EQ(friday.deadlines.size(), 1);
    EXPECT_EQ(friday.deadlines[0].title, QStringLiteral("Bookkeeping"));
    EXPECT_EQ(friday.plannedSeconds, 3600) << "the weekly inbox";
    EXPECT_EQ(day(QDate(2026, 11, 6)).planned, 1);
    EXPECT_EQ(day(QDate(2026, 11, 6)).load, Load::Free) << "past planned work is not load";

    ASSERT_TRUE(plans.setDone(added.id, QDate(2026, 11, 11), true).ok());
    EXPECT_EQ(day(QDate(2026, 11, 11)).plannedSeconds, 0);
    EXPECT_TRUE(day(QDate(2026, 11, 13)).deadlines.isEmpty()) << "done work has no deadline left";
}

TEST_F(Calendar, BlocksSayWhatEachEntryIsWorth)
{
    setUp("Europe/Rome", QDateTime(QDate(2026, 11, 4), QTime(12, 0), QTimeZone("Europe/Rome")));
    log(acme.id, local(2026, 11, 2, 9, 0), local(2026, 11, 2, 9, 37)); // 37 min → 45 min at 30.00
    log(bianchi.id, local(2026, 11, 3, 9, 0), local(2026, 11, 3, 10, 0), false);
    ASSERT_TRUE(TimerService(db->db(), db->clock()).start(acme.id, {}, {}).ok());
    db->clock().advance(20 * 60);
    const QList<CalendarBlock> blocks =
        WorkCalendar(db->db(), db->clock()).blocks(QDate(2026, 11, 2), QDate(2026, 11, 8)).value();
    ASSERT_EQ(blocks.size(), 3);
    EXPECT_EQ(blocks[0].clientName, QStringLiteral("ACME"));
    ASSERT_TRUE(blocks[0].amount);
    EXPECT_EQ(*blocks[0].amount, Money(2250, *Currency::fromCode(u"EUR")));
    EXPECT_FALSE(blocks[1].amount) << "not billable";
    EXPECT_TRUE(blocks[2].running);
    EXPECT_EQ(blocks[2].end - blocks[2].start, 20 * 60) << "the running entry reaches now";
}
