#pragma once

// Every word printed on an invoice, in the invoice's language (the client's), whatever language the
// program itself speaks. Also the locale that formats the invoice's numbers and dates.

#include <QLocale>
#include <QString>

namespace minuta::invoicelabels {

enum class Label {
    CreditNote,
    Draft,
    DraftNotice,
    Number,
    IssueDate,
    DueDate,
    Period,
    BillTo,
    FiscalCode,
    RecipientCode,
    Pec,
    Description,
    Quantity,
    UnitPrice,
    Tax,
    Amount,
    Net,
    Subtotal,
    Discount,
    On, // "VAT 22% on 1,000.00"
    Total,
    AmountDue,
    Paid,
    Balance,
    StampDuty,
    StampDutyVirtual,
    CourtesyCopy, // an Italian business's PDF: the invoice itself is the e-invoice sent through the SdI
    PaymentDetails,
    PayBy,
    Iban,
    Bic,
    Notes,
    CreditNoteFor,
    Page, // "Page %1 of %2"
    Timesheet,
    Date,
    Time,
    Duration,
    Task,
    Hours,
    ExemptLine, // tax column of an untaxed line
    Email,
    Phone,
    TaxableAt,      // "Taxable at %1": a rate's VAT base
    StampDutyBorne, // not charged to the client
    ExchangeRate,   // "Exchange rate"
    ExchangeRateOn, // "1 EUR = %1 %2 on %3"
    InEuro,         // header of the euro column
    PayByTransfer,  // "Please pay by %1 by bank transfer to:"
    OtherWaysToPay,
    SortCode,
    AccountNumber,
    RoutingNumber,
    InstitutionNumber,
    TransitNumber,
    Bsb,
    Ifsc,
    Upi,
    Sac,
    PlaceOfSupply,
    Gstin,
    GstNumber,
    QstNumber,
    Logged, // raw time of an entry
    Billed, // its billed time
    UnitsLogged,
    Service,
    HoursTotals, // "Total: %1 logged, %2 billed"
    Hour,
    HoursPlural,
    PrepaidPack,    // the line that sells a pack
    WeeklyRetainer, // … a week of a retainer
    MonthlyRetainer,
    QuarterlyRetainer,
    OfCredit,      // "€500.00 of credit"
    CoveredByPack, // "Covered by the prepaid pack of %1 (%2)"
    PackStatement, // the statement's title
    PackCovers,    // "Covers"
    PackValidity,  // "Valid"
    PackFromTo,    // "from %1 to %2"
    PackFrom,      // "from %1"
    Drawn,         // what a piece of work took from the pack
    Left,          // what the pack has left
    Used,
    Unit,       // a unit of a service, in the statement's table
    Overage,    // work beyond the pack
    RolledOver, // "Carried over from the previous period"
    HoursDrawn,
    UnitsDrawn,
    CreditDrawn,
    HoursLeft,
    CreditLeft,
    PackStatus, // "Status"
    PackActive,
    PackExhausted,
    PackExpired,
    PackClosed,
};

QString text(Label label, const QString &language);
// it_IT for Italian; English follows the client's country (en_US month-first dates and 12-hour times
// for a US client), or `fallbackCountry` when the client has none; en_GB when neither says.
QLocale locale(const QString &language, const QString &clientCountry, const QString &fallbackCountry = {});

// Why a share of the invoice bears no VAT, in words, from its FatturaPA Natura ("N1": expenses paid
// in the client's name, art. 15 DPR 633/72). The Italian law's references only for an Italian
// business; elsewhere plain words.
QString natureReason(const QString &nature, const QString &language, bool italianBusiness);

// A country's name in the invoice's language from its ISO 3166 code: "Germania" on an Italian
// invoice; Qt's English name otherwise; the code itself when unknown.
QString countryName(const QString &code, const QString &language);

// India's place of supply: the state and its GST code ("Maharashtra (27)"), the code taken from the
// first two digits of the buyer's GSTIN when there is one, else from the state's name; just the
// state when neither gives a code. Empty when nothing is known.
QString indianPlaceOfSupply(const QString &state, const QString &gstin);

// A unit as it reads after a quantity: the time unit "h" in words ("1 hour", "7:45 hours", "ore"),
// any other unit as given, singular for exactly one.
QString unitWord(const QString &unit, const QString &plural, bool one, const QString &language);

// "1.082300": an exchange rate kept in millionths, written with integer arithmetic and the locale's
// decimal point.
QString exchangeRate(qint64 millionths, const QLocale &locale);

} // namespace minuta::invoicelabels
