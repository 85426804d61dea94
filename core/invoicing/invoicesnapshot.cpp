#include "invoicing/invoicesnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace minuta::invoicesnapshot {

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

QJsonObject business(const BusinessProfile &b)
{
    return {{s("name"), b.name},
            {s("address"), b.address},
            {s("postcode"), b.postcode},
            {s("city"), b.city},
            {s("country"), b.country},
            {s("vatId"), b.vatId},
            {s("fiscalCode"), b.fiscalCode},
            {s("iban"), b.iban},
            {s("bic"), b.bic},
            {s("email"), b.email},
            {s("phone"), b.phone},
            {s("logoSha256"), b.logoSha256},
            {s("taxProfileId"), b.taxProfileId},
            {s("contributionRate"), b.contributionRate.milliPercent()},
            {s("regimeFiscale"), b.regimeFiscale},
            {s("cassaType"), b.cassaType},
            {s("withholdingType"), b.withholdingType},
            {s("withholdingReason"), b.withholdingReason},
            {s("virtualStampDuty"), b.virtualStampDuty},
            {s("stampDutyCharged"), b.stampDutyCharged},
            {s("state"), b.state},
            {s("qstId"), b.qstId},
            {s("sac"), b.sac},
            {s("sortCode"), b.sortCode},
            {s("accountNumber"), b.accountNumber},
            {s("routingNumber"), b.routingNumber},
            {s("institution"), b.institution},
            {s("transit"), b.transit},
            {s("bsb"), b.bsb},
            {s("ifsc"), b.ifsc},
            {s("upi"), b.upi},
            {s("paymentNotes"), b.paymentNotes}};
}

BusinessProfile business(const QJsonObject &o)
{
    BusinessProfile b;
    b.name = o[s("name")].toString();
    b.address = o[s("address")].toString();
    b.postcode = o[s("postcode")].toString();
    b.city = o[s("city")].toString();
    b.country = o[s("country")].toString();
    b.vatId = o[s("vatId")].toString();
    b.fiscalCode = o[s("fiscalCode")].toString();
    b.iban = o[s("iban")].toString();
    b.bic = o[s("bic")].toString();
    b.email = o[s("email")].toString();
    b.phone = o[s("phone")].toString();
    b.logoSha256 = o[s("logoSha256")].toString();
    b.taxProfileId = o[s("taxProfileId")].toString();
    b.contributionRate = TaxRate::fromMilliPercent(o[s("contributionRate")].toInteger());
    b.regimeFiscale = o[s("regimeFiscale")].toString();
    b.cassaType = o[s("cassaType")].toString();
    b.withholdingType = o[s("withholdingType")].toString();
    b.withholdingReason = o[s("withholdingReason")].toString();
    b.virtualStampDuty = o[s("virtualStampDuty")].toBool();
    b.stampDutyCharged = o[s("stampDutyCharged")].toBool(true);
    b.state = o[s("state")].toString();
    b.qstId = o[s("qstId")].toString();
    b.sac = o[s("sac")].toString();
    b.sortCode = o[s("sortCode")].toString();
    b.accountNumber = o[s("accountNumber")].toString();
    b.routingNumber = o[s("routingNumber")].toString();
    b.institution = o[s("institution")].toString();
    b.transit = o[s("transit")].toString();
    b.bsb = o[s("bsb")].toString();
    b.ifsc = o[s("ifsc")].toString();
    b.upi = o[s("upi")].toString();
    b.paymentNotes = o[s("paymentNotes")].toString();
    return b;
}

QJsonObject client(const Client &c)
{
    return {{s("id"), c.id},
            {s("name"), c.name},
            {s("contact"), c.contactName},
            {s("email"), c.email},
            {s("address"), c.address},
            {s("postcode"), c.postcode},
            {s("city"), c.city},
            {s("country"), c.country},
            {s("vatId"), c.vatId},
            {s("fiscalCode"), c.fiscalCode},
            {s("currency"), c.currency.code()},
            {s("language"), c.language},
            {s("paymentTermsDays"), c.paymentTermsDays},
            {s("withholding"), c.withholding},
            {s("reverseCharge"), c.reverseCharge},
            {s("recipientCode"), c.recipientCode},
            {s("pec"), c.pec},
            {s("state"), c.state},
            {s("gstin"), c.gstin}};
}

Client client(const QJsonObject &o)
{
    Client c;
    c.id = o[s("id")].toInteger();
    c.name = o[s("name")].toString();
    c.contactName = o[s("contact")].toString();
    c.email = o[s("email")].toString();
    c.address = o[s("address")].toString();
    c.postcode = o[s("postcode")].toString();
    c.city = o[s("city")].toString();
    c.country = o[s("country")].toString();
    c.vatId = o[s("vatId")].toString();
    c.fiscalCode = o[s("fiscalCode")].toString();
    c.currency = Currency::fromCode(o[s("currency")].toString()).value_or(Currency());
    c.language = o[s("language")].toString();
    c.paymentTermsDays = o[s("paymentTermsDays")].toInt();
    c.withholding = o[s("withholding")].toBool();
    c.reverseCharge = o[s("reverseCharge")].toBool();
    c.recipientCode = o[s("recipientCode")].toString();
    c.pec = o[s("pec")].toString();
    c.state = o[s("state")].toString();
    c.gstin = o[s("gstin")].toString();
    return c;
}

QJsonObject profile(const TaxProfile &p)
{
    QJsonArray taxes;
    for (const TaxComponent &t : p.taxes)
        taxes.append(QJsonObject{
            {s("nameEn"), t.nameEn}, {s("nameIt"), t.nameIt}, {s("rate"), t.rate.milliPercent()}});
    return {{s("id"), p.id},
            {s("name"), p.name},
            {s("titleEn"), p.titleEn},
            {s("titleIt"), p.titleIt},
            {s("taxIdLabelEn"), p.taxIdLabelEn},
            {s("taxIdLabelIt"), p.taxIdLabelIt},
            {s("taxes"), taxes},
            {s("withholdingRate"), p.withholdingRate.milliPercent()},
            {s("withholdingNameEn"), p.withholdingNameEn},
            {s("withholdingNameIt"), p.withholdingNameIt},
            {s("contributionNameEn"), p.contributionNameEn},
            {s("contributionNameIt"), p.contributionNameIt},
            {s("stampDuty"), p.stampDutyMinor},
            {s("stampDutyThreshold"), p.stampDutyThresholdMinor},
            {s("stampDutyCharged"), p.stampDutyCharged},
            {s("legalNoteEn"), p.legalNoteEn},
            {s("legalNoteIt"), p.legalNoteIt},
            {s("reverseChargeNoteEn"), p.reverseChargeNoteEn},
            {s("reverseChargeNoteIt"), p.reverseChargeNoteIt},
            {s("exemptNature"), p.exemptNature}};
}

TaxProfile profile(const QJsonObject &o)
{
    TaxProfile p;
    p.id = o[s("id")].toString();
    p.name = o[s("name")].toString();
    p.titleEn = o[s("titleEn")].toString();
    p.titleIt = o[s("titleIt")].toString();
    p.taxIdLabelEn = o[s("taxIdLabelEn")].toString();
    p.taxIdLabelIt = o[s("taxIdLabelIt")].toString();
    for (const QJsonValue &v : o[s("taxes")].toArray()) {
        const QJsonObject t = v.toObject();
        p.taxes.append({t[s("nameEn")].toString(), t[s("nameIt")].toString(),
                        TaxRate::fromMilliPercent(t[s("rate")].toInteger())});
    }
    p.withholdingRate = TaxRate::fromMilliPercent(o[s("withholdingRate")].toInteger());
    p.withholdingNameEn = o[s("withholdingNameEn")].toString();
    p.withholdingNameIt = o[s("withholdingNameIt")].toString();
    p.contributionNameEn = o[s("contributionNameEn")].toString();
    p.contributionNameIt = o[s("contributionNameIt")].toString();
    p.stampDutyMinor = o[s("stampDuty")].toInteger();
    p.stampDutyThresholdMinor = o[s("stampDutyThreshold")].toInteger();
    p.stampDutyCharged = o[s("stampDutyCharged")].toBool();
    p.legalNoteEn = o[s("legalNoteEn")].toString();
    p.legalNoteIt = o[s("legalNoteIt")].toString();
    p.reverseChargeNoteEn = o[s("reverseChargeNoteEn")].toString();
    p.reverseChargeNoteIt = o[s("reverseChargeNoteIt")].toString();
    p.exemptNature = o[s("exemptNature")].toString();
    return p;
}

QJsonArray taxesOf(const QList<invoicecalc::Tax> &list)
{
    QJsonArray taxes;
    for (const invoicecalc::Tax &tax : list)
        taxes.append(QJsonObject{{s("component"), tax.component},
                                 {s("nameEn"), tax.nameEn},
                                 {s("nameIt"), tax.nameIt},
                                 {s("rate"), tax.rate.milliPercent()},
                                 {s("base"), tax.base.minorUnits()},
                                 {s("amount"), tax.amount.minorUnits()}});
    return taxes;
}

QList<invoicecalc::Tax> taxesFrom(const QJsonArray &array, Currency c)
{
    QList<invoicecalc::Tax> taxes;
    for (const QJsonValue &v : array) {
        const QJsonObject x = v.toObject();
        invoicecalc::Tax tax;
        tax.component = x[s("component")].toInt();
        tax.nameEn = x[s("nameEn")].toString();
        tax.nameIt = x[s("nameIt")].toString();
        tax.rate = TaxRate::fromMilliPercent(x[s("rate")].toInteger());
        tax.base = Money(x[s("base")].toInteger(), c);
        tax.amount = Money(x[s("amount")].toInteger(), c);
        taxes.append(tax);
    }
    return taxes;
}

QJsonObject totals(const invoicecalc::Totals &t)
{
    const QJsonArray taxes = taxesOf(t.taxes);
    QJsonArray outside;
    for (const invoicecalc::Untaxed &u : t.outside)
        outside.append(QJsonObject{{s("nature"), u.nature}, {s("amount"), u.amount.minorUnits()}});
    QJsonArray contributions;
    for (const invoicecalc::Contribution &c : t.contributions)
        contributions.append(
            QJsonObject{{s("rate"), c.rate ? QJsonValue(c.rate->milliPercent()) : QJsonValue()},
                        {s("nature"), c.nature},
                        {s("base"), c.base.minorUnits()},
                        {s("amount"), c.amount.minorUnits()}});
    QJsonObject euro;
    if (t.euro)
        euro = {{s("exchangeRate"), t.euro->exchangeRate},    {s("taxes"), taxesOf(t.euro->taxes)},
                {s("untaxed"), t.euro->untaxed.minorUnits()}, {s("tax"), t.euro->tax.minorUnits()},
                {s("total"), t.euro->total.minorUnits()},     {s("due"), t.euro->due.minorUnits()}};
    return {{s("outside"), outside},
            {s("contributions"), contributions},
            {s("euro"), t.euro ? QJsonValue(euro) : QJsonValue()},
            {s("lines"), t.lines.minorUnits()},
            {s("discount"), t.discount.minorUnits()},
            {s("net"), t.net.minorUnits()},
            {s("fees"), t.fees.minorUnits()},
            {s("contribution"), t.contribution.minorUnits()},
            {s("taxes"), taxes},
            {s("tax"), t.tax.minorUnits()},
            {s("withholdingBase"), t.withholdingBase.minorUnits()},
            {s("withholding"), t.withholding.minorUnits()},
            {s("untaxed"), t.untaxed.minorUnits()},
            {s("stampDuty"), t.stampDuty.minorUnits()},
            {s("stampDutyCharged"), t.stampDutyCharged},
            {s("total"), t.total.minorUnits()},
            {s("due"), t.due.minorUnits()}};
}

invoicecalc::Totals totals(const QJsonObject &o, Currency c)
{
    const auto money = [&](const char *key) { return Money(o[s(key)].toInteger(), c); };
    invoicecalc::Totals t;
    t.lines = money("lines");
    t.discount = money("discount");
    t.net = money("net");
    t.fees = money("fees");
    t.contribution = money("contribution");
    t.taxes = taxesFrom(o[s("taxes")].toArray(), c);
    for (const QJsonValue &v : o[s("outside")].toArray()) {
        const QJsonObject x = v.toObject();
        t.outside.append({x[s("nature")].toString(), Money(x[s("amount")].toInteger(), c)});
    }
    for (const QJsonValue &v : o[s("contributions")].toArray()) {
        const QJsonObject x = v.toObject();
        invoicecalc::Contribution contribution;
        if (!x[s("rate")].isNull())
            contribution.rate = TaxRate::fromMilliPercent(x[s("rate")].toInteger());
        contribution.nature = x[s("nature")].toString();
        contribution.base = Money(x[s("base")].toInteger(), c);
        contribution.amount = Money(x[s("amount")].toInteger(), c);
        t.contributions.append(contribution);
    }
    if (o[s("euro")].isObject()) {
        const QJsonObject x = o[s("euro")].toObject();
        const Currency eur = *Currency::fromCode(u"EUR");
        invoicecalc::EuroFigures e;
        e.exchangeRate = x[s("exchangeRate")].toInteger();
        e.taxes = taxesFrom(x[s("taxes")].toArray(), eur);
        e.untaxed = Money(x[s("untaxed")].toInteger(), eur);
        e.tax = Money(x[s("tax")].toInteger(), eur);
        e.total = Money(x[s("total")].toInteger(), eur);
        e.due = Money(x[s("due")].toInteger(), eur);
        t.euro = e;
    }
    t.tax = money("tax");
    t.withholdingBase = money("withholdingBase");
    t.withholding = money("withholding");
    t.untaxed = money("untaxed");
    t.stampDuty = money("stampDuty");
    t.stampDutyCharged = o[s("stampDutyCharged")].toBool();
    t.total = money("total");
    t.due = money("due");
    return t;
}

} // namespace

QByteArray write(const InvoiceParties &parties, const invoicecalc::Totals &t)
{
    return QJsonDocument(QJsonObject{{s("version"), 1},
                                     {s("business"), business(parties.business)},
                                     {s("client"), client(parties.client)},
                                     {s("profile"), profile(parties.profile)},
                                     {s("totals"), totals(t)}})
        .toJson(QJsonDocument::Compact);
}

bool read(const QByteArray &json, Currency currency, InvoiceParties &parties, invoicecalc::Totals &t)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || doc.object()[s("version")].toInt() != 1)
        return false;
    const QJsonObject o = doc.object();
    parties.business = business(o[s("business")].toObject());
    parties.client = client(o[s("client")].toObject());
    parties.profile = profile(o[s("profile")].toObject());
    t = totals(o[s("totals")].toObject(), currency);
    return true;
}

} // namespace minuta::invoicesnapshot
