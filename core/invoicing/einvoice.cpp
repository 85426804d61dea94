#include "invoicing/einvoice.h"

#include "invoicing/invoicelabels.h"
#include "invoicing/invoiceplan.h"
#include "invoicing/invoicerepository.h"
#include "storage/connection.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/clock.h"
#include "values/exactmath.h"
#include "values/postaladdress.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QXmlStreamWriter>

#include <map>

namespace minuta {

namespace einvoice {

namespace {

const QString kNamespace = QStringLiteral("http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2");
const QString kForeignRecipient = QStringLiteral("XXXXXXX");
const QString kNoRecipient = QStringLiteral("0000000");

// Text as the schema's Latin fields take it: Latin-1 only, on one line. Typographic quotes and dashes
// become their plain forms, the euro sign EUR, an accented letter outside Latin-1 its base letter,
// anything else a question mark.
QString latin(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f) {
            out += QLatin1Char(' ');
        } else if (u <= 0xff) {
            out += c;
        } else if (u == 0x2018 || u == 0x2019 || u == 0x201a || u == 0x2032) {
            out += QLatin1Char('\'');
        } else if (u == 0x201c || u == 0x201d || u == 0x201e || u == 0x2033) {
            out += QLatin1Char('"');
        } else if (u == 0x2013 || u == 0x2014 || u == 0x2212 || u == 0x2022) {
            out += QLatin1Char('-');
        } else if (u == 0x2026) {
            out += QStringLiteral("...");
        } else if (u == 0x20ac) {
            out += QStringLiteral("EUR");
        } else if (c.isSurrogate()) {
            if (c.isHighSurrogate())
                out += QLatin1Char('?');
        } else {
            QString base;
            for (const QChar d : QString(c).normalized(QString::NormalizationForm_KD))
                if (d.unicode() >= 0x20 && d.unicode() <= 0xff)
                    base += d;
            out += base.isEmpty() ? QStringLiteral("?") : base;
        }
    }
    return out.simplified();
}

// `text` in at most `max` characters, cut after a whole word where there is one in the second half.
QString cut(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '), max);
    return (space > max / 2 ? text.left(space) : text.left(max)).trimmed();
}

QString field(const QString &text, qsizetype max)
{
    return cut(latin(text), max);
}

// A number of minor units with two decimals, as the schema's amounts are written: 1234 cents is
// "12.34", 5 yen "5.00".
QString amount(qint64 minor, int digits)
{
    qint64 cents = minor;
    if (digits < 2) {
        for (int i = digits; i < 2; ++i)
            cents *= 10;
    }
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(cents) : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString amount(const Money &money)
{
    return amount(money.minorUnits(), money.currency().minorDigits());
}

// "22.00", "4.00": a rate in thousandths of a percent, to two decimals.
QString rate(const TaxRate &rate)
{
    const qint64 hundredths = (rate.milliPercent() + 5) / 10;
    return QStringLiteral("%1.%2").arg(hundredths / 100).arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

// A non-negative number given in hundred-millionths, with two to eight decimals: "1.50", "1.33333333".
QString eightDecimals(qint64 scaled)
{
    QString decimals = QStringLiteral("%1").arg(scaled % 100'000'000, 8, 10, QLatin1Char('0'));
    while (decimals.size() > 2 && decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    return QStringLiteral("%1.%2").arg(scaled / 100'000'000).arg(decimals);
}

// The digits of a VAT number without its country's prefix: "IT01234567890" is "01234567890".
QString vatDigits(const QString &vatId, const QString &country)
{
    return vatId.startsWith(country) && vatId.size() > 2 ? vatId.mid(2) : vatId;
}

bool italian(const QString &country)
{
    return country == QLatin1String("IT");
}

// The client's country; an Italian business's client without one is taken to be Italian, as the
// invoice's own checks take it.
QString countryOf(const Client &client)
{
    return client.country.isEmpty() ? QStringLiteral("IT") : client.country;
}

bool publicAdministration(const Client &client)
{
    return italian(countryOf(client)) && client.recipientCode.size() == 6;
}

// The address in parts: as given, or split from the whole address an older file keeps.
postaladdress::Parts businessAddress(const BusinessProfile &b)
{
    return postaladdress::completed({b.address, b.postcode, b.city, b.state}, b.country);
}

postaladdress::Parts clientAddress(const Client &c)
{
    return postaladdress::completed({c.address, c.postcode, c.city, c.state},
                                    c.country.isEmpty() ? QStringLiteral("IT") : c.country);
}

QString regimeOf(const Invoice &invoice)
{
    const BusinessProfile &b = invoice.parties.business;
    if (!b.regimeFiscale.isEmpty())
        return b.regimeFiscale;
    return invoice.parties.profile.id == QLatin1String("it-forfettario") ? QStringLiteral("RF19")
                                                                         : QStringLiteral("RF01");
}

// The lines' figures gathered by how the SdI sums them: per rate (AliquotaIVA) and nature (Natura).
struct Summary
{
    std::optional<TaxRate> rate;
    QString nature;
    qint64 lines = 0;        // the sum of the invoice's lines here
    int count = 0;           // how many lines: one at no charge (work a prepaid pack covered) counts too
    qint64 contribution = 0; // the contribution at this rate or nature
    qint64 base = 0; // the invoice's taxable (or untaxed) amount here: lines − discount + contribution
    qint64 tax = 0;
    bool fees = false; // some of its lines bear the withholding
};

using SummaryKey = std::pair<qint64, QString>; // rate in thousandths of a percent (−1: untaxed), nature

SummaryKey keyOf(const invoicecalc::LineTax &tax)
{
    return {tax.rate ? tax.rate->milliPercent() : -1, tax.rate ? QString() : tax.nature};
}

} // namespace

QString progressive(qint64 n)
{
    QString digits = QString::number(n, 36).toUpper();
    return digits.rightJustified(5, QLatin1Char('0'));
}

QString fileName(const BusinessProfile &business, const QString &progressive)
{
    const QString id =
        !business.fiscalCode.isEmpty() ? business.fiscalCode : vatDigits(business.vatId, business.country);
    return QStringLiteral("IT%1_%2.xml").arg(id, progressive);
}

QList<Missing> missing(const Invoice &invoice)
{
    QList<Missing> found;
    const auto add = [&](const QString &message, const QString &field) { found.append({message, field}); };
    const BusinessProfile &b = invoice.parties.business;
    const Client &c = invoice.parties.client;
    const auto ofClient = [](QLatin1StringView name) { return clientfield::prefixed(name); };

    if (!italian(b.country)) {
        add(EInvoices::tr(
                "Only an Italian business issues FatturaPA e-invoices: set the business's country to Italy "
                "(IT)."),
            businessfield::Country);
        return found;
    }
    if (b.vatId.isEmpty())
        add(EInvoices::tr("The business's VAT number (partita IVA) is missing."), businessfield::VatId);
    if (b.name.trimmed().isEmpty())
        add(EInvoices::tr("The business's name is missing."), businessfield::Name);
    const postaladdress::Parts own = businessAddress(b);
    if (own.street.trimmed().isEmpty())
        add(EInvoices::tr("The business's street and number are missing."), businessfield::Address);
    if (!postaladdress::isItalianPostcode(own.postcode))
        add(EInvoices::tr("The business's postcode (CAP, five digits) is missing."), businessfield::Postcode);
    if (own.city.trimmed().isEmpty())
        add(EInvoices::tr("The business's city is missing."), businessfield::City);
    static const QRegularExpression regime(QStringLiteral("^RF(0[1-9]|1[0-9])$"));
    if (!regime.match(regimeOf(invoice)).hasMatch())
        add(EInvoices::tr("The business's tax regime (regime fiscale) “%1” is not one of RF01 to RF19.")
                .arg(b.regimeFiscale),
            businessfield::RegimeFiscale);
    if (invoice.parties.profile.taxes.size() > 1)
        add(EInvoices::tr("The tax profile “%1” has more than one tax; an Italian e-invoice has only IVA.")
                .arg(invoice.parties.profile.name),
            businessfield::TaxProfile);

    const QString name = c.name;
    const postaladdress::Parts theirs = clientAddress(c);
    if (theirs.street.trimmed().isEmpty())
        add(EInvoices::tr("The street and number of %1 are missing.").arg(name),
            ofClient(clientfield::Address));
    if (theirs.city.trimmed().isEmpty())
        add(EInvoices::tr("The city of %1 is missing.").arg(name), ofClient(clientfield::City));
    if (italian(countryOf(c)) && !postaladdress::isItalianPostcode(theirs.postcode))
        add(EInvoices::tr("The postcode (CAP, five digits) of %1 is missing.").arg(name),
            ofClient(clientfield::Postcode));
    if (italian(countryOf(c)) && c.vatId.isEmpty() && c.fiscalCode.isEmpty())
        add(EInvoices::tr("%1 has neither a VAT number nor a fiscal code.").arg(name),
            ofClient(clientfield::VatId));

    const invoicecalc::Input input = invoiceplan::inputOf(invoice);
    for (const invoicecalc::Line &line : std::as_const(input.lines)) {
        const invoicecalc::LineTax tax = invoicecalc::lineTax(input, line);
        if (!tax.rate && tax.nature.isEmpty()) {
            add(EInvoices::tr(
                    "A line bears no tax and says not why (its nature, such as N2.2): set it on the line or "
                    "in "
                    "the tax profile."),
                QStringLiteral("lines"));
            break;
        }
    }
    if (invoice.currency.minorDigits() > 2)
        add(EInvoices::tr("An e-invoice's amounts have two decimals; %1 has three.")
                .arg(invoice.currency.code()),
            QStringLiteral("currency"));
    if (invoice.kind == InvoiceKind::CreditNote && !invoice.creditedNumber)
        add(EInvoices::tr("The credit note does not say which invoice it cancels."),
            QStringLiteral("invoice"));
    return found;
}

Result<QByteArray> write(const Invoice &invoice, const QString &progressive,
                         const std::optional<QByteArray> &pdf)
{
    if (!invoice.number || invoice.status == InvoiceStatus::Draft)
        return Error(ErrorCode::Conflict, EInvoices::tr("Issue the invoice first: a draft has no number."),
                     QStringLiteral("invoice"));
    if (const QList<Missing> lacking = missing(invoice); !lacking.isEmpty())
        return Error(ErrorCode::InvalidInput, lacking.first().message, lacking.first().field);
    static const QRegularExpression progressivePattern(QStringLiteral("^[0-9A-Z]{5}$"));
    if (!progressivePattern.match(progressive).hasMatch())
        return Error(
            ErrorCode::InvalidInput,
            EInvoices::tr("“%1” is not a progressive: five capital letters and digits.").arg(progressive),
            QStringLiteral("progressive"));

    const BusinessProfile &b = invoice.parties.business;
    const Client &c = invoice.parties.client;
    const QString country = countryOf(c);
    const TaxProfile &profile = invoice.parties.profile;
    const invoicecalc::Totals &t = invoice.totals;
    const invoicecalc::Input input = invoiceplan::inputOf(invoice);
    const int digits = invoice.currency.minorDigits();
    const bool withholding = t.withholding.minorUnits() > 0;
    const auto money = [&](qint64 minor) { return amount(minor, digits); };

    // The summaries, from the lines and the totals.
    std::map<SummaryKey, Summary> summaries;
    QList<invoicecalc::LineTax> lineTaxes;
    for (int i = 0; i < input.lines.size(); ++i) {
        const invoicecalc::LineTax tax = invoicecalc::lineTax(input, input.lines[i]);
        lineTaxes.append(tax);
        Summary &s = summaries[keyOf(tax)];
        s.rate = tax.rate;
        s.nature = tax.nature;
        s.lines += input.lines[i].amount.minorUnits();
        ++s.count;
        s.fees = s.fees || input.lines[i].isFee;
    }
    for (const invoicecalc::Contribution &contribution : t.contributions) {
        const SummaryKey key{contribution.rate ? contribution.rate->milliPercent() : -1,
                             contribution.rate ? QString() : contribution.nature};
        summaries[key].contribution += contribution.amount.minorUnits();
    }
    for (const invoicecalc::Tax &tax : t.taxes) {
        Summary &s = summaries[{tax.rate.milliPercent(), QString()}];
        s.rate = tax.rate;
        s.base += tax.base.minorUnits();
        s.tax += tax.amount.minorUnits();
    }
    for (const invoicecalc::Untaxed &untaxed : t.outside) {
        Summary &s = summaries[{-1, untaxed.nature}];
        s.nature = untaxed.nature;
        s.base += untaxed.amount.minorUnits();
    }
    // The stamp duty passed on to the client is an expense paid in its name (art. 15): a line of its own.
    const bool stampLine = t.stampDutyCharged && t.stampDuty.minorUnits() > 0;
    if (stampLine) {
        Summary &s = summaries[{-1, invoicecalc::ExpenseNature}];
        s.nature = invoicecalc::ExpenseNature;
        s.lines += t.stampDuty.minorUnits();
        s.base += t.stampDuty.minorUnits();
    }

    QByteArray xml;
    QBuffer buffer(&xml);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter w(&buffer);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    const auto text = [&](const QString &name, const QString &value) { w.writeTextElement(name, value); };
    const auto start = [&](const QString &name) { w.writeStartElement(name); };
    const auto end = [&] { w.writeEndElement(); };
    const auto address = [&](const postaladdress::Parts &parts, const QString &nation) {
        start(QStringLiteral("Sede"));
        text(QStringLiteral("Indirizzo"), field(parts.street, 60));
        text(QStringLiteral("CAP"), italian(nation) ? parts.postcode : QStringLiteral("00000"));
        text(QStringLiteral("Comune"), field(parts.city, 60));
        static const QRegularExpression province(QStringLiteral("^[A-Z]{2}$"));
        if (italian(nation) && province.match(parts.state).hasMatch())
            text(QStringLiteral("Provincia"), parts.state);
        text(QStringLiteral("Nazione"), nation);
        end();
    };

    w.writeStartDocument();
    w.writeNamespace(kNamespace, QStringLiteral("p"));
    w.writeStartElement(kNamespace, QStringLiteral("FatturaElettronica"));
    const QString format = publicAdministration(c) ? QStringLiteral("FPA12") : QStringLiteral("FPR12");
    w.writeAttribute(QStringLiteral("versione"), format);

    start(QStringLiteral("FatturaElettronicaHeader"));
    start(QStringLiteral("DatiTrasmissione"));
    start(QStringLiteral("IdTrasmittente"));
    text(QStringLiteral("IdPaese"), QStringLiteral("IT"));
    text(QStringLiteral("IdCodice"), !b.fiscalCode.isEmpty() ? b.fiscalCode : vatDigits(b.vatId, b.country));
    end();
    text(QStringLiteral("ProgressivoInvio"), progressive);
    text(QStringLiteral("FormatoTrasmissione"), format);
    const QString recipient = !italian(country)            ? kForeignRecipient
                              : !c.recipientCode.isEmpty() ? c.recipientCode
                                                           : kNoRecipient;
    text(QStringLiteral("CodiceDestinatario"), recipient);
    if (recipient == kNoRecipient && !c.pec.isEmpty())
        text(QStringLiteral("PECDestinatario"), c.pec);
    end(); // DatiTrasmissione

    start(QStringLiteral("CedentePrestatore"));
    start(QStringLiteral("DatiAnagrafici"));
    start(QStringLiteral("IdFiscaleIVA"));
    text(QStringLiteral("IdPaese"), QStringLiteral("IT"));
    text(QStringLiteral("IdCodice"), vatDigits(b.vatId, b.country));
    end();
    if (!b.fiscalCode.isEmpty())
        text(QStringLiteral("CodiceFiscale"), b.fiscalCode);
    start(QStringLiteral("Anagrafica"));
    text(QStringLiteral("Denominazione"), field(b.name, 80));
    end();
    text(QStringLiteral("RegimeFiscale"), regimeOf(invoice));
    end(); // DatiAnagrafici
    address(businessAddress(b), QStringLiteral("IT"));
    end(); // CedentePrestatore

    start(QStringLiteral("CessionarioCommittente"));
    start(QStringLiteral("DatiAnagrafici"));
    if (!c.vatId.isEmpty() || !italian(country)) {
        // A foreign buyer without a VAT number is named by eleven nines, as the agency's rules allow.
        start(QStringLiteral("IdFiscaleIVA"));
        text(QStringLiteral("IdPaese"), country);
        text(QStringLiteral("IdCodice"),
             !c.vatId.isEmpty() ? cut(vatDigits(c.vatId, country), 28) : QStringLiteral("99999999999"));
        end();
    }
    if (italian(country) && !c.fiscalCode.isEmpty())
        text(QStringLiteral("CodiceFiscale"), c.fiscalCode);
    start(QStringLiteral("Anagrafica"));
    text(QStringLiteral("Denominazione"), field(c.name, 80));
    end();
    end(); // DatiAnagrafici
    address(clientAddress(c), country);
    end(); // CessionarioCommittente
    end(); // FatturaElettronicaHeader

    start(QStringLiteral("FatturaElettronicaBody"));
    start(QStringLiteral("DatiGenerali"));
    start(QStringLiteral("DatiGeneraliDocumento"));
    text(QStringLiteral("TipoDocumento"),
         invoice.kind == InvoiceKind::CreditNote ? QStringLiteral("TD04") : QStringLiteral("TD01"));
    text(QStringLiteral("Divisa"), invoice.currency.code());
    text(QStringLiteral("Data"), invoice.issueDate.toString(Qt::ISODate));
    text(QStringLiteral("Numero"), field(*invoice.number, 20));
    if (withholding) {
        start(QStringLiteral("DatiRitenuta"));
        text(QStringLiteral("TipoRitenuta"),
             b.withholdingType.isEmpty() ? QStringLiteral("RT01") : b.withholdingType);
        text(QStringLiteral("ImportoRitenuta"), amount(t.withholding));
        text(QStringLiteral("AliquotaRitenuta"), rate(profile.withholdingRate));
        text(QStringLiteral("CausalePagamento"),
             b.withholdingReason.isEmpty() ? QStringLiteral("A") : b.withholdingReason);
        end();
    }
    if (t.stampDuty.minorUnits() > 0) {
        start(QStringLiteral("DatiBollo"));
        text(QStringLiteral("BolloVirtuale"), QStringLiteral("SI"));
        text(QStringLiteral("ImportoBollo"), amount(profile.stampDutyMinor, 2)); // in euros
        end();
    }
    for (const invoicecalc::Contribution &contribution : t.contributions) {
        start(QStringLiteral("DatiCassaPrevidenziale"));
        text(QStringLiteral("TipoCassa"), b.cassaType.isEmpty() ? QStringLiteral("TC22") : b.cassaType);
        text(QStringLiteral("AlCassa"), rate(invoice.contributionRate));
        text(QStringLiteral("ImportoContributoCassa"), amount(contribution.amount));
        text(QStringLiteral("ImponibileCassa"), amount(contribution.base));
        text(QStringLiteral("AliquotaIVA"),
             contribution.rate ? rate(*contribution.rate) : QStringLiteral("0.00"));
        if (withholding)
            text(QStringLiteral("Ritenuta"), QStringLiteral("SI"));
        if (!contribution.rate)
            text(QStringLiteral("Natura"), contribution.nature);
        end();
    }
    if (t.discount.minorUnits() > 0) {
        start(QStringLiteral("ScontoMaggiorazione"));
        text(QStringLiteral("Tipo"), QStringLiteral("SC"));
        if (invoice.discountPercent.milliPercent() > 0 && invoice.discountAmount.minorUnits() == 0)
            text(QStringLiteral("Percentuale"), rate(invoice.discountPercent));
        text(QStringLiteral("Importo"), amount(t.discount));
        end();
    }
    text(QStringLiteral("ImportoTotaleDocumento"), amount(t.total));
    for (QString notes = latin(invoice.notes); !notes.isEmpty();) {
        const QString part = cut(notes, 200);
        text(QStringLiteral("Causale"), part);
        notes = notes.mid(part.size()).trimmed();
    }
    end(); // DatiGeneraliDocumento
    if (invoice.kind == InvoiceKind::CreditNote) {
        start(QStringLiteral("DatiFattureCollegate"));
        text(QStringLiteral("IdDocumento"), field(*invoice.creditedNumber, 20));
        if (invoice.creditedIssueDate.isValid())
            text(QStringLiteral("Data"), invoice.creditedIssueDate.toString(Qt::ISODate));
        end();
    }
    end(); // DatiGenerali

    start(QStringLiteral("DatiBeniServizi"));
    int number = 0;
    const auto line = [&](const QString &description, const std::optional<QString> &quantity,
                          const QString &unit, const QString &unitPrice, qint64 total,
                          const invoicecalc::LineTax &tax, bool fee) {
        start(QStringLiteral("DettaglioLinee"));
        text(QStringLiteral("NumeroLinea"), QString::number(++number));
        text(QStringLiteral("Descrizione"), field(description, 1000));
        if (quantity) {
            text(QStringLiteral("Quantita"), *quantity);
            if (const QString u = field(unit, 10); !u.isEmpty())
                text(QStringLiteral("UnitaMisura"), u);
        }
        text(QStringLiteral("PrezzoUnitario"), unitPrice);
        text(QStringLiteral("PrezzoTotale"), money(total));
        text(QStringLiteral("AliquotaIVA"), tax.rate ? rate(*tax.rate) : QStringLiteral("0.00"));
        if (withholding && fee)
            text(QStringLiteral("Ritenuta"), QStringLiteral("SI"));
        if (!tax.rate)
            text(QStringLiteral("Natura"), tax.nature);
        end();
    };
    const QString fallback = b.serviceDescription(invoice.language());
    for (int i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine &l = invoice.lines[i];
        const qint64 total = l.amount.minorUnits();
        // The quantity in hundred-millionths: the billed hours of a time line, the line's quantity.
        std::optional<qint64> quantity;
        if (l.kind == LineKind::Time && l.seconds && *l.seconds > 0)
            quantity = (*l.seconds * 100'000'000 + 1800) / 3600;
        else if (l.quantity.milli() > 0)
            quantity = l.quantity.milli() * 100'000;
        qint64 price = l.unitPrice.isValid() ? l.unitPrice.minorUnits() : total;
        if (quantity && price != 0) {
            // The SdI checks that the total is the quantity times the price, to the cent: where the
            // line's total was rounded entry by entry, the quantity is the one the total and price give.
            const auto product = exact::mulDivRound(*quantity, price, 100'000'000);
            if (!product || *product != total) {
                const auto fitting = exact::mulDivRound(total, 100'000'000, price);
                if (!fitting)
                    return Error(ErrorCode::InvalidInput,
                                 EInvoices::tr("A line's amount is too large for an e-invoice."),
                                 QStringLiteral("lines"));
                quantity = *fitting;
            }
            if (*quantity < 0) {
                quantity = -*quantity;
                price = -price;
            }
        }
        if (!quantity)
            price = total;
        line(l.description.trimmed().isEmpty() ? fallback : l.description,
             quantity ? std::optional(eightDecimals(*quantity)) : std::nullopt,
             l.kind == LineKind::Time ? (invoice.language() == QLatin1String("it") ? QStringLiteral("ore")
                                                                                   : QStringLiteral("hours"))
                                      : l.unitForQuantity(),
             money(price), total, lineTaxes[i], l.isFee);
    }
    if (stampLine)
        line(invoice.language() == QLatin1String("it") ? QStringLiteral("Imposta di bollo")
                                                       : QStringLiteral("Stamp duty"),
             std::nullopt, QString(), amount(t.stampDuty), t.stampDuty.minorUnits(),
             {std::nullopt, invoicecalc::ExpenseNature}, false);
    // The discount, as lines of its own at each rate and nature it reaches, so each summary's lines
    // add up to its taxable amount.
    for (const auto &[key, s] : summaries) {
        const qint64 discount = s.base - s.contribution - s.lines;
        if (discount == 0)
            continue;
        line(invoice.language() == QLatin1String("it") ? QStringLiteral("Sconto")
                                                       : QStringLiteral("Discount"),
             std::nullopt, QString(), money(discount), discount, {s.rate, s.nature}, s.fees);
    }
    for (const auto &[key, s] : summaries) {
        // Every rate and nature a line bears has its summary, even at zero (SdI control 00419).
        if (s.count == 0 && s.base == 0 && s.lines == 0 && s.contribution == 0)
            continue;
        start(QStringLiteral("DatiRiepilogo"));
        text(QStringLiteral("AliquotaIVA"), s.rate ? rate(*s.rate) : QStringLiteral("0.00"));
        if (!s.rate)
            text(QStringLiteral("Natura"), s.nature);
        text(QStringLiteral("ImponibileImporto"), money(s.base));
        text(QStringLiteral("Imposta"), money(s.tax));
        if (s.rate)
            text(QStringLiteral("EsigibilitaIVA"), QStringLiteral("I"));
        else
            text(QStringLiteral("RiferimentoNormativo"),
                 field(invoicelabels::natureReason(s.nature, QStringLiteral("it"), true), 100));
        end();
    }
    end(); // DatiBeniServizi

    if (invoice.kind == InvoiceKind::Invoice) {
        start(QStringLiteral("DatiPagamento"));
        text(QStringLiteral("CondizioniPagamento"), QStringLiteral("TP02"));
        start(QStringLiteral("DettaglioPagamento"));
        text(QStringLiteral("ModalitaPagamento"), QStringLiteral("MP05"));
        if (invoice.dueDate.isValid())
            text(QStringLiteral("DataScadenzaPagamento"), invoice.dueDate.toString(Qt::ISODate));
        text(QStringLiteral("ImportoPagamento"), amount(t.due));
        if (!b.iban.isEmpty())
            text(QStringLiteral("IBAN"), b.iban);
        end();
        end();
    }
    if (pdf) {
        start(QStringLiteral("Allegati"));
        text(QStringLiteral("NomeAttachment"),
             field(fileName(b, progressive).chopped(4) + QStringLiteral(".pdf"), 60));
        text(QStringLiteral("FormatoAttachment"), QStringLiteral("PDF"));
        text(QStringLiteral("DescrizioneAttachment"),
             field(QStringLiteral("Copia di cortesia della fattura %1").arg(*invoice.number), 100));
        text(QStringLiteral("Attachment"), QString::fromLatin1(pdf->toBase64()));
        end();
    }
    end(); // FatturaElettronicaBody
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace einvoice

Result<QString> EInvoiceFile::save(const QString &target) const
{
    const QFileInfo where(target.isEmpty() ? QStringLiteral(".") : target);
    const QString path =
        where.isDir() ? QDir(where.absoluteFilePath()).filePath(fileName) : where.absoluteFilePath();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !file.commit())
        return Error(ErrorCode::Io,
                     EInvoices::tr("“%1” cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     QStringLiteral("output"));
    return path;
}

EInvoices::EInvoices(const Database &db, const Clock &clock) : m_database(db), m_clock(clock)
{}

Result<QString> EInvoices::nextProgressive(const storage::Connection &db)
{
    // One more than the highest given: never one given before, whatever happened since.
    auto highest = sql::scalar(db, QStringLiteral("SELECT max(progressive) FROM einvoice"));
    if (!highest)
        return highest.error();
    bool ok = true;
    const qint64 next = highest->isNull() ? 1 : highest->toString().toLongLong(&ok, 36) + 1;
    if (!ok || next >= 36LL * 36 * 36 * 36 * 36)
        return Error(ErrorCode::Conflict, tr("Every progressive number of e-invoice files is used."),
                     QStringLiteral("invoice"));
    return einvoice::progressive(next);
}

Result<QString> EInvoices::fileNameFor(qint64 invoiceId) const
{
    auto invoice = InvoiceRepository(m_database, m_clock).get(invoiceId);
    if (!invoice)
        return invoice.error();
    const storage::Connection db(m_database);
    auto kept = sql::scalar(
        db, QStringLiteral("SELECT coalesce((SELECT progressive FROM einvoice WHERE invoice_id = ?), '')"),
        {invoiceId});
    if (!kept)
        return kept.error();
    QString progressive = kept->toString();
    if (progressive.isEmpty()) {
        auto next = nextProgressive(db);
        if (!next)
            return next.error();
        progressive = *next;
    }
    return einvoice::fileName(invoice->parties.business, progressive);
}

Result<EInvoiceFile> EInvoices::exportInvoice(qint64 invoiceId, const std::optional<QByteArray> &pdf)
{
    auto invoice = InvoiceRepository(m_database, m_clock).get(invoiceId);
    if (!invoice)
        return invoice.error();
    if (invoice->status == InvoiceStatus::Draft)
        return Error(ErrorCode::Conflict,
                     tr("A draft is not an e-invoice yet: issue it first, then export it."),
                     QStringLiteral("invoice"));
    if (const QList<einvoice::Missing> lacking = einvoice::missing(*invoice); !lacking.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("%1 cannot be written as an e-invoice: %2")
                         .arg(invoice->number.value_or(QString()), lacking.first().message),
                     lacking.first().field);
    const storage::Connection db(m_database);
    return inTransaction(db, [&]() -> Result<EInvoiceFile> {
        auto kept = sql::scalar(
            db,
            QStringLiteral("SELECT coalesce((SELECT progressive FROM einvoice WHERE invoice_id = ?), '')"),
            {invoiceId});
        if (!kept)
            return kept.error();
        QString progressive = kept->toString();
        const qint64 now = m_clock.nowSecs();
        if (progressive.isEmpty()) {
            auto next = nextProgressive(db);
            if (!next)
                return next.error();
            progressive = *next;
            QSqlQuery insert(db);
            if (auto r = sql::exec(insert,
                                   QStringLiteral("INSERT INTO einvoice (invoice_id, progressive, "
                                                  "first_exported_at, last_exported_at) VALUES (?, ?, ?, ?)"),
                                   {invoiceId, progressive, now, now});
                !r)
                return r.error();
        } else {
            QSqlQuery update(db);
            if (auto r = sql::exec(
                    update, QStringLiteral("UPDATE einvoice SET last_exported_at = ? WHERE invoice_id = ?"),
                    {now, invoiceId});
                !r)
                return r.error();
        }
        auto xml = einvoice::write(*invoice, progressive, pdf);
        if (!xml)
            return xml.error();
        return EInvoiceFile{invoiceId, einvoice::fileName(invoice->parties.business, progressive), *xml};
    });
}

Result<std::optional<qint64>> EInvoices::lastExported(qint64 invoiceId) const
{
    auto at = sql::scalar(
        storage::Connection(m_database),
        QStringLiteral("SELECT (SELECT last_exported_at FROM einvoice WHERE invoice_id = ?)"), {invoiceId});
    if (!at)
        return at.error();
    if (at->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(at->toLongLong());
}

} // namespace minuta
