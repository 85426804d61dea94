#include "invoicing/invoicerepository.h"

#include "invoicing/invoicerows.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/clock.h"
#include "values/timeutil.h"
#include "values/validation.h"

#include <QSqlQuery>

// InvoiceRepository: payments of an invoice, and a credit note's credit: paid out as refunds or
// applied to the client's other invoices.

namespace minuta {

using invoicerows::dateOf;

Result<Invoice> InvoiceRepository::recordPayment(qint64 invoiceId, QDate date, const Money &amount,
                                                 const QString &note, validation::UnusualDate dates,
                                                 std::optional<qint64> creditNoteId)
{
    auto invoice = get(invoiceId);
    if (!invoice)
        return invoice.error();
    if (invoice->kind != InvoiceKind::Invoice || invoice->status != InvoiceStatus::Issued)
        return Error(ErrorCode::Conflict, tr("Payments are recorded on issued invoices only."),
                     QStringLiteral("invoice"));
    const QDate today = timeutil::localDate(m_clock.nowSecs(), m_clock.timeZone());
    if (!date.isValid() || date > today)
        return Error(ErrorCode::InvalidInput, tr("The payment date cannot be in the future."),
                     QStringLiteral("date"));
    if (date < invoice->issueDate)
        return Error(ErrorCode::InvalidInput,
                     tr("The payment date cannot be before the invoice's issue date, %1.")
                         .arg(invoice->issueDate.toString(Qt::ISODate)),
                     QStringLiteral("date"));
    if (auto usual =
            validation::checkUsualDate(date, today, dates, QStringLiteral("date"), tr("The payment date"));
        !usual)
        return usual.error();
    if (amount.currency() != invoice->currency || amount.minorUnits() <= 0)
        return Error(ErrorCode::InvalidInput,
                     tr("The amount must be more than zero, in %1.").arg(invoice->currency.code()),
                     QStringLiteral("amount"));
    if (amount.minorUnits() > invoice->balance.minorUnits())
        return Error(
            ErrorCode::InvalidInput,
            tr("The amount is more than what is still due (%1).").arg(invoice->balance.toPlainString()),
            QStringLiteral("amount"));
    if (creditNoteId) {
        auto credit = creditNote(*creditNoteId);
        if (!credit)
            return credit.error();
        if (credit->clientId != invoice->clientId || credit->currency != invoice->currency)
            return Error(ErrorCode::InvalidInput,
                         tr("Credit note %1 is another client's or in another currency; only %2's credit in "
                            "%3 pays this invoice.")
                             .arg(credit->number.value_or(QString()), invoice->parties.client.name,
                                  invoice->currency.code()),
                         QStringLiteral("creditNote"));
        if (date < credit->issueDate)
            return Error(ErrorCode::InvalidInput,
                         tr("The credit cannot be used before its credit note's date, %1.")
                             .arg(credit->issueDate.toString(Qt::ISODate)),
                         QStringLiteral("date"));
        if (amount.minorUnits() > credit->owedBack.minorUnits())
            return Error(ErrorCode::InvalidInput,
                         tr("The amount is more than the credit left on credit note %1 (%2).")
                             .arg(credit->number.value_or(QString()), credit->owedBack.toPlainString()),
                         QStringLiteral("amount"));
        creditNoteId = credit->id;
    }
    const QString cleanNote = validation::cleanLine(note);
    if (auto r = validation::checkText(cleanNote, 500, QStringLiteral("note"), tr("The note")); !r)
        return r.error();
    return inTransaction(m_db, [&]() -> Result<Invoice> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(
                q,
                QStringLiteral("INSERT INTO payment (invoice_id, paid_on, amount, note, created_at, "
                               "credit_note_id) VALUES (?, ?, ?, ?, ?, ?)"),
                {invoiceId, date.toString(Qt::ISODate), amount.minorUnits(), cleanNote, m_clock.nowSecs(),
                 sql::nullable(creditNoteId)});
            !r)
            return r.error();
        return get(invoiceId);
    });
}

Result<Invoice> InvoiceRepository::removePayment(qint64 paymentId)
{
    auto invoiceId =
        sql::scalar(m_db, QStringLiteral("SELECT invoice_id FROM payment WHERE id = ?"), {paymentId});
    if (!invoiceId)
        return Error(ErrorCode::NotFound, tr("There is no payment with id %1.").arg(paymentId),
                     QStringLiteral("payment"));
    auto invoice = get(invoiceId->toLongLong());
    if (!invoice)
        return invoice.error();
    if (invoice->status == InvoiceStatus::Cancelled)
        return Error(ErrorCode::Conflict,
                     tr("This payment was carried to the credit note when invoice %1 was cancelled; record "
                        "a refund on the credit note instead.")
                         .arg(invoice->number.value_or(QString())),
                     QStringLiteral("payment"));
    return inTransaction(m_db, [&]() -> Result<Invoice> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(q, QStringLiteral("DELETE FROM payment WHERE id = ?"), {paymentId}); !r)
            return r.error();
        return get(invoiceId->toLongLong());
    });
}

Result<Invoice> InvoiceRepository::addPayment(qint64 invoiceId, QDate date, const Money &amount,
                                              const QString &note, validation::UnusualDate dates)
{
    return recordPayment(invoiceId, date, amount, note, dates, std::nullopt);
}

Result<Invoice> InvoiceRepository::applyCredit(qint64 invoiceId, qint64 creditNoteId, const Money &amount,
                                               QDate date, const QString &note)
{
    // The credit note is dated after 2000 like its invoice, so its own date already bounds this one.
    return recordPayment(invoiceId, date, amount, note, validation::UnusualDate::Allow, creditNoteId);
}

Result<Invoice> InvoiceRepository::creditNote(qint64 id) const
{
    auto invoice = get(id);
    if (!invoice)
        return invoice.error();
    // The cancelled invoice is what the user knows and remembers; its credit note is where the money is.
    if (invoice->kind == InvoiceKind::Invoice && invoice->status == InvoiceStatus::Cancelled
        && invoice->creditNoteId)
        return get(*invoice->creditNoteId);
    if (invoice->kind != InvoiceKind::CreditNote || invoice->status != InvoiceStatus::Issued)
        return Error(ErrorCode::Conflict,
                     tr("%1 is not a credit note or a cancelled invoice; only those can owe money back.")
                         .arg(invoice->number.value_or(tr("Draft %1").arg(invoice->id))),
                     QStringLiteral("invoice"));
    return invoice;
}

Result<void> InvoiceRepository::loadCredit(Invoice &i) const
{
    i.carriedPaid = Money::zero(i.currency);
    i.refunded = Money::zero(i.currency);
    i.creditUsed = Money::zero(i.currency);
    i.owedBack = Money::zero(i.currency);
    if (i.kind != InvoiceKind::CreditNote)
        return {};
    auto carried = sql::scalar(m_db, QStringLiteral("SELECT carried_paid FROM invoice WHERE id = ?"), {i.id});
    if (!carried)
        return carried.error();
    i.carriedPaid = Money(carried->toLongLong(), i.currency);
    QSqlQuery used(m_db);
    if (auto r = sql::exec(
            used, QStringLiteral("SELECT coalesce(sum(amount), 0) FROM payment WHERE credit_note_id = ?"),
            {i.id});
        !r)
        return r;
    if (used.next())
        i.creditUsed = Money(used.value(0).toLongLong(), i.currency);
    QSqlQuery refunds(m_db);
    if (auto r = sql::exec(refunds,
                           QStringLiteral("SELECT id, refunded_on, amount, note FROM refund "
                                          "WHERE credit_note_id = ? ORDER BY refunded_on, id"),
                           {i.id});
        !r)
        return r;
    while (refunds.next()) {
        Refund refund;
        refund.id = refunds.value(0).toLongLong();
        refund.creditNoteId = i.id;
        refund.date = dateOf(refunds.value(1));
        refund.amount = Money(refunds.value(2).toLongLong(), i.currency);
        refund.note = refunds.value(3).toString();
        i.refunds.append(refund);
        i.refunded = *i.refunded.plus(refund.amount);
    }
    // Refunds and uses of the credit are each capped by what is left, so this never goes below zero.
    i.owedBack =
        Money(i.carriedPaid.minorUnits() - i.refunded.minorUnits() - i.creditUsed.minorUnits(), i.currency);
    if (i.status == InvoiceStatus::Issued)
        i.balance = *i.owedBack.negated();
    return {};
}

Result<Invoice> InvoiceRepository::addRefund(qint64 creditNoteId, QDate date, const Money &amount,
                                             const QString &note)
{
    auto credit = creditNote(creditNoteId);
    if (!credit)
        return credit.error();
    const QDate today = timeutil::localDate(m_clock.nowSecs(), m_clock.timeZone());
    if (!date.isValid() || date > today)
        return Error(ErrorCode::InvalidInput, tr("The refund date cannot be in the future."),
                     QStringLiteral("date"));
    if (date < credit->issueDate)
        return Error(ErrorCode::InvalidInput,
                     tr("The refund cannot be dated before credit note %1, of %2.")
                         .arg(credit->number.value_or(QString()), credit->issueDate.toString(Qt::ISODate)),
                     QStringLiteral("date"));
    if (amount.currency() != credit->currency || amount.minorUnits() <= 0)
        return Error(ErrorCode::InvalidInput,
                     tr("The amount must be more than zero, in %1.").arg(credit->currency.code()),
                     QStringLiteral("amount"));
    if (amount.minorUnits() > credit->owedBack.minorUnits())
        return Error(ErrorCode::InvalidInput,
                     credit->owedBack.isZero()
                         ? tr("Credit note %1 owes nothing back to the client.")
                               .arg(credit->number.value_or(QString()))
                         : tr("The amount is more than what is still owed back to the client (%1).")
                               .arg(credit->owedBack.toPlainString()),
                     QStringLiteral("amount"));
    const QString cleanNote = validation::cleanLine(note);
    if (auto r = validation::checkText(cleanNote, 500, QStringLiteral("note"), tr("The note")); !r)
        return r.error();
    return inTransaction(m_db, [&]() -> Result<Invoice> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(
                q,
                QStringLiteral("INSERT INTO refund (credit_note_id, refunded_on, amount, note, created_at) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {credit->id, date.toString(Qt::ISODate), amount.minorUnits(), cleanNote, m_clock.nowSecs()});
            !r)
            return r.error();
        return get(credit->id);
    });
}

Result<Invoice> InvoiceRepository::removeRefund(qint64 refundId)
{
    auto creditId =
        sql::scalar(m_db, QStringLiteral("SELECT credit_note_id FROM refund WHERE id = ?"), {refundId});
    if (!creditId)
        return Error(ErrorCode::NotFound, tr("There is no refund with id %1.").arg(refundId),
                     QStringLiteral("refund"));
    return inTransaction(m_db, [&]() -> Result<Invoice> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(q, QStringLiteral("DELETE FROM refund WHERE id = ?"), {refundId}); !r)
            return r.error();
        return get(creditId->toLongLong());
    });
}

} // namespace minuta
