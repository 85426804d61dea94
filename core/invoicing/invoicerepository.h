#pragma once

// Invoices in the file: drafts made from unbilled work, their editing, issuing with the next number,
// credit notes, payments, and reading them back for lists, screens and the PDF.

#include "invoicing/billedwork.h"
#include "invoicing/invoice.h"
#include "invoicing/invoiceplan.h"
#include "storage/connection.h"
#include "values/error.h"
#include "values/validation.h"
#include "work/timeentry.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace minuta {

class Clock;
class Database;

class InvoiceRepository
{
    Q_DECLARE_TR_FUNCTIONS(minuta::InvoiceRepository)

public:
    struct DraftRequest
    {
        qint64 clientId = 0;
        std::optional<QDate> from; // inclusive, in the user's time zone
        std::optional<QDate> to;
        Grouping grouping = Grouping::Entry;
        std::optional<QDate> issueDate; // today when not given
        bool allowEmpty = false;        // a blank draft when there is nothing to bill
        bool workless = false;          // with allowEmpty: a blank draft whatever there is to bill
        validation::UnusualDate unusualDate = validation::UnusualDate::Refuse; // for the issue date
    };

    struct Drafted
    {
        Invoice invoice;
        QStringList warnings; // work that bills nothing for want of a rate or a price
    };

    // Changes to a draft; what is not set stays.
    struct DraftChanges
    {
        std::optional<QDate> issueDate; // moves the due date along unless dueDate is set too
        std::optional<QDate> dueDate;
        std::optional<TaxRate> discountPercent;
        std::optional<Money> discountAmount;
        std::optional<QString> notes;
        // Units of the invoice's currency per euro, in millionths (1.0823 is 1082300).
        std::optional<qint64> exchangeRate;
        validation::UnusualDate unusualDate = validation::UnusualDate::Refuse; // for the issue date
    };

    InvoiceRepository(const Database &db, const Clock &clock);

    // A draft from the client's unbilled work in the period; the draft holds that work until it is
    // issued or deleted, so no other invoice bills it.
    Result<Drafted> createDraft(const DraftRequest &request);

    // Month end for everyone at once: what createDrafts made and what it could not.
    struct Batch
    {
        QList<Drafted> drafted; // by client name
        struct Refusal
        {
            qint64 clientId = 0;
            QString clientName;
            Error error;
        };
        QList<Refusal> refused; // clients with work to bill whose draft could not be made, and why
    };
    // A draft, as createDraft makes it, for each client not archived with unbilled work in the period
    // [from, to]; clients with nothing to bill are left out. Each draft is its own write: one
    // client refused does not stop the others.
    Result<Batch> createDrafts(QDate from, QDate to, Grouping grouping);
    // What createDraft would make, lines and totals exactly, without storing anything.
    Result<Drafted> preview(const DraftRequest &request) const;
    Result<Invoice> addLine(qint64 invoiceId, InvoiceLine line);
    // Manual lines change entirely; on lines made from work only the description and tax rate do.
    Result<Invoice> updateLine(qint64 invoiceId, const InvoiceLine &line);
    // Removes a line; work it billed is free to bill again.
    Result<Invoice> removeLine(qint64 invoiceId, qint64 lineId);
    Result<Invoice> updateDraft(qint64 invoiceId, const DraftChanges &changes);
    // Deletes a draft and frees its work. Issued invoices are refused.
    Result<Invoice> deleteDraft(qint64 invoiceId);
    // Gives the draft the next number, freezes it and marks its work billed.
    // A date given here before 2000 is refused unless `dates` allows it. An Italian business's invoice
    // in another currency needs its exchange rate (millionths of the currency per euro), given here
    // or on the draft; an Italian invoice needs the buyer's address and tax identifier.
    Result<Invoice> issue(qint64 invoiceId, std::optional<QDate> date = std::nullopt,
                          validation::UnusualDate dates = validation::UnusualDate::Refuse,
                          std::optional<qint64> exchangeRate = std::nullopt);
    // What the buyer's block lacks, for a warning where the law does not refuse the invoice.
    static QStringList missingBuyerDetails(const Invoice &invoice);
    // Cancels an issued invoice with a credit note of its own numbering; returns the credit note.
    // What the client had paid on the invoice is carried to the credit note as owed back to them.
    Result<Invoice> cancel(qint64 invoiceId, std::optional<QDate> date = std::nullopt);
    // A payment is dated from the invoice's issue date to today; before 2000 only if `dates` allows it.
    Result<Invoice> addPayment(qint64 invoiceId, QDate date, const Money &amount, const QString &note = {},
                               validation::UnusualDate dates = validation::UnusualDate::Refuse);
    // Pays an issued invoice out of a credit note's credit: the credit note (or the cancelled invoice it
    // cancels, by id) must be the same client's, in the same currency, dated no later than `date`; the
    // amount at most what the credit note still owes back and what the invoice still asks.
    Result<Invoice> applyCredit(qint64 invoiceId, qint64 creditNoteId, const Money &amount, QDate date,
                                const QString &note = {});
    // Payments of a cancelled invoice were carried to its credit note and stay; others can go.
    Result<Invoice> removePayment(qint64 paymentId);
    // Records money given back to the client out of a credit note; returns the credit note. The id is
    // the credit note's, or that of the invoice it cancels. Refused: an amount of zero or less, more than
    // is still owed back, another currency, a date in the future or before the credit note.
    Result<Invoice> addRefund(qint64 creditNoteId, QDate date, const Money &amount, const QString &note = {});
    // Deletes a refund (one recorded by mistake); returns the credit note.
    Result<Invoice> removeRefund(qint64 refundId);

    // The line that sells a pack, on the client's newest draft in the pack's currency (a new draft when
    // there is none). Its price and description follow the pack until the draft is issued.
    Result<Invoice> addPackSale(const Pack &pack);
    // The client's newest draft in `currency`, or a new one with no work on it: where lines made for
    // the client (a pack's sale, a recurring fee) go.
    Result<qint64> draftFor(qint64 clientId, Currency currency);
    Result<void> updatePackSale(const Pack &pack);
    // The packs sold on the draft (or on its line `lineId`), which go with their sale: refused when
    // anything else holds on to one (work drawn against it on another line or invoice, a retainer's
    // next period sold elsewhere). Deleted by dropPacks once their lines are gone; one that cancelled
    // invoices name stays, voided.
    struct SoldPacks
    {
        QList<qint64> deleted;
        QList<qint64> voided;
    };
    Result<SoldPacks> packsSoldOn(qint64 invoiceId, std::optional<qint64> lineId) const;
    Result<void> dropPacks(const SoldPacks &packs);

    Result<Invoice> get(qint64 invoiceId) const;
    Result<QList<InvoiceSummary>> list(const InvoiceFilter &filter = {}) const;
    // The issued credit note with this id, or the one cancelling the invoice with this id.
    Result<Invoice> creditNote(qint64 id) const;
    // Everything an invoice bills, for its timesheet: entries with raw and billed time and amount,
    // in the order they were done, and the units of services logged.
    Result<BilledWork> billedWork(qint64 invoiceId) const;

    // "2026-003 Studio Bianchi.pdf": a file name every file system accepts.
    static QString defaultFileName(const Invoice &invoice);

private:
    Result<invoiceplan::Plan> plan(const DraftRequest &request) const;
    // The rate of the last invoice issued in `currency`: what a new one proposes.
    Result<std::optional<qint64>> lastExchangeRate(Currency currency) const;
    Result<void> checkExchangeRate(Invoice &invoice, std::optional<qint64> rate) const;
    static Result<void> checkBuyer(const Invoice &invoice);
    Result<Invoice> loadDraft(qint64 invoiceId) const;
    Result<InvoiceParties> liveParties(qint64 clientId, const QString &taxProfileId) const;
    Result<void> storeTotals(qint64 invoiceId, const invoicecalc::Totals &totals);
    Result<void> insertLine(qint64 invoiceId, const InvoiceLine &line, qint64 &lineId);
    Result<Invoice> recomputeAndGet(qint64 invoiceId);
    Result<Invoice> recordPayment(qint64 invoiceId, QDate date, const Money &amount, const QString &note,
                                  validation::UnusualDate dates, std::optional<qint64> creditNoteId);
    // A credit note's refunds and the payments made out of its credit, into `i`.
    Result<void> loadCredit(Invoice &i) const;
    Result<void> touch(qint64 invoiceId);

    const Database &m_database;
    storage::Connection m_db;
    const Clock &m_clock;
};

} // namespace minuta
