#include "clients/clientrepository.h"
#include "io/timesheetcsv.h"
#include "work/timeentryrepository.h"
#include "work/timerservice.h"

#include "qtprinters.h"
#include "testdatabase.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

class TimesheetCsvTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.clock().setLocal(2026, 11, 20, 18, 0);
        acme = addClient(QStringLiteral("ACME Srl"));
        formula = addClient(QStringLiteral("=HYPERLINK(\"x\")"));
    }

    Client addClient(const QString &name)
    {
        Client c;
        c.name = name;
        c.currency = *Currency::fromCode(u"EUR");
        c.hourlyRate = Money(3000, *Currency::fromCode(u"EUR"));
        return ClientRepository(t.db(), t.clock()).add(c).value();
    }

    qint64 local(int y, int mo, int d, int h, int mi) const
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), t.clock().timeZone()).toSecsSinceEpoch();
    }

    void log(qint64 clientId, qint64 start, qint64 seconds, const QString &task, const QString &description,
             bool billable = true)
    {
        TimeEntry e;
        e.clientId = clientId;
        e.start = start;
        e.end = start + seconds;
        e.task = task;
        e.description = description;
        e.billable = billable;
        ASSERT_TRUE(TimeEntryRepository(t.db(), t.clock()).add(e).ok());
    }

    QStringList lines(const TimeEntryFilter &filter = {})
    {
        QByteArray all;
        auto written = TimesheetCsv(t.db(), t.clock()).write(filter, [&all](const QByteArray &bytes) {
            all += bytes;
            return true;
        });
        EXPECT_TRUE(written.ok());
        EXPECT_TRUE(all.endsWith("\r\n"));
        QStringList out = QString::fromUtf8(all).split(QStringLiteral("\r\n"));
        out.removeLast();
        return out;
    }

    TestDatabase t;
    Client acme;
    Client formula;
};

} // namespace

TEST_F(TimesheetCsvTest, OneRowPerFinishedEntryInLocalTimeOldestFirst)
{
    // The night the clocks go back in Rome: 01:30 to 02:30 local is two hours of work.
    log(acme.id, local(2026, 10, 25, 1, 30), 2 * 3600, QStringLiteral("Email"),
        QStringLiteral("Inbox, \"urgent\""));
    log(acme.id, local(2026, 10, 2, 9, 0), 5430, QStringLiteral("Calls"), QString(), false);
    log(formula.id, local(2026, 11, 3, 23, 30), 3600, QStringLiteral("-2+3"),
        QStringLiteral("line one\nline two"));
    // A running timer is not work done yet.
    ASSERT_TRUE(TimerService(t.db(), t.clock()).start(acme.id).ok());

    const QStringList rows = lines();
    ASSERT_EQ(rows.size(), 4) << rows.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(rows[0],
              QStringLiteral("date,start,end,minutes,hours,client,task,description,billable,invoice"));
    EXPECT_EQ(rows[1], QStringLiteral("2026-10-02,09:00,10:30,91,1.51,ACME Srl,Calls,,no,"));
    EXPECT_EQ(rows[2], QStringLiteral(
                           "2026-10-25,01:30,02:30,120,2.00,ACME Srl,Email,\"Inbox, \"\"urgent\"\"\",yes,"));
    // Crosses midnight: the start day; text a spreadsheet would run stays text.
    EXPECT_EQ(
        rows[3],
        QStringLiteral(
            "2026-11-03,23:30,00:30,60,1.00,\"'=HYPERLINK(\"\"x\"\")\",'-2+3,\"line one\nline two\",yes,"));
}

TEST_F(TimesheetCsvTest, BilledEntriesNameTheirInvoiceAndTheFilterIsHonoured)
{
    log(acme.id, local(2026, 10, 5, 9, 0), 3600, QStringLiteral("Email"), QString());
    log(acme.id, local(2026, 11, 5, 9, 0), 1800, QStringLiteral("Email"), QString());
    log(formula.id, local(2026, 11, 6, 9, 0), 1800, QStringLiteral("Email"), QString());
    issueInvoice(t, acme.id, QDate(2026, 10, 1), QDate(2026, 10, 31));

    const QStringList all = lines();
    ASSERT_EQ(all.size(), 4);
    EXPECT_TRUE(all[1].endsWith(QStringLiteral(",yes,2026/001"))) << all[1].toStdString();
    EXPECT_TRUE(all[2].endsWith(QStringLiteral(",yes,"))) << all[2].toStdString();

    TimeEntryFilter november;
    november.clientId = acme.id;
    november.from = local(2026, 11, 1, 0, 0);
    november.to = local(2026, 12, 1, 0, 0);
    const QStringList some = lines(november);
    ASSERT_EQ(some.size(), 2);
    EXPECT_TRUE(some[1].startsWith(QStringLiteral("2026-11-05,09:00,09:30,30,0.50,ACME Srl")))
        << some[1].toStdString();
}

TEST_F(TimesheetCsvTest, AFileIsWrittenWholeOrNotAtAll)
{
    for (int day = 1; day <= 28; ++day)
        for (int hour = 8; hour < 18; ++hour)
            log(acme.id, local(2026, 10, day, hour, 0), 3000, QStringLiteral("Email"), QString());
    TempDir dir;
    const QString path = dir.file(QStringLiteral("october.csv"));
    auto written = TimesheetCsv(t.db(), t.clock()).writeFile({}, path);
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(*written, 280) << "more than one page of entries";
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count("\r\n"), 281);

    // A folder that does not exist: a clear error and no file.
    const QString nowhere = dir.file(QStringLiteral("missing/october.csv"));
    auto refused = TimesheetCsv(t.db(), t.clock()).writeFile({}, nowhere);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("october.csv")));
    EXPECT_FALSE(QFileInfo::exists(nowhere));
}
