// Planned work: appointments and tasks once or repeating, their occurrences across month ends and
// daylight-saving changes, deadlines, done marks, and refusals that change nothing.

#include "calendar/planrepository.h"
#include "clients/clientrepository.h"
#include "values/timeutil.h"

#include "databasetest.h"
#include "qtprinters.h"
#include "testdatabase.h"

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

class Plans : public DatabaseTest
{
protected:
    void SetUp() override
    {
        t.clock().setLocal(2026, 11, 2, 8, 0); // Monday morning in Rome
        Client c;
        c.name = QStringLiteral("ACME");
        c.currency = *Currency::fromCode(u"EUR");
        acme = clients.add(c).value();
    }

    qint64 local(int y, int mo, int d, int h, int mi) const
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), t.clock().timeZone()).toSecsSinceEpoch();
    }

    Plan plan(const QString &title, qint64 start, int minutes = 60)
    {
        Plan p;
        p.clientId = acme.id;
        p.title = title;
        p.start = start;
        p.minutes = minutes;
        return p;
    }

    QList<QDate> days(QDate from, QDate to)
    {
        QList<QDate> result;
        const QList<PlanOccurrence> occurrences = plans.occurrences(from, to).value();
        for (const PlanOccurrence &o : occurrences)
            result << o.day;
        return result;
    }

    ClientRepository clients{t.db(), t.clock()};
    PlanRepository plans{t.db(), t.clock()};
    Client acme;
};

} // namespace

TEST_F(Plans, AnAppointmentIsPlannedListedEditedAndDeleted)
{
    Plan p = plan(QStringLiteral("  Quarterly  VAT return "), local(2026, 11, 4, 14, 0), 90);
    p.due = QDate(2026, 11, 16);
    const Plan added = plans.add(p).value();
    EXPECT_EQ(added.title, QStringLiteral("Quarterly VAT return"));
    EXPECT_EQ(added.clientName, QStringLiteral("ACME"));
    const QList<PlanOccurrence> week = *plans.occurrences(QDate(2026, 11, 2), QDate(2026, 11, 8));
    ASSERT_EQ(week.size(), 1);
    EXPECT_EQ(week[0].day, QDate(2026, 11, 4));
    EXPECT_EQ(week[0].start, local(2026, 11, 4, 14, 0));
    EXPECT_EQ(week[0].minutes, 90);
    EXPECT_EQ(week[0].due, QDate(2026, 11, 16));
    EXPECT_TRUE(plans.occurrences(QDate(2026, 11, 5), QDate(2026, 11, 30))->isEmpty());

    Plan moved = added;
    moved.start = local(2026, 11, 5, 10, 0);
    ASSERT_TRUE(plans.update(moved).ok());
    EXPECT_EQ(days(QDate(2026, 11, 1), QDate(2026, 11, 30)), QList<QDate>{QDate(2026, 11, 5)});

    ASSERT_TRUE(plans.setDone(added.id, QDate(2026, 11, 5), true).ok());
    const Plan removed = plans.remove(added.id).value();
    EXPECT_TRUE(plans.list()->isEmpty());
    ASSERT_TRUE(plans.restore(removed).ok());
    const Plan back = plans.get(added.id).value();
    EXPECT_EQ(back.title, QStringLiteral("Quarterly VAT return"));
    EXPECT_EQ(back.doneDays, QList<QDate>{QDate(2026, 11, 5)}) << "undo brings the done mark back too";
}

TEST_F(Plans, WeeklyWorkRepeatsUntilItsLastDay)
{
    Plan p = plan(QStringLiteral("Inbox zero"), local(2026, 11, 2, 9, 0), 30);
    p.repeat = Repeat::Weekly;
    p.until = QDate(2026, 11, 30);
    ASSERT_TRUE(plans.add(p).ok());
    EXPECT_EQ(days(QDate(2026, 11, 1), QDate(2026, 12, 31)),
              (QList<QDate>{QDate(2026, 11, 2), QDate(2026, 11, 9), QDate(2026, 11, 16), QDate(2026, 11, 23),
                            QDate(2026, 11, 30)}));
    EXPECT_EQ(days(QDate(2026, 11, 10), QDate(2026, 11, 20)), (QList<QDate>{QDate(2026, 11, 16)}));
    EXPECT_TRUE(days(QDate(2026, 10, 1), QDate(2026, 11, 1)).isEmpty()) << "nothing before the first";
}

TEST_F(Plans, MonthlyWorkOnThe31stFallsOnTheLastDayOfShortMonths)
{
    t.clock().setLocal(2027, 1, 2, 8, 0);
    Plan p = plan(QStringLiteral("Payroll"), local(2027, 1, 31, 10, 0));
    p.repeat = Repeat::Monthly;
    ASSERT_TRUE(plans.add(p).ok());
    EXPECT_EQ(days(QDate(2027, 1, 1), QDate(2027, 5, 31)),
              (QList<QDate>{QDate(2027, 1, 31), QDate(2027, 2, 28), QDate(2027, 3, 31), QDate(2027, 4, 30),
                            QDate(2027, 5, 31)}));
    EXPECT_EQ(days(QDate(2028, 2, 1), QDate(2028, 2, 29)), (QList<QDate>{QDate(2028, 2, 29)})) << "leap year";
}

TEST_F(Plans, RepetitionsKeepTheirLocalTimeAcrossDaylightSaving)
{
    for (const char *zoneName : {"Europe/Rome", "America/New_York"}) {
        SCOPED_TRACE(zoneName);
        TestDatabase db;
        const QTimeZone zone(zoneName);
        db.clock().setTimeZone(zone);
        db.clock().set(QDateTime(QDate(2026, 10, 1), QTime(8, 0), zone));
        Client c;
        c.name = QStringLiteral("ACME");
        c.currency = *Currency::fromCode(u"EUR");
        const Client client = ClientRepository(db.db(), db.clock()).add(c).value();
        PlanRepository repo(db.db(), db.clock());
        Plan p;
        p.clientId = client.id;
        p.title = QStringLiteral("Team call");
        p.start = QDateTime(QDate(2026, 10, 19), QTime(9, 0), zone).toSecsSinceEpoch();
        p.repeat = Repeat::Weekly;
        ASSERT_TRUE(repo.add(p).ok());
        // Rome leaves summer time on 25 October, New York on 1 November.
        const QList<PlanOccurrence> occurrences = *repo.occurrences(QDate(2026, 10, 19), QDate(2026, 11, 9));
        ASSERT_EQ(occurrences.size(), 4);
        for (const PlanOccurrence &o : occurrences)
            EXPECT_EQ(QDateTime::fromSecsSinceEpoch(o.start, zone).time(), QTime(9, 0))
                << o.day.toString().toStdString();
        EXPECT_EQ(occurrences[3].start - occurrences[0].start, 3 * 7 * 86400 + 3600)
            << "three weeks and the hour given back";
    }
}

TEST_F(Plans, EachRepetitionHasItsOwnDeadlineAndDoneMark)
{
    Plan p = plan(QStringLiteral("Newsletter"), local(2026, 11, 2, 9, 0), 120);
    p.repeat = Repeat::Weekly;
    p.due = QDate(2026, 11, 4); // two days after each start
    const Plan added = plans.add(p).value();
    ASSERT_TRUE(plans.setDone(added.id, QDate(2026, 11, 9), true).ok());
    const QList<PlanOccurrence> occurrences = *plans.occurrences(QDate(2026, 11, 1), QDate(2026, 11, 15));
    ASSERT_EQ(occurrences.size(), 2);
    EXPECT_EQ(occurrences[0].due, QDate(2026, 11, 4));
    EXPECT_FALSE(occurrences[0].done);
    EXPECT_EQ(occurrences[1].due, QDate(2026, 11, 11));
    EXPECT_TRUE(occurrences[1].done);

    expectRefused([&] { return plans.setDone(added.id, QDate(2026, 11, 10), true); }, QStringLiteral("day"));
    ASSERT_TRUE(plans.setDone(added.id, QDate(2026, 11, 9), false).ok());
    EXPECT_FALSE(plans.occurrences(QDate(2026, 11, 9), QDate(2026, 11, 9))->first().done);
}

TEST_F(Plans, DoneWithoutADateMeansTheLatestOccurrenceElseTheNext)
{
    t.clock().setLocal(2026, 11, 18, 12, 0); // a Wednesday
    Plan p = plan(QStringLiteral("Inbox"), local(2026, 11, 2, 9, 0));
    p.repeat = Repeat::Weekly;
    const Plan weekly = plans.add(p).value();
    EXPECT_EQ(plans.defaultDoneDay(weekly.id).value(), QDate(2026, 11, 16));
    ASSERT_TRUE(plans.setDone(weekly.id, QDate(2026, 11, 16), true).ok());
    EXPECT_EQ(plans.defaultDoneDay(weekly.id).value(), QDate(2026, 11, 23));

    const Plan once = plans.add(plan(QStringLiteral("Call the bank"), local(2026, 11, 25, 9, 0))).value();
    EXPECT_EQ(plans.defaultDoneDay(once.id).value(), QDate(2026, 11, 25));
    ASSERT_TRUE(plans.setDone(once.id, QDate(2026, 11, 25), true).ok());
    EXPECT_EQ(plans.defaultDoneDay(once.id).error().code(), ErrorCode::Conflict);
}

TEST_F(Plans, ImpossiblePlansAreRefusedAndChangeNothing)
{
    expectRefused([&] { return plans.add(plan(QStringLiteral("  "), local(2026, 11, 3, 9, 0))); },
                  QStringLiteral("title"));
    expectRefused([&] { return plans.add(plan(QStringLiteral("Zero"), local(2026, 11, 3, 9, 0), 0)); },
                  QStringLiteral("minutes"));
    expectRefused(
        [&] { return plans.add(plan(QStringLiteral("Long"), local(2026, 11, 3, 9, 0), 24 * 60 + 1)); },
        QStringLiteral("minutes"));
    Plan late = plan(QStringLiteral("Late"), local(2026, 11, 3, 9, 0));
    late.due = QDate(2026, 11, 2);
    expectRefused([&] { return plans.add(late); }, QStringLiteral("due"));
    Plan ends = plan(QStringLiteral("Ends first"), local(2026, 11, 3, 9, 0));
    ends.repeat = Repeat::Weekly;
    ends.until = QDate(2026, 11, 1);
    expectRefused([&] { return plans.add(ends); }, QStringLiteral("until"));
    Plan nobody = plan(QStringLiteral("Nobody"), local(2026, 11, 3, 9, 0));
    nobody.clientId = 999;
    expectRefused([&] { return plans.add(nobody); }, QStringLiteral("client"));
    ASSERT_TRUE(clients.setArchived(acme.id, true).ok());
    expectRefused([&] { return plans.add(plan(QStringLiteral("Archived"), local(2026, 11, 3, 9, 0))); },
                  QStringLiteral("client"));
}
