// Prepaid packs from the command line: selling one, its balance as work is logged (with the warning on
// stderr), what `unbilled` shows as covered and still to bill, closing it, and the refusals that leave
// the file as it was.

#include "clirunner.h"

#include "qtprinters.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class CliPacks : public CliFileTest
{
protected:
    CliPacks() : CliFileTest("packs.sqlite") {}

    void SetUp() override
    {
        // €30.00 an hour, billed in quarters of an hour rounded up.
        ok({s("settings"), s("--currency"), s("EUR"), s("--rate"), s("30.00"), s("--increment"), s("15")});
        ok({s("client"), s("add"), s("--name"), s("ACME"), s("--country"), s("IT"), s("--vat-id"),
            s("IT01234567897")});
    }

    // Ten days ago, and days after it, where the command line runs.
    static QString day(int offset) { return cliToday().addDays(-10 + offset).toString(Qt::ISODate); }
};

} // namespace

TEST_F(CliPacks, APackIsSoldDrawnDownWarnedAboutShownAsCoveredAndClosed)
{
    // 2 h for €60.00 from ten days ago; work beyond it at €20.00/h.
    const QJsonObject sold = json({s("pack"), s("add"), s("--client"), s("ACME"), s("--hours"), s("2"),
                                   s("--price"), s("60"), s("--from"), day(0), s("--overage"), s("rate:20")})
                                 .toObject();
    const QString id = QString::number(sold[s("id")].toInteger());
    EXPECT_EQ(sold[s("status")].toString(), s("active"));
    EXPECT_EQ(sold[s("minutes")].toInteger(), 120);
    EXPECT_EQ(sold[s("left_minutes")].toInteger(), 120);
    EXPECT_EQ(sold[s("price")].toInteger(), 6000);
    EXPECT_EQ(sold[s("sale")].toObject()[s("status")].toString(), s("draft"));
    EXPECT_EQ(sold[s("from")].toString(), day(0));
    EXPECT_TRUE(sold[s("until")].isNull());

    // 50 min → 60 billed: half of it, no warning.
    CliRun first = run(
        {s("log"), s("--client"), s("ACME"), s("--start"), day(1) + s("T09:00"), s("--minutes"), s("50")});
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_FALSE(first.err.contains(s("pack"))) << first.err.toStdString();
    // 70 min → 75 billed: 60 from the pack, 15 beyond it: used up, said on stderr, exit 0.
    CliRun second = run(
        {s("log"), s("--client"), s("ACME"), s("--start"), day(2) + s("T09:00"), s("--minutes"), s("70")});
    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.err.contains(s("pack %1 of ACME is used up: 0:00 left of 2:00").arg(id)))
        << second.err.toStdString();

    const QJsonObject shown = json({s("pack"), s("show"), id}).toObject();
    EXPECT_EQ(shown[s("status")].toString(), s("exhausted"));
    EXPECT_EQ(shown[s("used_minutes")].toInteger(), 120);
    EXPECT_EQ(shown[s("left_minutes")].toInteger(), 0);
    EXPECT_EQ(shown[s("overage_minutes")].toInteger(), 15);
    // 15 min at €20.00/h = €5.00.
    EXPECT_EQ(shown[s("overage_amount")].toInteger(), 500);
    EXPECT_TRUE(ok({s("pack"), s("show"), id}).contains(s("0:00 left of 2:00")));

    // Unbilled: 2 h covered, 15 min still to bill for €5.00 (the raw work priced on its own terms is
    // 1:00 + 1:15 at €30.00 = €67.50).
    const QJsonObject unbilled = json({s("unbilled"), s("--client"), s("ACME")}).toObject();
    EXPECT_EQ(unbilled[s("totals")].toObject()[s("total")].toObject()[s("amount")].toInteger(), 6750);
    EXPECT_EQ(unbilled[s("covered")].toObject()[s("seconds")].toInteger(), 7200);
    EXPECT_EQ(unbilled[s("billable")].toObject()[s("seconds")].toInteger(), 900);
    EXPECT_EQ(unbilled[s("billable")].toObject()[s("amount")].toObject()[s("amount")].toInteger(), 500);
    const QJsonArray time = unbilled[s("time")].toArray();
    ASSERT_EQ(time.size(), 2);
    EXPECT_EQ(time[0].toObject()[s("coveredSeconds")].toInteger(), 3600);
    EXPECT_EQ(time[1].toObject()[s("coveredSeconds")].toInteger(), 3600);
    EXPECT_EQ(time[1].toObject()[s("billableSeconds")].toInteger(), 900);
    EXPECT_TRUE(ok({s("unbilled"), s("--client"), s("ACME")}).contains(s("Still to bill")));

    // The statement, as CSV and as a PDF (written by the drawing half).
    const QString csvPath = dir.file(s("statement.csv"));
    ok({s("pack"), s("statement"), id, s("-o"), csvPath});
    QFile csvFile(csvPath);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(csvFile.readAll(), QByteArray("Date,Description,Hours drawn,Hours left\r\n") + day(1).toUtf8()
                                     + QByteArray(",,1.00,1.00\r\n") + day(2).toUtf8()
                                     + QByteArray(",,1.00,0.00\r\n"));
    const QString pdfPath = dir.file(s("statement.pdf"));
    ok({s("pack"), s("statement"), id, s("-o"), pdfPath});
    QProcess text;
    text.start(s("pdftotext"), {s("-layout"), pdfPath, s("-")});
    ASSERT_TRUE(text.waitForFinished(30000)) << "pdftotext (poppler-utils) is needed by this test";
    const QString read = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(read.contains(s("Prepaid pack statement"))) << read.toStdString();
    EXPECT_TRUE(read.contains(s("Used 2:00"))) << read.toStdString();
    EXPECT_TRUE(read.contains(s("Beyond the pack: 0:15, €5.00"))) << read.toStdString();
    refused({s("pack"), s("statement"), id, s("-o"), dir.file(s("statement.txt"))}, s(".pdf or .csv"));

    // The month's report: one pack sold for 2 h, 2 h of it used.
    const QJsonArray months =
        json({s("report"), s("packs"), s("--from"), day(0), s("--to"), day(0)}).toArray();
    ASSERT_EQ(months.size(), 1);
    EXPECT_EQ(months[0].toObject()[s("sold")].toInteger(), 1);
    EXPECT_EQ(months[0].toObject()[s("soldMinutes")].toInteger(), 120);
    // As CSV, for one client: its month's row says 1 pack of 2:00 sold for €60.00.
    const QString csv = ok({s("report"), s("packs"), s("--from"), day(0), s("--to"), day(0), s("--client"),
                            s("ACME"), s("--csv")});
    EXPECT_TRUE(csv.startsWith(s("month,sold,sold_hours,used_hours,ended,unused_hours,sold_value_EUR\r\n")))
        << csv.toStdString();
    EXPECT_TRUE(csv.contains(s(",1,2:00,"))) << csv.toStdString();
    EXPECT_TRUE(csv.trimmed().endsWith(s(",60.00"))) << csv.toStdString();
    refused({s("report"), s("packs"), s("--client"), s("Nobody")}, s("Nobody"));

    // In use until closed; then only with --all.
    EXPECT_EQ(json({s("pack"), s("list")}).toArray().size(), 1);
    const QJsonObject closed = json({s("pack"), s("close"), id}).toObject();
    EXPECT_EQ(closed[s("status")].toString(), s("closed"));
    EXPECT_EQ(closed[s("closed_on")].toString(), cliToday().toString(Qt::ISODate));
    EXPECT_EQ(json({s("pack"), s("list")}).toArray().size(), 0);
    EXPECT_EQ(json({s("pack"), s("list"), s("--client"), s("ACME"), s("--all")}).toArray().size(), 1);
    refused({s("pack"), s("close"), id}, s("was closed on"));
}

TEST_F(CliPacks, UnitsMoneyAndRetainersAreSoldAndWrongPacksRefused)
{
    ok({s("service"), s("add"), s("--name"), s("Call answering"), s("--unit"), s("call"), s("--price"),
        s("2")});
    const QJsonObject calls =
        json({s("pack"), s("add"), s("--client"), s("ACME"), s("--units"), s("Call answering=100"),
              s("--amount"), s("50"), s("--price"), s("180"), s("--no-invoice")})
            .toObject();
    const QJsonArray units = calls[s("units")].toArray();
    ASSERT_EQ(units.size(), 1);
    EXPECT_EQ(units[0].toObject()[s("quantity")].toString(), s("100"));
    EXPECT_EQ(units[0].toObject()[s("left")].toString(), s("100"));
    EXPECT_EQ(calls[s("amount")].toInteger(), 5000);
    EXPECT_EQ(calls[s("left_amount")].toInteger(), 5000);
    EXPECT_TRUE(calls[s("sale")].isNull());
    EXPECT_TRUE(calls[s("billed_elsewhere")].toBool());

    // A monthly retainer: its period ends as it renews.
    const QJsonObject retainer = json({s("pack"), s("add"), s("--client"), s("ACME"), s("--hours"), s("20"),
                                       s("--price"), s("550"), s("--from"), cliToday().toString(Qt::ISODate),
                                       s("--renew"), s("monthly"), s("--rollover-cap"), s("300")})
                                     .toObject();
    EXPECT_EQ(retainer[s("until")].toString(), cliToday().addMonths(1).addDays(-1).toString(Qt::ISODate));
    EXPECT_EQ(retainer[s("renew")].toString(), s("monthly"));
    EXPECT_EQ(retainer[s("rollover_cap_minutes")].toInteger(), 300);

    const QString client = s("--client");
    refused({s("pack"), s("add"), client, s("ACME"), s("--price"), s("10")}, s("A pack covers something"));
    refused({s("pack"), s("add"), client, s("ACME"), s("--hours"), s("1.01"), s("--price"), s("10")},
            s("whole minutes"));
    refused({s("pack"), s("add"), client, s("ACME"), s("--hours"), s("1"), s("--minutes"), s("60"),
             s("--price"), s("10")},
            s("not both"));
    refused({s("pack"), s("add"), client, s("ACME"), s("--hours"), s("1"), s("--price"), s("10"),
             s("--overage"), s("later")},
            s("--overage"));
    refused({s("pack"), s("add"), client, s("ACME"), s("--hours"), s("1"), s("--price"), s("-1")},
            s("negative"));
    refused({s("pack"), s("add"), client, s("ACME"), s("--units"), s("Scanning=5"), s("--price"), s("10")},
            s("Scanning"));
    refused({s("pack"), s("add"), client, s("ACME"), s("--hours"), s("1"), s("--price"), s("10"),
             s("--rollover-cap"), s("30")},
            s("Only a retainer"));
    refused({s("pack"), s("add"), client, s("Nobody"), s("--hours"), s("1"), s("--price"), s("10")},
            s("Nobody"));
    refused({s("pack"), s("add"), client, s("ACME"), s("--hours"), s("1")}, s("Usage:"), 2);
    refused({s("pack"), s("show"), s("999")}, s("There is no pack 999"));
    refused({s("pack"), s("edit"), s("999"), s("--hours"), s("3")}, s("There is no pack 999"));
}

TEST_F(CliPacks, RecurringFeesGoOnTheDraftAndAreListedAndDeleted)
{
    // €200.00 a month from the first of this month: this month's line goes on a new draft now.
    const QDate first(cliToday().year(), cliToday().month(), 1);
    const QJsonObject fee =
        json({s("recurring"), s("add"), s("--client"), s("ACME"), s("--description"), s("Mailbox management"),
              s("--price"), s("200"), s("--every"), s("month"), s("--from"), first.toString(Qt::ISODate)})
            .toObject();
    EXPECT_EQ(fee[s("unit_price")].toInteger(), 20000);
    EXPECT_EQ(fee[s("billed_through")].toString(), first.toString(Qt::ISODate));
    const QJsonArray invoices = json({s("invoice"), s("list")}).toArray();
    ASSERT_EQ(invoices.size(), 1);
    EXPECT_EQ(invoices[0].toObject()[s("status")].toString(), s("draft"));
    EXPECT_EQ(json({s("recurring"), s("list"), s("--client"), s("ACME")}).toArray().size(), 1);

    refused({s("recurring"), s("add"), s("--client"), s("ACME"), s("--description"), s("X"), s("--price"),
             s("1"), s("--every"), s("fortnight")},
            s("--every is week, month, quarter or year"));
    refused({s("recurring"), s("add"), s("--client"), s("ACME"), s("--description"), s("X"), s("--price"),
             s("-1"), s("--every"), s("month")},
            s("negative"));
    // A new price and a last day, from the next period on; what is on the draft stays €200.00.
    const QString id = QString::number(fee[s("id")].toInteger());
    const QDate next = first.addMonths(1);
    EXPECT_EQ(fee[s("next_period")].toString(), next.toString(Qt::ISODate));
    const QJsonObject edited = json({s("recurring"), s("edit"), id, s("--price"), s("250"), s("--until"),
                                     next.toString(Qt::ISODate), s("--tax-rate"), s("10")})
                                   .toObject();
    EXPECT_EQ(edited[s("unit_price")].toInteger(), 25000);
    EXPECT_EQ(edited[s("until")].toString(), next.toString(Qt::ISODate));
    EXPECT_EQ(edited[s("tax_rate")].toString(), s("10"));
    EXPECT_EQ(json({s("invoice"), s("show"), invoices[0].toObject()[s("id")].toVariant().toString()})
                  .toObject()[s("lines")]
                  .toArray()[0]
                  .toObject()[s("unitPrice")]
                  .toInteger(),
              20000);
    // This month's period is on the draft: its first day, its period and a last day before it stay.
    refused({s("recurring"), s("edit"), id, s("--from"), first.addDays(1).toString(Qt::ISODate)},
            s("so its first day stays"));
    refused({s("recurring"), s("edit"), id, s("--every"), s("week")}, s("so its period stays the same"));
    refused({s("recurring"), s("edit"), id, s("--until"), first.addDays(-1).toString(Qt::ISODate)},
            s("The last day"));
    const QJsonObject standard =
        json({s("recurring"), s("edit"), id, s("--tax-rate"), s("standard"), s("--until"), s("none")})
            .toObject();
    EXPECT_TRUE(standard[s("tax_rate")].isNull());
    EXPECT_TRUE(standard[s("until")].isNull());
    refused({s("recurring"), s("edit"), s("999"), s("--price"), s("1")}, s("There is no recurring fee 999"));

    refused({s("recurring"), s("delete"), s("999")}, s("There is no recurring fee 999"));
    ok({s("recurring"), s("delete"), id});
    EXPECT_EQ(json({s("recurring"), s("list")}).toArray().size(), 0);
}

TEST_F(CliPacks, TheWarningComesAtTheShareTheSettingsSay)
{
    // 2 h; at 50 % the warning comes after one hour of work.
    ok({s("settings"), s("--pack-warning"), s("50")});
    EXPECT_EQ(json({s("settings")}).toObject()[s("packWarningPercent")].toInteger(), 50);
    const QString id = QString::number(json({s("pack"), s("add"), s("--client"), s("ACME"), s("--hours"),
                                             s("2"), s("--price"), s("60"), s("--from"), day(0)})
                                           .toObject()[s("id")]
                                           .toInteger());
    const CliRun logged = run(
        {s("log"), s("--client"), s("ACME"), s("--start"), day(1) + s("T09:00"), s("--minutes"), s("60")});
    EXPECT_EQ(logged.exitCode, 0);
    EXPECT_TRUE(logged.err.contains(s("pack %1 of ACME is 50 % used: 1:00 left of 2:00").arg(id)))
        << logged.err.toStdString();
    refused({s("settings"), s("--pack-warning"), s("0")}, s("--pack-warning"));
    refused({s("settings"), s("--pack-warning"), s("101")}, s("--pack-warning"));
}
