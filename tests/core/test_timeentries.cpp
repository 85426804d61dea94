#include "business/settings.h"
#include "clients/clientrepository.h"
#include "storage/sqlutil.h"
#include "values/timeutil.h"
#include "work/timeentryrepository.h"
#include "work/timerservice.h"

#include "databasetest.h"
#include "qtprinters.h"
#include "testdatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

TimeEntryFilter day(QDate date, const QTimeZone &zone)
{
    TimeEntryFilter f;
    f.from = timeutil::startOfDay(date, zone);
    f.to = timeutil::startOfDay(date.addDays(1), zone);
    return f;
}

class TimeEntries : public DatabaseTest
{
protected:
    void SetUp() override
    {
        // Monday 2 November 2026, 18:00 in Rome.
        t.clock().setLocal(2026, 11, 2, 18, 0);
        Client c;
        c.name = QStringLiteral("ACME");
        c.currency = *Currency::fromCode(u"EUR");
        acme = clients.add(c).value();
        c.name = QStringLiteral("Bianchi");
        bianchi = clients.add(c).value();
    }

    qint64 local(int y, int mo, int d, int h, int mi) const
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), t.clock().timeZone()).toSecsSinceEpoch();
    }

    TimeEntry entry(qint64 clientId, qint64 start, qint64 end, const QString &task = {})
    {
        TimeEntry e;
        e.clientId = clientId;
        e.start = start;
        e.end = end;
        e.task = task;
        return e;
    }

    TimeEntry add(qint64 clientId, qint64 start, qint64 end, const QString &task = {})
    {
        auto saved = entries.add(entry(clientId, start, end, task));
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().message().toStdString());
        return saved.ok() ? saved->entry : TimeEntry();
    }

    void markBilled(qint64 entryId)
    {
        const TimeEntry e = *entries.get(entryId);
        ASSERT_GT(issueInvoice(t, e.clientId), 0);
        ASSERT_TRUE(entries.get(entryId)->isBilled());
    }

    ClientRepository clients{t.db(), t.clock()};
    TimeEntryRepository entries{t.db(), t.clock()};
    Client acme;
    Client bianchi;
};

} // namespace

TEST_F(TimeEntries, LogsAForgottenHalfHourByHand)
{
    TimeEntry e =
        entry(acme.id, local(2026, 11, 2, 9, 0), local(2026, 11, 2, 9, 30), QStringLiteral(" Email "));
    e.description = QStringLiteral("Inbox zero\n");
    e.billable = true;
    e.rateOverride = Money(4500, acme.currency);
    auto saved = entries.add(e);
    ASSERT_TRUE(saved.ok()) << saved.error().message().toStdString();
    EXPECT_TRUE(saved->warnings.isEmpty());
    const TimeEntry stored = *entries.get(saved->entry.id);
    EXPECT_EQ(stored.clientName, QStringLiteral("ACME"));
    EXPECT_EQ(stored.task, QStringLiteral("Email"));
    EXPECT_EQ(stored.description, QStringLiteral("Inbox zero"));
    EXPECT_EQ(stored.durationSeconds(0), 1800);
    EXPECT_EQ(stored.rateOverride, Money(4500, acme.currency));
    EXPECT_FALSE(stored.isRunning());
    EXPECT_FALSE(stored.isBilled());
}

TEST_F(TimeEntries, RefusesImpossibleEntriesAndChangesNothing)
{
    add(acme.id, local(2026, 11, 2, 8, 0), local(2026, 11, 2, 8, 30));
    const qint64 nine = local(2026, 11, 2, 9, 0);
    expectRefused([&] { return entries.add(entry(acme.id, nine, nine - 60)); }, QStringLiteral("end"));
    expectRefused([&] { return entries.add(entry(acme.id, nine, nine)); }, QStringLiteral("end"));
    expectRefused([&] { return entries.add(entry(acme.id, nine, local(2026, 11, 2, 19, 0))); },
                  QStringLiteral("end"));
    expectRefused(
        [&] { return entries.add(entry(acme.id, local(2026, 11, 3, 9, 0), local(2026, 11, 3, 10, 0))); },
        QStringLiteral("start"));
    expectRefused(
        [&] { return entries.add(entry(acme.id, local(2026, 10, 30, 9, 0), local(2026, 11, 1, 9, 0))); },
        QStringLiteral("end"));
    expectRefused([&] { return entries.add(entry(4242, nine, nine + 60)); }, QStringLiteral("client"));
    expectRefused(
        [&] {
            TimeEntry e = entry(acme.id, nine, nine + 60);
            e.rateOverride = Money(100, *Currency::fromCode(u"USD"));
            return entries.add(e);
        },
        QStringLiteral("rate"));
    expectRefused(
        [&] {
            TimeEntry e = entry(acme.id, nine, nine + 60);
            e.description = QString(10 * 1024 * 1024, QLatin1Char('x'));
            return entries.add(e);
        },
        QStringLiteral("description"));
    expectRefused(
        [&] {
            TimeEntry e = entry(acme.id, nine, nine + 60);
            e.task = QString(201, QLatin1Char('t'));
            return entries.add(e);
        },
        QStringLiteral("task"));
    ASSERT_TRUE(clients.setArchived(bianchi.id, true).ok());
    expectRefused([&] { return entries.add(entry(bianchi.id, nine, nine + 60)); }, QStringLiteral("client"));
}

TEST_F(TimeEntries, AnOverlapIsAcceptedWithAWarning)
{
    const TimeEntry first = add(acme.id, local(2026, 11, 2, 9, 0), local(2026, 11, 2, 10, 0));
    auto saved = entries.add(entry(bianchi.id, local(2026, 11, 2, 9, 45), local(2026, 11, 2, 10, 15)));
    ASSERT_TRUE(saved.ok());
    ASSERT_EQ(saved->overlaps.size(), 1);
    EXPECT_EQ(saved->overlaps[0].id, first.id);
    ASSERT_EQ(saved->warnings.size(), 1);
    EXPECT_TRUE(saved->warnings[0].contains(QStringLiteral("ACME"))) << saved->warnings[0].toStdString();
    EXPECT_TRUE(saved->warnings[0].contains(QStringLiteral("09:00"))) << saved->warnings[0].toStdString();
    // Touching is not overlapping.
    auto next = entries.add(entry(acme.id, local(2026, 11, 2, 10, 15), local(2026, 11, 2, 11, 0)));
    ASSERT_TRUE(next.ok());
    EXPECT_TRUE(next->overlaps.isEmpty());
}

// The overlap check reads only the day before the new entry and the running timer, so it must still
// find what reaches in from there: a day-long entry, and a timer started days ago.
TEST_F(TimeEntries, OverlapsAreFoundFromADayBackAndFromAnOldRunningTimer)
{
    // Sunday 9:30 to Monday 9:30 (the longest an entry may be), and one of Saturday.
    const TimeEntry dayLong = add(acme.id, local(2026, 11, 1, 9, 30), local(2026, 11, 2, 9, 30));
    add(acme.id, local(2026, 10, 31, 9, 0), local(2026, 10, 31, 17, 0));
    // A timer started on Saturday and still running on Monday at 18:00 (a day and more).
    t.clock().setLocal(2026, 10, 31, 8, 0);
    TimerService timer(t.db(), t.clock());
    auto started = timer.start(bianchi.id);
    ASSERT_TRUE(started.ok());
    t.clock().setLocal(2026, 11, 2, 18, 0);

    auto saved = entries.add(entry(bianchi.id, local(2026, 11, 2, 9, 0), local(2026, 11, 2, 10, 0)));
    ASSERT_TRUE(saved.ok()) << saved.error().message().toStdString();
    ASSERT_EQ(saved->overlaps.size(), 2);
    // In the order they started: the timer on Saturday, the day-long entry on Sunday.
    EXPECT_EQ(saved->overlaps[0].id, started->running.id);
    EXPECT_EQ(saved->overlaps[1].id, dayLong.id);
    EXPECT_EQ(saved->warnings.size(), 2);

    // Before the timer started, only what was logged then.
    auto before = entries.add(entry(acme.id, local(2026, 10, 31, 7, 0), local(2026, 10, 31, 7, 30)));
    ASSERT_TRUE(before.ok());
    EXPECT_TRUE(before->overlaps.isEmpty());
}

TEST_F(TimeEntries, EditsAndDeletesUnbilledEntries)
{
    TimeEntry e = add(acme.id, local(2026, 11, 2, 9, 0), local(2026, 11, 2, 10, 0), QStringLiteral("Calls"));
    e.end = local(2026, 11, 2, 10, 30);
    e.clientId = bianchi.id;
    e.billable = false;
    auto updated = entries.update(e);
    ASSERT_TRUE(updated.ok()) << updated.error().message().toStdString();
    EXPECT_EQ(updated->entry.durationSeconds(0), 5400);
    EXPECT_EQ(updated->entry.clientName, QStringLiteral("Bianchi"));
    EXPECT_FALSE(updated->entry.billable);

    auto removed = entries.remove(e.id);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(entries.get(e.id).error().code(), ErrorCode::NotFound);
    auto restored = entries.restore(*removed);
    ASSERT_TRUE(restored.ok()) << restored.error().message().toStdString();
    EXPECT_EQ(restored->id, e.id);
    EXPECT_EQ(restored->durationSeconds(0), 5400);
}

TEST_F(TimeEntries, BilledEntriesCannotBeEditedOrDeleted)
{
    TimeEntry e = add(acme.id, local(2026, 11, 2, 9, 0), local(2026, 11, 2, 10, 0));
    markBilled(e.id);
    e.end = local(2026, 11, 2, 11, 0);
    expectRefused([&] { return entries.update(e); }, QStringLiteral("entry"));
    expectRefused([&] { return entries.remove(e.id); }, QStringLiteral("entry"));
    // The file itself refuses too, whoever writes to it.
    QSqlQuery q(storage::connection(t.db()));
    EXPECT_FALSE(
        q.exec(QStringLiteral("UPDATE time_entry SET end_at = end_at + 60 WHERE id = %1").arg(e.id)));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM time_entry WHERE id = %1").arg(e.id)));
}

TEST_F(TimeEntries, ListsByClientAndPeriodWithTotals)
{
    add(acme.id, local(2026, 11, 2, 9, 0), local(2026, 11, 2, 10, 0));
    add(bianchi.id, local(2026, 11, 2, 10, 0), local(2026, 11, 2, 10, 45));
    TimeEntry unpaid = entry(acme.id, local(2026, 11, 2, 11, 0), local(2026, 11, 2, 11, 20));
    unpaid.billable = false;
    ASSERT_TRUE(entries.add(unpaid).ok());
    add(acme.id, local(2026, 10, 30, 9, 0), local(2026, 10, 30, 12, 0));

    TimeEntryFilter today;
    today.from = timeutil::startOfDay(QDate(2026, 11, 2), t.clock().timeZone());
    today.to = timeutil::startOfDay(QDate(2026, 11, 3), t.clock().timeZone());
    EXPECT_EQ(entries.list(today)->size(), 3);
    const auto totals = *entries.totals(today);
    EXPECT_EQ(totals.count, 3);
    EXPECT_EQ(totals.seconds, 3600 + 2700 + 1200);
    EXPECT_EQ(totals.billableSeconds, 3600 + 2700);

    TimeEntryFilter acmeToday = today;
    acmeToday.clientId = acme.id;
    const auto list = *entries.list(acmeToday);
    ASSERT_EQ(list.size(), 2);
    EXPECT_LT(list[0].start, list[1].start);
    EXPECT_EQ(entries.list(acmeToday, TimeEntryRepository::Order::Newest)->first().start, list[1].start);
    EXPECT_EQ(entries.list(acmeToday, TimeEntryRepository::Order::Oldest, 1, 1)->first().id, list[1].id);

    TimeEntryFilter acmeAll;
    acmeAll.clientId = acme.id;
    EXPECT_EQ(entries.totals(acmeAll)->seconds, 3600 + 1200 + 3 * 3600);
}

TEST_F(TimeEntries, ClientsWithRecentWorkComeFirst)
{
    EXPECT_TRUE(entries.recentClientIds()->isEmpty());
    add(bianchi.id, local(2026, 10, 30, 9, 0), local(2026, 10, 30, 10, 0));
    add(acme.id, local(2026, 11, 2, 9, 0), local(2026, 11, 2, 10, 0));
    EXPECT_EQ(*entries.recentClientIds(), (QList<qint64>{acme.id, bianchi.id}));
    add(bianchi.id, local(2026, 11, 2, 11, 0), local(2026, 11, 2, 12, 0));
    EXPECT_EQ(*entries.recentClientIds(), (QList<qint64>{bianchi.id, acme.id}));
    EXPECT_EQ(*entries.recentClientIds(1), (QList<qint64>{bianchi.id}));
}

TEST_F(TimeEntries, PagesFollowEachOtherWithoutGapsOrRepeats)
{
    // Seven entries, three of them starting at the same minute (only the id orders those).
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << add(acme.id, local(2026, 11, 2, 8 + i, 0), local(2026, 11, 2, 8 + i, 30)).id;
    for (int i = 0; i < 3; ++i)
        ids << add(bianchi.id, local(2026, 11, 2, 13, 0), local(2026, 11, 2, 13, 10 + i)).id;

    // Everything, and a period that cuts the day (from 9:00 to 13:11): the pages keep to it.
    TimeEntryFilter period;
    period.from = local(2026, 11, 2, 9, 0);
    period.to = local(2026, 11, 2, 13, 11) + 1;
    for (const auto &[filter, count] : {std::pair{TimeEntryFilter{}, 7}, std::pair{period, 6}})
        for (const auto order : {TimeEntryRepository::Order::Newest, TimeEntryRepository::Order::Oldest}) {
            const QList<TimeEntry> all = *entries.list(filter, order);
            ASSERT_EQ(all.size(), count);
            QList<qint64> paged;
            QList<TimeEntry> page = *entries.list(filter, order, 0, 2);
            while (!page.isEmpty()) {
                for (const TimeEntry &e : std::as_const(page))
                    paged << e.id;
                page = *entries.listAfter(filter, order, page.last(), 2);
            }
            QList<qint64> expected;
            for (const TimeEntry &e : all)
                expected << e.id;
            EXPECT_EQ(paged, expected);
        }

    // With a filter, the page after an entry keeps to the filter.
    TimeEntryFilter onlyAcme;
    onlyAcme.clientId = acme.id;
    const QList<TimeEntry> first = *entries.list(onlyAcme, TimeEntryRepository::Order::Newest, 0, 1);
    ASSERT_EQ(first.size(), 1);
    const QList<TimeEntry> rest =
        *entries.listAfter(onlyAcme, TimeEntryRepository::Order::Newest, first[0], 10);
    ASSERT_EQ(rest.size(), 3);
    for (const TimeEntry &e : rest)
        EXPECT_EQ(e.clientId, acme.id);
    EXPECT_EQ(rest.last().id, ids[0]);
}

TEST_F(TimeEntries, AnEntryAcrossMidnightBelongsToItsStartDay)
{
    const TimeEntry late = add(acme.id, local(2026, 10, 31, 23, 30), local(2026, 11, 1, 0, 45));
    const QTimeZone zone = t.clock().timeZone();
    const TimeEntryFilter saturday = day(QDate(2026, 10, 31), zone);
    const TimeEntryFilter sunday = day(QDate(2026, 11, 1), zone);
    ASSERT_EQ(entries.list(saturday)->size(), 1);
    EXPECT_EQ(entries.list(saturday)->first().id, late.id);
    EXPECT_EQ(entries.totals(saturday)->seconds, 75 * 60);
    EXPECT_TRUE(entries.list(sunday)->isEmpty());
}

TEST_F(TimeEntries, DaylightSavingChangesCountRealTime)
{
    // On 25 October 2026 Rome's clocks went back from 03:00 to 02:00: 01:30 to 03:30 is three hours.
    const TimeEntry autumn = add(acme.id, local(2026, 10, 25, 1, 30), local(2026, 10, 25, 3, 30));
    EXPECT_EQ(autumn.durationSeconds(0), 3 * 3600);
    const QTimeZone zone = t.clock().timeZone();
    const TimeEntryFilter sunday = day(QDate(2026, 10, 25), zone);
    EXPECT_EQ(entries.totals(sunday)->seconds, 3 * 3600);
    EXPECT_EQ(*sunday.to - *sunday.from, 25 * 3600);
}

TEST_F(TimeEntries, SuggestsTheClientsRecentTasks)
{
    add(acme.id, local(2026, 11, 2, 8, 0), local(2026, 11, 2, 8, 30), QStringLiteral("Email"));
    add(acme.id, local(2026, 11, 2, 9, 0), local(2026, 11, 2, 9, 30), QStringLiteral("Invoices"));
    add(acme.id, local(2026, 11, 2, 10, 0), local(2026, 11, 2, 10, 30), QStringLiteral("Email"));
    add(bianchi.id, local(2026, 11, 2, 11, 0), local(2026, 11, 2, 11, 30), QStringLiteral("Travel"));
    EXPECT_EQ(*entries.recentTasks(acme.id),
              (QStringList{QStringLiteral("Email"), QStringLiteral("Invoices")}));
}

TEST_F(TimeEntries, TheRunningEntryCanBeDescribedButOnlyTheTimerStopsIt)
{
    TimerService timer(t.db(), t.clock());
    auto started = timer.start(acme.id, QStringLiteral("Calls"));
    ASSERT_TRUE(started.ok());
    t.clock().advance(600);
    TimeEntry running = started->running;
    running.description = QStringLiteral("Answering for Mr Rossi");
    auto updated = entries.update(running);
    ASSERT_TRUE(updated.ok()) << updated.error().message().toStdString();
    EXPECT_TRUE(updated->entry.isRunning());
    EXPECT_EQ(updated->entry.description, QStringLiteral("Answering for Mr Rossi"));
    running.end = t.clock().nowSecs();
    expectRefused([&] { return entries.update(running); }, QStringLiteral("end"));
}

TEST_F(TimeEntries, AStartBefore2000IsRefusedUnlessConfirmed)
{
    const qint64 lastOf1999 = local(1999, 12, 31, 9, 0);
    expectRefused([&] { return entries.add(entry(acme.id, lastOf1999, lastOf1999 + 3600)); },
                  QStringLiteral("start"));
    const auto refused = entries.add(entry(acme.id, lastOf1999, lastOf1999 + 3600));
    EXPECT_EQ(refused.error().code(), ErrorCode::Unusual);
    EXPECT_EQ(refused.error().message(), QStringLiteral("The start, 1999-12-31, is before the year 2000."));

    const qint64 firstOf2000 = local(2000, 1, 1, 9, 0);
    const TimeEntry first = add(acme.id, firstOf2000, firstOf2000 + 3600);
    EXPECT_EQ(first.start, firstOf2000);

    // Moving it back a day needs the same confirmation; changing anything else does not.
    TimeEntry moved = first;
    moved.start -= 86400;
    moved.end = *moved.end - 86400;
    expectRefused([&] { return entries.update(moved); }, QStringLiteral("start"));
    auto confirmed = entries.update(moved, validation::UnusualDate::Allow);
    ASSERT_TRUE(confirmed.ok());
    TimeEntry renamed = confirmed->entry;
    renamed.description = QStringLiteral("Filing");
    EXPECT_TRUE(entries.update(renamed).ok());

    auto old = entries.add(entry(acme.id, lastOf1999, lastOf1999 + 3600), validation::UnusualDate::Allow);
    ASSERT_TRUE(old.ok());
    EXPECT_EQ(old->entry.start, lastOf1999);
    // The future stays refused, confirmed or not.
    const qint64 tomorrow = t.clock().nowSecs() + 86400;
    expectRefused(
        [&] { return entries.add(entry(acme.id, tomorrow, tomorrow + 60), validation::UnusualDate::Allow); },
        QStringLiteral("start"));
}

TEST_F(TimeEntries, AnEntryIsSplitInTwoAtATimeInsideIt)
{
    TimeEntry e =
        entry(acme.id, local(2026, 11, 2, 9, 0), local(2026, 11, 2, 11, 0), QStringLiteral("Email"));
    e.description = QStringLiteral("Inbox for Mr Rossi");
    e.billable = false;
    e.rateOverride = Money(4000, *Currency::fromCode(u"EUR"));
    const TimeEntry logged = entries.add(e)->entry;
    const QString whole = fingerprint(t.db());

    auto split = entries.split(logged.id, local(2026, 11, 2, 10, 15));
    ASSERT_TRUE(split.ok()) << split.error().message().toStdString();
    EXPECT_EQ(split->first.id, logged.id) << "the entry keeps its id";
    EXPECT_NE(split->second.id, logged.id);
    EXPECT_EQ(split->first.start, local(2026, 11, 2, 9, 0));
    EXPECT_EQ(split->first.end, local(2026, 11, 2, 10, 15));
    EXPECT_EQ(split->second.start, local(2026, 11, 2, 10, 15));
    EXPECT_EQ(split->second.end, local(2026, 11, 2, 11, 0));
    for (const TimeEntry &part : {split->first, split->second}) {
        EXPECT_EQ(part.clientId, acme.id);
        EXPECT_EQ(part.task, QStringLiteral("Email"));
        EXPECT_EQ(part.description, QStringLiteral("Inbox for Mr Rossi"));
        EXPECT_FALSE(part.billable);
        EXPECT_EQ(part.rateOverride, e.rateOverride);
    }
    const QList<TimeEntry> stored = entries.list({}).value();
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored[0].durationSeconds(0), 75 * 60);
    EXPECT_EQ(stored[1].durationSeconds(0), 45 * 60);
    const QString parts = fingerprint(t.db());

    // Undone, the entry is whole again; redone, the second part comes back under its id.
    auto joined = entries.join(*split);
    ASSERT_TRUE(joined.ok()) << joined.error().message().toStdString();
    EXPECT_EQ(joined->end, local(2026, 11, 2, 11, 0));
    EXPECT_EQ(fingerprint(t.db()), whole);
    auto again = entries.restore(*split);
    ASSERT_TRUE(again.ok()) << again.error().message().toStdString();
    EXPECT_EQ(again->second.id, split->second.id);
    EXPECT_EQ(fingerprint(t.db()), parts);
}

TEST_F(TimeEntries, ASplitOutsideTheEntryOrOfRunningOrBilledWorkIsRefused)
{
    const TimeEntry e = add(acme.id, local(2026, 11, 2, 9, 0), local(2026, 11, 2, 11, 0));
    for (const qint64 at : {local(2026, 11, 2, 8, 0), local(2026, 11, 2, 9, 0), local(2026, 11, 2, 11, 0),
                            local(2026, 11, 2, 12, 0)})
        expectRefused([&] { return entries.split(e.id, at); }, QStringLiteral("at"));
    EXPECT_EQ(entries.split(e.id, local(2026, 11, 2, 11, 0)).error().message(),
              QStringLiteral("Split the entry at a time inside it, after 2026-11-02 09:00 and before "
                             "2026-11-02 11:00."));
    expectRefused([&] { return entries.split(999, local(2026, 11, 2, 10, 0)); }, QStringLiteral("entry"));

    // The second part is new work for the client: an archived client takes none.
    ASSERT_TRUE(clients.setArchived(acme.id, true).ok());
    expectRefused([&] { return entries.split(e.id, local(2026, 11, 2, 10, 0)); }, QStringLiteral("client"));
    ASSERT_TRUE(clients.setArchived(acme.id, false).ok());

    auto started = TimerService(t.db(), t.clock()).start(bianchi.id);
    ASSERT_TRUE(started.ok());
    t.clock().advance(600);
    expectRefused([&] { return entries.split(started->running.id, t.clock().nowSecs() - 300); },
                  QStringLiteral("entry"));

    markBilled(e.id);
    expectRefused([&] { return entries.split(e.id, local(2026, 11, 2, 10, 0)); }, QStringLiteral("entry"));
}

TEST_F(TimeEntries, SeveralEntriesAreDeletedAndPutBackAllOrNothing)
{
    const TimeEntry a = add(acme.id, local(2026, 11, 2, 9, 0), local(2026, 11, 2, 10, 0));
    const TimeEntry b = add(bianchi.id, local(2026, 11, 2, 10, 0), local(2026, 11, 2, 11, 0));
    const TimeEntry c = add(acme.id, local(2026, 10, 30, 9, 0), local(2026, 10, 30, 10, 0));
    const QString before = fingerprint(t.db());

    auto removed = entries.remove(QList<qint64>{a.id, b.id});
    ASSERT_TRUE(removed.ok()) << removed.error().message().toStdString();
    ASSERT_EQ(removed->size(), 2);
    EXPECT_EQ(removed->at(0).id, a.id);
    EXPECT_EQ(removed->at(1).id, b.id);
    EXPECT_EQ(entries.list({})->size(), 1);
    ASSERT_TRUE(entries.restore(*removed).ok());
    EXPECT_EQ(fingerprint(t.db()), before) << "put back as they were, ids included";

    // One entry that cannot go keeps the others where they are.
    markBilled(c.id);
    expectRefused([&] { return entries.remove(QList<qint64>{b.id, c.id}); }, QStringLiteral("entry"));
    expectRefused([&] { return entries.remove(QList<qint64>{b.id, 999}); }, QStringLiteral("entry"));
}

TEST_F(TimeEntries, ListsPriceEachEntryAndDaysAddUpAsAnInvoiceWould)
{
    const Currency eur = *Currency::fromCode(u"EUR");
    const Currency gbp = *Currency::fromCode(u"GBP");
    Settings settings(t.db());
    BusinessDefaults defaults = *settings.businessDefaults();
    defaults.currency = eur;
    defaults.hourlyRate = Money(2500, eur); // €25.00 an hour for clients without a rate
    ASSERT_TRUE(settings.setBusinessDefaults(defaults).ok());
    acme.hourlyRate = Money(4000, eur); // €40.00 an hour, each entry rounded up to 15 minutes
    acme.billing = BillingPolicy{15, RoundingMode::Up, 0};
    ASSERT_TRUE(clients.update(acme).ok());
    bianchi.setCurrency(gbp);
    bianchi.hourlyRate = Money(3000, gbp); // £30.00 an hour, to the nearest 6 minutes
    bianchi.billing = BillingPolicy{6, RoundingMode::Nearest, 0};
    ASSERT_TRUE(clients.update(bianchi).ok());
    Client c;
    c.name = QStringLiteral("Verdi");
    c.currency = eur;
    const Client verdi = clients.add(c).value(); // no rate: the business's, by the minute

    add(bianchi.id, local(2026, 11, 1, 14, 0), local(2026, 11, 1, 14, 8)); // 8 min → 6 min → £3.00
    add(acme.id, local(2026, 11, 2, 9, 0), local(2026, 11, 2, 9, 37));     // 37 → 45 min → €30.00
    TimeEntry unbillable = entry(acme.id, local(2026, 11, 2, 10, 0), local(2026, 11, 2, 10, 10));
    unbillable.billable = false; // 10 min, no amount
    ASSERT_TRUE(entries.add(unbillable).ok());
    add(verdi.id, local(2026, 11, 2, 11, 0), local(2026, 11, 2, 11, 20)); // 20 min × €25/h = €8.33
    t.clock().setLocal(2026, 11, 2, 17, 30);
    ASSERT_TRUE(TimerService(t.db(), t.clock()).start(verdi.id).ok());
    t.clock().setLocal(2026, 11, 2, 18, 0); // running 30 min × €25/h = €12.50

    const QTimeZone zone = t.clock().timeZone();
    auto listed = entries.list(day(QDate(2026, 11, 2), zone));
    ASSERT_TRUE(listed.ok());
    ASSERT_TRUE(entries.price(*listed).ok());
    ASSERT_EQ(listed->size(), 4);
    EXPECT_EQ((*listed)[0].amount, Money(3000, eur));
    EXPECT_FALSE((*listed)[1].amount) << "work not billed has no amount";
    EXPECT_EQ((*listed)[2].amount, Money(833, eur)) << "8.333… rounds half up to 8.33";
    EXPECT_EQ((*listed)[3].amount, Money(1250, eur)) << "the running entry, until now";

    auto days = entries.dayTotals({}, QDate(2026, 10, 31), QDate(2026, 11, 2));
    ASSERT_TRUE(days.ok()) << days.error().message().toStdString();
    ASSERT_EQ(days->size(), 2) << "31 October has nothing and is left out";
    EXPECT_EQ((*days)[0].day, QDate(2026, 11, 1));
    EXPECT_EQ((*days)[0].count, 1);
    EXPECT_EQ((*days)[0].seconds, 8 * 60);
    EXPECT_EQ((*days)[0].amount.sums(), QList<Money>{Money(300, gbp)});
    EXPECT_EQ((*days)[1].day, QDate(2026, 11, 2));
    EXPECT_EQ((*days)[1].count, 4);
    EXPECT_EQ((*days)[1].seconds, (37 + 10 + 20 + 30) * 60);
    EXPECT_EQ((*days)[1].billableSeconds, (37 + 20 + 30) * 60);
    EXPECT_EQ((*days)[1].amount.sums(), QList<Money>{Money(3000 + 833 + 1250, eur)}); // €50.83

    TimeEntryFilter onlyAcme;
    onlyAcme.clientId = acme.id;
    days = entries.dayTotals(onlyAcme, QDate(2026, 11, 1), QDate(2026, 11, 2));
    ASSERT_TRUE(days.ok());
    ASSERT_EQ(days->size(), 1);
    EXPECT_EQ((*days)[0].seconds, 47 * 60);
    EXPECT_EQ((*days)[0].billableSeconds, 37 * 60);
    EXPECT_EQ((*days)[0].amount.sums(), QList<Money>{Money(3000, eur)});

    EXPECT_FALSE(entries.dayTotals({}, QDate(2026, 1, 1), QDate(2026, 12, 31)).ok()) << "two months at most";
}
