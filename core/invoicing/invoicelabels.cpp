#include "invoicing/invoicelabels.h"

namespace minuta::invoicelabels {

namespace {

struct Pair
{
    const char16_t *en;
    const char16_t *it;
};

Pair pair(Label label)
{
    switch (label) {
    case Label::CreditNote:
        return {u"Credit note", u"Nota di credito"};
    case Label::Draft:
        return {u"Draft", u"Bozza"};
    case Label::DraftNotice:
        return {u"Draft – not a valid invoice", u"Bozza – non valida come fattura"};
    case Label::Number:
        return {u"No.", u"N."};
    case Label::IssueDate:
        return {u"Date", u"Data"};
    case Label::DueDate:
        return {u"Due date", u"Scadenza"};
    case Label::Period:
        return {u"Period", u"Periodo"};
    case Label::BillTo:
        return {u"Bill to", u"Cliente"};
    case Label::FiscalCode:
        return {u"Fiscal code", u"Codice fiscale"};
    case Label::RecipientCode:
        return {u"Recipient code", u"Codice destinatario"};
    case Label::Pec:
        return {u"PEC", u"PEC"};
    case Label::Description:
        return {u"Description", u"Descrizione"};
    case Label::Quantity:
        return {u"Qty", u"Q.tà"};
    case Label::UnitPrice:
        return {u"Unit price", u"Prezzo unitario"};
    case Label::Tax:
        return {u"Tax", u"Aliquota"};
    case Label::Amount:
        return {u"Amount", u"Importo"};
    case Label::Net:
        return {u"Net amount", u"Imponibile"};
    case Label::Subtotal:
        return {u"Subtotal", u"Totale righe"};
    case Label::Discount:
        return {u"Discount", u"Sconto"};
    case Label::On:
        return {u"on", u"su"};
    case Label::Total:
        return {u"Total", u"Totale documento"};
    case Label::AmountDue:
        return {u"Amount due", u"Netto a pagare"};
    case Label::Paid:
        return {u"Paid", u"Pagato"};
    case Label::Balance:
        return {u"Balance", u"Saldo da pagare"};
    case Label::StampDuty:
        return {u"Stamp duty", u"Imposta di bollo"};
    case Label::StampDutyVirtual:
        return {u"Stamp duty paid virtually", u"Imposta di bollo assolta in modo virtuale"};
    case Label::CourtesyCopy:
        return {u"Courtesy copy: the electronic invoice was sent through the Exchange System (SdI).",
                u"Copia di cortesia: la fattura elettronica è stata trasmessa tramite SdI."};
    case Label::PaymentDetails:
        return {u"Payment", u"Pagamento"};
    case Label::PayBy:
        return {u"Please pay by %1.", u"Pagamento entro il %1."};
    case Label::Iban:
        return {u"IBAN", u"IBAN"};
    case Label::Bic:
        return {u"BIC/SWIFT", u"BIC/SWIFT"};
    case Label::Notes:
        return {u"Notes", u"Note"};
    case Label::CreditNoteFor:
        return {u"Cancels invoice %1 of %2.", u"Storno della fattura n. %1 del %2."};
    case Label::Page:
        return {u"Page %1 of %2", u"Pagina %1 di %2"};
    case Label::Timesheet:
        return {u"Timesheet", u"Dettaglio ore"};
    case Label::Date:
        return {u"Date", u"Data"};
    case Label::Time:
        return {u"Time", u"Orario"};
    case Label::Duration:
        return {u"Duration", u"Durata"};
    case Label::Task:
        return {u"Task", u"Attività"};
    case Label::Hours:
        return {u"Total hours", u"Totale ore"};
    case Label::ExemptLine:
        return {u"–", u"–"};
    case Label::Email:
        return {u"Email", u"Email"};
    case Label::Phone:
        return {u"Phone", u"Tel."};
    case Label::TaxableAt:
        return {u"Taxable at %1", u"Imponibile %1"};
    case Label::StampDutyBorne:
        return {u"Stamp duty borne by the issuer", u"Imposta di bollo assolta dall'emittente"};
    case Label::ExchangeRate:
        return {u"Exchange rate", u"Cambio"};
    case Label::ExchangeRateOn:
        return {u"1 EUR = %1 %2 on %3", u"1 EUR = %1 %2 del %3"};
    case Label::InEuro:
        return {u"In EUR", u"In EUR"};
    case Label::PayByTransfer:
        return {u"Please pay by %1 by bank transfer to:",
                u"Pagamento entro il %1 tramite bonifico bancario a:"};
    case Label::OtherWaysToPay:
        return {u"Other ways to pay", u"Altri modi di pagamento"};
    case Label::SortCode:
        return {u"Sort code", u"Sort code"};
    case Label::AccountNumber:
        return {u"Account number", u"Numero di conto"};
    case Label::RoutingNumber:
        return {u"Routing number (ABA)", u"Routing number (ABA)"};
    case Label::InstitutionNumber:
        return {u"Institution number", u"Numero dell'istituto"};
    case Label::TransitNumber:
        return {u"Transit number", u"Numero di transito"};
    case Label::Bsb:
        return {u"BSB", u"BSB"};
    case Label::Ifsc:
        return {u"IFSC", u"IFSC"};
    case Label::Upi:
        return {u"UPI", u"UPI"};
    case Label::Sac:
        return {u"SAC", u"SAC"};
    case Label::PlaceOfSupply:
        return {u"Place of supply", u"Luogo della prestazione"};
    case Label::Gstin:
        return {u"GSTIN", u"GSTIN"};
    case Label::GstNumber:
        return {u"GST no.", u"N. GST"};
    case Label::QstNumber:
        return {u"QST no.", u"N. QST"};
    case Label::Logged:
        return {u"Logged", u"Registrato"};
    case Label::Billed:
        return {u"Billed", u"Fatturato"};
    case Label::UnitsLogged:
        return {u"Units logged", u"Unità registrate"};
    case Label::Service:
        return {u"Service", u"Servizio"};
    case Label::HoursTotals:
        return {u"Total: %1 logged, %2 billed", u"Totale: %1 registrate, %2 fatturate"};
    case Label::Hour:
        return {u"hour", u"ora"};
    case Label::HoursPlural:
        return {u"hours", u"ore"};
    case Label::PrepaidPack:
        return {u"Prepaid pack", u"Pacchetto prepagato"};
    case Label::WeeklyRetainer:
        return {u"Weekly retainer", u"Canone settimanale"};
    case Label::MonthlyRetainer:
        return {u"Monthly retainer", u"Canone mensile"};
    case Label::QuarterlyRetainer:
        return {u"Quarterly retainer", u"Canone trimestrale"};
    case Label::OfCredit:
        return {u"%1 of credit", u"%1 di credito"};
    case Label::CoveredByPack:
        return {u"Covered by the prepaid pack of %1 (%2)", u"Coperto dal pacchetto prepagato del %1 (%2)"};
    case Label::PackStatement:
        return {u"Prepaid pack statement", u"Estratto del pacchetto prepagato"};
    case Label::PackCovers:
        return {u"Covers", u"Comprende"};
    case Label::PackValidity:
        return {u"Valid", u"Validità"};
    case Label::PackFromTo:
        return {u"from %1 to %2", u"dal %1 al %2"};
    case Label::PackFrom:
        return {u"from %1", u"dal %1"};
    case Label::Drawn:
        return {u"Drawn", u"Scalato"};
    case Label::Left:
        return {u"Left", u"Residuo"};
    case Label::Used:
        return {u"Used", u"Utilizzato"};
    case Label::Unit:
        return {u"Units", u"Unità"};
    case Label::Overage:
        return {u"Beyond the pack", u"Oltre il pacchetto"};
    case Label::RolledOver:
        return {u"Carried over from the previous period", u"Riportato dal periodo precedente"};
    case Label::HoursDrawn:
        return {u"Hours drawn", u"Ore scalate"};
    case Label::UnitsDrawn:
        return {u"Units drawn", u"Unità scalate"};
    case Label::CreditDrawn:
        return {u"Credit drawn", u"Credito scalato"};
    case Label::HoursLeft:
        return {u"Hours left", u"Ore residue"};
    case Label::CreditLeft:
        return {u"Credit left", u"Credito residuo"};
    case Label::PackStatus:
        return {u"Status", u"Stato"};
    case Label::PackActive:
        return {u"active", u"attivo"};
    case Label::PackExhausted:
        return {u"used up", u"esaurito"};
    case Label::PackExpired:
        return {u"expired", u"scaduto"};
    case Label::PackClosed:
        return {u"closed", u"chiuso"};
    }
    return {u"", u""};
}

} // namespace

QString text(Label label, const QString &language)
{
    const Pair p = pair(label);
    return QString::fromUtf16(language == QLatin1String("it") ? p.it : p.en);
}

QLocale locale(const QString &language, const QString &clientCountry, const QString &fallbackCountry)
{
    if (language == QLatin1String("it"))
        return QLocale(QLocale::Italian, QLocale::Italy);
    const QLocale::Territory territory =
        QLocale::codeToTerritory(clientCountry.isEmpty() ? fallbackCountry : clientCountry);
    for (QLocale::Territory t : {QLocale::UnitedStates, QLocale::UnitedKingdom, QLocale::Australia,
                                 QLocale::Canada, QLocale::India, QLocale::Ireland, QLocale::NewZealand})
        if (t == territory)
            return QLocale(QLocale::English, t);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString natureReason(const QString &nature, const QString &language, bool italianBusiness)
{
    const bool it = language == QLatin1String("it");
    if (nature == QLatin1String("N1"))
        return italianBusiness
                   ? (it ? QStringLiteral("Spese anticipate in nome e per conto del cliente (art. 15 "
                                          "DPR 633/72)")
                         : QStringLiteral("Expenses paid in the client's name (art. 15 DPR 633/72)"))
                   : (it ? QStringLiteral("Spese anticipate in nome e per conto del cliente")
                         : QStringLiteral("Expenses paid in the client's name"));
    if (!italianBusiness)
        return it ? QStringLiteral("Non soggetto a imposta") : QStringLiteral("Not subject to tax");
    if (nature == QLatin1String("N2.1"))
        return it ? QStringLiteral("Non soggetto a IVA ai sensi dell'art. 7-ter DPR 633/72")
                  : QStringLiteral("Not subject to VAT under art. 7-ter DPR 633/72");
    if (nature == QLatin1String("N2.2"))
        return it ? QString::fromUtf16(
                   u"Non soggetto a IVA – regime forfettario (art. 1, commi 54-89, L. 190/2014)")
                  : QString::fromUtf16(
                      u"Not subject to VAT – flat-rate scheme (art. 1, par. 54-89, Law 190/2014)");
    const QString generic = it ? QStringLiteral("Non soggetto o esente IVA")
                               : QStringLiteral("Not subject to or exempt from VAT");
    return nature.isEmpty() ? generic : generic + QStringLiteral(" (") + nature + QLatin1Char(')');
}

QString countryName(const QString &code, const QString &language)
{
    const QString upper = code.trimmed().toUpper();
    if (upper.isEmpty())
        return {};
    if (language == QLatin1String("it")) {
        // The countries an Italian invoice most often names: the EU and EEA, their neighbours and the
        // countries where Minuta's users and their clients work.
        static const struct
        {
            const char *code;
            const char16_t *name;
        } italian[] = {
            {"AT", u"Austria"},
            {"BE", u"Belgio"},
            {"BG", u"Bulgaria"},
            {"CY", u"Cipro"},
            {"CZ", u"Repubblica Ceca"},
            {"DE", u"Germania"},
            {"DK", u"Danimarca"},
            {"EE", u"Estonia"},
            {"ES", u"Spagna"},
            {"FI", u"Finlandia"},
            {"FR", u"Francia"},
            {"GR", u"Grecia"},
            {"HR", u"Croazia"},
            {"HU", u"Ungheria"},
            {"IE", u"Irlanda"},
            {"IT", u"Italia"},
            {"LT", u"Lituania"},
            {"LU", u"Lussemburgo"},
            {"LV", u"Lettonia"},
            {"MT", u"Malta"},
            {"NL", u"Paesi Bassi"},
            {"PL", u"Polonia"},
            {"PT", u"Portogallo"},
            {"RO", u"Romania"},
            {"SE", u"Svezia"},
            {"SI", u"Slovenia"},
            {"SK", u"Slovacchia"},
            {"IS", u"Islanda"},
            {"LI", u"Liechtenstein"},
            {"NO", u"Norvegia"},
            {"CH", u"Svizzera"},
            {"GB", u"Regno Unito"},
            {"SM", u"San Marino"},
            {"VA", u"Città del Vaticano"},
            {"MC", u"Principato di Monaco"},
            {"AD", u"Andorra"},
            {"AL", u"Albania"},
            {"BA", u"Bosnia ed Erzegovina"},
            {"ME", u"Montenegro"},
            {"MK", u"Macedonia del Nord"},
            {"RS", u"Serbia"},
            {"UA", u"Ucraina"},
            {"MD", u"Moldavia"},
            {"TR", u"Turchia"},
            {"RU", u"Russia"},
            {"US", u"Stati Uniti"},
            {"CA", u"Canada"},
            {"MX", u"Messico"},
            {"BR", u"Brasile"},
            {"AR", u"Argentina"},
            {"CL", u"Cile"},
            {"AU", u"Australia"},
            {"NZ", u"Nuova Zelanda"},
            {"IN", u"India"},
            {"CN", u"Cina"},
            {"JP", u"Giappone"},
            {"KR", u"Corea del Sud"},
            {"SG", u"Singapore"},
            {"HK", u"Hong Kong"},
            {"PH", u"Filippine"},
            {"AE", u"Emirati Arabi Uniti"},
            {"IL", u"Israele"},
            {"EG", u"Egitto"},
            {"MA", u"Marocco"},
            {"TN", u"Tunisia"},
            {"ZA", u"Sudafrica"},
        };
        for (const auto &c : italian)
            if (upper == QLatin1String(c.code))
                return QString::fromUtf16(c.name);
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(upper);
    const QString english =
        territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToString(territory);
    return english.isEmpty() ? upper : english;
}

QString indianPlaceOfSupply(const QString &state, const QString &gstin)
{
    // GST state codes.
    static const struct
    {
        int code;
        const char *name;
    } states[] = {
        {1, "Jammu and Kashmir"},
        {2, "Himachal Pradesh"},
        {3, "Punjab"},
        {4, "Chandigarh"},
        {5, "Uttarakhand"},
        {6, "Haryana"},
        {7, "Delhi"},
        {8, "Rajasthan"},
        {9, "Uttar Pradesh"},
        {10, "Bihar"},
        {11, "Sikkim"},
        {12, "Arunachal Pradesh"},
        {13, "Nagaland"},
        {14, "Manipur"},
        {15, "Mizoram"},
        {16, "Tripura"},
        {17, "Meghalaya"},
        {18, "Assam"},
        {19, "West Bengal"},
        {20, "Jharkhand"},
        {21, "Odisha"},
        {22, "Chhattisgarh"},
        {23, "Madhya Pradesh"},
        {24, "Gujarat"},
        {26, "Dadra and Nagar Haveli and Daman and Diu"},
        {27, "Maharashtra"},
        {29, "Karnataka"},
        {30, "Goa"},
        {31, "Lakshadweep"},
        {32, "Kerala"},
        {33, "Tamil Nadu"},
        {34, "Puducherry"},
        {35, "Andaman and Nicobar Islands"},
        {36, "Telangana"},
        {37, "Andhra Pradesh"},
        {38, "Ladakh"},
        {97, "Other Territory"},
    };
    QString name = state.trimmed();
    int code = 0;
    const QString id = gstin.trimmed();
    if (id.size() >= 2 && id.at(0).isDigit() && id.at(1).isDigit())
        code = id.left(2).toInt();
    for (const auto &s : states) {
        if (code == 0 && !name.isEmpty() && name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            code = s.code;
        if (code != 0 && name.isEmpty() && s.code == code)
            name = QLatin1String(s.name);
    }
    if (code == 0)
        return name;
    const QString digits = QStringLiteral("%1").arg(code, 2, 10, QLatin1Char('0'));
    return name.isEmpty() ? digits : name + QStringLiteral(" (") + digits + QLatin1Char(')');
}

QString unitWord(const QString &unit, const QString &plural, bool one, const QString &language)
{
    if (unit == QLatin1String("h"))
        return text(one ? Label::Hour : Label::HoursPlural, language);
    return one || plural.isEmpty() ? unit : plural;
}

QString exchangeRate(qint64 millionths, const QLocale &locale)
{
    const qint64 whole = millionths / 1'000'000;
    const qint64 fraction = millionths % 1'000'000;
    return locale.toString(whole) + locale.decimalPoint()
           + QStringLiteral("%1").arg(fraction, 6, 10, QLatin1Char('0'));
}

} // namespace minuta::invoicelabels
