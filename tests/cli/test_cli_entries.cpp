// minuta-cli entry split: an entry cut in two at a time inside it, as the app's time log does.

#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace minuta::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class CliEntries : public CliFileTest
{
protected:
    CliEntries() : CliFileTest("entries.sqlite") {}

    void SetUp() override
    {
        ok({s("client"), s("add"), s("--name"), s("ACME")});
        id = logged(s("2026-11-02T09:00"), s("2026-11-02T11:00"));
    }

    // Logs ACME's email from `start` to `end`; returns the entry's id.
    QString logged(const QString &start, const QString &end) const
    {
        const QJsonObject entry = json({s("log"), s("--client"), s("ACME"), s("--start"), start, s("--end"),
                                        end, s("--task"), s("Email"), s("--note"), s("Inbox")})
                                      .toObject();
        return QString::number(entry[s("id")].toInt());
    }

    QString id;
};

} // namespace

TEST_F(CliEntries, SplitCutsAnEntryInTwoAndPrintsBothParts)
{
    const CliRun split = run({s("entry"), s("split"), id, s("--at"), s("2026-11-02T10:15")});
    ASSERT_EQ(split.exitCode, 0) << split.err.toStdString();
    EXPECT_EQ(split.out, s("Entry 1: ACME, 2026-11-02 09:00–10:15 (1:15), Email\n"
                           "Entry 2: ACME, 2026-11-02 10:15–11:00 (0:45), Email\n"));
    EXPECT_TRUE(split.err.isEmpty()) << split.err.toStdString();

    const QJsonArray entries = json({s("entries")}).toObject()[s("entries")].toArray();
    ASSERT_EQ(entries.size(), 2);
    for (const QJsonValue &entry : entries) {
        EXPECT_EQ(entry[s("task")].toString(), s("Email"));
        EXPECT_EQ(entry[s("description")].toString(), s("Inbox"));
        EXPECT_TRUE(entry[s("billable")].toBool());
    }
}

TEST_F(CliEntries, SplitPrintsBothPartsAsJson)
{
    const QJsonArray parts = json({s("entry"), s("split"), id, s("--at"), s("2026-11-02T10:00")})
                                 .toObject()[s("entries")]
                                 .toArray();
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(QString::number(parts[0][s("id")].toInt()), id) << "the entry keeps its id";
    EXPECT_EQ(parts[0][s("start")].toString(), s("2026-11-02T09:00:00+01:00"));
    EXPECT_EQ(parts[0][s("end")].toString(), s("2026-11-02T10:00:00+01:00"));
    EXPECT_EQ(parts[1][s("start")].toString(), s("2026-11-02T10:00:00+01:00"));
    EXPECT_EQ(parts[1][s("end")].toString(), s("2026-11-02T11:00:00+01:00"));
    EXPECT_EQ(parts[1][s("durationSeconds")].toInt(), 3600);
}

TEST_F(CliEntries, SplitRefusesATimeOutsideTheEntryAndChangesNothing)
{
    const QString inside =
        s("Split the entry at a time inside it, after 2026-11-02 09:00 and before 2026-11-02 11:00.");
    for (const char *at : {"2026-11-02T08:30", "2026-11-02T09:00", "2026-11-02T11:00", "2026-11-03T10:00"})
        refused({s("entry"), s("split"), id, s("--at"), s(at)}, inside);
    refused({s("entry"), s("split"), id, s("--at"), s("half past ten")},
            s("--at: “half past ten” is not a date and time"));
    refused({s("entry"), s("split"), s("999"), s("--at"), s("2026-11-02T10:00")},
            s("no time entry with id 999"));
    refused({s("entry"), s("split"), s("first"), s("--at"), s("2026-11-02T10:00")},
            s("“first” is not an id."));
    refused({s("entry"), s("split"), id}, s("needs --at"), 2);
    refused({s("entry"), s("split"), s("--at"), s("2026-11-02T10:00")}, s("needs the entry's id"), 2);
}

TEST_F(CliEntries, SplitRefusesATimeTheClocksSkipped)
{
    // 29 March 2026 in Rome: the clocks go from 02:00 to 03:00, so 01:30–03:30 is an hour of work.
    const QString night = logged(s("2026-03-29T01:30"), s("2026-03-29T03:30"));
    refused({s("entry"), s("split"), night, s("--at"), s("2026-03-29T02:30")},
            s("2026-03-29 02:30 does not exist in your time zone"));
    ok({s("entry"), s("split"), night, s("--at"), s("2026-03-29T03:00")});
}

TEST_F(CliEntries, SplitRefusesRunningAndBilledWork)
{
    const QJsonObject started = json({s("timer"), s("start"), s("--client"), s("ACME")}).toObject();
    const QString running = QString::number(started[s("running")].toObject()[s("id")].toInt());
    refused({s("entry"), s("split"), running, s("--at"), s("2026-11-02T10:00")},
            s("The timer is still running on this entry"));
    ok({s("timer"), s("discard")});

    ok({s("business"), s("set"), s("--name"), s("Giulia Rossi")});
    const CliRun drafted = run({s("invoice"), s("draft"), s("--client"), s("ACME")});
    ASSERT_EQ(drafted.exitCode, 0) << drafted.err.toStdString();
    ok({s("invoice"), s("issue"), drafted.out.trimmed()});
    refused({s("entry"), s("split"), id, s("--at"), s("2026-11-02T10:00")}, s("billed on an invoice"));
}

TEST_F(CliEntries, TheEntryGroupListsSplit)
{
    const CliRun help = run({s("entry"), s("--help")});
    ASSERT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(s("  split  "))) << help.out.toStdString();
    const CliRun usage = run({s("entry"), s("split"), s("--help")});
    ASSERT_EQ(usage.exitCode, 0);
    EXPECT_TRUE(usage.out.contains(s("Usage: minuta-cli [--db PATH] entry split ID --at TIME")))
        << usage.out.toStdString();
}
