// The Italian electronic invoice: every file is validated against the official FatturaPA 1.2.2
// schema (tests/data/fatturapa, with xmllint), read back by an XML reader of its own, and checked
// against the Exchange System's arithmetic controls, computed here independently:
//  - each line: PrezzoTotale = Quantita x PrezzoUnitario, within a cent (control 00423);
//  - each summary (DatiRiepilogo) per rate and nature: ImponibileImporto = the sum of its lines'
//    PrezzoTotale + the contribution (ImportoContributoCassa) at that rate or nature (00422);
//  - Imposta = ImponibileImporto x AliquotaIVA / 100, within a cent (00421);
//  - a line at 0.00 % has a Natura; DatiRitenuta comes with lines marked Ritenuta SI.
// The figures expected are worked out by hand in each test from the law it names.

#include "business/business.h"
#include "business/settings.h"
#include "clients/clientrepository.h"
#include "invoicing/einvoice.h"
#include "invoicing/invoicerepository.h"
#include "values/exactmath.h"
#include "work/timeentryrepository.h"

#include "databasetest.h"
#include "qtprinters.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QFile>
#include <QProcess>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

const Currency EUR = *Currency::fromCode(u"EUR");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// What xmllint says of `xml` against the schema: empty when it is valid.
QString schemaProblems(const QByteArray &xml)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("invoice.xml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
        return QStringLiteral("cannot write %1").arg(path);
    file.close();
    QProcess lint;
    lint.start(QStringLiteral("xmllint"),
               {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"),
                QStringLiteral(MINUTA_TEST_DATA "/fatturapa/FatturaPA_v1.2.2.xsd"), path});
    if (!lint.waitForFinished(60000))
        return QStringLiteral("xmllint did not run (Debian: apt-get install libxml2-utils): %1")
            .arg(lint.errorString());
    if (lint.exitStatus() != QProcess::NormalExit || lint.exitCode() != 0)
        return QString::fromUtf8(lint.readAllStandardError());
    return {};
}

// A decimal of the file in hundred-millionths: "12.34" is 1234000000.
qint64 scaled(const QString &text)
{
    const bool negative = text.startsWith(QLatin1Char('-'));
    const QString digits = negative ? text.mid(1) : text;
    const qsizetype dot = digits.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? digits : digits.left(dot);
    const QString fraction = (dot < 0 ? QString() : digits.mid(dot + 1)).leftJustified(8, QLatin1Char('0'));
    const qint64 value = whole.toLongLong() * 100'000'000 + fraction.left(8).toLongLong();
    return negative ? -value : value;
}

qint64 cents(const QString &text)
{
    return scaled(text) / 1'000'000;
}

// The e-invoice as an independent reader sees it: every element's text by its name (the first of
// each), and the lines, contributions and summaries with their figures.
struct Read
{
    struct Figures
    {
        QString rate;
        QString nature;
        QMap<QString, QString> values;
    };
    QMap<QString, QString> first;
    QMap<QString, int> count;
    QList<Figures> lines;
    QList<Figures> contributions;
    QList<Figures> summaries;
    QString root;
    QString version;
};

Read readBack(const QByteArray &xml)
{
    Read r;
    QXmlStreamReader reader(xml);
    struct Open
    {
        QString name;
        QString text;
        bool parent = false;
    };
    QList<Open> stack;
    Read::Figures *open = nullptr;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            if (r.root.isEmpty()) {
                r.root = reader.namespaceUri().toString() + QLatin1Char('#') + name;
                r.version = reader.attributes().value(QStringLiteral("versione")).toString();
            } else {
                ++r.count[name];
            }
            if (!stack.isEmpty())
                stack.last().parent = true;
            stack.append({name, {}, false});
            if (name == QLatin1String("DettaglioLinee") || name == QLatin1String("DatiCassaPrevidenziale")
                || name == QLatin1String("DatiRiepilogo")) {
                QList<Read::Figures> &list = name == QLatin1String("DettaglioLinee") ? r.lines
                                             : name == QLatin1String("DatiCassaPrevidenziale")
                                                 ? r.contributions
                                                 : r.summaries;
                list.append(Read::Figures());
                open = &list.last();
            }
        } else if (reader.isCharacters() && !stack.isEmpty()) {
            stack.last().text += reader.text();
        } else if (reader.isEndElement() && !stack.isEmpty()) {
            const Open done = stack.takeLast();
            if (done.name == QLatin1String("DettaglioLinee")
                || done.name == QLatin1String("DatiCassaPrevidenziale")
                || done.name == QLatin1String("DatiRiepilogo")) {
                open = nullptr;
                continue;
            }
            if (done.parent)
                continue;
            if (!r.first.contains(done.name))
                r.first.insert(done.name, done.text);
            if (open) {
                open->values.insert(done.name, done.text);
                if (done.name == QLatin1String("AliquotaIVA"))
                    open->rate = done.text;
                if (done.name == QLatin1String("Natura"))
                    open->nature = done.text;
            }
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return r;
}

// The SdI's arithmetic controls, computed here: what fails, in words.
QStringList arithmeticProblems(const Read &r)
{
    QStringList problems;
    for (const Read::Figures &line : r.lines) {
        if (line.rate == QLatin1String("0.00") && line.nature.isEmpty())
            problems
                << QStringLiteral("line %1: 0.00 %% without Natura").arg(line.values.value(s("NumeroLinea")));
        if (!line.values.contains(s("Quantita")))
            continue;
        const auto product = exact::mulDivRound(scaled(line.values.value(s("Quantita"))),
                                                scaled(line.values.value(s("PrezzoUnitario"))), 100'000'000);
        const qint64 total = scaled(line.values.value(s("PrezzoTotale")));
        if (!product || qAbs(*product - total) > 1'000'000)
            problems << QStringLiteral("line %1: %2 x %3 is not %4")
                            .arg(line.values.value(s("NumeroLinea")), line.values.value(s("Quantita")),
                                 line.values.value(s("PrezzoUnitario")),
                                 line.values.value(s("PrezzoTotale")));
    }
    qint64 documentTotal = 0;
    for (const Read::Figures &summary : r.summaries) {
        qint64 expected = 0;
        for (const Read::Figures &line : r.lines)
            if (line.rate == summary.rate && line.nature == summary.nature)
                expected += cents(line.values.value(s("PrezzoTotale")));
        for (const Read::Figures &contribution : r.contributions)
            if (contribution.rate == summary.rate && contribution.nature == summary.nature)
                expected += cents(contribution.values.value(s("ImportoContributoCassa")));
        const qint64 base = cents(summary.values.value(s("ImponibileImporto")));
        if (base != expected)
            problems << QStringLiteral("summary %1 %2: ImponibileImporto %3, lines and contribution %4")
                            .arg(summary.rate, summary.nature)
                            .arg(base)
                            .arg(expected);
        const qint64 tax = cents(summary.values.value(s("Imposta")));
        const qint64 rateHundredths = cents(summary.rate);
        const auto due = exact::mulDivRound(base, rateHundredths, 10000);
        if (!due || qAbs(*due - tax) > 1)
            problems << QStringLiteral("summary %1: Imposta %2 is not %3 x %1 %")
                            .arg(summary.rate)
                            .arg(tax)
                            .arg(base);
        documentTotal += base + tax;
    }
    if (r.first.contains(s("ImportoTotaleDocumento"))
        && cents(r.first.value(s("ImportoTotaleDocumento"))) != documentTotal)
        problems << QStringLiteral("ImportoTotaleDocumento %1 is not the summaries' %2")
                        .arg(r.first.value(s("ImportoTotaleDocumento")))
                        .arg(documentTotal);
    const bool withheld = r.count.value(s("DatiRitenuta")) > 0;
    bool marked = false;
    for (const Read::Figures &line : r.lines)
        marked = marked || line.values.value(s("Ritenuta")) == QLatin1String("SI");
    if (withheld != marked)
        problems << QStringLiteral("DatiRitenuta without lines marked Ritenuta SI, or the other way round");
    return problems;
}

struct LineSpec
{
    LineSpec(const char *what, qint64 milli, qint64 cents, std::optional<qint64> percent = std::nullopt,
             bool isFee = true)
        : description(what), quantityMilli(milli), priceCents(cents), ratePercent(percent), fee(isFee)
    {}
    const char *description;
    qint64 quantityMilli;
    qint64 priceCents;
    std::optional<qint64> ratePercent; // none: the profile's
    bool fee;
};

class EInvoiceTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        t.clock().setLocal(2026, 12, 1, 10, 0);
        BusinessRepository business(t.db(), t.clock());
        BusinessProfile b = italianBusiness(*business.get());
        b.address = s("Via Zamboni 12");
        b.postcode = s("40126");
        b.city = s("Bologna");
        b.state = s("BO");
        b.vatId = s("01234567897");
        b.fiscalCode = s("RSSGLI80A41A944K");
        b.iban = s("IT60X0542811101000000123456");
        ASSERT_TRUE(business.save(b).ok());
        Settings settings(t.db());
        BusinessDefaults d = *settings.businessDefaults();
        d.currency = EUR;
        d.hourlyRate = Money(4000, EUR);
        ASSERT_TRUE(settings.setBusinessDefaults(d).ok());
    }

    void useProfile(const char *taxProfile, const char *regime)
    {
        BusinessRepository business(t.db(), t.clock());
        BusinessProfile b = *business.get();
        b.taxProfileId = s(taxProfile);
        b.regimeFiscale = s(regime);
        ASSERT_TRUE(business.save(b).ok());
    }

    Client italian(const char *name)
    {
        Client c = italianClient(s(name));
        c.address = s("Via Roma 1");
        c.postcode = s("20121");
        c.city = s("Milano");
        c.state = s("MI");
        c.country = s("IT");
        c.language = s("it");
        c.recipientCode = s("M5UXCR1");
        return c;
    }

    Client add(const Client &c)
    {
        auto added = ClientRepository(t.db(), t.clock()).add(c);
        EXPECT_TRUE(added.ok()) << added.error().message().toStdString();
        return added.ok() ? *added : Client{};
    }

    // A draft for `client` of manual lines, with a discount percentage, issued on 1 December 2026.
    Invoice issue(const Client &client, const QList<LineSpec> &lines, qint64 discountPercent = 0,
                  const QString &notes = {})
    {
        const qint64 id = draftFor(client, lines, discountPercent, notes);
        auto issued = InvoiceRepository(t.db(), t.clock()).issue(id, QDate(2026, 12, 1));
        EXPECT_TRUE(issued.ok()) << issued.error().message().toStdString();
        return issued.ok() ? *issued : Invoice{};
    }

    // The draft issue() issues.
    qint64 draftFor(const Client &client, const QList<LineSpec> &lines, qint64 discountPercent = 0,
                    const QString &notes = {})
    {
        InvoiceRepository invoices(t.db(), t.clock());
        InvoiceRepository::DraftRequest r;
        r.clientId = client.id;
        r.allowEmpty = true;
        auto draft = invoices.createDraft(r);
        EXPECT_TRUE(draft.ok()) << draft.error().message().toStdString();
        const qint64 id = draft->invoice.id;
        for (const LineSpec &spec : lines) {
            InvoiceLine line;
            line.description = s(spec.description);
            line.quantity = Quantity::fromMilli(spec.quantityMilli);
            line.unitPrice = Money(spec.priceCents, EUR);
            if (spec.ratePercent)
                line.taxRate = TaxRate::fromPercent(*spec.ratePercent);
            line.isFee = spec.fee;
            line.discountable = spec.fee;
            auto added = invoices.addLine(id, line);
            EXPECT_TRUE(added.ok()) << added.error().message().toStdString();
        }
        InvoiceRepository::DraftChanges changes;
        if (discountPercent)
            changes.discountPercent = TaxRate::fromPercent(discountPercent);
        if (!notes.isEmpty())
            changes.notes = notes;
        EXPECT_TRUE(invoices.updateDraft(id, changes).ok());
        return id;
    }

    // The invoice exported, valid against the schema and the SdI's arithmetic: read back.
    Read exported(qint64 invoiceId, EInvoiceFile *file = nullptr)
    {
        auto written = EInvoices(t.db(), t.clock()).exportInvoice(invoiceId);
        EXPECT_TRUE(written.ok()) << written.error().message().toStdString();
        if (!written.ok())
            return {};
        if (file)
            *file = *written;
        EXPECT_EQ(schemaProblems(written->xml), QString()) << written->xml.toStdString();
        const Read r = readBack(written->xml);
        EXPECT_EQ(arithmeticProblems(r), QStringList()) << written->xml.toStdString();
        EXPECT_EQ(r.root,
                  s("http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2#FatturaElettronica"));
        return r;
    }

    static QString summary(const Read &r, const char *rate, const char *nature, const char *what)
    {
        for (const Read::Figures &f : r.summaries)
            if (f.rate == s(rate) && f.nature == s(nature))
                return f.values.value(s(what));
        return s("(none)");
    }
};

} // namespace

TEST_F(EInvoiceTest, OrdinarioWithContributionWithholdingAndAnExpenseAddsUpAsTheSdIChecks)
{
    // Art. 15 DPR 633/72: an expense paid in the client's name is outside VAT (N1), and bears neither
    // the INPS contribution (4 %, rivalsa) nor the withholding (20 %).
    Client c = italian("ACME Srl");
    c.withholding = true;
    c = add(c);
    const Invoice invoice =
        issue(c, {{"Gestione agenda e posta", 10'000, 4000}, {"Spese postali", 1000, 5000, {}, false}}, 0,
              s("Servizi di novembre 2026"));
    // Fees 10 h x 40.00 = 400.00; contribution 4 % = 16.00; IVA 22 % of 416.00 = 91.52;
    // withholding 20 % of 416.00 = 83.20; expense 50.00 (no stamp duty: 50.00 is not over 77.47).
    // Total 400.00 + 16.00 + 91.52 + 50.00 = 557.52; to pay 557.52 - 83.20 = 474.32.
    EXPECT_EQ(invoice.totals.total, Money(55752, EUR));
    EInvoiceFile file;
    const Read r = exported(invoice.id, &file);
    EXPECT_EQ(r.version, s("FPR12"));
    EXPECT_EQ(file.fileName, s("ITRSSGLI80A41A944K_00001.xml"));
    EXPECT_EQ(r.first.value(s("TipoDocumento")), s("TD01"));
    EXPECT_EQ(r.first.value(s("CodiceDestinatario")), s("M5UXCR1"));
    EXPECT_EQ(r.first.value(s("RegimeFiscale")), s("RF01"));
    EXPECT_EQ(r.first.value(s("ImportoTotaleDocumento")), s("557.52"));
    EXPECT_EQ(r.first.value(s("ImportoRitenuta")), s("83.20"));
    EXPECT_EQ(r.first.value(s("AliquotaRitenuta")), s("20.00"));
    EXPECT_EQ(r.first.value(s("TipoRitenuta")), s("RT01"));
    EXPECT_EQ(r.first.value(s("CausalePagamento")), s("A"));
    EXPECT_EQ(r.first.value(s("TipoCassa")), s("TC22"));
    EXPECT_EQ(r.first.value(s("ImportoContributoCassa")), s("16.00"));
    EXPECT_EQ(r.first.value(s("ImponibileCassa")), s("400.00"));
    EXPECT_EQ(r.first.value(s("ImportoPagamento")), s("474.32"));
    EXPECT_EQ(r.first.value(s("ModalitaPagamento")), s("MP05"));
    EXPECT_EQ(r.first.value(s("IBAN")), s("IT60X0542811101000000123456"));
    EXPECT_EQ(r.first.value(s("Causale")), s("Servizi di novembre 2026"));
    EXPECT_EQ(summary(r, "22.00", "", "ImponibileImporto"), s("416.00"));
    EXPECT_EQ(summary(r, "22.00", "", "Imposta"), s("91.52"));
    EXPECT_EQ(summary(r, "0.00", "N1", "ImponibileImporto"), s("50.00"));
    EXPECT_EQ(summary(r, "0.00", "N1", "RiferimentoNormativo"),
              s("Spese anticipate in nome e per conto del cliente (art. 15 DPR 633/72)"));
    ASSERT_EQ(r.lines.size(), 2);
    EXPECT_EQ(r.lines[0].values.value(s("Ritenuta")), s("SI"));
    EXPECT_EQ(r.lines[1].values.value(s("Ritenuta")), QString()) << "the expense bears no withholding";
    EXPECT_EQ(r.count.value(s("DatiBollo")), 0);
}

TEST_F(EInvoiceTest, TwoRatesAndADiscountGiveOneSummaryPerRateThatAddsUp)
{
    const Client c = add(italian("Libreria Bianchi"));
    const Invoice invoice =
        issue(c, {{"Gestione ordini", 1000, 10000}, {"Revisione testi", 1000, 5000, 10}}, 10);
    // Discount 10 % of 150.00 = 15.00, shared in proportion: 10.00 on the 22 % line, 5.00 on the 10 %.
    // Contribution 4 %: 3.60 on 90.00, 1.80 on 45.00. IVA 22 % of 93.60 = 20.59 (20.592); 10 % of
    // 46.80 = 4.68. Total 150.00 - 15.00 + 5.40 + 25.27 = 165.67.
    EXPECT_EQ(invoice.totals.total, Money(16567, EUR));
    const Read r = exported(invoice.id);
    EXPECT_EQ(summary(r, "22.00", "", "ImponibileImporto"), s("93.60"));
    EXPECT_EQ(summary(r, "22.00", "", "Imposta"), s("20.59"));
    EXPECT_EQ(summary(r, "10.00", "", "ImponibileImporto"), s("46.80"));
    EXPECT_EQ(summary(r, "10.00", "", "Imposta"), s("4.68"));
    EXPECT_EQ(r.first.value(s("ImportoTotaleDocumento")), s("165.67"));
    EXPECT_EQ(r.first.value(s("Tipo")), s("SC"));
    EXPECT_EQ(r.first.value(s("Percentuale")), s("10.00"));
    EXPECT_EQ(r.first.value(s("Importo")), s("15.00"));
    EXPECT_EQ(r.contributions.size(), 2) << "one contribution per rate";
    // The discount as a line at each rate it reaches.
    QStringList discounts;
    for (const Read::Figures &line : r.lines)
        if (line.values.value(s("Descrizione")) == s("Sconto"))
            discounts << line.rate + s(" ") + line.values.value(s("PrezzoTotale"));
    discounts.sort();
    EXPECT_EQ(discounts, (QStringList{s("10.00 -5.00"), s("22.00 -10.00")}));
}

TEST_F(EInvoiceTest, ForfettarioIsUntaxedWithItsNatureAndTheStampDutyWhenOver7747)
{
    // Art. 1, commi 54-89, L. 190/2014: no IVA (N2.2, regime RF19); stamp duty of 2.00 on an
    // invoice of more than 77.47 without IVA (DPR 642/1972), here passed on to the client as an
    // art. 15 expense (N1).
    useProfile("it-forfettario", "RF19");
    const Client c = add(italian("Studio Verdi"));
    const Invoice invoice = issue(c, {{"Assistenza da remoto", 10'000, 3000}});
    // 10 x 30.00 = 300.00; contribution 4 % = 12.00; stamp duty 2.00. Total 314.00.
    EXPECT_EQ(invoice.totals.total, Money(31400, EUR));
    const Read r = exported(invoice.id);
    EXPECT_EQ(r.first.value(s("RegimeFiscale")), s("RF19"));
    EXPECT_EQ(summary(r, "0.00", "N2.2", "ImponibileImporto"), s("312.00"));
    EXPECT_EQ(summary(r, "0.00", "N2.2", "Imposta"), s("0.00"));
    EXPECT_EQ(summary(r, "0.00", "N1", "ImponibileImporto"), s("2.00"));
    EXPECT_EQ(r.first.value(s("BolloVirtuale")), s("SI"));
    EXPECT_EQ(r.first.value(s("ImportoBollo")), s("2.00"));
    EXPECT_EQ(r.first.value(s("ImportoTotaleDocumento")), s("314.00"));
    EXPECT_EQ(r.contributions.value(0).nature, s("N2.2"));

    // 2 x 30.00 = 60.00 + 2.40 = 62.40: not over 77.47, so no stamp duty.
    const Invoice small = issue(c, {{"Assistenza da remoto", 2000, 3000}});
    EXPECT_EQ(small.totals.total, Money(6240, EUR));
    const Read r2 = exported(small.id);
    EXPECT_EQ(r2.count.value(s("DatiBollo")), 0);
    EXPECT_EQ(summary(r2, "0.00", "N2.2", "ImponibileImporto"), s("62.40"));
    EXPECT_EQ(r2.first.value(s("ImportoTotaleDocumento")), s("62.40"));
}

TEST_F(EInvoiceTest, AnEuBusinessUnderReverseChargeAndAPrivateClientAbroadFollowTheAgencysRules)
{
    // Art. 7-ter DPR 633/72: services to a business in another EU country are outside Italian VAT
    // (N2.1); the client's VAT number names it, the recipient code is XXXXXXX, the CAP 00000.
    Client eu;
    eu.name = s("Müller GmbH");
    eu.country = s("DE");
    eu.vatId = s("DE123456789");
    eu.address = s("Friedrichstraße 10");
    eu.postcode = s("10117");
    eu.city = s("Berlin");
    eu.currency = EUR;
    eu.reverseCharge = true;
    eu = add(eu);
    const Invoice invoice = issue(eu, {{"Virtual assistance", 5000, 4000}});
    // 5 x 40.00 = 200.00; contribution 8.00; untaxed 208.00 is over 77.47: stamp duty 2.00. Total 210.00.
    EXPECT_EQ(invoice.totals.total, Money(21000, EUR));
    const Read r = exported(invoice.id);
    EXPECT_EQ(r.first.value(s("CodiceDestinatario")), s("XXXXXXX"));
    EXPECT_EQ(summary(r, "0.00", "N2.1", "ImponibileImporto"), s("208.00"));
    EXPECT_EQ(summary(r, "0.00", "N2.1", "RiferimentoNormativo"),
              s("Non soggetto a IVA ai sensi dell'art. 7-ter DPR 633/72"));
    // The buyer's block: its VAT number without the country, the country, CAP 00000, no province.
    EXPECT_EQ(r.count.value(s("IdFiscaleIVA")), 2);
    EXPECT_EQ(r.count.value(s("CAP")), 2);
    EXPECT_EQ(r.count.value(s("Provincia")), 1) << "the business's only";

    // A private client outside the EU, with no tax number: eleven nines.
    Client us;
    us.name = s("Jane Doe");
    us.country = s("US");
    us.address = s("1 Market Street");
    us.city = s("Springfield");
    us.currency = EUR;
    us = add(us);
    const Invoice abroad = issue(us, {{"Virtual assistance", 1000, 5000}});
    // 50.00 + contribution 2.00; IVA 22 % of 52.00 = 11.44. Total 63.44.
    EXPECT_EQ(abroad.totals.total, Money(6344, EUR));
    EInvoiceFile file;
    const Read r2 = exported(abroad.id, &file);
    EXPECT_TRUE(file.xml.contains("<IdPaese>US</IdPaese>"));
    EXPECT_TRUE(file.xml.contains("<IdCodice>99999999999</IdCodice>"));
    EXPECT_TRUE(file.xml.contains("<CAP>00000</CAP>"));
    EXPECT_EQ(r2.first.value(s("ImportoTotaleDocumento")), s("63.44"));
}

TEST_F(EInvoiceTest, ACreditNoteNamesTheInvoiceItCancels)
{
    const Client c = add(italian("ACME Srl"));
    const Invoice invoice = issue(c, {{"Gestione agenda", 2000, 4000}});
    auto credit = InvoiceRepository(t.db(), t.clock()).cancel(invoice.id, QDate(2026, 12, 1));
    ASSERT_TRUE(credit.ok()) << credit.error().message().toStdString();
    const Read r = exported(credit->id);
    EXPECT_EQ(r.first.value(s("TipoDocumento")), s("TD04"));
    EXPECT_EQ(r.first.value(s("IdDocumento")), *invoice.number);
    EXPECT_EQ(r.first.value(s("Numero")), *credit->number);
    // 80.00 + 3.20 = 83.20; IVA 18.30 (18.304): the invoice's own figures, positive.
    EXPECT_EQ(r.first.value(s("ImportoTotaleDocumento")), s("101.50"));
    EXPECT_EQ(r.count.value(s("DatiPagamento")), 0);
}

TEST_F(EInvoiceTest, AClientWithOnlyAPecAndAPublicBodyAreAddressedAsTheSdIWants)
{
    Client pec = italian("Rossi Snc");
    pec.recipientCode.clear();
    pec.pec = s("rossi@pec.example.it");
    pec = add(pec);
    EInvoiceFile file;
    exported(issue(pec, {{"Segreteria", 1000, 4000}}).id, &file);
    EXPECT_TRUE(file.xml.contains("<CodiceDestinatario>0000000</CodiceDestinatario>"));
    EXPECT_TRUE(file.xml.contains("<PECDestinatario>rossi@pec.example.it</PECDestinatario>"));

    Client pa = italian("Comune di Bologna");
    pa.recipientCode = s("UFXYZ1");
    pa = add(pa);
    const Read r = exported(issue(pa, {{"Segreteria", 1000, 4000}}).id);
    EXPECT_EQ(r.version, s("FPA12"));
    EXPECT_EQ(r.first.value(s("FormatoTrasmissione")), s("FPA12"));
    EXPECT_EQ(r.first.value(s("CodiceDestinatario")), s("UFXYZ1"));
}

TEST_F(EInvoiceTest, MarkupInNamesIsEscapedAndLongTextIsCutAtAWord)
{
    Client c = italian("Rossi & \"Figli\" <Srl> – Società");
    c = add(c);
    EInvoiceFile file;
    const Read r = exported(issue(c, {{"Segreteria €", 1000, 4000}}).id, &file);
    EXPECT_TRUE(file.xml.contains("Rossi &amp; &quot;Figli&quot; &lt;Srl&gt; - Società"))
        << "escaped, the dash made Latin-1, the accent kept\n"
        << file.xml.toStdString();
    EXPECT_EQ(r.count.value(s("Srl")), 0) << "no markup came from the name";
    EXPECT_EQ(r.first.value(s("Descrizione")), s("Segreteria EUR"));

    // A name longer than the file's 80 characters is cut after a word; notes longer than a Causale's
    // 200 go on in the next ones, nothing lost.
    Client longer = italian("Associazione");
    longer.name = s("Associazione culturale per la promozione della lettura e della scrittura creativa "
                    "nelle scuole della città metropolitana di Bologna");
    longer = add(longer);
    QString notes;
    for (int k = 1; notes.size() < 450; ++k)
        notes += QStringLiteral("Servizio numero %1 svolto come concordato. ").arg(k);
    notes = notes.trimmed();
    const Read cutRead = exported(issue(longer, {{"Segreteria", 1000, 4000}}, 0, notes).id, &file);
    QStringList names;
    QXmlStreamReader reader(file.xml);
    QStringList causali;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("Denominazione"))
            names << reader.readElementText();
        else if (reader.isStartElement() && reader.name() == QLatin1String("Causale"))
            causali << reader.readElementText();
    }
    ASSERT_EQ(names.size(), 2);
    EXPECT_LE(names[1].size(), 80);
    EXPECT_TRUE(longer.name.startsWith(names[1] + s(" "))) << names[1].toStdString();
    EXPECT_EQ(causali.size(), 3);
    for (const QString &causale : causali)
        EXPECT_LE(causale.size(), 200);
    EXPECT_EQ(causali.join(QLatin1Char(' ')), notes);
    EXPECT_EQ(cutRead.count.value(s("Causale")), 3);
}

TEST_F(EInvoiceTest, TimeBilledEntryByEntryGetsTheQuantityItsTotalAndRateGive)
{
    // Three entries of 1 h 20 min at 40.00 an hour, each priced alone: 53.33 each, 159.99 for the
    // line, where 4 hours would be 160.00. The SdI wants quantity x price = total to the cent.
    Client c = italian("ACME Srl");
    c.hourlyRate = Money(4000, EUR);
    c = add(c);
    TimeEntryRepository entries(t.db(), t.clock());
    for (int day : {2, 3, 4}) {
        TimeEntry e;
        e.clientId = c.id;
        e.start = QDateTime(QDate(2026, 11, day), QTime(9, 0), t.clock().timeZone()).toSecsSinceEpoch();
        e.end = e.start + 80 * 60;
        ASSERT_TRUE(entries.add(e).ok());
    }
    InvoiceRepository invoices(t.db(), t.clock());
    InvoiceRepository::DraftRequest request;
    request.clientId = c.id;
    request.from = QDate(2026, 11, 1);
    request.to = QDate(2026, 11, 30);
    request.grouping = Grouping::Total;
    auto draft = invoices.createDraft(request);
    ASSERT_TRUE(draft.ok()) << draft.error().message().toStdString();
    ASSERT_EQ(draft->invoice.lines.size(), 1);
    EXPECT_EQ(draft->invoice.lines[0].amount, Money(15999, EUR));
    const Invoice issued = *invoices.issue(draft->invoice.id, QDate(2026, 12, 1));
    const Read r = exported(issued.id);
    ASSERT_EQ(r.lines.size(), 1);
    EXPECT_EQ(r.lines[0].values.value(s("PrezzoUnitario")), s("40.00"));
    EXPECT_EQ(r.lines[0].values.value(s("Quantita")), s("3.99975"));
    EXPECT_EQ(r.lines[0].values.value(s("PrezzoTotale")), s("159.99"));
    EXPECT_EQ(r.lines[0].values.value(s("UnitaMisura")), s("ore"));
}

TEST_F(EInvoiceTest, AReExportIsTheSameFileAndTheNextInvoiceTakesTheNextProgressive)
{
    const Client c = add(italian("ACME Srl"));
    const Invoice first = issue(c, {{"Segreteria", 1000, 4000}});
    const Invoice second = issue(c, {{"Segreteria", 2000, 4000}});
    EInvoices einvoices(t.db(), t.clock());
    const EInvoiceFile a = *einvoices.exportInvoice(first.id);
    t.clock().advance(3600);
    const EInvoiceFile again = *einvoices.exportInvoice(first.id);
    EXPECT_EQ(again.fileName, a.fileName);
    EXPECT_EQ(again.xml, a.xml) << "the same invoice gives the same file";
    EXPECT_EQ(*einvoices.lastExported(first.id), std::optional<qint64>(t.clock().nowSecs()));
    const EInvoiceFile b = *einvoices.exportInvoice(second.id);
    EXPECT_EQ(a.fileName, s("ITRSSGLI80A41A944K_00001.xml"));
    EXPECT_EQ(b.fileName, s("ITRSSGLI80A41A944K_00002.xml"));
    EXPECT_EQ(einvoice::progressive(36), s("00010"));
    EXPECT_EQ(einvoice::progressive(35), s("0000Z"));
    EXPECT_FALSE(einvoices.lastExported(c.id + 1000)->has_value());
}

TEST_F(EInvoiceTest, WhatTheFileWouldLackIsRefusedByNameAndChangesNothing)
{
    // An Italian invoice is the e-invoice: one the file could not be written for is not issued.
    Client c = italian("ACME Srl");
    c.postcode.clear();
    c.address = s("Via Roma 1"); // no CAP anywhere to split from
    c = add(c);
    InvoiceRepository invoices(t.db(), t.clock());
    const qint64 lacking = draftFor(c, {{"Segreteria", 1000, 4000}});
    expectRefused([&] { return invoices.issue(lacking, QDate(2026, 12, 1)); }, s("client.postcode"));
    EXPECT_TRUE(invoices.issue(lacking, QDate(2026, 12, 1)).error().message().contains(s("ACME Srl")));
    QList<einvoice::Missing> all = einvoice::missing(*invoices.get(lacking));
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].field, s("client.postcode"));

    // The business's own postcode, where its address cannot be split.
    BusinessRepository business(t.db(), t.clock());
    BusinessProfile b = *business.get();
    b.postcode.clear();
    b.city.clear();
    ASSERT_TRUE(business.save(b).ok());
    all = einvoice::missing(*invoices.get(lacking));
    QStringList fields;
    for (const einvoice::Missing &m : std::as_const(all))
        fields << m.field;
    EXPECT_EQ(fields, QStringList({s("postcode"), s("city"), s("client.postcode")})) << "in the file's order";
    Client fine = add(italian("Bianchi Srl"));
    const qint64 noCap = draftFor(fine, {{"Segreteria", 1000, 4000}});
    expectRefused([&] { return invoices.issue(noCap, QDate(2026, 12, 1)); }, s("postcode"));
    b.postcode = s("40126");
    b.city = s("Bologna");
    ASSERT_TRUE(business.save(b).ok());

    // An invoice issued before Minuta wrote e-invoices may lack a part: its export is refused by name.
    EInvoices einvoices(t.db(), t.clock());
    Invoice older = issue(fine, {{"Segreteria", 1000, 4000}});
    older.parties.client.postcode.clear();
    older.parties.client.address = s("Via Roma 1");
    auto refused = einvoice::write(older, s("00001"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field(), s("client.postcode"));
    EXPECT_TRUE(refused.error().message().contains(s("Bianchi Srl")));

    // A draft is not an e-invoice yet.
    InvoiceRepository::DraftRequest request;
    request.clientId = fine.id;
    request.allowEmpty = true;
    const qint64 draft = InvoiceRepository(t.db(), t.clock()).createDraft(request)->invoice.id;
    expectRefused([&] { return einvoices.exportInvoice(draft); }, s("invoice"));

    // An older address written whole is split: the file is written.
    Client whole = italian("Verdi Spa");
    whole.address = s("Via Garibaldi 3\n39100 Bolzano (BZ)");
    whole.postcode.clear();
    whole.city.clear();
    whole.state.clear();
    whole = add(whole);
    EInvoiceFile file;
    exported(issue(whole, {{"Segreteria", 1000, 4000}}).id, &file);
    EXPECT_TRUE(file.xml.contains("<Indirizzo>Via Garibaldi 3</Indirizzo>"));
    EXPECT_TRUE(file.xml.contains("<CAP>39100</CAP>"));
    EXPECT_TRUE(file.xml.contains("<Comune>Bolzano</Comune>"));
    EXPECT_TRUE(file.xml.contains("<Provincia>BZ</Provincia>"));

    // A business outside Italy issues no FatturaPA.
    b = *business.get();
    b.country = s("GB");
    b.vatId = s("GB123456789");
    b.fiscalCode.clear();
    b.taxProfileId = s("uk-vat");
    ASSERT_TRUE(business.save(b).ok());
    const Invoice british = issue(c, {{"Admin", 1000, 4000}});
    expectRefused([&] { return einvoices.exportInvoice(british.id); }, s("country"));
}

TEST_F(EInvoiceTest, TheChecksThemselvesCatchAFileTheSdIWouldReject)
{
    const Client c = add(italian("ACME Srl"));
    EInvoiceFile file;
    exported(issue(c, {{"Segreteria", 1000, 4000}}).id, &file);
    // 40.00 + 1.60 contribution = 41.60 at 22 %: IVA 9.15 (9.152).
    ASSERT_TRUE(file.xml.contains("<ImponibileImporto>41.60</ImponibileImporto>"));
    QByteArray badCap = file.xml;
    badCap.replace("<CAP>40126</CAP>", "<CAP>4012</CAP>");
    EXPECT_NE(schemaProblems(badCap), QString()) << "the schema wants five digits";
    QByteArray badSum = file.xml;
    badSum.replace("<ImponibileImporto>41.60</ImponibileImporto>",
                   "<ImponibileImporto>41.50</ImponibileImporto>");
    EXPECT_EQ(schemaProblems(badSum), QString());
    EXPECT_FALSE(arithmeticProblems(readBack(badSum)).isEmpty()) << "the lines no longer add up";
    QByteArray badTax = file.xml;
    badTax.replace("<Imposta>9.15</Imposta>", "<Imposta>9.17</Imposta>");
    ASSERT_NE(badTax, file.xml);
    EXPECT_FALSE(arithmeticProblems(readBack(badTax)).isEmpty()) << "a tax two cents off";
}

TEST_F(EInvoiceTest, LinesAtNoChargeKeepASummaryOfTheirRateAndAnInvoiceOfOnlyThoseIsValid)
{
    // Work a prepaid pack covered shows at no charge. Its 22 % needs a summary, at 0.00, beside the
    // 10 % work billed (SdI control 00419: every rate of the lines has its DatiRiepilogo).
    // 10 % line 50.00; contribution 4 % = 2.00; IVA 10 % of 52.00 = 5.20; total 57.20.
    const Client c = add(italian("Libreria Bianchi"));
    const Invoice mixed =
        issue(c, {{"Revisione testi", 1000, 5000, 10}, {"Coperto dal pacchetto prepagato", 2000, 0}});
    EXPECT_EQ(mixed.totals.total, Money(5720, EUR));
    const Read r = exported(mixed.id);
    EXPECT_EQ(summary(r, "10.00", "", "ImponibileImporto"), s("52.00"));
    EXPECT_EQ(summary(r, "22.00", "", "ImponibileImporto"), s("0.00"));
    EXPECT_EQ(summary(r, "22.00", "", "Imposta"), s("0.00"));

    // An invoice of covered work only: total 0.00, still a valid file with its summary.
    const Invoice covered = issue(c, {{"Coperto dal pacchetto prepagato", 1500, 0}});
    EXPECT_EQ(covered.totals.total, Money(0, EUR));
    const Read only = exported(covered.id);
    EXPECT_EQ(only.summaries.size(), 1);
    EXPECT_EQ(summary(only, "22.00", "", "ImponibileImporto"), s("0.00"));
    EXPECT_EQ(only.first.value(s("ImportoTotaleDocumento")), s("0.00"));
}
