// Values that cannot be right, refused from the command line: impossible offsets, sums too large to
// compute, dates far from today without --force, and names that only look different.

#include "clirunner.h"

#include "qtprinters.h"
#include "testdatabase.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class CliValues : public CliFileTest
{
protected:
    CliValues() : CliFileTest("values.sqlite") {}

    void SetUp() override
    {
        ok({s("business"),      s("set"),
            s("--name"),        s("Giulia Rossi"),
            s("--address"),     s("Via Zamboni 12"),
            s("--postcode"),    s("40126"),
            s("--city"),        s("Bologna"),
            s("--province"),    s("BO"),
            s("--vat-id"),      s("IT01234567897"),
            s("--country"),     s("IT"),
            s("--tax-profile"), s("it-forfettario"),
            s("--currency"),    s("EUR")});
        ok({s("settings"), s("--rate"), s("30.00")});
        ok({s("client"), s("add"), s("--name"), s("ACME"), s("--address"), s("Via Roma 1"), s("--postcode"),
            s("20121"), s("--city"), s("Milano"), s("--vat-id"), s("IT03000000004")});
        ok({s("client"), s("add"), s("--name"), s("Café"), s("--address"), s("Via Po 2"), s("--postcode"),
            s("10123"), s("--city"), s("Torino"), s("--vat-id"), s("IT04000000002")});
        ok({s("service"), s("add"), s("--name"), s("Calls"), s("--unit"), s("call"), s("--price"),
            s("1.50")});
    }

    // A day of last week, so the work is in the past whatever today is.
    static QString lastWeek(const char *time)
    {
        return cliToday().addDays(-7).toString(Qt::ISODate) + s(time);
    }
};

} // namespace

TEST_F(CliValues, OnlyRealUtcOffsetsAreAccepted)
{
    for (const char *offset : {"+14:01", "+99:99", "-23:59"}) {
        refused({s("log"), s("--client"), s("ACME"), s("--start"), lastWeek("T09:00") + s(offset),
                 s("--minutes"), s("30")},
                s("--start: “%1” has no real UTC offset").arg(lastWeek("T09:00") + s(offset)));
        refused({s("log"), s("--client"), s("ACME"), s("--start"), lastWeek("T09:00"), s("--end"),
                 lastWeek("T10:00") + s(offset)},
                s("--end:"));
        refused({s("usage"), s("add"), s("--client"), s("ACME"), s("--service"), s("Calls"), s("--qty"),
                 s("1"), s("--at"), lastWeek("T09:00") + s(offset)},
                s("--at:"));
    }
    ok({s("log"), s("--client"), s("ACME"), s("--start"), lastWeek("T20:00+14:00"), s("--minutes"), s("30")});
    const QJsonArray entries = json({s("entries")}).toObject()[s("entries")].toArray();
    ASSERT_EQ(entries.size(), 1);
}

TEST_F(CliValues, AReportTooLargeToComputeIsRefusedLikeUnbilledWork)
{
    // Half the largest amount per hour: three hours cannot be computed.
    ok({s("client"), s("add"), s("--name"), s("Huge"), s("--rate"), s("46116860184273879.03")});
    for (const char *time : {"T09:00", "T11:00", "T13:00"})
        ok({s("log"), s("--client"), s("Huge"), s("--start"), lastWeek(time), s("--minutes"), s("60")});
    refused({s("unbilled"), s("--client"), s("Huge")}, s("too large"));
    const QString month = cliToday().addDays(-7).toString(s("yyyy-MM"));
    refused({s("report"), s("monthly"), s("--from"), month + s("-01"), s("--to"), month + s("-01")},
            s("too large to compute"));
    const CliRun r = run({s("report"), s("monthly")});
    EXPECT_FALSE(r.out.contains(s("-92"))) << r.out.toStdString();
}

TEST_F(CliValues, DatesFarFromTodayNeedForce)
{
    refused(
        {s("log"), s("--client"), s("ACME"), s("--start"), s("1999-12-31T09:00"), s("--minutes"), s("30")},
        s("The start, 1999-12-31, is before the year 2000."));
    refused(
        {s("log"), s("--client"), s("ACME"), s("--start"), s("1999-12-31T09:00"), s("--minutes"), s("30")},
        s("--force"));
    ok({s("log"), s("--client"), s("ACME"), s("--start"), s("2000-01-01T09:00"), s("--minutes"), s("30")});
    ok({s("log"), s("--client"), s("ACME"), s("--start"), s("1999-12-31T09:00"), s("--minutes"), s("30"),
        s("--force")});
    refused({s("entry"), s("edit"), s("1"), s("--start"), s("1999-06-01T09:00")}, s("before the year 2000"));
    ok({s("entry"), s("edit"), s("1"), s("--start"), s("1999-06-01T09:00"), s("--force")});
    refused({s("usage"), s("add"), s("--client"), s("ACME"), s("--service"), s("Calls"), s("--qty"), s("1"),
             s("--at"), s("1999-12-31T09:00")},
            s("before the year 2000"));

    const QString yearAndADay = cliToday().addDays(366).toString(Qt::ISODate);
    refused({s("invoice"), s("draft"), s("--client"), s("ACME"), s("--empty"), s("--date"), yearAndADay},
            s("is more than a year from today"));
    ok({s("invoice"), s("draft"), s("--client"), s("ACME"), s("--empty"), s("--date"), yearAndADay,
        s("--force")});
}

TEST_F(CliValues, APaymentBeforeItsInvoiceIsRefusedEvenWithForce)
{
    ok({s("log"), s("--client"), s("ACME"), s("--start"), lastWeek("T09:00"), s("--minutes"), s("60")});
    const QString issued = cliToday().addDays(-7).toString(Qt::ISODate);
    const QString dayBefore = cliToday().addDays(-8).toString(Qt::ISODate);
    const QString id = run({s("invoice"), s("draft"), s("--client"), s("ACME")}).out.trimmed();
    ok({s("invoice"), s("issue"), id, s("--date"), issued});
    refused({s("invoice"), s("pay"), id, s("--amount"), s("10.00"), s("--date"), dayBefore, s("--force")},
            s("cannot be before the invoice's issue date, %1").arg(issued));
    ok({s("invoice"), s("pay"), id, s("--amount"), s("10.00"), s("--date"), issued});
}

TEST_F(CliValues, LookAlikeNamesAreOneName)
{
    for (const QString &name : {s("AC\u200BME"), s("\u202EACME"), s("Cafe\u0301"), s("CAF\u00C9\uFEFF")})
        refused({s("client"), s("add"), s("--name"), name}, s("There is already a client called"));
    for (const QString &name : {s("Bell\u0007"), s("\u001B[31mRed")})
        refused({s("client"), s("add"), s("--name"), name},
                s("The client's name contains a control character."));
    refused(
        {s("service"), s("add"), s("--name"), s("Ca\u200Dlls"), s("--unit"), s("call"), s("--price"), s("1")},
        s("already"));

    // A look-alike finds the client it looks like.
    ok({s("log"), s("--client"), s("AC\u200BME"), s("--start"), lastWeek("T09:00"), s("--minutes"), s("30")});
    const QJsonArray entries =
        json({s("entries"), s("--client"), s("ACME")}).toObject()[s("entries")].toArray();
    EXPECT_EQ(entries.size(), 1);

    ok({s("client"), s("add"), s("--name"), s("Societa\u0300 Piu\u0300")});
    const CliRun shown = run({s("client"), s("show"), s("Società Più")});
    EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(s("Societ\u00E0 Pi\u00F9"))) << shown.out.toStdString();
}
