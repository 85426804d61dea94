#pragma once

// An invoice or credit note: draft → issued (numbered, frozen) → paid through payments, or cancelled
// by a credit note. The parties as printed are the live business and client on a draft, and the
// snapshot taken at issue afterwards.

#include "business/business.h"
#include "business/taxprofile.h"
#include "clients/client.h"
#include "invoicing/invoicecalc.h"
#include "values/money.h"
#include "values/quantity.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace minuta {

enum class InvoiceKind { Invoice, CreditNote };
enum class InvoiceStatus { Draft, Issued, Cancelled };
// How time becomes lines: one per entry, per day, per task, or one line.
enum class Grouping { Entry, Day, Task, Total };
enum class LineKind { Time, Usage, Manual };
// A line's part in a prepaid pack: none, selling it, or the work it covered at no charge.
enum class PackRole { None, Sale, Covered };
// Derived from the payments of an issued invoice.
enum class PaymentState { Unpaid, PartlyPaid, Paid };

QString invoiceKindName(InvoiceKind kind);       // "invoice", "credit_note"
QString invoiceStatusName(InvoiceStatus status); // "draft", "issued", "cancelled"
QString groupingName(Grouping grouping);         // "entry", "day", "task", "total"
std::optional<Grouping> groupingFromName(QStringView name);
QString lineKindName(LineKind kind);          // "time", "usage", "manual"
QString packRoleName(PackRole role);          // "", "sale", "covered"
QString paymentStateName(PaymentState state); // "unpaid", "partly_paid", "paid"

struct InvoiceLine
{
    qint64 id = 0;
    int position = 0;
    LineKind kind = LineKind::Manual;
    QString description;
    std::optional<qint64> seconds; // time lines: the billed time
    Quantity quantity;             // time lines: hours to three decimals, for the e-invoice
    QString unit;
    Money unitPrice;
    Money amount;
    std::optional<TaxRate> taxRate; // none: the profile's standard rate
    QString nature;                 // FatturaPA Natura when untaxed; N1: an expense outside VAT
    bool isFee = true;              // bears the pension contribution and the withholding
    bool discountable = true;       // the invoice's discount reaches it (not expenses, by default)
    QString unitPlural;             // the unit after a quantity other than one; empty: as `unit`
    QString sac;                    // India: the SAC code of the service
    std::optional<qint64> packId;   // the pack this line sells or whose covered work it shows
    PackRole packRole = PackRole::None;

    // The unit as it reads after this line's quantity ("1 call", "43 calls").
    QString unitForQuantity() const;

    Result<void> validate() const;
};

struct Payment
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QDate date;
    Money amount;
    QString note;
    // Paid out of this credit note's credit (what the client had paid on a cancelled invoice) rather
    // than with new money.
    std::optional<qint64> creditNoteId;
    std::optional<QString> creditNoteNumber;
};

// Money given back to the client out of a credit note.
struct Refund
{
    qint64 id = 0;
    qint64 creditNoteId = 0;
    QDate date;
    Money amount;
    QString note;
};

// The parties and rules as the invoice prints them.
struct InvoiceParties
{
    BusinessProfile business;
    Client client;
    TaxProfile profile;
};

struct Invoice
{
    qint64 id = 0;
    InvoiceKind kind = InvoiceKind::Invoice;
    InvoiceStatus status = InvoiceStatus::Draft;
    qint64 clientId = 0;
    std::optional<QString> number;
    Currency currency;
    QDate issueDate;
    QDate dueDate;
    std::optional<QDate> periodFrom;
    std::optional<QDate> periodTo;
    Grouping grouping = Grouping::Entry;
    QString taxProfileId;
    bool reverseCharge = false;
    bool withholding = false;
    TaxRate contributionRate;
    TaxRate discountPercent;
    Money discountAmount;
    // Units of `currency` per euro, in millionths, when an Italian business invoices in another
    // currency: proposed from the last one used, fixed at issue.
    std::optional<qint64> exchangeRate;
    QString notes;
    std::optional<qint64> creditedInvoiceId; // a credit note's invoice
    std::optional<QString> creditedNumber;
    QDate creditedIssueDate;
    std::optional<qint64> creditNoteId; // a cancelled invoice's credit note
    QList<InvoiceLine> lines;
    QList<Payment> payments;
    invoicecalc::Totals totals;
    Money paid;
    // What the client still owes: due − paid on an issued invoice; on a credit note, minus what is
    // still owed back to the client (owedBack); zero on drafts and cancelled invoices.
    Money balance;
    // A credit note: what the client had paid on the invoice it cancels, carried over when it was
    // cancelled; what of it was given back (refunds) or used to pay later invoices (creditUsed); and
    // what is still owed back: carriedPaid − refunded − creditUsed. Zero on invoices.
    Money carriedPaid;
    QList<Refund> refunds;
    Money refunded;
    Money creditUsed;
    Money owedBack;
    InvoiceParties parties;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> issuedAt;

    PaymentState paymentState() const;
    // Issued, not fully paid and past its due date on `today`.
    bool isOverdue(QDate today) const;
    // The client's language for every label: "en" or "it".
    QString language() const { return parties.client.language; }
};

struct InvoiceSummary
{
    qint64 id = 0;
    InvoiceKind kind = InvoiceKind::Invoice;
    InvoiceStatus status = InvoiceStatus::Draft;
    std::optional<QString> number;
    qint64 clientId = 0;
    QString clientName;
    QDate issueDate;
    QDate dueDate;
    Money total;
    Money due;
    Money paid;
    Money balance;  // as Invoice::balance: negative on a credit note that still owes the client money
    Money owedBack; // a credit note: what is still owed back to the client
    PaymentState paymentState = PaymentState::Unpaid;
    bool overdue = false;
    // When it was last exported as an Italian e-invoice (UTC seconds); none when never.
    std::optional<qint64> einvoiceExported;
};

struct InvoiceFilter
{
    std::optional<qint64> clientId;
    std::optional<InvoiceStatus> status;
    std::optional<InvoiceKind> kind;
    std::optional<QDate> from; // issue date, inclusive
    std::optional<QDate> to;
    bool onlyOverdue = false;
    bool onlyUnpaid = false;
    bool onlyPaid = false;
};

} // namespace minuta
