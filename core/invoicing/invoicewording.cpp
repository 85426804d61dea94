#include "invoicing/invoicewording.h"

namespace minuta::invoicewording {

namespace {

bool isItalian(const Case &c)
{
    return c.businessCountry == QLatin1String("IT") || c.taxProfileId.startsWith(QLatin1String("it-"));
}

bool isBritish(const Case &c)
{
    return c.businessCountry == QLatin1String("GB") || c.taxProfileId == QLatin1String("uk-vat");
}

bool isUk(const QString &country)
{
    return country == QLatin1String("GB") || country == QLatin1String("UK");
}

} // namespace

bool isEuMember(const QString &country)
{
    static const char *const members[] = {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES",
                                          "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
                                          "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"};
    const QString upper = country.trimmed().toUpper();
    // Greece's VAT numbers start with "EL"; the country code is GR.
    if (upper == QLatin1String("EL"))
        return true;
    for (const char *m : members)
        if (upper == QLatin1String(m))
            return true;
    return false;
}

QString reverseCharge(const Case &c)
{
    const bool it = c.language == QLatin1String("it");
    const QString client = c.clientCountry.trimmed().toUpper();
    if (client.isEmpty())
        return {};
    if (isItalian(c)) {
        if (client == QLatin1String("IT"))
            return {};
        if (isEuMember(client)) {
            // A private customer in the EU pays Italian VAT: no reverse charge to speak of.
            if (!c.clientHasVatId)
                return {};
            return it ? QString::fromUtf16(u"Inversione contabile – operazione non soggetta a IVA ai sensi "
                                           u"dell'art. 7-ter DPR 633/72")
                      : QString::fromUtf16(u"Reverse charge – art. 44 and 196 of Directive 2006/112/EC");
        }
        return it ? QStringLiteral("Operazione non soggetta a IVA ai sensi dell'art. 7-ter DPR 633/72")
                  : QStringLiteral("Transaction not subject to VAT under art. 7-ter DPR 633/72");
    }
    if (isBritish(c)) {
        if (isUk(client))
            return {}; // the domestic reverse charge: the profile's note speaks of HMRC
        if (isEuMember(client)) {
            if (!c.clientHasVatId)
                return {};
            return it ? QStringLiteral("Inversione contabile: l'IVA è dovuta dal committente (art. 196 della "
                                       "Direttiva 2006/112/CE)")
                      : QStringLiteral(
                          "Reverse charge: customer to account for the VAT (art. 196 of Directive "
                          "2006/112/EC)");
        }
        return it ? QStringLiteral(
                   "Operazione fuori dal campo di applicazione dell'IVA del Regno Unito: il luogo "
                   "della prestazione è il paese del committente")
                  : QStringLiteral("Outside the scope of UK VAT: place of supply is the customer's country");
    }
    return {};
}

QStringList legalNotes(const Case &c, bool reverseChargeInvoice, const QString &profileLegalNote,
                       const QString &profileReverseChargeNote)
{
    QStringList notes;
    if (reverseChargeInvoice) {
        const QString wording = reverseCharge(c);
        const QString note = wording.isEmpty() ? profileReverseChargeNote : wording;
        if (!note.trimmed().isEmpty())
            notes << note;
    }
    if (!profileLegalNote.trimmed().isEmpty() && !notes.contains(profileLegalNote))
        notes << profileLegalNote;
    return notes;
}

} // namespace minuta::invoicewording
