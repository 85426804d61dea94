#include "business.h"
#include "clientrepository.h"
#include "invoicepdf.h"
#include "invoicerepository.h"
#include "settings.h"
#include "timeentryrepository.h"

#include "qtprinters.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

const Currency EUR = *Currency::fromCode(u"EUR");

// pdftotext's view of the file, or of one page of it.
QString pdfText(const QString &path, int page = 0)
{
    QProcess process;
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << path << QStringLiteral("-");
    process.start(QStringLiteral("pdftotext"), args);
    EXPECT_TRUE(process.waitForFinished(30000)) << "pdftotext (poppler-utils) is needed by this test";
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfInfo(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    EXPECT_TRUE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString &path)
{
    const auto match = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(pdfInfo(path));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

class InvoicePdfTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.clock().setLocal(2026, 12, 1, 10, 0);
        setBusiness(QStringLiteral("IT"), QStringLiteral("it-ordinario"));
        Settings settings(t.db());
        BusinessDefaults d = *settings.businessDefaults();
        d.currency = EUR;
        d.hourlyRate = Money(3000, EUR);
        ASSERT_TRUE(settings.setBusinessDefaults(d).ok());
    }

    void setBusiness(const QString &country, const QString &profile)
    {
        BusinessRepository business(t.db(), t.clock());
        BusinessProfile b = *business.get();
        b.name = QStringLiteral("Giulia Rossi");
        b.address = QStringLiteral("Via Zamboni 12\n40126 Bologna");
        b.country = country;
        b.iban = QStringLiteral("IT60X0542811101000000123456");
        b.taxProfileId = profile;
        b.contributionRate = TaxRate::fromPercent(4);
        ASSERT_TRUE(business.save(b).ok());
    }

    Client addClient(const QString &name, const QString &language, bool withholding)
    {
        Client c;
        c.name = name;
        c.currency = EUR;
        c.language = language;
        c.withholding = withholding;
        c.address = QStringLiteral("1 <i>Main</i> Street");
        c.fiscalCode = QStringLiteral("00743110157");
        return ClientRepository(t.db(), t.clock()).add(c).value();
    }

    void logMinutes(qint64 clientId, int count, int minutes)
    {
        TimeEntryRepository entries(t.db(), t.clock());
        for (int k = 0; k < count; ++k) {
            TimeEntry e;
            e.clientId = clientId;
            e.start =
                QDateTime(QDate(2026, 11, 2 + k % 25), QTime(8, 0), t.clock().timeZone()).toSecsSinceEpoch()
                + (k / 25) * 3 * 60;
            e.end = e.start + qint64(minutes) * 60;
            e.task = QStringLiteral("Task %1").arg(k);
            e.description = QStringLiteral("Work item %1 <b>bold?</b>").arg(k);
            ASSERT_TRUE(entries.add(e).ok());
        }
    }

    Invoice issue(qint64 clientId)
    {
        InvoiceRepository invoices(t.db(), t.clock());
        InvoiceRepository::DraftRequest r;
        r.clientId = clientId;
        r.from = QDate(2026, 11, 1);
        r.to = QDate(2026, 11, 30);
        const Invoice d = invoices.createDraft(r).value().invoice;
        return invoices.issue(d.id).value();
    }

    QString write(const Invoice &invoice, bool timesheet = false)
    {
        InvoicePdf::Content content;
        content.invoice = invoice;
        content.zone = t.clock().timeZone();
        if (timesheet)
            content.timesheet = InvoiceRepository(t.db(), t.clock()).billedEntries(invoice.id).value();
        const QString path = dir.file(InvoiceRepository::defaultFileName(invoice));
        auto pages = InvoicePdf::write(content, path);
        EXPECT_TRUE(pages.ok()) << (pages.ok() ? "" : pages.error().message().toStdString());
        return path;
    }

    TestDatabase t;
    TempDir dir;
};

} // namespace

TEST_F(InvoicePdfTest, AnItalianInvoiceSaysEverythingInItalian)
{
    const Client c = addClient(QStringLiteral("<b>ACME</b> & Co"), QStringLiteral("it"), true);
    logMinutes(c.id, 4, 500); // 1,000.00 of fees
    const Invoice invoice = issue(c.id);
    const QString path = write(invoice);
    EXPECT_TRUE(path.endsWith(QStringLiteral("2026-001 -b-ACME--b- & Co.pdf"))) << path.toStdString();
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("2026/001"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("<b>ACME</b> & Co")))
        << "user text is printed, never read as markup";
    EXPECT_TRUE(text.contains(QStringLiteral("1 <i>Main</i> Street")));
    for (const char *expected :
         {"Fattura", "Imponibile", "1.000,00", "Rivalsa INPS 4%", "40,00", "IVA 22% su 1.040,00", "228,80",
          "Totale documento", "1.268,80", "Ritenuta d'acconto 20% su 1.040,00", "-208,00", "Netto a pagare",
          "1.060,80", "IBAN IT60X0542811101000000123456", "Pagina 1 di 1", "Scadenza", "31 dicembre 2026"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
}

TEST_F(InvoicePdfTest, AnEnglishInvoiceFromAFlatRateBusinessCarriesTheLegalWording)
{
    setBusiness(QStringLiteral("IT"), QStringLiteral("it-forfettario"));
    const Client c = addClient(QStringLiteral("Berlin GmbH"), QStringLiteral("en"), false);
    logMinutes(c.id, 4, 500);
    const QString text = pdfText(write(issue(c.id)));
    for (const char *expected :
         {"Invoice", "Net amount", "€1,000.00", "€40.00", "Stamp duty", "€2.00", "€1,042.00",
          "Transaction without VAT under Article 1", "Law no. 190/2014", "Page 1 of 1"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Imponibile")));
}

TEST_F(InvoicePdfTest, ThreeHundredLinesRunOverPagesWithTheHeaderOnEach)
{
    const Client c = addClient(QStringLiteral("Big Client"), QStringLiteral("en"), false);
    logMinutes(c.id, 300, 15);
    const Invoice invoice = issue(c.id);
    ASSERT_EQ(invoice.lines.size(), 300);
    const QString path = write(invoice);
    const int pages = pageCount(path);
    EXPECT_GT(pages, 1);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        EXPECT_TRUE(text.contains(QStringLiteral("Description"))
                    && text.contains(QStringLiteral("Unit price")))
            << "table header on page " << page;
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages))) << page;
    }
    EXPECT_TRUE(pdfText(path).contains(QStringLiteral("Task 299")));
}

TEST_F(InvoicePdfTest, TheTimesheetListsEveryBilledEntry)
{
    const Client c = addClient(QStringLiteral("Timesheet Client"), QStringLiteral("en"), false);
    logMinutes(c.id, 3, 37);
    const QString path = write(issue(c.id), true);
    EXPECT_EQ(pageCount(path), 2);
    const QString sheet = pdfText(path, 2);
    EXPECT_TRUE(sheet.contains(QStringLiteral("Timesheet"))) << sheet.toStdString();
    for (int k = 0; k < 3; ++k)
        EXPECT_TRUE(sheet.contains(QStringLiteral("Work item %1 <b>bold?</b>").arg(k)))
            << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("08:00–08:37")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("Total hours: 1:51")));
}

TEST_F(InvoicePdfTest, PaperIsLetterInNorthAmericaAndA4Elsewhere)
{
    const Client c = addClient(QStringLiteral("Paper"), QStringLiteral("en"), false);
    logMinutes(c.id, 2, 30);
    const Invoice italian = issue(c.id);
    EXPECT_TRUE(pdfInfo(write(italian)).contains(QStringLiteral("(A4)")));
    setBusiness(QStringLiteral("US"), QStringLiteral("us"));
    Invoice american = italian;
    american.parties.business.country = QStringLiteral("US");
    american.number = QStringLiteral("2026/US");
    EXPECT_TRUE(pdfInfo(write(american)).contains(QStringLiteral("(letter)")))
        << pdfInfo(write(american)).toStdString();
}

TEST_F(InvoicePdfTest, ADraftSaysItIsNotAValidInvoice)
{
    const Client c = addClient(QStringLiteral("Drafty"), QStringLiteral("en"), false);
    logMinutes(c.id, 1, 60);
    InvoiceRepository::DraftRequest r;
    r.clientId = c.id;
    const Invoice d = InvoiceRepository(t.db(), t.clock()).createDraft(r).value().invoice;
    const QString text = pdfText(write(d));
    EXPECT_TRUE(text.contains(QStringLiteral("Draft – not a valid invoice"))) << text.toStdString();
}

TEST_F(InvoicePdfTest, WritingIsAtomic)
{
    const Client c = addClient(QStringLiteral("Atomic"), QStringLiteral("en"), false);
    logMinutes(c.id, 1, 60);
    InvoicePdf::Content content;
    content.invoice = issue(c.id);
    content.zone = t.clock().timeZone();
    const QString path = dir.file(QStringLiteral("existing.pdf"));
    writeAll(path, QByteArrayLiteral("old content"));
    ASSERT_TRUE(InvoicePdf::write(content, path).ok());
    EXPECT_TRUE(readAll(path).startsWith("%PDF"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1)
        << "no temporary file left behind";

    const auto refused = InvoicePdf::write(content, dir.path());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field(), QStringLiteral("output"));
    const auto nowhere = InvoicePdf::write(content, dir.file(QStringLiteral("missing/folder/x.pdf")));
    EXPECT_FALSE(nowhere.ok());
}
