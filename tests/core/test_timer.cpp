#include "business/settings.h"
#include "clients/clientrepository.h"
#include "work/timeentryrepository.h"
#include "work/timerservice.h"

#include "qtprinters.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

class Timer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Client c;
        c.currency = *Currency::fromCode(u"EUR");
        c.name = QStringLiteral("ACME");
        acme = clients.add(c).value();
        c.name = QStringLiteral("Bianchi");
        bianchi = clients.add(c).value();
    }

    qint64 runningCount()
    {
        QSqlQuery q(storage::connection(t.db()));
        q.exec(QStringLiteral("SELECT count(*) FROM time_entry WHERE end_at IS NULL"));
        q.next();
        return q.value(0).toLongLong();
    }

    TestDatabase t;
    ClientRepository clients{t.db(), t.clock()};
    TimerService timer{t.db(), t.clock()};
    Client acme;
    Client bianchi;
};

} // namespace

TEST_F(Timer, StartsTicksAndStops)
{
    auto started = timer.start(acme.id, QStringLiteral("Email"), QStringLiteral("Morning inbox"));
    ASSERT_TRUE(started.ok()) << started.error().message().toStdString();
    EXPECT_TRUE(started->running.isRunning());
    EXPECT_EQ(started->running.start, t.clock().nowSecs());
    EXPECT_FALSE(started->stopped);

    t.clock().advance(25 * 60);
    auto status = timer.status();
    ASSERT_TRUE(status.ok());
    ASSERT_TRUE(status->running);
    EXPECT_EQ(status->running->clientName, QStringLiteral("ACME"));
    EXPECT_EQ(status->elapsedSeconds, 25 * 60);
    EXPECT_FALSE(status->longRunning);

    auto stopped = timer.stop();
    ASSERT_TRUE(stopped.ok());
    ASSERT_TRUE(stopped->entry);
    EXPECT_EQ(stopped->entry->durationSeconds(0), 25 * 60);
    EXPECT_FALSE(timer.status()->running);
    EXPECT_EQ(TimeEntryRepository(t.db(), t.clock()).get(stopped->entry->id)->task, QStringLiteral("Email"));
}

TEST_F(Timer, StartingAnotherClientSwitches)
{
    const auto first = timer.start(acme.id);
    ASSERT_TRUE(first.ok());
    t.clock().advance(37 * 60);
    const auto second = timer.start(bianchi.id, QStringLiteral("Calls"));
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(second->stopped);
    EXPECT_EQ(second->stopped->id, first->running.id);
    EXPECT_EQ(second->stopped->durationSeconds(0), 37 * 60);
    EXPECT_EQ(second->running.clientId, bianchi.id);
    EXPECT_EQ(second->running.start, second->stopped->end);
    EXPECT_EQ(runningCount(), 1);
}

TEST_F(Timer, DiscardThrowsTheRunningTimerAway)
{
    ASSERT_TRUE(timer.start(acme.id).ok());
    t.clock().advance(60);
    auto discarded = timer.discard();
    ASSERT_TRUE(discarded.ok());
    EXPECT_EQ(runningCount(), 0);
    EXPECT_TRUE(TimeEntryRepository(t.db(), t.clock()).list({})->isEmpty());
}

TEST_F(Timer, StoppingOrDiscardingWithNoTimerSaysSo)
{
    const QString before = fingerprint(t.db());
    auto stopped = timer.stop();
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.error().code(), ErrorCode::NotFound);
    EXPECT_EQ(stopped.error().field(), QStringLiteral("timer"));
    EXPECT_FALSE(timer.discard().ok());
    EXPECT_EQ(fingerprint(t.db()), before);
}

TEST_F(Timer, ATimerStoppedWithinASecondLeavesNoEntry)
{
    ASSERT_TRUE(timer.start(acme.id).ok());
    auto stopped = timer.stop();
    ASSERT_TRUE(stopped.ok());
    EXPECT_FALSE(stopped->entry);
    EXPECT_TRUE(TimeEntryRepository(t.db(), t.clock()).list({})->isEmpty());
}

TEST_F(Timer, ATimerPastTheLimitIsFlagged)
{
    ASSERT_TRUE(timer.start(acme.id).ok());
    t.clock().advance(10 * 3600);
    EXPECT_FALSE(timer.status()->longRunning) << "exactly at the limit";
    t.clock().advance(1);
    EXPECT_TRUE(timer.status()->longRunning);
    EXPECT_EQ(timer.status()->limitSeconds, 10 * 3600);

    Settings settings(t.db());
    BusinessDefaults d = *settings.businessDefaults();
    d.timerLimitSeconds = 12 * 3600;
    ASSERT_TRUE(settings.setBusinessDefaults(d).ok());
    EXPECT_FALSE(timer.status()->longRunning);
}

TEST_F(Timer, AForgottenTimerStopsAtTheTimeChosen)
{
    auto started = timer.start(acme.id);
    ASSERT_TRUE(started.ok());
    t.clock().advance(30 * 3600);
    const QString before = fingerprint(t.db());
    auto refused = timer.stop();
    ASSERT_FALSE(refused.ok()) << "more than a day: stop at the real end";
    EXPECT_EQ(refused.error().field(), QStringLiteral("at"));
    EXPECT_EQ(fingerprint(t.db()), before);

    EXPECT_FALSE(timer.stop(started->running.start - 60).ok());
    EXPECT_FALSE(timer.stop(t.clock().nowSecs() + 60).ok());
    auto stopped = timer.stop(started->running.start + 8 * 3600);
    ASSERT_TRUE(stopped.ok());
    EXPECT_EQ(stopped->entry->durationSeconds(0), 8 * 3600);
}

TEST_F(Timer, TheFileAllowsOnlyOneRunningTimer)
{
    ASSERT_TRUE(timer.start(acme.id).ok());
    QSqlQuery q(storage::connection(t.db()));
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO time_entry (client_id, start_at, created_at, updated_at) "
                                       "VALUES (%1, 0, 0, 0)")
                            .arg(bianchi.id)));
    EXPECT_EQ(runningCount(), 1);
}

TEST_F(Timer, ArchivedClientsCannotStartATimer)
{
    ASSERT_TRUE(clients.setArchived(bianchi.id, true).ok());
    auto started = timer.start(bianchi.id);
    ASSERT_FALSE(started.ok());
    EXPECT_EQ(started.error().field(), QStringLiteral("client"));
    EXPECT_EQ(runningCount(), 0);
}

TEST_F(Timer, TheTimerSurvivesAKilledProcess)
{
    t.close();
    QProcess other;
    other.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--hold-database"), t.path(), QStringLiteral("--start-timer"),
                 QString::number(acme.id)});
    ASSERT_TRUE(other.waitForStarted(10000));
    ASSERT_TRUE(other.waitForReadyRead(20000));
    const QString said = QString::fromUtf8(other.readLine()).trimmed();
    ASSERT_TRUE(said.startsWith(QStringLiteral("started "))) << said.toStdString();
    const qint64 id = said.section(QLatin1Char(' '), 1).toLongLong();
    other.kill(); // SIGKILL: no chance to clean up
    other.waitForFinished();
    EXPECT_EQ(other.exitStatus(), QProcess::CrashExit);

    t.reopen();
    SystemClock realClock;
    auto status = TimerService(t.db(), realClock).status();
    ASSERT_TRUE(status.ok());
    ASSERT_TRUE(status->running) << "the running timer is a row: it is still there";
    EXPECT_EQ(status->running->id, id);
    EXPECT_EQ(status->running->clientId, acme.id);
    EXPECT_GE(status->elapsedSeconds, 0);
}
