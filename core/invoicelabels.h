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
};

QString text(Label label, const QString &language);
// it_IT for Italian; English follows the business's country (en_US dates for a US business).
QLocale locale(const QString &language, const QString &businessCountry);

} // namespace minuta::invoicelabels
