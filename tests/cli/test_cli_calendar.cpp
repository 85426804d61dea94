// Planned work, reports and the calendar export from the command line.

#include "clirunner.h"

#include "qtprinters.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class CliCalendar : public CliFileTest
{
protected:
    CliCalendar() : CliFileTest("calendar.sqlite") {}

    void SetUp() override
    {
        ok({s("settings"), s("--currency"), s("EUR"), s("--rate"), s("30.00"), s("--increment"), s("15")});
        ok({s("client"), s("add"), s("--name"), s("=ACME, Inc.")});
    }
};

} // namespace

TEST_F(CliCalendar, WorkIsPlannedListedDoneAndDeleted)
{
    const QJsonObject plan =
        json({s("plan"), s("add"), s("--client"), s("=ACME, Inc."), s("--title"), s("Newsletter"),
              s("--start"), s("2030-03-04T09:00"), s("--minutes"), s("90"), s("--due"), s("2030-03-06"),
              s("--repeat"), s("weekly"), s("--until"), s("2030-03-25")})
            .toObject();
    EXPECT_EQ(plan.value(s("title")).toString(), s("Newsletter"));
    EXPECT_EQ(plan.value(s("repeat")).toString(), s("weekly"));
    const QString id = QString::number(plan.value(s("id")).toInteger());

    const QJsonArray march =
        json({s("plan"), s("list"), s("--from"), s("2030-03-01"), s("--to"), s("2030-03-31")}).toArray();
    ASSERT_EQ(march.size(), 4);
    EXPECT_EQ(march[0].toObject().value(s("day")).toString(), s("2030-03-04"));
    EXPECT_EQ(march[3].toObject().value(s("day")).toString(), s("2030-03-25"));
    EXPECT_EQ(march[1].toObject().value(s("due")).toString(), s("2030-03-13"));

    ok({s("plan"), s("done"), id, s("--on"), s("2030-03-11")});
    const QJsonArray after =
        json({s("plan"), s("list"), s("--from"), s("2030-03-11"), s("--to"), s("2030-03-11")}).toArray();
    ASSERT_EQ(after.size(), 1);
    EXPECT_TRUE(after[0].toObject().value(s("done")).toBool());
    EXPECT_TRUE(run({s("plan"), s("list"), s("--from"), s("2030-03-01"), s("--to"), s("2030-03-31")})
                    .out.contains(s("Newsletter")));

    refused({s("plan"), s("done"), id, s("--on"), s("2030-03-12")}, s("does not fall on"));
    refused({s("plan"), s("add"), s("--client"), s("=ACME, Inc."), s("--title"), s("Too long"), s("--start"),
             s("2030-03-04T09:00"), s("--minutes"), s("2000")},
            s("--minutes"));
    refused({s("plan"), s("add"), s("--client"), s("=ACME, Inc."), s("--title"), s("Every day"), s("--start"),
             s("2030-03-04T09:00"), s("--minutes"), s("30"), s("--repeat"), s("daily")},
            s("weekly or monthly"));
    refused({s("plan"), s("add"), s("--client"), s("=ACME, Inc."), s("--title"), s("No end")}, s("Usage:"),
            2);

    ok({s("plan"), s("delete"), id});
    EXPECT_TRUE(json({s("plan"), s("list"), s("--all")}).toArray().isEmpty());
}

TEST_F(CliCalendar, MonthlyAndAgingReportsInTextJsonAndCsv)
{
    ok({s("log"), s("--client"), s("=ACME, Inc."), s("--start"), s("2026-10-05T09:00"), s("--minutes"),
        s("37")});
    ok({s("log"), s("--client"), s("=ACME, Inc."), s("--start"), s("2026-11-03T09:00"), s("--minutes"),
        s("60")});

    const QJsonArray rows =
        json({s("report"), s("monthly"), s("--from"), s("2026-10-01"), s("--to"), s("2026-11-30")}).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject().value(s("month")).toString(), s("2026-10"));
    EXPECT_EQ(rows[0].toObject().value(s("seconds")).toInt(), 37 * 60);
    EXPECT_EQ(rows[0].toObject().value(s("billable")).toObject().value(s("amount")).toInt(), 2250);
    EXPECT_EQ(rows[1].toObject().value(s("unbilled")).toObject().value(s("amount")).toInt(), 3000);

    const CliRun csv = run(
        {s("report"), s("monthly"), s("--from"), s("2026-10-01"), s("--to"), s("2026-11-30"), s("--csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(s("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith(s("month,client,hours")));
    EXPECT_EQ(lines[1], s("2026-10,\"'=ACME, Inc.\",0:37,0:37,EUR,22.50,22.50,0.00,0.00,0.00,0.00"))
        << "quoted for the comma, and kept from being run as a formula";

    const CliRun text =
        run({s("report"), s("monthly"), s("--from"), s("2026-10-01"), s("--to"), s("2026-11-30")});
    EXPECT_TRUE(text.out.contains(s("=ACME, Inc."))) << text.out.toStdString();

    EXPECT_TRUE(json({s("report"), s("aging")}).toArray().isEmpty());
    EXPECT_TRUE(run({s("report"), s("aging")}).out.contains(s("Nothing is owed")));
    const CliRun both = run({s("--json"), s("report"), s("aging"), s("--csv")});
    EXPECT_EQ(both.exitCode, 2);
}

TEST_F(CliCalendar, TheCalendarIsExportedAsICalendar)
{
    ok({s("log"), s("--client"), s("=ACME, Inc."), s("--start"), s("2026-10-05T09:00"), s("--minutes"),
        s("37")});
    const QString ics = dir.file(s("work.ics"));
    const QJsonObject written = json({s("calendar"), s("export"), s("--from"), s("2026-10-01"), s("--to"),
                                      s("2026-10-31"), s("-o"), ics})
                                    .toObject();
    EXPECT_EQ(written.value(s("events")).toInt(), 1);
    QFile file(ics);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    EXPECT_TRUE(data.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_TRUE(data.contains("SUMMARY:=ACME\\, Inc.\r\n"));
    EXPECT_TRUE(data.endsWith("END:VCALENDAR\r\n"));
    const CliRun missing = run({s("calendar"), s("export"), s("--from"), s("2026-10-01")});
    EXPECT_EQ(missing.exitCode, 2);
}
