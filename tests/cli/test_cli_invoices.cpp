// Invoicing from the command line, end to end.

#include "clirunner.h"
#include "invoicing/invoicerepository.h"
#include "storage/database.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
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

class CliInvoices : public CliFileTest
{
protected:
    CliInvoices() : CliFileTest("invoices.sqlite") {}

    void SetUp() override
    {
        ok({s("business"), s("set"), s("--name"), s("Giulia Rossi"), s("--address"),
            s("Via Zamboni 12\\n40126 Bologna"), s("--country"), s("IT"), s("--vat-id"), s("IT01234567897"),
            s("--iban"), s("IT60X0542811101000000123456"), s("--tax-profile"), s("it-ordinario"),
            s("--contribution"), s("4"), s("--currency"), s("EUR")});
        ok({s("settings"), s("--rate"), s("30.00")});
        ok({s("client"), s("add"), s("--name"), s("ACME Srl"), s("--withholding"), s("--language"), s("it"),
            s("--address"), s("Via Roma 1\\n20121 Milano"), s("--vat-id"), s("IT00743110157")});
        // 1,000.00 of fees: four entries of 8h20m.
        for (const char *day : {"02", "03", "04", "05"})
            ok({s("log"), s("--client"), s("ACME Srl"), s("--start"), s("2026-11-%1T09:00").arg(s(day)),
                s("--minutes"), s("500")});
    }
};

} // namespace

TEST_F(CliInvoices, TheBusinessProfileIsSetAndShown)
{
    const QJsonObject b = json({s("business"), s("show")}).toObject();
    EXPECT_EQ(b[s("name")].toString(), s("Giulia Rossi"));
    EXPECT_EQ(b[s("address")].toString(), s("Via Zamboni 12\n40126 Bologna"));
    EXPECT_EQ(b[s("taxProfile")].toString(), s("it-ordinario"));
    EXPECT_EQ(b[s("contributionRate")].toString(), s("4"));
    EXPECT_EQ(b[s("numberPattern")].toString(), s("{YYYY}/{N:3}"));
    ok({s("business"), s("set"), s("--contribution"), s("0"), s("--logo"),
        s(MINUTA_SOURCE_DIR "/resources/icons/minuta.svg")});
    const QJsonObject changed = json({s("business"), s("show")}).toObject();
    EXPECT_EQ(changed[s("contributionRate")].toString(), s("0"));
    EXPECT_TRUE(changed[s("logo")].toBool());
    EXPECT_EQ(changed[s("name")].toString(), s("Giulia Rossi")) << "options not given stay";

    refused({s("business"), s("set"), s("--iban"), s("IT00X0000000000000000000000")}, s("not a valid IBAN"));
    refused({s("business"), s("set"), s("--number-pattern"), s("{N}")}, s("year"));
    refused({s("business"), s("set"), s("--tax-profile"), s("atlantis")}, s("no tax profile"));
    refused({s("business"), s("set"), s("--contribution"), s("150")}, s("100"));
    writeAll(dir.file(s("logo.txt")), QByteArrayLiteral("not an image"));
    refused({s("business"), s("set"), s("--logo"), dir.file(s("logo.txt"))}, s("PNG, JPEG or SVG"));
}

TEST_F(CliInvoices, TaxProfilesAreListed)
{
    const CliRun r = run({s("--json"), s("tax-profiles")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonArray profiles = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QStringList ids;
    for (const QJsonValue &v : profiles)
        ids << v.toObject()[s("id")].toString();
    for (const char *id : {"generic", "it-ordinario", "it-forfettario", "uk-vat", "au-gst", "ca-gst",
                           "ca-hst-on", "ca-qc", "in-gst-intra", "in-gst-inter", "us"})
        EXPECT_TRUE(ids.contains(s(id))) << id;
    for (const QJsonValue &v : profiles) {
        if (v.toObject()[s("id")].toString() == s("ca-qc")) {
            EXPECT_EQ(v.toObject()[s("taxes")].toArray()[1].toObject()[s("rate")].toDouble(), 997.5);
        }
    }
}

TEST_F(CliInvoices, FromDraftToPaidWithTheWorkedExample)
{
    const QString id = ok({s("invoice"), s("draft"), s("--client"), s("ACME Srl"), s("--from"),
                           s("2026-11-01"), s("--to"), s("2026-11-30"), s("--group"), s("total")});
    ASSERT_FALSE(id.isEmpty());
    ASSERT_TRUE(id.toLongLong() > 0) << "the draft's id alone: " << id.toStdString();

    QJsonObject draft = json({s("invoice"), s("show"), id}).toObject();
    EXPECT_TRUE(draft[s("number")].isNull());
    EXPECT_EQ(draft[s("status")].toString(), s("draft"));
    EXPECT_EQ(draft[s("client")].toObject()[s("name")].toString(), s("ACME Srl"));
    EXPECT_EQ(draft[s("currency")].toString(), s("EUR"));
    const QJsonObject totals = draft[s("totals")].toObject();
    EXPECT_EQ(totals[s("net")].toInteger(), 100000);
    EXPECT_EQ(totals[s("contribution")].toInteger(), 4000);
    EXPECT_EQ(totals[s("tax")].toInteger(), 22880);
    EXPECT_EQ(totals[s("withholding")].toInteger(), 20800);
    EXPECT_EQ(totals[s("stamp_duty")].toInteger(), 0);
    EXPECT_EQ(totals[s("total")].toInteger(), 126880);
    EXPECT_EQ(totals[s("due")].toInteger(), 106080);
    EXPECT_EQ(totals[s("paid")].toInteger(), 0);
    EXPECT_EQ(totals[s("balance")].toInteger(), 0);
    const QJsonObject vat = draft[s("taxes")].toArray()[0].toObject();
    EXPECT_EQ(vat[s("name")].toString(), s("IVA"));
    EXPECT_EQ(vat[s("rate")].toInteger(), 2200) << "basis points";
    EXPECT_EQ(vat[s("base")].toInteger(), 104000);
    EXPECT_EQ(vat[s("amount")].toInteger(), 22880);

    const QString line = ok({s("invoice"), s("add-line"), id, s("--description"),
                             s("Marca da bollo anticipata"), s("--qty"), s("1"), s("--price"), s("0.00")});
    EXPECT_FALSE(line.isEmpty());
    ok({s("invoice"), s("remove-line"), id, line});

    const QString number = ok({s("invoice"), s("issue"), id});
    EXPECT_EQ(number, s("2026/001"));
    QJsonObject issued = json({s("invoice"), s("show"), number}).toObject();
    EXPECT_EQ(issued[s("status")].toString(), s("issued"));
    EXPECT_EQ(issued[s("totals")].toObject()[s("balance")].toInteger(), 106080);

    ok({s("invoice"), s("pay"), id, s("--amount"), s("500.00")});
    EXPECT_EQ(json({s("invoice"), s("show"), id})[s("status")].toString(), s("partly_paid"));
    ok({s("invoice"), s("pay"), id, s("--amount"), s("560.80")});
    issued = json({s("invoice"), s("show"), id}).toObject();
    EXPECT_EQ(issued[s("status")].toString(), s("paid"));
    EXPECT_EQ(issued[s("payments")].toArray().size(), 2);

    const QJsonArray list =
        QJsonDocument::fromJson(
            run({s("--json"), s("invoice"), s("list"), s("--status"), s("paid")}).out.toUtf8())
            .array();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].toObject()[s("number")].toString(), s("2026/001"));

    const QString pdf = dir.file(s("out.pdf"));
    ok({s("invoice"), s("pdf"), id, s("-o"), pdf, s("--timesheet")});
    EXPECT_TRUE(readAll(pdf).startsWith("%PDF"));
}

TEST_F(CliInvoices, RefusalsLeaveTheFileUnchanged)
{
    const QString id = ok({s("invoice"), s("draft"), s("--client"), s("ACME Srl")});
    refused({s("invoice"), s("draft"), s("--client"), s("ACME Srl")}, s("no unbilled work"));
    refused({s("invoice"), s("draft"), s("--client"), s("Nobody")}, s("no client called"));
    refused({s("invoice"), s("draft"), s("--client"), s("ACME Srl"), s("--group"), s("week")}, s("--group"));
    refused({s("invoice"), s("add-line"), id, s("--description"), s("X"), s("--qty"), s("0"), s("--price"),
             s("1")},
            s("more than zero"));
    refused({s("invoice"), s("add-line"), id, s("--description"), s("X"), s("--qty"), s("1"), s("--price"),
             s("-1")},
            s("negative"));
    refused({s("invoice"), s("edit"), id, s("--discount"), s("99999.00")}, s("it can be at most 1000.00"));
    refused({s("invoice"), s("pay"), id, s("--amount"), s("10")}, s("issued invoices only"));
    refused({s("invoice"), s("issue"), id, s("--date"), s("2099-01-01")}, s("future"));
    refused({s("invoice"), s("show"), s("4242")}, s("no invoice"));
    refused({s("invoice"), s("cancel"), id}, s("deleted, not cancelled"));

    ok({s("invoice"), s("issue"), id});
    refused({s("invoice"), s("add-line"), id, s("--description"), s("X"), s("--qty"), s("1"), s("--price"),
             s("1")},
            s("can no longer change"));
    refused({s("invoice"), s("delete"), id}, s("can no longer change"));
    refused({s("invoice"), s("issue"), id}, s("can no longer change"));
    refused({s("invoice"), s("pay"), id, s("--amount"), s("2000.00")}, s("more than what is still due"));
    refused({s("entry"), s("delete"), s("1")}, s("billed on an invoice"));
}

TEST_F(CliInvoices, CancellingGivesACreditNoteAndFreesTheWork)
{
    const QString id = ok({s("invoice"), s("draft"), s("--client"), s("ACME Srl")});
    ok({s("invoice"), s("issue"), id});
    EXPECT_EQ(ok({s("invoice"), s("cancel"), id}), s("NC-2026/001"));
    EXPECT_EQ(json({s("invoice"), s("show"), id})[s("status")].toString(), s("cancelled"));
    const QString again = ok({s("invoice"), s("draft"), s("--client"), s("ACME Srl")});
    EXPECT_EQ(ok({s("invoice"), s("issue"), again}), s("2026/002"));
}

TEST_F(CliInvoices, TwoProcessesIssuingAtOnceGetDifferentNumbers)
{
    ok({s("client"), s("add"), s("--name"), s("Second Client"), s("--address"), s("Via Po 2"),
        s("--postcode"), s("10123"), s("--city"), s("Torino"), s("--vat-id"), s("IT02000000006")});
    ok({s("log"), s("--client"), s("Second Client"), s("--start"), s("2026-11-06T09:00"), s("--minutes"),
        s("60")});
    const QString first = ok({s("invoice"), s("draft"), s("--client"), s("ACME Srl")});
    const QString second = ok({s("invoice"), s("draft"), s("--client"), s("Second Client")});
    QProcess a, b;
    startCli(a, {s("--db"), path, s("invoice"), s("issue"), first});
    startCli(b, {s("--db"), path, s("invoice"), s("issue"), second});
    ASSERT_TRUE(a.waitForFinished(30000));
    ASSERT_TRUE(b.waitForFinished(30000));
    EXPECT_EQ(a.exitCode(), 0) << a.readAllStandardError().toStdString();
    EXPECT_EQ(b.exitCode(), 0) << b.readAllStandardError().toStdString();
    const QString na = QString::fromUtf8(a.readAllStandardOutput()).trimmed();
    const QString nb = QString::fromUtf8(b.readAllStandardOutput()).trimmed();
    EXPECT_NE(na, nb);
    EXPECT_EQ(QSet<QString>({na, nb}), QSet<QString>({s("2026/001"), s("2026/002")}));
}

TEST_F(CliInvoices, ThePdfHasASafeDefaultName)
{
    ok({s("client"), s("edit"), s("ACME Srl"), s("--name"), s("ACME: <Best> / Co")});
    const QString id = ok({s("invoice"), s("draft"), s("--client"), s("1")});
    ok({s("invoice"), s("issue"), id});
    QProcess p;
    p.setWorkingDirectory(dir.path());
    startCli(p, {s("--db"), path, s("invoice"), s("pdf"), id});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_TRUE(QFileInfo::exists(dir.file(s("2026-001 ACME- -Best- - Co.pdf"))))
        << QDir(dir.path()).entryList().join(QLatin1Char(',')).toStdString();
}

TEST_F(CliInvoices, ShowGivesEachRatesBaseWhatIsOutsideVatAndTheEuroFigures)
{
    const QString id = ok({s("invoice"), s("draft"), s("--client"), s("ACME Srl")});
    ok({s("invoice"), s("add-line"), id, s("--description"), s("Spese postali anticipate"), s("--qty"),
        s("1"), s("--price"), s("100.00"), s("--expense")});
    QJsonObject shown = json({s("invoice"), s("show"), id}).toObject();
    // Fees 1,000.00 + rivalsa 40.00 at 22 %: base 1,040.00; the 100.00 expense is outside VAT (N1).
    const QJsonObject vat = shown[s("taxes")].toArray()[0].toObject();
    EXPECT_EQ(vat[s("base")].toInteger(), 104000);
    const QJsonArray outside = shown[s("outside_vat")].toArray();
    ASSERT_EQ(outside.size(), 1);
    EXPECT_EQ(outside[0].toObject()[s("nature")].toString(), s("N1"));
    EXPECT_EQ(outside[0].toObject()[s("amount")].toInteger(), 10000);
    EXPECT_TRUE(shown[s("exchange_rate")].isNull());
    EXPECT_TRUE(shown[s("euro")].isNull());
    const QString text = ok({s("invoice"), s("show"), id});
    EXPECT_TRUE(text.contains(s("Outside VAT (N1)"))) << text.toStdString();

    ok({s("client"), s("add"), s("--name"), s("Acme Inc"), s("--currency"), s("USD"), s("--country"), s("US"),
        s("--address"), s("1 Main Street, Boston"), s("--rate"), s("30.00")});
    ok({s("log"), s("--client"), s("Acme Inc"), s("--start"), s("2026-11-02T09:00"), s("--minutes"),
        s("60")});
    const QString usd = ok({s("invoice"), s("draft"), s("--client"), s("Acme Inc")});
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        TestClock clock;
        InvoiceRepository::DraftChanges changes;
        changes.exchangeRate = 1'082'300; // 1.0823 USD per euro
        ASSERT_TRUE(InvoiceRepository(**db, clock).updateDraft(usd.toLongLong(), changes).ok());
    }
    shown = json({s("invoice"), s("show"), usd}).toObject();
    EXPECT_EQ(shown[s("exchange_rate")].toString(), s("1.082300"));
    // 30.00 USD + rivalsa 1.20 = base 31.20 → VAT 6.86, total 38.06 USD. In euros: base 31.20 / 1.0823 =
    // 28.8275 → 28.83, VAT 22 % of it 6.3426 → 6.34, total 38.06 / 1.0823 = 35.1658 → 35.17.
    const QJsonObject euro = shown[s("euro")].toObject();
    ASSERT_FALSE(euro.isEmpty()) << QJsonDocument(shown).toJson().toStdString();
    const QJsonObject euroVat = euro[s("taxes")].toArray()[0].toObject();
    EXPECT_EQ(euroVat[s("base")].toInteger(), 2883);
    EXPECT_EQ(euroVat[s("amount")].toInteger(), 634);
    EXPECT_EQ(euro[s("total")].toInteger(), 3517);
    EXPECT_EQ(shown[s("totals")].toObject()[s("total")].toInteger(), 3806);
    const QString usdText = ok({s("invoice"), s("show"), usd});
    EXPECT_TRUE(usdText.contains(s("Exchange rate: 1 EUR = 1.082300 USD"))) << usdText.toStdString();
    EXPECT_TRUE(usdText.contains(s("35.17 EUR"))) << usdText.toStdString();
}

TEST_F(CliInvoices, ThePaymentOfACancelledInvoiceIsRefundedOrUsedAsCredit)
{
    // 1,000.00 of fees; contribution 40.00; IVA 22 % on 1,040.00 = 228.80; total 1,268.80; withholding
    // 20 % of 1,040.00 = 208.00; due 1,060.80. 500.00 paid, then cancelled: 500.00 owed back.
    const QString id = ok({s("invoice"), s("draft"), s("--client"), s("ACME Srl")});
    ok({s("invoice"), s("issue"), id});
    ok({s("invoice"), s("pay"), id, s("--amount"), s("500.00")});
    const QString credit = ok({s("invoice"), s("cancel"), id});
    QJsonObject note = json({s("invoice"), s("show"), credit}).toObject();
    QJsonObject totals = note[s("totals")].toObject();
    EXPECT_EQ(totals[s("carried_paid")].toInteger(), 50000);
    EXPECT_EQ(totals[s("refunded")].toInteger(), 0);
    EXPECT_EQ(totals[s("credit")].toInteger(), 50000);
    EXPECT_EQ(totals[s("balance")].toInteger(), -50000) << "owed to the client";

    // 200.00 given back, named by the cancelled invoice: 500.00 − 200.00 = 300.00 left.
    ok({s("invoice"), s("refund"), id, s("--amount"), s("200.00"), s("--note"), s("Bank transfer")});
    note = json({s("invoice"), s("show"), credit}).toObject();
    totals = note[s("totals")].toObject();
    EXPECT_EQ(totals[s("refunded")].toInteger(), 20000);
    EXPECT_EQ(totals[s("credit")].toInteger(), 30000);
    ASSERT_EQ(note[s("refunds")].toArray().size(), 1);
    EXPECT_EQ(note[s("refunds")].toArray()[0].toObject()[s("note")].toString(), s("Bank transfer"));
    const QString text = ok({s("invoice"), s("show"), credit});
    EXPECT_TRUE(text.contains(s("Credit owed back"))) << text.toStdString();
    EXPECT_TRUE(text.contains(s("300.00 EUR"))) << text.toStdString();

    // The aging report lists the credit as −300.00.
    const QJsonArray aging =
        QJsonDocument::fromJson(run({s("--json"), s("report"), s("aging")}).out.toUtf8()).array();
    ASSERT_EQ(aging.size(), 1);
    EXPECT_TRUE(aging[0].toObject()[s("credit")].toBool());
    EXPECT_EQ(aging[0].toObject()[s("balance")].toObject()[s("amount")].toInteger(), -30000);

    refused({s("invoice"), s("refund"), credit, s("--amount"), s("300.01")},
            s("more than what is still owed back"));
    refused({s("invoice"), s("refund"), credit, s("--amount"), s("10.00"), s("--date"), s("2099-01-01")},
            s("future"));
    refused({s("invoice"), s("refund"), credit, s("--amount"), s("10.00"), s("--date"), s("2020-01-01")},
            s("before credit note"));
    EXPECT_EQ(run({s("invoice"), s("refund"), credit}).exitCode, 2) << "--amount is needed";

    // The work billed again: due 1,060.80; 300.00 of it paid from the credit leaves 760.80, and the
    // credit note owes nothing more.
    const QString again = ok({s("invoice"), s("draft"), s("--client"), s("ACME Srl")});
    ok({s("invoice"), s("issue"), again});
    refused({s("invoice"), s("refund"), again, s("--amount"), s("10.00")}, s("not a credit note"));
    refused({s("invoice"), s("pay"), again, s("--amount"), s("300.01"), s("--from-credit"), credit},
            s("more than the credit left"));
    const QJsonObject paid =
        json({s("invoice"), s("pay"), again, s("--amount"), s("300.00"), s("--from-credit"), credit})
            .toObject();
    EXPECT_EQ(paid[s("totals")].toObject()[s("balance")].toInteger(), 76080);
    EXPECT_EQ(paid[s("payments")].toArray()[0].toObject()[s("fromCredit")].toString(), credit);
    totals = json({s("invoice"), s("show"), credit})[s("totals")].toObject();
    EXPECT_EQ(totals[s("credit_used")].toInteger(), 30000);
    EXPECT_EQ(totals[s("credit")].toInteger(), 0);
    refused({s("invoice"), s("refund"), credit, s("--amount"), s("0.01")}, s("owes nothing back"));
}
