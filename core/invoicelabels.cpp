#include "invoicelabels.h"

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
    case Label::PaymentDetails:
        return {u"Payment", u"Pagamento"};
    case Label::PayBy:
        return {u"Please pay by %1 by bank transfer.", u"Pagamento entro il %1 tramite bonifico bancario."};
    case Label::Iban:
        return {u"IBAN", u"IBAN"};
    case Label::Bic:
        return {u"BIC", u"BIC"};
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
    }
    return {u"", u""};
}

} // namespace

QString text(Label label, const QString &language)
{
    const Pair p = pair(label);
    return QString::fromUtf16(language == QLatin1String("it") ? p.it : p.en);
}

QLocale locale(const QString &language, const QString &businessCountry)
{
    if (language == QLatin1String("it"))
        return QLocale(QLocale::Italian, QLocale::Italy);
    const QLocale::Territory territory = QLocale::codeToTerritory(businessCountry);
    for (QLocale::Territory t : {QLocale::UnitedStates, QLocale::UnitedKingdom, QLocale::Australia,
                                 QLocale::Canada, QLocale::India, QLocale::Ireland, QLocale::NewZealand})
        if (t == territory)
            return QLocale(QLocale::English, t);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace minuta::invoicelabels
