// Sample data: what someone trying Minuta out (and every screenshot and benchmark) starts from must
// obey the same rules as real work: finished entries in the past, invoices numbered without gaps and
// adding up, paid ones settled; and it never goes into a file that already holds someone's work.

#include "calendar/planrepository.h"
#include "clients/clientrepository.h"
#include "invoicing/invoicerepository.h"
#include "io/demodata.h"
#include "values/timeutil.h"
#include "work/timeentryrepository.h"
#include "work/unbilledwork.h"
#include "work/usagerepository.h"

#include "qtprinters.h"
#include "testdatabase.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

class Demo : public ::testing::Test
{
protected:
    void SetUp() override { t.clock().setLocal(2026, 11, 20, 18, 0); }

    TestDatabase t;
};

} // namespace

TEST_F(Demo, FillsAnEmptyFileWithMonthsOfWorkThatFollowTheRules)
{
    DemoData::Options options;
    options.language = QStringLiteral("it");
    const auto made = DemoData::generate(t.db(), t.clock(), options);
    ASSERT_TRUE(made.ok()) << made.error().message().toStdString();
    EXPECT_EQ(made->clients, 8);
    EXPECT_GT(made->entries, 200);
    EXPECT_GT(made->usage, 0);
    EXPECT_GT(made->invoices, 8);

    const auto clients = ClientRepository(t.db(), t.clock()).list(true);
    EXPECT_EQ(clients->size(), 8);
    const QList<TimeEntry> entries = *TimeEntryRepository(t.db(), t.clock()).list({});
    EXPECT_EQ(entries.size(), made->entries);
    const qint64 from = timeutil::startOfDay(QDate(2026, 7, 20), t.clock().timeZone());
    for (const TimeEntry &e : entries) {
        ASSERT_FALSE(e.isRunning());
        ASSERT_GT(*e.end, e.start);
        ASSERT_GE(e.start, from) << "four months of history";
        ASSERT_LE(*e.end, t.clock().nowSecs()) << "nothing in the future";
    }
    EXPECT_EQ(UsageRepository(t.db(), t.clock()).count({}).value(), made->usage);

    // Planned work around today: past occurrences done, the coming ones not.
    PlanRepository plans(t.db(), t.clock());
    EXPECT_EQ(plans.list()->size(), 5);
    const QList<PlanOccurrence> around = plans.occurrences(QDate(2026, 11, 1), QDate(2026, 12, 10)).value();
    ASSERT_FALSE(around.isEmpty());
    for (const PlanOccurrence &o : around)
        EXPECT_EQ(o.done, o.day < QDate(2026, 11, 20))
            << o.title.toStdString() << " " << o.day.toString().toStdString();

    // Issued invoices: numbered 1, 2, 3… within each year, each in the file's currency, paid ones settled.
    InvoiceFilter issued;
    issued.status = InvoiceStatus::Issued;
    const QList<InvoiceSummary> invoices = *InvoiceRepository(t.db(), t.clock()).list(issued);
    ASSERT_EQ(invoices.size(), made->invoices);
    QStringList numbers;
    for (const InvoiceSummary &s : invoices) {
        ASSERT_TRUE(s.number);
        numbers << *s.number;
        EXPECT_EQ(s.total.currency().code(), QStringLiteral("EUR"));
        if (s.paymentState == PaymentState::Paid) {
            EXPECT_TRUE(s.balance.isZero()) << s.number->toStdString();
        }
    }
    std::sort(numbers.begin(), numbers.end());
    for (int k = 0; k < numbers.size(); ++k)
        EXPECT_EQ(numbers[k], QStringLiteral("2026/%1").arg(k + 1, 3, 10, QLatin1Char('0')));

    // What is billed is what the months before this one held; this month's work is still unbilled.
    const auto unbilled = UnbilledWork(t.db(), t.clock()).forClient(clients->first().id);
    ASSERT_TRUE(unbilled.ok());
    for (const auto &line : unbilled->statement.time)
        EXPECT_GE(line.start, timeutil::startOfDay(QDate(2026, 11, 1), t.clock().timeZone()));
}

TEST_F(Demo, DuringWorkingHoursTodaysWorkIsLoggedAndTheTimerRuns)
{
    t.clock().setLocal(2026, 11, 20, 11, 30); // a Friday morning
    ASSERT_TRUE(DemoData::generate(t.db(), t.clock(), {}).ok());
    TimeEntryRepository entries(t.db(), t.clock());
    const auto running = entries.running();
    ASSERT_TRUE(running.ok());
    ASSERT_TRUE(running->has_value()) << "the timer runs";
    EXPECT_LT((*running)->start, t.clock().nowSecs());
    TimeEntryFilter today;
    today.from = timeutil::startOfDay(QDate(2026, 11, 20), t.clock().timeZone());
    const QList<TimeEntry> todays = *entries.list(today);
    ASSERT_FALSE(todays.isEmpty());
    for (const TimeEntry &e : todays) {
        if (e.isRunning())
            continue;
        EXPECT_LE(*e.end, (*running)->start) << "the timer started after the last entry ended";
    }
}

TEST_F(Demo, TheSameSeedGivesTheSameFile)
{
    DemoData::Options options;
    options.language = QStringLiteral("en");
    options.months = 2;
    ASSERT_TRUE(DemoData::generate(t.db(), t.clock(), options).ok());
    TestDatabase other;
    other.clock().setLocal(2026, 11, 20, 18, 0);
    ASSERT_TRUE(DemoData::generate(other.db(), other.clock(), options).ok());
    // Everything but the files' own ids, which are random by design.
    static const QRegularExpression fileId(QStringLiteral(R"([^\n]*file\.id[^\n]*\n)"));
    EXPECT_EQ(fingerprint(t.db()).remove(fileId), fingerprint(other.db()).remove(fileId));
    EXPECT_NE(fingerprint(t.db()), fingerprint(other.db()));
}

TEST_F(Demo, GivesExactlyTheNumberOfEntriesAskedFor)
{
    DemoData::Options options;
    options.entries = 5003;
    options.clients = 50;
    options.months = 12;
    const auto made = DemoData::generate(t.db(), t.clock(), options);
    ASSERT_TRUE(made.ok()) << made.error().message().toStdString();
    EXPECT_EQ(made->entries, 5003);
    EXPECT_EQ(made->clients, 50);
    EXPECT_EQ(TimeEntryRepository(t.db(), t.clock()).totals({})->count, 5003);
    const auto overlaps = TimeEntryRepository(t.db(), t.clock()).list({});
    for (int k = 1; k < overlaps->size(); ++k)
        ASSERT_LE(*(*overlaps)[k - 1].end, (*overlaps)[k].start) << "one entry at a time";
    // Spread evenly up to the last working day (about 19 a day over 261 days), not used up early.
    TimeEntryFilter lastDay;
    lastDay.from = timeutil::startOfDay(QDate(2026, 11, 19), t.clock().timeZone());
    lastDay.to = timeutil::startOfDay(QDate(2026, 11, 20), t.clock().timeZone());
    const qint64 onLastDay = TimeEntryRepository(t.db(), t.clock()).totals(lastDay)->count;
    EXPECT_GE(onLastDay, 19);
    EXPECT_LE(onLastDay, 20);
}

TEST_F(Demo, NeverTouchesAFileThatHasClients)
{
    Client c;
    c.name = QStringLiteral("A real client");
    c.currency = *Currency::fromCode(u"EUR");
    ASSERT_TRUE(ClientRepository(t.db(), t.clock()).add(c).ok());
    const QString before = fingerprint(t.db());
    const auto refused = DemoData::generate(t.db(), t.clock(), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::Conflict);
    EXPECT_EQ(fingerprint(t.db()), before);
}

TEST_F(Demo, RefusesImpossibleRequests)
{
    const QString before = fingerprint(t.db());
    for (const auto &bad : {DemoData::Options{0, 8, 0, QStringLiteral("it"), true, 1},
                            DemoData::Options{4, 0, 0, QStringLiteral("it"), true, 1},
                            DemoData::Options{4, 8, -5, QStringLiteral("it"), true, 1}}) {
        const auto refused = DemoData::generate(t.db(), t.clock(), bad);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code(), ErrorCode::InvalidInput);
    }
    EXPECT_EQ(fingerprint(t.db()), before);
}
