#include "clientrepository.h"
#include "timeentryrepository.h"
#include "timesheetcsv.h"
#include "timesheetimport.h"

#include "qtprinters.h"
#include "testdatabase.h"

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

class TimesheetImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.clock().setLocal(2026, 11, 20, 18, 0);
        Client c;
        c.name = QStringLiteral("ACME Srl");
        c.currency = *Currency::fromCode(u"EUR");
        acme = ClientRepository(t.db(), t.clock()).add(c).value();
    }

    Result<TimesheetImport::Report> import(const QByteArray &csv, TimesheetImport::Options options = {})
    {
        return TimesheetImport(t.db(), t.clock()).importData(csv, options);
    }

    // The entries as Minuta exports them, without the header.
    QStringList exported()
    {
        QByteArray all;
        EXPECT_TRUE(TimesheetCsv(t.db(), t.clock())
                        .write({},
                               [&all](const QByteArray &b) {
                                   all += b;
                                   return true;
                               })
                        .ok());
        QStringList lines = QString::fromUtf8(all).split(QStringLiteral("\r\n"));
        lines.removeFirst();
        lines.removeLast();
        return lines;
    }

    void refused(const QByteArray &csv, const QString &message, TimesheetImport::Options options = {})
    {
        const QString before = fingerprint(t.db());
        auto r = import(csv, options);
        ASSERT_FALSE(r.ok()) << csv.toStdString();
        EXPECT_TRUE(r.error().message().contains(message))
            << "expected “" << message.toStdString() << "” in “" << r.error().message().toStdString() << "”";
        EXPECT_EQ(fingerprint(t.db()), before) << csv.toStdString();
    }

    TestDatabase t;
    Client acme;
};

} // namespace

TEST_F(TimesheetImportTest, MinutasOwnExportComesBackTheSame)
{
    const QByteArray csv =
        "date,start,end,minutes,hours,client,task,description,billable,invoice\r\n"
        "2026-11-02,09:00,09:45,45,0.75,ACME Srl,Email,\"Replies, \"\"urgent\"\" first\",yes,\r\n"
        "2026-11-03,23:30,00:30,60,1.00,Studio Bianchi,'=SUM,\"line one\nline two\",no,2026/004\r\n";
    TimesheetImport::Options options;
    options.createClients = true;
    auto r = import(csv, options);
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(r->imported, 2);
    EXPECT_EQ(r->seconds, 45 * 60 + 3600);
    EXPECT_EQ(r->createdClients, QStringList{QStringLiteral("Studio Bianchi")});
    // Imported work is not billed yet, so the invoice column does not come back.
    EXPECT_EQ(exported(),
              (QStringList{
                  QStringLiteral(
                      "2026-11-02,09:00,09:45,45,0.75,ACME Srl,Email,\"Replies, \"\"urgent\"\" first\",yes,"),
                  QStringLiteral(
                      "2026-11-03,23:30,00:30,60,1.00,Studio Bianchi,'=SUM,\"line one\nline two\",no,")}));
    auto bianchi = ClientRepository(t.db(), t.clock()).find(u"Studio Bianchi");
    ASSERT_TRUE(bianchi.ok());
    EXPECT_EQ(bianchi->currency.code(), QStringLiteral("EUR")) << "a new client gets the business defaults";

    // The same file again adds nothing.
    auto again = import(csv, options);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->skipped, 2);
    EXPECT_EQ(exported().size(), 2);
}

TEST_F(TimesheetImportTest, TogglTrackDetailedExport)
{
    const QByteArray csv =
        "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End "
        "time,Duration,Tags,Amount ()\n"
        "Giulia,g@example.com,ACME Srl,Inbox,,Morning "
        "emails,Yes,2026-10-24,22:15:00,2026-10-25,02:15:00,05:00:00,,\n"
        "Giulia,g@example.com,acme srl,Calls,,,No,2026-11-02,09:00:00,2026-11-02,09:20:30,00:20:30,,\n";
    auto r = import(csv);
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(r->imported, 2);
    // 22:15 to 02:15 across the night the clocks go back in Rome: five hours.
    EXPECT_EQ(r->seconds, 5 * 3600 + 20 * 60 + 30);
    EXPECT_TRUE(r->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("User")))
        << "columns not read are named";
    const QStringList rows = exported();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0], QStringLiteral("2026-10-24,22:15,02:15,300,5.00,ACME Srl,Inbox,Morning emails,yes,"));
    EXPECT_EQ(rows[1], QStringLiteral("2026-11-02,09:00,09:20,21,0.34,ACME Srl,Calls,,no,"));
}

TEST_F(TimesheetImportTest, ASpreadsheetInItalianWithSemicolonsAndDayFirstDates)
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Data;Inizio;Ore;Cliente;Attività;Descrizione;Fatturabile\r\n"
                           "02/11/2026;9:00;1,5;ACME Srl;Telefonate;Richiamare il notaio;sì\r\n"
                           "03/11/2026;14:30;0,25;ACME Srl;Email;;no\r\n";
    TimesheetImport::Options options;
    refused(csv, QStringLiteral("“02/11/2026” is not a date (write it as 2026-11-02)"), options);
    options.dateFormat = QStringLiteral("dd/MM/yyyy");
    auto r = import(csv, options);
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(
        exported(),
        (QStringList{
            QStringLiteral("2026-11-02,09:00,10:30,90,1.50,ACME Srl,Telefonate,Richiamare il notaio,yes,"),
            QStringLiteral("2026-11-03,14:30,14:45,15,0.25,ACME Srl,Email,,no,")}));
}

TEST_F(TimesheetImportTest, ADryRunChecksEverythingAndStoresNothing)
{
    const QString before = fingerprint(t.db());
    TimesheetImport::Options options;
    options.dryRun = true;
    options.createClients = true;
    auto r = import("client,start,minutes\nNew Client,2026-11-02T09:00,30\n", options);
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(r->imported, 1);
    EXPECT_EQ(r->createdClients, QStringList{QStringLiteral("New Client")});
    EXPECT_EQ(fingerprint(t.db()), before);
}

TEST_F(TimesheetImportTest, AnythingWrongRefusesTheWholeFileAndSaysWhere)
{
    const QByteArray header = "date,start,end,client\n";
    const QByteArray good = "2026-11-02,09:00,10:00,ACME Srl\n";
    refused(header + good + "2026-11-02,11:00,10:00,ACME Srl\n", QStringLiteral("Line 3:"));
    // 20:00 to 10:00 would be fourteen hours: not a late night but an end before the start.
    refused(header + good + "2026-11-02,20:00,10:00,ACME Srl\n", QStringLiteral("Line 3:"));
    refused(header + "2026-11-30,09:00,10:00,ACME Srl\n", QStringLiteral("future"));
    refused(header + "2026-11-02,9 o'clock,10:00,ACME Srl\n",
            QStringLiteral("“9 o'clock” is not a time of day"));
    refused(header + "2026-11-02,09:00,10:00,\n", QStringLiteral("the client is missing"));
    refused(header + good + "2026-11-02,09:00,10:00,Nobody Ltd\n", QStringLiteral("Nobody Ltd"));
    refused("date,start,client\n" + good, QStringLiteral("neither an “end” nor an “hours” column"));
    refused("date,end,client\n" + good, QStringLiteral("no “start” column"));
    refused("date,start,end\n" + good, QStringLiteral("no “client” column"));
    refused("date,start,end,client,billable\n2026-11-02,09:00,10:00,ACME Srl,maybe\n",
            QStringLiteral("“maybe” is not yes or no"));
    refused("date,start,hours,client\n2026-11-02,09:00,1h30,ACME Srl\n",
            QStringLiteral("“1h30” is not a duration"));
    refused(header + "2026-11-02,09:00,10:00,\"ACME Srl\n", QStringLiteral("quoted field never ends"));
    refused("", QStringLiteral("empty"));
    // A new client is not added when a later row is refused.
    TimesheetImport::Options create;
    create.createClients = true;
    refused(header + "2026-11-02,09:00,10:00,New Client\n2026-11-02,09:00,08:00,ACME Srl\n",
            QStringLiteral("Line 3"), create);
}
