#include "clients/clientrepository.h"
#include "io/timesheetcsv.h"
#include "io/timesheetimport.h"
#include "work/timeentryrepository.h"

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

TEST_F(TimesheetImportTest, ATimeTheClocksSkippedIsRefusedNotMovedOntoTheNextRow)
{
    // On 29 March 2026 the clocks in Rome went from 02:00 straight to 03:00.
    const QByteArray header = "date,start,end,client\n";
    const QByteArray real = "2026-03-29,03:00,03:45,ACME Srl\n";
    refused(header + "2026-03-29,02:00,02:45,ACME Srl\n" + real,
            QStringLiteral("Line 2: 2026-03-29 02:00 does not exist in your time zone: the clocks changed at "
                           "that time."));
    refused(header + real + "2026-03-29,01:30,02:30,ACME Srl\n",
            QStringLiteral("Line 3: 2026-03-29 02:30 does not exist"));
    refused("client,start,minutes\nACME Srl,2026-03-29T02:15,30\n",
            QStringLiteral("Line 2: 2026-03-29 02:15 does not exist"));

    // The real row alone comes in at the time it says.
    auto r = import(header + real);
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(r->imported, 1);
    EXPECT_EQ(exported(), QStringList{QStringLiteral("2026-03-29,03:00,03:45,45,0.75,ACME Srl,,,yes,")});
}

TEST_F(TimesheetImportTest, RowsOfTheSameFileThatRepeatEachOtherComeInOnce)
{
    const QByteArray row = "2026-11-02,09:00,10:00,ACME Srl\n";
    auto r = import("date,start,end,client\n" + row + "2026-11-02,10:00,10:30,ACME Srl\n" + row);
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(r->imported, 2);
    EXPECT_EQ(r->skipped, 1);
    EXPECT_EQ(exported().size(), 2);
}

TEST_F(TimesheetImportTest, WorkThatOverlapsOtherWorkIsImportedWithAWarning)
{
    ASSERT_TRUE(import("date,start,end,client\n2026-11-02,09:00,10:00,ACME Srl\n").ok());
    auto r =
        import("date,start,end,client\n2026-11-02,09:30,10:30,ACME Srl\n2026-11-02,11:00,12:00,ACME Srl\n");
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(r->imported, 2);
    EXPECT_TRUE(r->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("1 imported entry")))
        << r->warnings.join(QLatin1Char(' ')).toStdString();
}

TEST_F(TimesheetImportTest, AFileWithOnlyCarriageReturnsIsReadLineByLine)
{
    // Old Mac spreadsheets end lines with a lone CR.
    const QByteArray header = "date,start,end,client,description\r";
    refused(header + "2026-11-02,09:00,10:00,ACME Srl,\"Two\rlines\"\r2026-11-02,11:00,10:00,ACME Srl,\r",
            QStringLiteral("Line 4:"));
    auto r = import(header + "2026-11-02,09:00,10:00,ACME Srl,\r2026-11-03,09:00,09:30,ACME Srl,Calls\r");
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(exported(),
              (QStringList{QStringLiteral("2026-11-02,09:00,10:00,60,1.00,ACME Srl,,,yes,"),
                           QStringLiteral("2026-11-03,09:00,09:30,30,0.50,ACME Srl,,Calls,yes,")}));
}

TEST_F(TimesheetImportTest, HugeDurationsAndImpossibleDatesAreRefusedWithTheirLine)
{
    const QByteArray hours = "date,start,hours,client\n2026-11-02,09:00,1:00,ACME Srl\n";
    for (const char *tooLong : {"1152921504606846977:00", "99999999999999999999:30", "9223372036854775807.5",
                                "25:00", "24:00:01", "100000000000000000000"}) {
        refused(hours + "2026-11-02,09:00," + tooLong + ",ACME Srl\n",
                QStringLiteral("Line 3: An entry cannot be longer than 24 hours"));
    }
    for (const char *notDuration : {"1:99999999999999999999", "1:60", "-1:00", "1:-5", "1.2.3"})
        refused(hours + "2026-11-02,09:00," + notDuration + ",ACME Srl\n",
                QStringLiteral("Line 3: “%1” is not a duration").arg(QString::fromLatin1(notDuration)));
    refused("date,start,minutes,client\n2026-11-02,09:00,18446744073709551617,ACME Srl\n",
            QStringLiteral("Line 2: An entry cannot be longer than 24 hours"));

    const QByteArray header = "date,start,end,client\n";
    for (const char *before1970 : {"1969-12-31", "1066-10-14", "0001-01-01"})
        refused(header + before1970 + ",09:00,10:00,ACME Srl\n",
                QStringLiteral("Line 2: the dates must be between 1970 and 9999."));
    refused("client,start,minutes\nACME Srl,1969-07-20T20:17,30\n",
            QStringLiteral("Line 2: the dates must be between 1970 and 9999."));
    for (const char *notDate : {"0000-01-01", "-0001-01-01", "10000-01-01", "2026-02-30"})
        refused(header + notDate + ",09:00,10:00,ACME Srl\n",
                QStringLiteral("Line 2: “%1” is not a date").arg(QString::fromLatin1(notDate)));
    // Offsets no place has are refused, never read as work in 1970; work before 2000 is taken for
    // a slip of the keyboard, as everywhere else in Minuta.
    for (const char *offset : {"+99:99", "-23:59", "+14:01", "+05:60"})
        refused(QByteArray("client,start,minutes\nACME Srl,2026-11-02T09:00") + offset + ",30\n",
                QStringLiteral("Line 2: “2026-11-02T09:00%1” has no real UTC offset")
                    .arg(QString::fromLatin1(offset)));
    refused(header + "1999-12-31,09:00,10:00,ACME Srl\n", QStringLiteral("Line 2:"));
    TimesheetImport::Options dayFirst;
    dayFirst.dateFormat = QStringLiteral("dd/MM/yyyy");
    refused(header + "01/01/0000,09:00,10:00,ACME Srl\n", QStringLiteral("Line 2:"), dayFirst);
    refused(header + "31/12/1969,09:00,10:00,ACME Srl\n", QStringLiteral("Line 2:"), dayFirst);
}

TEST_F(TimesheetImportTest, AFileIsReadFromDiskAsItIsStored)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("sheet.csv"));
    QByteArray csv = "date,start,end,client,description\r\n";
    // Enough rows for many reads of the file, one day apart back from the clock's day.
    const QDate last(2026, 11, 19);
    for (int i = 0; i < 3000; ++i)
        csv += last.addDays(-i).toString(Qt::ISODate).toUtf8() + ",09:00,09:30,ACME Srl,Caffè e posta\r\n";
    writeAll(path, csv);
    auto r = TimesheetImport(t.db(), t.clock()).importFile(path, {});
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(r->imported, 3000);
    EXPECT_EQ(r->seconds, 3000 * 1800);
    auto again = TimesheetImport(t.db(), t.clock()).importFile(path, {});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->skipped, 3000);
    EXPECT_EQ(exported().size(), 3000);
}

TEST_F(TimesheetImportTest, TheEncodingIsFoundFromTheBytes)
{
    // "Società Caffè", "Perché – sì" as each encoding writes them.
    const QString header = QStringLiteral("date,start,minutes,client,description\r\n");
    const QString row = QStringLiteral("2026-11-02,09:00,30,Società Caffè,Perché – sì\r\n");
    const QString text = header + row;
    QByteArray windows1252 = header.toLatin1();
    // Windows-1252: à E0, è E8, é E9, ì EC, and the en dash 96 (which ISO 8859-1 does not have).
    windows1252 += QByteArray("2026-11-02,09:00,30,Societ\xE0 Caff\xE8,Perch\xE9 \x96 s\xEC\r\n");
    QByteArray utf16le("\xFF\xFE", 2), utf16be("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16le += char(c.unicode() & 0xFF);
        utf16le += char(c.unicode() >> 8);
        utf16be += char(c.unicode() >> 8);
        utf16be += char(c.unicode() & 0xFF);
    }
    const QList<std::pair<QByteArray, QString>> files = {
        {text.toUtf8(), QStringLiteral("UTF-8")},
        {"\xEF\xBB\xBF" + text.toUtf8(), QStringLiteral("UTF-8")},
        {windows1252, QStringLiteral("Windows-1252")},
        {utf16le, QStringLiteral("UTF-16")},
        {utf16be, QStringLiteral("UTF-16")}};
    TimesheetImport::Options options;
    options.createClients = true;
    for (const auto &[bytes, encoding] : files) {
        SCOPED_TRACE(encoding.toStdString());
        options.dryRun = true;
        auto preview = import(bytes, options);
        ASSERT_TRUE(preview.ok()) << preview.error().message().toStdString();
        EXPECT_EQ(preview->encoding, encoding);
        ASSERT_EQ(preview->rows.size(), 1);
        EXPECT_EQ(preview->rows[0].client, QStringLiteral("Società Caffè"));
        EXPECT_EQ(preview->rows[0].entry.description, QStringLiteral("Perché – sì"));
        EXPECT_TRUE(preview->rows[0].newClient);
    }
    // Stored with its accents whole: the first import adds the client and the entry; the others find
    // both there already.
    options.dryRun = false;
    for (const auto &[bytes, encoding] : files) {
        auto r = import(bytes, options);
        ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    }
    auto clients = ClientRepository(t.db(), t.clock()).list();
    ASSERT_TRUE(clients.ok());
    ASSERT_EQ(clients->size(), 2) << "one new client, not one per encoding";
    EXPECT_EQ(clients->last().name, QStringLiteral("Società Caffè"));
    auto entries = TimeEntryRepository(t.db(), t.clock()).list({});
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1) << "the same row in five encodings is one entry";
    EXPECT_EQ(entries->first().description, QStringLiteral("Perché – sì"));
}

TEST_F(TimesheetImportTest, ExportsAsTheToolsReallyWriteThemComeIn)
{
    // Toggl Track in German: Ja/Nein, a date without its zero, durations as HH:MM:SS, and the
    // columns Minuta does not read (User, Email, Tags, Amount) noted once.
    const QByteArray toggl =
        "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End "
        "time,Duration,Tags,Amount (EUR)\n"
        "Giulia,g@example.com,ACME Srl,Inbox,,Post,Ja,2026-11-2,09:00:00,2026-11-2,09:45:00,00:45:00,,30.00\n"
        "Giulia,g@example.com,ACME Srl,Calls,,,Nein,2026-11-3,10:00:00,2026-11-3,10:10:00,00:10:00,,0.00\n";
    auto r = import(toggl);
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(r->imported, 2);
    EXPECT_EQ(r->source, QStringLiteral("Toggl Track"));
    ASSERT_EQ(r->warnings.size(), 1) << r->warnings.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(r->warnings[0], QStringLiteral("Columns not read: User, Email, Tags, Amount (EUR)."));
    EXPECT_EQ(exported(),
              (QStringList{QStringLiteral("2026-11-02,09:00,09:45,45,0.75,ACME Srl,Inbox,Post,yes,"),
                           QStringLiteral("2026-11-03,10:00,10:10,10,0.17,ACME Srl,Calls,,no,")}));

    // Clockify in French, month first without zeros: Oui/Non.
    const QByteArray clockify =
        "Project,Client,Description,Task,User,Group,Email,Tags,Billable,Start Date,Start Time,End Date,End "
        "Time,Duration (h),Duration (decimal),Billable Rate (USD),Billable Amount (USD)\n"
        "Inbox,ACME Srl,Tri,,Giulia,,g@example.com,,Oui,11/4/2026,08:00:00 AM,11/4/2026,08:30:00 AM,00:30:00,"
        "0.50,0,0\n"
        "Inbox,ACME Srl,Pause,,Giulia,,g@example.com,,Non,11/4/2026,01:00:00 PM,11/4/2026,01:15:00 "
        "PM,00:15:00,"
        "0.25,0,0\n";
    TimesheetImport::Options monthFirst;
    monthFirst.dateFormat = QStringLiteral("MM/dd/yyyy");
    r = import(clockify, monthFirst);
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(r->source, QStringLiteral("Clockify"));
    EXPECT_EQ(r->imported, 2);
    const QStringList rows = exported();
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[2], QStringLiteral("2026-11-04,08:00,08:30,30,0.50,ACME Srl,Inbox,Tri,yes,"));
    EXPECT_EQ(rows[3], QStringLiteral("2026-11-04,13:00,13:15,15,0.25,ACME Srl,Inbox,Pause,no,"));

    // Kimai, in Italian: Sì/No is read as the Italian export writes it.
    const QByteArray kimai =
        "Date,From,To,Duration,Rate,User,Customer,Project,Activity,Description,Exported\n"
        "2026-11-05,14:00,15:00,3600,30,giulia,ACME Srl,Inbox,Email,Risposte,No\n";
    r = import(kimai);
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(r->source, QStringLiteral("Kimai"));
    EXPECT_EQ(r->imported, 1);
}

TEST_F(TimesheetImportTest, ADryRunListsEveryRefusedRowAndPreviewsTheRest)
{
    const QByteArray csv = "date,start,minutes,client,description\n"
                           "2026-11-02,09:00,30,ACME Srl,Fine\n"     // line 2: fine
                           "2026-13-02,09:00,30,ACME Srl,Bad date\n" // line 3
                           "2026-11-03,9:61,30,ACME Srl,Bad time\n"  // line 4
                           "2026-11-04,10:00,30,Nuovo Cliente,New\n" // line 5: a new client
                           "2026-11-05,10:00,abc,ACME Srl,Bad\n";    // line 6
    const QString before = fingerprint(t.db());
    TimesheetImport::Options options;
    options.dryRun = true;
    options.createClients = true;
    auto r = import(csv, options);
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(fingerprint(t.db()), before) << "a dry run stores nothing";
    EXPECT_EQ(r->refused, 3);
    ASSERT_EQ(r->problems.size(), 3);
    EXPECT_EQ(r->problems[0].line, 3);
    EXPECT_TRUE(r->problems[0].message.contains(QStringLiteral("“2026-13-02” is not a date")))
        << r->problems[0].message.toStdString();
    EXPECT_EQ(r->problems[1].line, 4);
    EXPECT_EQ(r->problems[2].line, 6);
    ASSERT_EQ(r->rows.size(), 2);
    EXPECT_EQ(r->rows[0].line, 2);
    EXPECT_FALSE(r->rows[0].newClient);
    EXPECT_EQ(r->rows[1].line, 5);
    EXPECT_TRUE(r->rows[1].newClient);
    EXPECT_EQ(r->createdClients, QStringList{QStringLiteral("Nuovo Cliente")});

    // Without adding clients, the missing one is a problem of the whole file, listed first.
    options.createClients = false;
    r = import(csv, options);
    ASSERT_TRUE(r.ok());
    ASSERT_FALSE(r->problems.isEmpty());
    EXPECT_EQ(r->problems[0].line, 0);
    EXPECT_TRUE(r->problems[0].message.contains(QStringLiteral("Nuovo Cliente")));

    // The real import still refuses the whole file at its first bad row.
    options.dryRun = false;
    options.createClients = true;
    refused(csv, QStringLiteral("Line 3:"), options);
}
