// The reports as CSV, as both the app and the command line write them: the columns in one order,
// amounts a spreadsheet reads as numbers, names kept as text, a credit note's credit as a negative
// balance.

#include "io/reportcsv.h"

#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace minuta;

namespace {

const Currency EUR = *Currency::fromCode(u"EUR");
const Currency GBP = *Currency::fromCode(u"GBP");

QList<QByteArray> linesOf(const QByteArray &csv)
{
    EXPECT_TRUE(csv.endsWith("\r\n"));
    QList<QByteArray> lines = csv.split('\n');
    lines.removeLast(); // after the last CRLF
    for (QByteArray &line : lines) {
        EXPECT_TRUE(line.endsWith('\r'));
        line.chop(1);
    }
    return lines;
}

} // namespace

TEST(ReportCsv, MonthlyRowsHaveTheirCurrencyBeforeTheAmounts)
{
    MonthlyRow r;
    r.month = QDate(2026, 11, 1);
    r.clientName = QStringLiteral("Studio Bianchi, Rossi & \"Figli\"");
    r.currency = EUR;
    r.seconds = 12 * 3600 + 30 * 60;
    r.billableSeconds = 12 * 3600;
    r.billable = Money(36000, EUR);
    r.unbilled = Money(6000, EUR);
    r.invoiced = Money(30000, EUR);
    r.invoicedGross = Money(36600, EUR); // with VAT at 22 %
    r.paid = Money(-2500, EUR);
    r.outstanding = Money(0, EUR);
    MonthlyRow pounds;
    pounds.month = QDate(2026, 12, 1);
    pounds.clientName = QStringLiteral("=HYPERLINK(\"x\")");
    pounds.currency = GBP;
    pounds.billable = pounds.unbilled = pounds.invoiced = pounds.invoicedGross = pounds.paid =
        pounds.outstanding = Money(1, GBP);

    const QList<QByteArray> lines = linesOf(reportcsv::monthly({r, pounds}));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0],
              "month,client,hours,billable_hours,currency,billable,unbilled,invoiced_net,invoiced_gross,paid,"
              "outstanding");
    EXPECT_EQ(lines[1],
              "2026-11,\"Studio Bianchi, Rossi & \"\"Figli\"\"\",12:30,12:00,EUR,360.00,60.00,300.00,"
              "366.00,-25.00,0.00");
    EXPECT_EQ(lines[2], "2026-12,\"'=HYPERLINK(\"\"x\"\")\",0:00,0:00,GBP,0.01,0.01,0.01,0.01,0.01,0.01");
}

TEST(ReportCsv, AgingRowsListCreditAsANegativeBalanceNeverLate)
{
    AgingRow late;
    late.number = QStringLiteral("2026/014");
    late.clientName = QStringLiteral("ACME");
    late.issueDate = QDate(2026, 9, 1);
    late.dueDate = QDate(2026, 10, 1);
    late.balance = Money(122000, EUR);
    late.daysLate = 40;
    late.bucket = AgingBucket::Late31To60;
    AgingRow credit;
    credit.number = QStringLiteral("NC-2026/002");
    credit.clientName = QStringLiteral("-Verdi; Neri");
    credit.issueDate = QDate(2026, 11, 5);
    credit.dueDate = QDate(2026, 11, 5);
    credit.balance = Money(-5000, GBP);
    credit.daysLate = 0;
    credit.bucket = AgingBucket::Current;
    credit.credit = true;
    AgingRow notDue = late;
    notDue.daysLate = -12; // due in twelve days
    notDue.bucket = AgingBucket::Current;

    const QList<QByteArray> lines = linesOf(reportcsv::aging({late, credit, notDue}));
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0], "number,client,issue_date,due_date,days_late,bucket,currency,balance");
    EXPECT_EQ(lines[1], "2026/014,ACME,2026-09-01,2026-10-01,40,31-60,EUR,1220.00");
    EXPECT_EQ(lines[2], "NC-2026/002,\"'-Verdi; Neri\",2026-11-05,2026-11-05,0,current,GBP,-50.00");
    EXPECT_EQ(lines[3], "2026/014,ACME,2026-09-01,2026-10-01,0,current,EUR,1220.00");
}

TEST(ReportCsv, ServiceRowsGiveTheQuantityAsANumber)
{
    ServiceRow r;
    r.month = QDate(2026, 11, 1);
    r.serviceName = QStringLiteral("Calls, answered");
    r.unit = QStringLiteral("call");
    r.quantity = Quantity::fromMilli(12500);
    r.uses = 3;
    const QList<QByteArray> lines = linesOf(reportcsv::services({r}));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0], "month,service,quantity,unit,uses");
    EXPECT_EQ(lines[1], "2026-11,\"Calls, answered\",12.5,call,3");
}

TEST(ReportCsv, NoRowsIsTheHeaderAlone)
{
    EXPECT_EQ(reportcsv::monthly({}),
              QByteArray("month,client,hours,billable_hours,currency,billable,unbilled,"
                         "invoiced_net,invoiced_gross,paid,outstanding\r\n"));
    EXPECT_EQ(linesOf(reportcsv::aging({})).size(), 1);
}

TEST(ReportCsv, PacksHaveAValueColumnPerCurrencyNeverAddingEurosToPounds)
{
    // November: two packs, 10 h for €300.00 and 5 h for £120.00; 7:30 used; one ended with 1:15 unused.
    // December: nothing sold; 0:45 used. Each currency's column is 0 in a month it sold nothing in.
    PackMonth nov;
    nov.year = 2026;
    nov.month = 11;
    nov.sold = 2;
    nov.soldMinutes = 15 * 60;
    ASSERT_TRUE(nov.soldValue.add(Money(30000, EUR)).ok());
    ASSERT_TRUE(nov.soldValue.add(Money(12000, GBP)).ok());
    nov.usedSeconds = 7 * 3600 + 30 * 60;
    nov.expired = 1;
    nov.unusedSeconds = 75 * 60;
    PackMonth dec;
    dec.year = 2026;
    dec.month = 12;
    dec.usedSeconds = 45 * 60;
    const QList<QByteArray> lines = linesOf(reportcsv::packs({nov, dec}));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], "month,sold,sold_hours,used_hours,ended,unused_hours,sold_value_EUR,sold_value_GBP");
    EXPECT_EQ(lines[1], "2026-11,2,15:00,7:30,1,1:15,300.00,120.00");
    EXPECT_EQ(lines[2], "2026-12,0,0:00,0:45,0,0:00,0.00,0.00");
    EXPECT_EQ(linesOf(reportcsv::packs({})),
              QList<QByteArray>{"month,sold,sold_hours,used_hours,ended,unused_hours"});
}
