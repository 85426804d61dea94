#include "business/business.h"
#include "business/settings.h"
#include "clients/clientrepository.h"
#include "invoicing/invoicerepository.h"
#include "io/invoicepdf.h"
#include "work/servicerepository.h"
#include "work/timeentryrepository.h"
#include "work/usagerepository.h"

#include "qtprinters.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

#include <functional>

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

// pdftotext keeps the columns apart with runs of spaces: a label and its figure match across them.
bool has(const QString &text, const QString &label, const QString &value = {})
{
    if (value.isEmpty())
        return text.contains(label);
    return QRegularExpression(QRegularExpression::escape(label) + QStringLiteral(R"([ \t]+)")
                              + QRegularExpression::escape(value))
        .match(text)
        .hasMatch();
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

    void setBusiness(const QString &country, const QString &profile,
                     const std::function<void(BusinessProfile &)> &more = {})
    {
        BusinessRepository business(t.db(), t.clock());
        BusinessProfile b = *business.get();
        b.name = QStringLiteral("Giulia Rossi");
        b.address = QStringLiteral("Via Zamboni 12\n40126 Bologna");
        b.country = country;
        b.iban = QStringLiteral("IT60X0542811101000000123456");
        // An Italian business issues e-invoices, which need its VAT number.
        if (country == QLatin1String("IT"))
            b.vatId = QStringLiteral("IT01234567897");
        b.taxProfileId = profile;
        b.contributionRate = TaxRate::fromPercent(4);
        if (more)
            more(b);
        auto saved = business.save(b);
        ASSERT_TRUE(saved.ok()) << saved.error().message().toStdString();
    }

    Client addClient(const QString &name, const QString &language, bool withholding,
                     const std::function<void(Client &)> &more = {})
    {
        Client c;
        c.name = name;
        c.currency = EUR;
        c.language = language;
        c.withholding = withholding;
        c.address = QStringLiteral("1 <i>Main</i> Street");
        c.postcode = QStringLiteral("00185");
        c.city = QStringLiteral("Roma");
        c.fiscalCode = QStringLiteral("RSSMRA80A01H501U");
        if (more)
            more(c);
        auto added = ClientRepository(t.db(), t.clock()).add(c);
        EXPECT_TRUE(added.ok()) << added.error().message().toStdString();
        return added.value();
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

    Invoice draft(qint64 clientId)
    {
        InvoiceRepository invoices(t.db(), t.clock());
        InvoiceRepository::DraftRequest r;
        r.clientId = clientId;
        r.from = QDate(2026, 11, 1);
        r.to = QDate(2026, 11, 30);
        auto drafted = invoices.createDraft(r);
        EXPECT_TRUE(drafted.ok()) << drafted.error().message().toStdString();
        return drafted.value().invoice;
    }

    Invoice issue(qint64 clientId, std::optional<qint64> exchangeRate = std::nullopt)
    {
        return issueDraft(draft(clientId).id, exchangeRate);
    }

    Invoice issueDraft(qint64 invoiceId, std::optional<qint64> exchangeRate = std::nullopt)
    {
        auto issued = InvoiceRepository(t.db(), t.clock())
                          .issue(invoiceId, std::nullopt, validation::UnusualDate::Refuse, exchangeRate);
        EXPECT_TRUE(issued.ok()) << issued.error().message().toStdString();
        return issued.value();
    }

    Invoice addLine(qint64 invoiceId, const QString &description, qint64 cents, std::optional<TaxRate> rate,
                    bool expense = false)
    {
        InvoiceLine line;
        line.description = description;
        line.quantity = Quantity::fromUnits(1);
        line.unitPrice = Money(cents, EUR);
        line.taxRate = rate;
        if (expense) {
            line.isFee = false;
            line.discountable = false;
        }
        auto added = InvoiceRepository(t.db(), t.clock()).addLine(invoiceId, line);
        EXPECT_TRUE(added.ok()) << added.error().message().toStdString();
        return added.value();
    }

    QString write(const Invoice &invoice, bool timesheet = false)
    {
        InvoicePdf::Content content;
        content.invoice = invoice;
        content.zone = t.clock().timeZone();
        if (timesheet)
            content.timesheet = InvoiceRepository(t.db(), t.clock()).billedWork(invoice.id).value();
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
         {"Fattura", "1.000,00", "Rivalsa INPS 4%", "40,00", "228,80", "Totale documento", "1.268,80",
          "Ritenuta d'acconto 20% su 1.040,00", "-208,00", "Netto a pagare", "1.060,80", "Pagina 1 di 1",
          "Scadenza", "31 dicembre 2026", "8:20 ore"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    // The VAT base is the fees plus the contribution: 1,040.00.
    EXPECT_TRUE(has(text, QStringLiteral("Imponibile 22%"), QStringLiteral("1.040,00")))
        << text.toStdString();
    EXPECT_TRUE(has(text, QStringLiteral("IVA 22%"), QStringLiteral("228,80")));
    EXPECT_TRUE(has(text, QStringLiteral("IBAN"), QStringLiteral("IT60X0542811101000000123456")));
    EXPECT_TRUE(text.contains(QStringLiteral("tramite bonifico bancario a:"))
                || text.contains(QString::fromUtf8("tramite boniﬁco bancario a:")));
    // The invoice itself is the electronic one the SdI delivers; the PDF says it is a copy.
    EXPECT_TRUE(text.simplified().contains(
        QString::fromUtf8("Copia di cortesia: la fattura elettronica è stata trasmessa tramite SdI.")))
        << text.toStdString();
}

TEST_F(InvoicePdfTest, AnEnglishInvoiceFromAFlatRateBusinessCarriesTheLegalWording)
{
    setBusiness(QStringLiteral("IT"), QStringLiteral("it-forfettario"));
    const Client c = addClient(QStringLiteral("Berlin GmbH"), QStringLiteral("en"), false);
    logMinutes(c.id, 4, 500);
    const QString text = pdfText(write(issue(c.id)));
    for (const char *expected :
         {"Invoice", "Subtotal", "€1,000.00", "€40.00", "Stamp duty", "€2.00", "€1,042.00",
          "Transaction without VAT under Article 1", "Law no. 190/2014", "Page 1 of 1"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    EXPECT_TRUE(text.simplified().contains(
        QStringLiteral("Courtesy copy: the electronic invoice was sent through the Exchange System (SdI).")))
        << text.toStdString();
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
    EXPECT_TRUE(sheet.contains(QStringLiteral("Total: 1:51 logged, 1:51 billed"))) << sheet.toStdString();
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
    EXPECT_FALSE(text.contains(QStringLiteral("Courtesy copy"))) << "a draft was sent to no one";
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

TEST_F(InvoicePdfTest, ItalianTotalsShowEachRatesBaseWhatIsOutsideVatAndTheStampDuty)
{
    const Client c = addClient(QStringLiteral("Studio Bianchi"), QStringLiteral("it"), true);
    logMinutes(c.id, 4, 500); // 4 × 250.00 of fees at 22 %
    const Invoice d = draft(c.id);
    addLine(d.id, QStringLiteral("Traduzione"), 30000, TaxRate::fromPercent(10));
    addLine(d.id, QStringLiteral("Spese postali anticipate"), 10000, std::nullopt, true);
    InvoiceRepository::DraftChanges changes;
    changes.discountPercent = TaxRate::fromPercent(10);
    ASSERT_TRUE(InvoiceRepository(t.db(), t.clock()).updateDraft(d.id, changes).ok());
    const Invoice invoice = issueDraft(d.id);
    const QString path = write(invoice);
    const QString text = pdfText(path);
    // Lines 1,000.00 (22 %) + 300.00 (10 %) + 100.00 expense = 1,400.00. The 10 % discount reaches the
    // fees only: 130.00, of which 100.00 off the 22 % fees (900.00) and 30.00 off the 10 % (270.00).
    // Rivalsa 4 %: 36.00 + 10.80 = 46.80, each taxed with its fees. VAT bases: 936.00 → 205.92 and
    // 280.80 → 28.08. Outside VAT: the 100.00 expense (N1), over 77.47: stamp duty 2.00, charged.
    // Total 1,270.00 + 46.80 + 234.00 + 2.00 = 1,552.80; withholding 20 % on 1,170.00 + 46.80 =
    // 1,216.80 is 243.36; due 1,309.44.
    const std::pair<const char *, const char *> rows[] = {
        {"Totale righe", "1.400,00"},
        {"Sconto", "-130,00"},
        {"Rivalsa INPS 4%", "46,80"},
        {"Imponibile 22%", "936,00"},
        {"IVA 22%", "205,92"},
        {"Imponibile 10%", "280,80"},
        {"IVA 10%", "28,08"},
        {"Imposta di bollo", "2,00"},
        {"Totale documento", "1.552,80"},
        {"Ritenuta d'acconto 20% su 1.216,80", "-243,36"},
        {"Netto a pagare", "1.309,44"},
    };
    for (const auto &[label, value] : rows)
        EXPECT_TRUE(has(text, QString::fromUtf8(label), QString::fromUtf8(value)))
            << label << " " << value << "\n"
            << text.toStdString();
    EXPECT_TRUE(
        has(text, QStringLiteral("Spese anticipate in nome e per conto del"), QStringLiteral("100,00")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("art. 15 DPR 633/72"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Imposta di bollo assolta in modo virtuale (2,00")));
    EXPECT_TRUE(text.contains(QStringLiteral("N1"))) << "the expense line's tax column";
    EXPECT_EQ(invoice.totals.due, Money(130944, EUR));
}

TEST_F(InvoicePdfTest, StampDutyBorneByTheIssuerIsSaidAndNotCharged)
{
    setBusiness(QStringLiteral("IT"), QStringLiteral("it-forfettario"),
                [](BusinessProfile &b) { b.stampDutyCharged = false; });
    const Client c = addClient(QStringLiteral("Roma Srl"), QStringLiteral("en"), false);
    logMinutes(c.id, 4, 500);
    const QString text = pdfText(write(issue(c.id)));
    // 1,000.00 + rivalsa 40.00 = 1,040.00 outside VAT (N2.2); the 2.00 stamp duty is not added.
    EXPECT_TRUE(has(text, QStringLiteral("Not subject to VAT – flat-rate scheme (art. 1,"),
                    QStringLiteral("€1,040.00")))
        << text.toStdString();
    EXPECT_TRUE(has(text, QStringLiteral("Total"), QStringLiteral("€1,040.00"))) << text.toStdString();
    EXPECT_TRUE(has(text, QStringLiteral("Stamp duty borne by the issuer"), QStringLiteral("€2.00")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Stamp duty paid virtually (€2.00)")));
}

TEST_F(InvoicePdfTest, AnItalianInvoiceInDollarsGivesTheEuroFiguresAndAmericanDates)
{
    const Currency USD = *Currency::fromCode(u"USD");
    const Client c = addClient(QStringLiteral("Acme Inc."), QStringLiteral("en"), false, [&](Client &x) {
        x.country = QStringLiteral("US");
        x.currency = USD;
        x.hourlyRate = Money(3000, USD);
        x.fiscalCode.clear();
    });
    logMinutes(c.id, 4, 500);
    const Invoice invoice = issue(c.id, 1'082'300);
    ASSERT_TRUE(invoice.totals.euro);
    const QString text = pdfText(write(invoice));
    // 1,000.00 USD + rivalsa 40.00 = base 1,040.00 → VAT 228.80, total 1,268.80 USD. At 1.0823 USD per
    // euro: base 1,040.00 / 1.0823 = 960.9166 → €960.92, VAT 22 % of it 211.4024 → €211.40, total
    // 1,268.80 / 1.0823 = 1,172.3182 → €1,172.32.
    EXPECT_TRUE(text.contains(QStringLiteral("1 EUR = 1.082300 USD on December 1, 2026")))
        << text.toStdString();
    EXPECT_TRUE(has(text, QStringLiteral("Taxable at 22%"), QStringLiteral("$1,040.00 €960.92"))
                || QRegularExpression(QStringLiteral(R"(Taxable at 22%\s+\$1,040\.00\s+€960\.92)"))
                       .match(text)
                       .hasMatch())
        << text.toStdString();
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral(R"(VAT 22%\s+\$228\.80\s+€211\.40)")).match(text).hasMatch())
        << text.toStdString();
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral(R"(Total\s+\$1,268\.80\s+€1,172\.32)")).match(text).hasMatch())
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("December 31, 2026"))) << "a US client reads month-first dates";
    EXPECT_TRUE(text.contains(QStringLiteral("United States")));
}

TEST_F(InvoicePdfTest, ReverseChargeWordingFollowsTheCountries)
{
    struct Case
    {
        const char *business;
        const char *profile;
        const char *client;
        const char *vatId;
        const char *language;
        std::vector<const char *> says;
        std::vector<const char *> never;
    };
    const Case cases[] = {
        {"IT",
         "it-ordinario",
         "DE",
         "DE123456789",
         "it",
         {"Inversione contabile – operazione non soggetta a IVA ai sensi dell'art. 7-ter DPR 633/72",
          "Germania"},
         {"Germany"}},
        {"IT",
         "it-ordinario",
         "FR",
         "FR12345678901",
         "en",
         {"Reverse charge – art. 44 and 196 of Directive 2006/112/EC", "France"},
         {}},
        {"IT",
         "it-ordinario",
         "US",
         "12-3456789",
         "it",
         {"Operazione non soggetta a IVA ai sensi dell'art. 7-ter DPR 633/72", "Stati Uniti"},
         {"Inversione contabile"}},
        {"IT",
         "it-ordinario",
         "CH",
         "CHE-123.456.789",
         "en",
         {"Transaction not subject to VAT under art. 7-ter DPR 633/72"},
         {"Reverse charge"}},
        {"IT",
         "it-forfettario",
         "DE",
         "DE123456789",
         "it",
         {"Inversione contabile – operazione non soggetta a IVA ai sensi dell'art. 7-ter DPR 633/72",
          "commi da 54 a 89"},
         {}},
        {"GB",
         "uk-vat",
         "DE",
         "DE123456789",
         "en",
         {"Reverse charge: customer to account for the VAT (art. 196 of Directive 2006/112/EC)"},
         {"HMRC"}},
        {"GB",
         "uk-vat",
         "US",
         "12-3456789",
         "en",
         {"Outside the scope of UK VAT: place of supply is the customer's country"},
         {"HMRC"}},
        {"GB",
         "uk-vat",
         "GB",
         "GB123456789",
         "en",
         {"Reverse charge: customer to account for the VAT to HMRC."},
         {}},
    };
    int k = 0;
    for (const Case &w : cases) {
        setBusiness(QString::fromLatin1(w.business), QString::fromLatin1(w.profile));
        const Client c = addClient(QStringLiteral("Client %1").arg(++k), QString::fromLatin1(w.language),
                                   false, [&](Client &x) {
                                       x.country = QString::fromLatin1(w.client);
                                       x.vatId = QString::fromLatin1(w.vatId);
                                       x.reverseCharge = true;
                                       x.fiscalCode.clear();
                                   });
        logMinutes(c.id, 1, 60);
        const QString text = pdfText(write(issue(c.id)));
        for (const char *s : w.says)
            EXPECT_TRUE(text.contains(QString::fromUtf8(s))) << k << ": " << s << "\n" << text.toStdString();
        for (const char *s : w.never)
            EXPECT_FALSE(text.contains(QString::fromUtf8(s))) << k << ": " << s << "\n" << text.toStdString();
    }
}

TEST_F(InvoicePdfTest, PaymentDetailsGiveEveryBankFieldOfTheBusiness)
{
    struct Case
    {
        const char *country;
        const char *profile;
        std::function<void(BusinessProfile &)> bank;
        std::vector<std::pair<const char *, const char *>> says;
    };
    const Case cases[] = {
        {"GB",
         "uk-vat",
         [](BusinessProfile &b) {
             b.sortCode = QStringLiteral("123456");
             b.accountNumber = QStringLiteral("12345678");
         },
         {{"Sort code", "12-34-56"}, {"Account number", "12345678"}}},
        {"US",
         "us",
         [](BusinessProfile &b) {
             b.routingNumber = QStringLiteral("021000021");
             b.accountNumber = QStringLiteral("000123456789");
         },
         {{"Routing number (ABA)", "021000021"}, {"Account number", "000123456789"}}},
        {"CA",
         "ca-gst",
         [](BusinessProfile &b) {
             b.institution = QStringLiteral("003");
             b.transit = QStringLiteral("12345");
             b.accountNumber = QStringLiteral("1234567");
         },
         {{"Institution number", "003"}, {"Transit number", "12345"}, {"Account number", "1234567"}}},
        {"AU",
         "au-gst",
         [](BusinessProfile &b) {
             b.bsb = QStringLiteral("062000");
             b.accountNumber = QStringLiteral("12345678");
         },
         {{"BSB", "062-000"}, {"Account number", "12345678"}}},
        {"IN",
         "in-gst-inter",
         [](BusinessProfile &b) {
             b.ifsc = QStringLiteral("HDFC0001234");
             b.accountNumber = QStringLiteral("50100012345678");
             b.upi = QStringLiteral("giulia@okhdfc");
         },
         {{"IFSC", "HDFC0001234"}, {"Account number", "50100012345678"}, {"UPI", "giulia@okhdfc"}}},
        {"IT",
         "it-ordinario",
         [](BusinessProfile &b) {
             b.bic = QStringLiteral("BPMOIT22XXX");
             b.paymentNotes = QStringLiteral("PayPal: giulia@example.com");
         },
         {{"IBAN", "IT60X0542811101000000123456"},
          {"BIC/SWIFT", "BPMOIT22XXX"},
          {"Other ways to pay", ""},
          {"PayPal: giulia@example.com", ""}}},
    };
    int k = 0;
    for (const Case &p : cases) {
        setBusiness(QString::fromLatin1(p.country), QString::fromLatin1(p.profile), [&](BusinessProfile &b) {
            if (QString::fromLatin1(p.country) != QLatin1String("IT"))
                b.iban.clear();
            b.bic.clear();
            b.sortCode.clear();
            b.accountNumber.clear();
            b.routingNumber.clear();
            b.institution.clear();
            b.transit.clear();
            b.bsb.clear();
            b.ifsc.clear();
            b.upi.clear();
            b.paymentNotes.clear();
            p.bank(b);
        });
        const Client c = addClient(QStringLiteral("Payer %1").arg(++k), QStringLiteral("en"), false,
                                   [&](Client &x) { x.country = QString::fromLatin1(p.country); });
        logMinutes(c.id, 1, 60);
        const QString text = pdfText(write(issue(c.id)));
        EXPECT_TRUE(text.contains(QStringLiteral("by bank transfer to:"))) << p.country << "\n"
                                                                           << text.toStdString();
        for (const auto &[label, value] : p.says)
            EXPECT_TRUE(has(text, QString::fromUtf8(label), QString::fromUtf8(value)))
                << p.country << ": " << label << " " << value << "\n"
                << text.toStdString();
    }

    // Nothing to pay to: no bank transfer promised.
    setBusiness(QStringLiteral("US"), QStringLiteral("us"), [](BusinessProfile &b) {
        for (QString *field : {&b.iban, &b.bic, &b.sortCode, &b.accountNumber, &b.routingNumber,
                               &b.institution, &b.transit, &b.bsb, &b.ifsc, &b.upi, &b.paymentNotes})
            field->clear();
    });
    const Client c = addClient(QStringLiteral("Payer none"), QStringLiteral("en"), false,
                               [](Client &x) { x.country = QStringLiteral("US"); });
    logMinutes(c.id, 1, 60);
    const QString text = pdfText(write(issue(c.id)));
    EXPECT_FALSE(text.contains(QStringLiteral("bank transfer"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Please pay by December 31, 2026."))) << text.toStdString();
}

TEST_F(InvoicePdfTest, AnIndianInvoiceGivesSacCodesPlaceOfSupplyAndTheBuyersGstin)
{
    setBusiness(QStringLiteral("IN"), QStringLiteral("in-gst-inter"), [](BusinessProfile &b) {
        b.iban.clear();
        b.sac = QStringLiteral("998599");
        b.state = QStringLiteral("Karnataka");
    });
    const Client c = addClient(QStringLiteral("Mumbai Traders"), QStringLiteral("en"), false, [](Client &x) {
        x.country = QStringLiteral("IN");
        x.state = QStringLiteral("Maharashtra");
        x.gstin = QStringLiteral("27AAAPL1234C1ZE");
        x.fiscalCode.clear();
    });
    ServiceRepository services(t.db(), t.clock());
    Service calls;
    calls.name = QStringLiteral("Call answering");
    calls.unit = QStringLiteral("call");
    calls.unitPlural = QStringLiteral("calls");
    calls.sac = QStringLiteral("998311");
    calls.unitPrice = Money(150, EUR);
    calls = services.add(calls).value();
    Usage u;
    u.clientId = c.id;
    u.serviceId = calls.id;
    u.at = QDateTime(QDate(2026, 11, 3), QTime(10, 0), t.clock().timeZone()).toSecsSinceEpoch();
    u.quantity = Quantity::fromUnits(43);
    ASSERT_TRUE(UsageRepository(t.db(), t.clock()).add(u).ok());
    logMinutes(c.id, 1, 90);
    const QString text = pdfText(write(issue(c.id)));
    for (const char *expected : {"SAC 998599", "SAC 998311", "Maharashtra (27)", "GSTIN 27AAAPL1234C1ZE",
                                 "43 calls", "1:30 hours", "IGST 18%"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    EXPECT_TRUE(has(text, QStringLiteral("Place of supply"), QStringLiteral("Maharashtra (27)")));
}

TEST_F(InvoicePdfTest, AQuebecInvoiceGivesTheGstAndQstNumbersApart)
{
    setBusiness(QStringLiteral("CA"), QStringLiteral("ca-qc"), [](BusinessProfile &b) {
        b.iban.clear();
        b.vatId = QStringLiteral("123456789RT0001");
        b.qstId = QStringLiteral("1234567890TQ0001");
    });
    const Client c = addClient(QStringLiteral("Montréal Inc."), QStringLiteral("en"), false,
                               [](Client &x) { x.country = QStringLiteral("CA"); });
    logMinutes(c.id, 1, 60);
    const QString text = pdfText(write(issue(c.id)));
    EXPECT_TRUE(text.contains(QStringLiteral("GST no. 123456789RT0001"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("QST no. 1234567890TQ0001"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("GST/QST no.")));
}

TEST_F(InvoicePdfTest, TheTimesheetShowsRawAndBilledTimeAmountsAndUnits)
{
    const Client c = addClient(QStringLiteral("Rounded"), QStringLiteral("en"), false, [](Client &x) {
        x.billing.incrementMinutes = 15;
        x.billing.rounding = RoundingMode::Up;
    });
    ServiceRepository services(t.db(), t.clock());
    Service calls;
    calls.name = QStringLiteral("Call answering");
    calls.unit = QStringLiteral("call");
    calls.unitPlural = QStringLiteral("calls");
    calls.unitPrice = Money(150, EUR);
    calls = services.add(calls).value();
    UsageRepository usage(t.db(), t.clock());
    for (const auto &[day, count] : {std::pair{2, 43}, std::pair{3, 1}}) {
        Usage u;
        u.clientId = c.id;
        u.serviceId = calls.id;
        u.at = QDateTime(QDate(2026, 11, day), QTime(14, 0), t.clock().timeZone()).toSecsSinceEpoch();
        u.quantity = Quantity::fromUnits(count);
        ASSERT_TRUE(usage.add(u).ok());
    }
    logMinutes(c.id, 3, 37); // each 0:37 billed 0:45 at 30.00/h: 22.50
    const Invoice invoice = issue(c.id);
    const QString path = write(invoice, true);
    const QString first = pdfText(path, 1);
    // Three time lines of 0:45 and one line of 43 + 1 = 44 calls at 1.50: 66.00.
    EXPECT_TRUE(has(first, QStringLiteral("0:45 hours"), QStringLiteral("30.00"))) << first.toStdString();
    EXPECT_TRUE(has(first, QStringLiteral("44 calls"), QStringLiteral("1.50"))) << first.toStdString();
    const QString sheet = pdfText(path, 2);
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral(R"(08:00–08:37\s+0:37\s+0:45\s+22\.50)")).match(sheet).hasMatch())
        << sheet.toStdString();
    // Billed 3 × 0:45 = 2:15, as the invoice's time lines; 3 × 22.50 = 67.50.
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral(R"(Total hours\s+1:51\s+2:15\s+67\.50)")).match(sheet).hasMatch())
        << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("Total: 1:51 logged, 2:15 billed")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("Units logged")));
    EXPECT_TRUE(has(sheet, QStringLiteral("Call answering"), QStringLiteral("43 calls")))
        << sheet.toStdString();
    EXPECT_TRUE(has(sheet, QStringLiteral("Call answering"), QStringLiteral("1 call")))
        << sheet.toStdString();
    qint64 lineSeconds = 0;
    for (const InvoiceLine &l : invoice.lines)
        lineSeconds += l.seconds.value_or(0);
    EXPECT_EQ(lineSeconds, 3 * 45 * 60);
}

TEST_F(InvoicePdfTest, LinesMadeBeforeBilledTimeWasKeptShowTheRawTime)
{
    const Client c = addClient(QStringLiteral("Old file"), QStringLiteral("en"), false);
    logMinutes(c.id, 2, 37);
    const Invoice invoice = issue(c.id);
    QSqlQuery q(storage::connection(t.db()));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE invoice_line_entry SET billed_seconds = NULL, amount = NULL")));
    const BilledWork work = InvoiceRepository(t.db(), t.clock()).billedWork(invoice.id).value();
    ASSERT_EQ(work.time.size(), 2);
    EXPECT_EQ(work.time[0].billedSeconds, 37 * 60);
    EXPECT_FALSE(work.time[0].amount);
    const QString sheet = pdfText(write(invoice, true), 2);
    EXPECT_TRUE(sheet.contains(QStringLiteral("Total: 1:14 logged, 1:14 billed"))) << sheet.toStdString();
}

TEST_F(InvoicePdfTest, AUsClientGetsMonthFirstDatesAndTwelveHourTimes)
{
    setBusiness(QStringLiteral("GB"), QStringLiteral("uk-vat"));
    const Client us = addClient(QStringLiteral("Boston LLC"), QStringLiteral("en"), false,
                                [](Client &x) { x.country = QStringLiteral("US"); });
    logMinutes(us.id, 1, 30);
    const QString path = write(issue(us.id), true);
    const QString text = pdfText(path, 1);
    EXPECT_TRUE(text.contains(QStringLiteral("December 1, 2026"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Nov 1, 2026 – Nov 30, 2026"))) << text.toStdString();
    const QString sheet = pdfText(path, 2);
    EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(8:00\s?AM–8:30\s?AM)")).match(sheet).hasMatch())
        << sheet.toStdString();

    const Client uk = addClient(QStringLiteral("Leeds Ltd"), QStringLiteral("en"), false,
                                [](Client &x) { x.country = QStringLiteral("GB"); });
    logMinutes(uk.id, 1, 30);
    const QString british = pdfText(write(issue(uk.id), true));
    EXPECT_TRUE(british.contains(QStringLiteral("1 December 2026"))) << british.toStdString();
    EXPECT_TRUE(british.contains(QStringLiteral("08:00–08:30"))) << british.toStdString();
}
