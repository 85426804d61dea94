// The command line end to end over a temporary file: every command, every refusal (each checked to
// leave the file as it was), and the timer across processes.

#include "clirunner.h"
#include "storage/database.h"

#include "qtprinters.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The commands a help text lists under "Commands:".
QStringList listedCommands(const QString &help)
{
    QStringList names;
    const QString section = help.section(s("Commands:\n"), 1).section(s("\n\n"), 0, 0);
    for (const QString &line : section.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        names << line.trimmed().section(QLatin1Char(' '), 0, 0);
    return names;
}

// The error a refused command printed on stderr with --json: {"error": {"code", "message", "field"}}.
QJsonObject jsonError(const CliRun &run)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(run.err.toUtf8(), &parse);
    EXPECT_EQ(parse.error, QJsonParseError::NoError) << run.err.toStdString();
    EXPECT_EQ(document.object().keys(), QStringList{s("error")}) << run.err.toStdString();
    const QJsonObject error = document.object()[s("error")].toObject();
    EXPECT_EQ(error.keys(), QStringList({s("code"), s("field"), s("message")})) << run.err.toStdString();
    return error;
}

class Cli : public CliFileTest
{
protected:
    Cli() : CliFileTest("cli.sqlite") {}

    // Expects exit code 2 (usage) and the file exactly as before.
    void misused(QStringList args) { refused(args, s("Usage:"), 2); }

    qint64 runningTimers()
    {
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        auto db = Database::open(path, options);
        return sqlValue(**db, s("SELECT count(*) FROM time_entry WHERE end_at IS NULL")).toLongLong();
    }

    void SetUp() override
    {
        ok({s("settings"), s("--currency"), s("EUR"), s("--rate"), s("30.00"), s("--increment"), s("15")});
        ok({s("client"), s("add"), s("--name"), s("ACME"), s("--country"), s("IT"), s("--vat-id"),
            s("IT01234567897")});
        ok({s("client"), s("add"), s("--name"), s("Studio Bianchi"), s("--rate"), s("40.00"),
            s("--increment"), s("1")});
    }
};

} // namespace

TEST_F(Cli, ClientsAreAddedListedShownEditedAndArchived)
{
    const QJsonObject added = json({s("client"),
                                    s("add"),
                                    s("--name"),
                                    s("Rossi Srl"),
                                    s("--currency"),
                                    s("EUR"),
                                    s("--rate"),
                                    s("35.50"),
                                    s("--increment"),
                                    s("6"),
                                    s("--rounding"),
                                    s("nearest"),
                                    s("--minimum"),
                                    s("15"),
                                    s("--terms"),
                                    s("60"),
                                    s("--withholding"),
                                    s("--email"),
                                    s("amministrazione@rossi.it"),
                                    s("--address"),
                                    s("Via Roma 1\\n40100 Bologna"),
                                    s("--language"),
                                    s("it")})
                                  .toObject();
    EXPECT_EQ(added[s("name")].toString(), s("Rossi Srl"));
    EXPECT_EQ(added[s("hourlyRate")].toObject()[s("amount")].toInt(), 3550);
    EXPECT_EQ(added[s("hourlyRate")].toObject()[s("currency")].toString(), s("EUR"));
    EXPECT_EQ(added[s("incrementMinutes")].toInt(), 6);
    EXPECT_EQ(added[s("rounding")].toString(), s("nearest"));
    EXPECT_EQ(added[s("minimumMinutes")].toInt(), 15);
    EXPECT_EQ(added[s("paymentTermsDays")].toInt(), 60);
    EXPECT_TRUE(added[s("withholding")].toBool());
    EXPECT_EQ(added[s("address")].toString(), s("Via Roma 1\n40100 Bologna"));
    const QString id = QString::number(added[s("id")].toInt());

    EXPECT_EQ(json({s("client"), s("list")}).toArray().size(), 3);
    const CliRun table = run({s("client"), s("list")});
    EXPECT_TRUE(table.out.contains(s("Rossi Srl"))) << table.out.toStdString();
    EXPECT_EQ(json({s("client"), s("show"), s("rossi srl")}).toObject()[s("id")].toInt(),
              added[s("id")].toInt());

    const QJsonObject edited = json({s("client"), s("edit"), id, s("--rate"), s("none"),
                                     s("--no-withholding"), s("--name"), s("Rossi SpA")})
                                   .toObject();
    EXPECT_TRUE(edited[s("hourlyRate")].isNull());
    EXPECT_FALSE(edited[s("withholding")].toBool());
    EXPECT_EQ(edited[s("name")].toString(), s("Rossi SpA"));
    EXPECT_EQ(edited[s("incrementMinutes")].toInt(), 6) << "fields not given stay";

    ok({s("client"), s("archive"), s("Rossi SpA")});
    EXPECT_EQ(json({s("client"), s("list")}).toArray().size(), 2);
    EXPECT_EQ(json({s("client"), s("list"), s("--all")}).toArray().size(), 3);
    ok({s("client"), s("unarchive"), id});
    EXPECT_EQ(json({s("client"), s("list")}).toArray().size(), 3);
}

TEST_F(Cli, ClientRefusalsChangeNothing)
{
    refused({s("client"), s("add"), s("--name"), s("acme")}, s("already a client called"));
    refused({s("client"), s("add"), s("--name"), s("X"), s("--currency"), s("XYZ")}, s("--currency"));
    refused({s("client"), s("add"), s("--name"), s("X"), s("--rate"), s("abc")}, s("--rate"));
    refused({s("client"), s("add"), s("--name"), s("X"), s("--rate"), s("-5")}, s("cannot be negative"));
    refused({s("client"), s("add"), s("--name"), s("X"), s("--rate"), s("30,00")}, s("--rate"));
    refused({s("client"), s("add"), s("--name"), s("X"), s("--increment"), s("7")}, s("increment"));
    refused({s("client"), s("add"), s("--name"), s("X"), s("--rounding"), s("sideways")}, s("--rounding"));
    refused({s("client"), s("add"), s("--name"), s("X"), s("--terms"), s("999")}, s("--terms"));
    refused({s("client"), s("add"), s("--name"), s("X"), s("--country"), s("IT"), s("--vat-id"),
             s("01234567890")},
            s("not a valid Italian VAT number"));
    refused({s("client"), s("add"), s("--name"), s("X"), s("--email"), s("nope")}, s("not an email address"));
    refused({s("client"), s("edit"), s("Nobody"), s("--rate"), s("10")}, s("no client called"));
    refused({s("client"), s("archive"), s("Nobody")}, s("no client called"));
    refused({s("client"), s("show"), s("Nobody")}, s("no client called"));
    misused({s("client"), s("add")});
    misused({s("client"), s("add"), s("--name")});
    misused({s("client"), s("frobnicate")});
    misused({s("client")});
    misused({s("client"), s("show")});
}

TEST_F(Cli, TheTimerStartsSwitchesAndStops)
{
    const QJsonObject first =
        json({s("timer"), s("start"), s("--client"), s("ACME"), s("--task"), s("Email")}).toObject();
    EXPECT_TRUE(first[s("stopped")].isNull());
    EXPECT_EQ(first[s("running")].toObject()[s("client")].toObject()[s("name")].toString(), s("ACME"));
    EXPECT_TRUE(first[s("running")].toObject()[s("end")].isNull());

    const QJsonObject status = json({s("timer"), s("status")}).toObject();
    EXPECT_TRUE(status[s("running")].toBool());
    EXPECT_FALSE(status[s("longRunning")].toBool());
    EXPECT_EQ(status[s("limitSeconds")].toInt(), 36000);

    // A second start switches: the first is stopped, the new one runs.
    QThread::sleep(1);
    const QJsonObject second = json({s("timer"), s("start"), s("--client"), s("Studio Bianchi")}).toObject();
    EXPECT_EQ(second[s("stopped")].toObject()[s("id")].toInt(),
              first[s("running")].toObject()[s("id")].toInt());
    EXPECT_EQ(runningTimers(), 1);

    const CliRun stopped = run({s("timer"), s("stop")});
    EXPECT_EQ(stopped.exitCode, 0) << stopped.err.toStdString();
    EXPECT_EQ(runningTimers(), 0);
    EXPECT_FALSE(json({s("timer"), s("status")}).toObject()[s("running")].toBool());

    refused({s("timer"), s("stop")}, s("No timer is running"));
    refused({s("timer"), s("discard")}, s("No timer is running"));
    refused({s("timer"), s("start"), s("--client"), s("Nobody")}, s("no client called"));
    misused({s("timer"), s("start")});

    ok({s("timer"), s("start"), s("--client"), s("ACME")});
    ok({s("timer"), s("discard")});
    EXPECT_EQ(runningTimers(), 0);
}

TEST_F(Cli, TwoProcessesStartingTimersAtOnceLeaveExactlyOneRunning)
{
    QProcess a, b;
    startCli(a, {s("--db"), path, s("timer"), s("start"), s("--client"), s("ACME")});
    startCli(b, {s("--db"), path, s("timer"), s("start"), s("--client"), s("Studio Bianchi")});
    ASSERT_TRUE(a.waitForFinished(30000));
    ASSERT_TRUE(b.waitForFinished(30000));
    EXPECT_EQ(a.exitCode(), 0) << a.readAllStandardError().toStdString();
    EXPECT_EQ(b.exitCode(), 0) << b.readAllStandardError().toStdString();
    EXPECT_EQ(runningTimers(), 1);
}

TEST_F(Cli, WorkIsLoggedListedEditedAndDeleted)
{
    const QJsonObject logged =
        json({s("log"), s("--client"), s("ACME"), s("--start"), s("2026-11-02T09:00"), s("--minutes"),
              s("37"), s("--task"), s("Email"), s("--note"), s("Inbox")})
            .toObject();
    EXPECT_EQ(logged[s("start")].toString(), s("2026-11-02T09:00:00+01:00"));
    EXPECT_EQ(logged[s("end")].toString(), s("2026-11-02T09:37:00+01:00"));
    EXPECT_EQ(logged[s("durationSeconds")].toInt(), 37 * 60);
    EXPECT_TRUE(logged[s("warnings")].toArray().isEmpty());

    // An overlap is accepted and reported.
    const CliRun overlap =
        run({s("log"), s("--client"), s("Studio Bianchi"), s("--start"), s("2026-11-02T09:30"), s("--end"),
             s("2026-11-02T10:00"), s("--non-billable"), s("--rate"), s("50.00")});
    EXPECT_EQ(overlap.exitCode, 0) << overlap.err.toStdString();
    EXPECT_TRUE(overlap.err.contains(s("warning:"))) << overlap.err.toStdString();
    EXPECT_TRUE(overlap.err.contains(s("overlaps"))) << overlap.err.toStdString();

    ok({s("log"), s("--client"), s("ACME"), s("--start"), s("2026-11-03T23:30"), s("--end"),
        s("2026-11-04T00:30")});

    const QJsonObject day =
        json({s("entries"), s("--from"), s("2026-11-02"), s("--to"), s("2026-11-02")}).toObject();
    EXPECT_EQ(day[s("entries")].toArray().size(), 2);
    EXPECT_EQ(day[s("totals")].toObject()[s("seconds")].toInt(), 37 * 60 + 30 * 60);
    EXPECT_EQ(day[s("totals")].toObject()[s("billableSeconds")].toInt(), 37 * 60);
    const QJsonObject crossing =
        json({s("entries"), s("--from"), s("2026-11-03"), s("--to"), s("2026-11-03")}).toObject();
    EXPECT_EQ(crossing[s("entries")].toArray().size(), 1)
        << "an entry across midnight belongs to its start day";
    EXPECT_TRUE(json({s("entries"), s("--from"), s("2026-11-04"), s("--to"), s("2026-11-04")})
                    .toObject()[s("entries")]
                    .toArray()
                    .isEmpty());
    EXPECT_EQ(json({s("entries"), s("--client"), s("acme")}).toObject()[s("entries")].toArray().size(), 2);

    const QString id = QString::number(logged[s("id")].toInt());
    const QJsonObject edited =
        json({s("entry"), s("edit"), id, s("--minutes"), s("45"), s("--rate"), s("40.00")}).toObject();
    EXPECT_EQ(edited[s("durationSeconds")].toInt(), 45 * 60);
    EXPECT_EQ(edited[s("rateOverride")].toObject()[s("amount")].toInt(), 4000);
    EXPECT_EQ(json({s("entry"), s("show"), id}).toObject()[s("task")].toString(), s("Email"));
    ok({s("entry"), s("delete"), id});
    refused({s("entry"), s("show"), id}, s("no time entry with id"));
}

TEST_F(Cli, ImpossibleTimeIsRefusedAndChangesNothing)
{
    ok({s("log"), s("--client"), s("ACME"), s("--start"), s("2026-11-02T09:00"), s("--minutes"), s("30")});
    refused({s("log"), s("--client"), s("ACME"), s("--start"), s("2026-11-02T10:00"), s("--end"),
             s("2026-11-02T09:00")},
            s("end must be after the start"));
    refused(
        {s("log"), s("--client"), s("ACME"), s("--start"), s("2099-01-01T10:00"), s("--minutes"), s("30")},
        s("in the future"));
    refused({s("log"), s("--client"), s("ACME"), s("--start"), s("2026-11-02T10:00"), s("--minutes"), s("0")},
            s("--minutes"));
    refused(
        {s("log"), s("--client"), s("ACME"), s("--start"), s("02/11/2026 10:00"), s("--minutes"), s("30")},
        s("--start"));
    refused(
        {s("log"), s("--client"), s("ACME"), s("--start"), s("2026-03-29T02:30"), s("--minutes"), s("30")},
        s("does not exist in your time zone"));
    refused(
        {s("log"), s("--client"), s("Nobody"), s("--start"), s("2026-11-02T10:00"), s("--minutes"), s("30")},
        s("no client called"));
    refused({s("log"), s("--client"), s("ACME"), s("--start"), s("2026-11-02T10:00"), s("--minutes"), s("30"),
             s("--rate"), s("lots")},
            s("--rate"));
    refused({s("entry"), s("delete"), s("999")}, s("no time entry with id 999"));
    refused({s("entry"), s("edit"), s("1"), s("--end"), s("2026-11-02T08:00")},
            s("end must be after the start"));
    refused({s("entries"), s("--from"), s("2026-11-31")}, s("--from"));
    misused({s("log"), s("--client"), s("ACME"), s("--start"), s("2026-11-02T10:00")});
    misused({s("log"), s("--client"), s("ACME"), s("--start"), s("2026-11-02T10:00"), s("--minutes"), s("5"),
             s("--end"), s("2026-11-02T11:00")});
    misused({s("log"), s("--start"), s("2026-11-02T10:00"), s("--minutes"), s("5")});
    misused({s("entry"), s("edit")});
}

TEST_F(Cli, BilledWorkCannotBeEditedOrDeleted)
{
    const QJsonObject logged = json({s("log"), s("--client"), s("ACME"), s("--start"), s("2026-11-02T09:00"),
                                     s("--minutes"), s("30")})
                                   .toObject();
    ok({s("business"), s("set"), s("--name"), s("Giulia Rossi")});
    const CliRun drafted = run({s("invoice"), s("draft"), s("--client"), s("ACME")});
    ASSERT_EQ(drafted.exitCode, 0) << drafted.err.toStdString();
    ok({s("invoice"), s("issue"), drafted.out.trimmed()});
    const QString id = QString::number(logged[s("id")].toInt());
    refused({s("entry"), s("edit"), id, s("--minutes"), s("60")}, s("billed on an invoice"));
    refused({s("entry"), s("delete"), id}, s("billed on an invoice"));
    EXPECT_TRUE(json({s("entry"), s("show"), id}).toObject()[s("billed")].toBool());
}

TEST_F(Cli, ServicesUsageAndClientPrices)
{
    const QJsonObject calls = json({s("service"), s("add"), s("--name"), s("Call answering"), s("--unit"),
                                    s("call"), s("--price"), s("1.50"), s("--tax-rate"), s("22")})
                                  .toObject();
    EXPECT_EQ(calls[s("unitPrice")].toObject()[s("amount")].toInt(), 150);
    EXPECT_EQ(calls[s("taxRate")].toString(), s("22"));
    ok({s("service"), s("add"), s("--name"), s("Meeting room"), s("--unit"), s("hour"), s("--price"),
        s("25")});
    EXPECT_EQ(json({s("service"), s("list")}).toArray().size(), 2);
    ok({s("service"), s("price"), s("--client"), s("Studio Bianchi"), s("--service"), s("call answering"),
        s("--price"), s("1.20")});

    const QJsonObject used =
        json({s("usage"), s("add"), s("--client"), s("ACME"), s("--service"), s("Call answering"), s("--qty"),
              s("12"), s("--at"), s("2026-11-02T11:00"), s("--note"), s("Monday")})
            .toObject();
    EXPECT_EQ(used[s("quantity")].toString(), s("12"));
    EXPECT_EQ(used[s("quantityThousandths")].toInt(), 12000);
    EXPECT_EQ(used[s("at")].toString(), s("2026-11-02T11:00:00+01:00"));
    ok({s("usage"), s("add"), s("--client"), s("Studio Bianchi"), s("--service"), s("Meeting room"),
        s("--qty"), s("1.5"), s("--at"), s("2026-11-03T15:00")});
    EXPECT_EQ(json({s("usage"), s("list")}).toArray().size(), 2);
    EXPECT_EQ(json({s("usage"), s("list"), s("--client"), s("ACME")}).toArray().size(), 1);
    EXPECT_EQ(json({s("usage"), s("list"), s("--from"), s("2026-11-03"), s("--to"), s("2026-11-03")})
                  .toArray()
                  .size(),
              1);

    refused({s("usage"), s("add"), s("--client"), s("ACME"), s("--service"), s("Call answering"), s("--qty"),
             s("0")},
            s("more than zero"));
    refused({s("usage"), s("add"), s("--client"), s("ACME"), s("--service"), s("Call answering"), s("--qty"),
             s("-3")},
            s("--qty"));
    refused({s("usage"), s("add"), s("--client"), s("ACME"), s("--service"), s("Call answering"), s("--qty"),
             s("1.2345")},
            s("--qty"));
    refused(
        {s("usage"), s("add"), s("--client"), s("ACME"), s("--service"), s("Scanning"), s("--qty"), s("1")},
        s("no service called"));
    refused({s("usage"), s("add"), s("--client"), s("ACME"), s("--service"), s("Call answering"), s("--qty"),
             s("1"), s("--at"), s("2099-01-01T09:00")},
            s("in the future"));
    refused({s("service"), s("add"), s("--name"), s("call ANSWERING"), s("--unit"), s("call"), s("--price"),
             s("1")},
            s("already a service called"));
    refused({s("service"), s("add"), s("--name"), s("Scans"), s("--unit"), s("page"), s("--price"), s("0.10"),
             s("--tax-rate"), s("150")},
            s("100"));
    refused({s("usage"), s("delete"), s("42")}, s("no usage with id 42"));
    misused({s("service"), s("add"), s("--name"), s("Scans")});
    misused({s("usage"), s("add"), s("--client"), s("ACME")});
}

TEST_F(Cli, UnbilledPricesTheWorkAsTheInvoiceWill)
{
    ok({s("log"), s("--client"), s("ACME"), s("--start"), s("2026-11-02T09:00"), s("--minutes"), s("37")});
    ok({s("log"), s("--client"), s("ACME"), s("--start"), s("2026-11-02T10:00"), s("--minutes"), s("60"),
        s("--rate"), s("45.00")});
    ok({s("log"), s("--client"), s("ACME"), s("--start"), s("2026-11-02T11:00"), s("--minutes"), s("20"),
        s("--non-billable")});
    ok({s("log"), s("--client"), s("ACME"), s("--start"), s("2026-10-30T09:00"), s("--minutes"), s("60")});
    ok({s("service"), s("add"), s("--name"), s("Calls"), s("--unit"), s("call"), s("--price"), s("1.50")});
    ok({s("usage"), s("add"), s("--client"), s("ACME"), s("--service"), s("Calls"), s("--qty"), s("12"),
        s("--at"), s("2026-11-05T10:00")});

    const QJsonObject r = json({s("unbilled"), s("--client"), s("ACME"), s("--from"), s("2026-11-01"),
                                s("--to"), s("2026-11-30")})
                              .toObject();
    const QJsonArray time = r[s("time")].toArray();
    ASSERT_EQ(time.size(), 2) << "non-billable and October work are left out";
    EXPECT_EQ(time[0].toObject()[s("rawSeconds")].toInt(), 37 * 60);
    EXPECT_EQ(time[0].toObject()[s("billedSeconds")].toInt(), 45 * 60);
    EXPECT_EQ(time[0].toObject()[s("rateSource")].toString(), s("business"));
    EXPECT_EQ(time[0].toObject()[s("amount")].toObject()[s("amount")].toInt(), 2250);
    EXPECT_EQ(time[1].toObject()[s("rateSource")].toString(), s("entry"));
    EXPECT_EQ(time[1].toObject()[s("amount")].toObject()[s("amount")].toInt(), 4500);
    EXPECT_EQ(r[s("usage")].toArray()[0].toObject()[s("amount")].toObject()[s("amount")].toInt(), 1800);
    const QJsonObject totals = r[s("totals")].toObject();
    EXPECT_EQ(totals[s("time")].toObject()[s("amount")].toInt(), 6750);
    EXPECT_EQ(totals[s("usage")].toObject()[s("amount")].toInt(), 1800);
    EXPECT_EQ(totals[s("total")].toObject()[s("amount")].toInt(), 8550);
    EXPECT_EQ(totals[s("total")].toObject()[s("currency")].toString(), s("EUR"));

    const CliRun text = run(
        {s("unbilled"), s("--client"), s("ACME"), s("--from"), s("2026-11-01"), s("--to"), s("2026-11-30")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(s("85.50"))) << text.out.toStdString();
    refused(
        {s("unbilled"), s("--client"), s("ACME"), s("--from"), s("2026-11-30"), s("--to"), s("2026-11-01")},
        s("ends before it starts"));
    misused({s("unbilled")});
}

TEST_F(Cli, ReadsBesideTheAppButWaitsToWrite)
{
    auto app = Database::open(path); // the desktop app has the file open
    ASSERT_TRUE(app.ok());
    EXPECT_EQ(run({s("timer"), s("status")}).exitCode, 0);
    EXPECT_EQ(run({s("client"), s("list")}).exitCode, 0);
    const CliRun write = run({s("timer"), s("start"), s("--client"), s("ACME")});
    EXPECT_EQ(write.exitCode, 1);
    EXPECT_TRUE(write.err.contains(s("already open"))) << write.err.toStdString();
}

TEST_F(Cli, EveryCommandTheHelpListsRunsAndEveryGroupHasHelp)
{
    // The first line of a command's help: "Usage: minuta-cli [--db PATH] GROUP COMMAND …".
    const auto usageWords = [](const CliRun &r) {
        return r.out.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char(' '));
    };
    const QStringList commands = listedCommands(run({s("--help")}).out);
    EXPECT_TRUE(commands.contains(s("business")) && commands.contains(s("calendar")))
        << commands.join(QLatin1Char(' ')).toStdString();
    for (const QString &command : commands) {
        const CliRun help = run({command, s("--help")});
        EXPECT_EQ(help.exitCode, 0) << command.toStdString();
        EXPECT_EQ(usageWords(help).value(4), command) << help.out.toStdString();
        if (!help.out.contains(s("Commands:"))) {
            EXPECT_TRUE(help.out.contains(s("Options:"))) << command.toStdString();
            continue;
        }
        // A group: each command it lists is the one that runs.
        const QStringList subcommands = listedCommands(help.out);
        EXPECT_FALSE(subcommands.isEmpty()) << command.toStdString();
        for (const QString &sub : subcommands) {
            const CliRun own = run({command, sub, s("--help")});
            EXPECT_EQ(own.exitCode, 0) << command.toStdString() << " " << sub.toStdString();
            EXPECT_EQ(usageWords(own).mid(4, 2), QStringList({command, sub})) << own.out.toStdString();
        }
    }
}

TEST_F(Cli, AnUnknownCommandGetsItsGroupsHelp)
{
    const QString before = fingerprint(path);
    for (const char *group : {"client", "timer", "entry", "service", "usage", "business", "invoice", "plan",
                              "report", "calendar", "backup"}) {
        const CliRun help = run({s(group), s("--help")});
        const CliRun unknown = run({s(group), s("frobnicate")});
        EXPECT_EQ(unknown.exitCode, 2) << group;
        EXPECT_TRUE(unknown.out.isEmpty()) << unknown.out.toStdString();
        EXPECT_EQ(unknown.err,
                  s("minuta-cli: Unknown command “%1 frobnicate”.\n\n").arg(s(group)) + help.out);
        const CliRun none = run({s(group)});
        EXPECT_EQ(none.exitCode, 2) << group;
        EXPECT_EQ(none.err, s("minuta-cli: “%1” needs a command.\n\n").arg(s(group)) + help.out);
    }
    EXPECT_EQ(fingerprint(path), before);
}

TEST_F(Cli, WithJsonARefusalIsJsonOnStderr)
{
    const QString before = fingerprint(path);

    const CliRun duplicate = run({s("--json"), s("client"), s("add"), s("--name"), s("acme")});
    EXPECT_EQ(duplicate.exitCode, 1);
    EXPECT_TRUE(duplicate.out.isEmpty()) << duplicate.out.toStdString();
    const QJsonObject conflict = jsonError(duplicate);
    EXPECT_EQ(conflict[s("code")].toString(), s("conflict"));
    EXPECT_EQ(conflict[s("field")].toString(), s("name"));
    EXPECT_EQ(conflict[s("message")].toString(), s("There is already a client called “acme”."));

    // --json as the command's own option works the same; an option's value is named by the option.
    const CliRun badRate =
        run({s("client"), s("add"), s("--name"), s("X"), s("--rate"), s("abc"), s("--json")});
    EXPECT_EQ(badRate.exitCode, 1);
    const QJsonObject invalid = jsonError(badRate);
    EXPECT_EQ(invalid[s("code")].toString(), s("invalid-input"));
    EXPECT_EQ(invalid[s("field")].toString(), s("rate"));
    EXPECT_TRUE(invalid[s("message")].toString().startsWith(s("--rate: "))) << badRate.err.toStdString();

    // Only the JSON: the hint about --force is for people, the code says it to scripts.
    const CliRun early = run({s("--json"), s("log"), s("--client"), s("ACME"), s("--start"),
                              s("1999-12-31T09:00"), s("--minutes"), s("30")});
    EXPECT_EQ(early.exitCode, 1);
    EXPECT_EQ(jsonError(early)[s("code")].toString(), s("unusual"));
    EXPECT_FALSE(early.err.contains(s("--force"))) << early.err.toStdString();

    EXPECT_EQ(fingerprint(path), before);

    // Without --json the same refusal is a line for people.
    const CliRun text = run({s("client"), s("add"), s("--name"), s("acme")});
    EXPECT_EQ(text.err, s("minuta-cli: There is already a client called “acme”.\n"));
}

TEST_F(Cli, DemoFillsAnEmptyFileOnly)
{
    // This file has clients already: refused, nothing changed.
    refused({s("demo")}, s("already has clients"));

    const QString empty = dir.file(s("demo.sqlite"));
    const CliRun bad = runCli({s("--db"), empty, s("demo"), s("--language"), s("fr")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(s("--language"))) << bad.err.toStdString();
    const CliRun made =
        runCli({s("--db"), empty, s("--json"), s("demo"), s("--language"), s("en"), s("--months"), s("2")});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(made.out.toUtf8()).object();
    EXPECT_EQ(summary.value(s("clients")).toInt(), 8);
    EXPECT_GT(summary.value(s("entries")).toInt(), 50);
    EXPECT_GT(summary.value(s("invoices")).toInt(), 0);
    EXPECT_TRUE(runCli({s("--db"), empty, s("client"), s("list")}).out.contains(s("Bluebell Bakery")));
}

TEST_F(Cli, EntriesExportAsCsvForASpreadsheet)
{
    ok({s("log"), s("--client"), s("ACME"), s("--start"), s("2026-11-02T09:00"), s("--minutes"), s("45"),
        s("--task"), s("Email"), s("--note"), s("Replies, \"urgent\" ones first")});
    ok({s("log"), s("--client"), s("Studio Bianchi"), s("--start"), s("2026-11-03T14:00"), s("--end"),
        s("2026-11-03T15:30"), s("--non-billable")});
    ok({s("log"), s("--client"), s("ACME"), s("--start"), s("2026-11-20T10:00"), s("--minutes"), s("30")});

    const CliRun all = run({s("entries"), s("--to"), s("2026-11-10"), s("--csv")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    EXPECT_EQ(all.out,
              s("date,start,end,minutes,hours,client,task,description,billable,invoice\r\n"
                "2026-11-02,09:00,09:45,45,0.75,ACME,Email,\"Replies, \"\"urgent\"\" ones first\",yes,\r\n"
                "2026-11-03,14:00,15:30,90,1.50,Studio Bianchi,,,no,\r\n"));
    const CliRun one = run({s("entries"), s("--client"), s("Studio Bianchi"), s("--csv")});
    EXPECT_EQ(one.out.count(s("\r\n")), 2) << one.out.toStdString();
}

TEST_F(Cli, EntriesAreImportedFromCsvAllOrNothing)
{
    TempDir files;
    const QString sheet = files.file(s("toggl.csv"));
    {
        QFile f(sheet);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Client,Project,Description,Billable,Start date,Start time,End date,End time\n"
                "ACME,Inbox,Morning emails,Yes,2026-11-02,09:00:00,2026-11-02,10:30:00\n"
                "New Co,Calls,,No,2026-11-02,11:00:00,2026-11-02,11:15:00\n");
    }
    const QString before = fingerprint(path);
    const CliRun unknown = run({s("import"), sheet});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(s("New Co"))) << unknown.err.toStdString();
    EXPECT_EQ(fingerprint(path), before);

    const CliRun dry = run({s("import"), sheet, s("--create-clients"), s("--dry-run")});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(s("Would import 2 entries (1:45 of work)"))) << dry.out.toStdString();
    EXPECT_EQ(fingerprint(path), before);

    const QJsonObject done = json({s("import"), sheet, s("--create-clients")}).toObject();
    EXPECT_EQ(done.value(s("imported")).toInt(), 2);
    EXPECT_EQ(done.value(s("createdClients")).toArray().size(), 1);
    const QJsonObject again = json({s("import"), sheet}).toObject();
    EXPECT_EQ(again.value(s("imported")).toInt(), 0);
    EXPECT_EQ(again.value(s("skipped")).toInt(), 2);
    const CliRun listed = run({s("entries"), s("--csv")});
    EXPECT_TRUE(listed.out.contains(s("2026-11-02,11:00,11:15,15,0.25,New Co,Calls,,no,")))
        << listed.out.toStdString();
    EXPECT_EQ(run({s("import")}).exitCode, 2);

    // A sheet Excel saved as Windows-1252: the accents come in whole, and the encoding is said.
    const QString excel = files.file(s("excel.csv"));
    {
        QFile f(excel);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Data;Inizio;Minuti;Cliente;Descrizione\r\n"
                "2026-11-03;09:00;30;Caff\xE8 Sol\xE8;Perch\xE9 \x96 s\xEC\r\n");
    }
    const CliRun accented = run({s("import"), excel, s("--create-clients")});
    EXPECT_EQ(accented.exitCode, 0) << accented.err.toStdString();
    EXPECT_TRUE(accented.err.contains(s("Read as Windows-1252."))) << accented.err.toStdString();
    const CliRun stored = run({s("entries"), s("--csv")});
    EXPECT_TRUE(stored.out.contains(s("Caffè Solè,,Perché – sì"))) << stored.out.toStdString();

    // A dry run of a sheet with bad rows names each, and exits 1 with nothing stored.
    const QString bad = files.file(s("bad.csv"));
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("date,start,minutes,client\n2026-13-01,09:00,30,ACME\n2026-11-04,25:00,30,ACME\n");
    }
    const QString beforeBad = fingerprint(path);
    const CliRun dryBad = run({s("import"), bad, s("--dry-run")});
    EXPECT_EQ(dryBad.exitCode, 1);
    EXPECT_TRUE(dryBad.err.contains(s("Line 2:")) && dryBad.err.contains(s("Line 3:")))
        << dryBad.err.toStdString();
    EXPECT_EQ(fingerprint(path), beforeBad);
}

TEST_F(Cli, AnImportNeverMovesWorkAndSaysWhichLineIsWrong)
{
    TempDir files;
    const auto sheet = [&files](const QByteArray &csv) {
        const QString name = files.file(s("sheet.csv"));
        writeAll(name, csv);
        return name;
    };
    // Refused with the line, and the file is left byte for byte as it was.
    const auto refusedAsIs = [&](const QByteArray &csv, const QString &message) {
        const QByteArray before = sha256(path);
        refused({s("import"), sheet(csv)}, message);
        EXPECT_EQ(sha256(path), before) << csv.toStdString();
    };
    // The clocks in Rome skipped from 02:00 to 03:00 on 29 March 2026.
    refusedAsIs("date,start,end,client\n2026-03-29,02:00,02:45,ACME\n2026-03-29,03:00,03:45,ACME\n",
                s("Line 2: 2026-03-29 02:00 does not exist in your time zone: the clocks changed at that "
                  "time."));
    refusedAsIs("date,start,hours,client\r2026-11-02,09:00,1152921504606846977:00,ACME\r",
                s("Line 2: An entry cannot be longer than 24 hours"));
    refusedAsIs("date,start,end,client\n1969-12-31,09:00,10:00,ACME\n",
                s("Line 2: the dates must be between 1970 and 9999."));

    // An old Mac file, with lone carriage returns, comes in line by line.
    const QJsonObject done =
        json({s("import"),
              sheet("date,start,end,client\r2026-11-02,09:00,10:00,ACME\r2026-11-02,10:00,10:30,ACME\r")})
            .toObject();
    EXPECT_EQ(done.value(s("imported")).toInt(), 2);
}

TEST_F(Cli, SpeaksItalianInAnItalianLocale)
{
    const CliRun r = runCli({s("--db"), path, s("import"), s("nowhere.csv")}, s("it_IT.UTF-8"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(s("non esiste"))) << r.err.toStdString();
    const CliRun list = runCli({s("--db"), path, s("backup"), s("list")}, s("it_IT.UTF-8"));
    EXPECT_TRUE(list.out.contains(s("Ancora nessuna copia"))) << list.out.toStdString();
    const CliRun entries = runCli({s("--db"), path, s("entries")}, s("it_IT.UTF-8"));
    EXPECT_FALSE(entries.out.contains(s("No entries."))) << entries.out.toStdString();
}

TEST_F(Cli, TheIdleMinutesAreASettingOfTheFile)
{
    // Ten minutes unless set; the desktop app asks about idle time after them.
    EXPECT_EQ(json({s("settings")}).toObject()[s("idleMinutes")].toInt(), 10);
    ok({s("settings"), s("--idle"), s("25")});
    EXPECT_EQ(json({s("settings")}).toObject()[s("idleMinutes")].toInt(), 25);
    EXPECT_TRUE(ok({s("settings")}).contains(s("Idle time asked about after 25 minutes away")));
    ok({s("settings"), s("--idle"), s("0")});
    EXPECT_TRUE(ok({s("settings")}).contains(s("Idle time never asked about")));
    // Longer than four hours is not idleness but the end of the day; refused, nothing changed.
    refused({s("settings"), s("--idle"), s("500")}, s("idle"));
    refused({s("settings"), s("--idle"), s("-5")}, s("idle"));
}
