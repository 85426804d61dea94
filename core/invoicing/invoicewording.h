#pragma once

// What the law wants a reverse-charge or not-subject invoice to say, per pair of countries: the one
// place that knows the words and the articles they cite.

#include <QString>
#include <QStringList>

namespace minuta::invoicewording {

struct Case
{
    QString businessCountry; // ISO 3166 alpha-2
    QString clientCountry;   // empty: not known
    bool clientHasVatId = false;
    QString taxProfileId;
    QString language; // the invoice's: "en" or "it"
};

// A member state of the European Union (not the EEA, not the United Kingdom).
bool isEuMember(const QString &country);

// The sentence a reverse-charge invoice carries for this case, or an empty string when the tax
// profile's own reverse-charge note is the right one (a domestic reverse charge, other countries):
//   Italian business → EU business: inversione contabile, art. 7-ter DPR 633/72 / art. 44 and 196 of
//     Directive 2006/112/EC;
//   Italian business → outside the EU: operazione non soggetta, art. 7-ter DPR 633/72;
//   UK business → EU business: reverse charge, art. 196 of Directive 2006/112/EC;
//   UK business → outside the UK and the EU: outside the scope of UK VAT.
QString reverseCharge(const Case &c);

// Every legal note of an invoice, in order: on a reverse-charge invoice the case's sentence (else
// the profile's reverse-charge note), then the profile's legal note (a flat-rate scheme's, which
// holds either way); otherwise the profile's legal note alone.
QStringList legalNotes(const Case &c, bool reverseChargeInvoice, const QString &profileLegalNote,
                       const QString &profileReverseChargeNote);

} // namespace minuta::invoicewording
