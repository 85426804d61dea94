#include "invoicing/invoicerepository.h"

#include "business/business.h"
#include "clients/clientrepository.h"
#include "invoicing/einvoice.h"
#include "invoicing/invoicenumber.h"
#include "invoicing/invoiceplan.h"
#include "invoicing/invoicerows.h"
#include "invoicing/invoicesnapshot.h"
#include "invoicing/packrepository.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/clock.h"
#include "values/timeutil.h"
#include "values/validation.h"

#include <QSqlQuery>

// InvoiceRepository: issuing a draft (its number, its frozen snapshot, its work billed) and cancelling
// an issued invoice with a credit note.

namespace minuta {

using invoicerows::dateOf;
using invoicerows::dateValue;

Result<void> InvoiceRepository::checkExchangeRate(Invoice &invoice, std::optional<qint64> rate) const
{
    if (rate) {
        if (invoice.currency.code() == QLatin1String("EUR"))
            return Error(ErrorCode::InvalidInput, tr("An invoice in euros has no exchange rate."),
                         QStringLiteral("exchangeRate"));
        if (*rate <= 0)
            return Error(ErrorCode::InvalidInput, tr("The exchange rate must be more than zero."),
                         QStringLiteral("exchangeRate"));
        invoice.exchangeRate = rate;
    }
    return {};
}

QStringList InvoiceRepository::missingBuyerDetails(const Invoice &invoice)
{
    const Client &c = invoice.parties.client;
    QStringList missing;
    if (c.address.trimmed().isEmpty())
        missing << tr("%1 has no address.").arg(c.name);
    if (c.vatId.isEmpty() && c.fiscalCode.isEmpty() && c.gstin.isEmpty())
        missing << tr("%1 has no VAT number or fiscal code.").arg(c.name);
    return missing;
}

Result<void> InvoiceRepository::checkBuyer(const Invoice &invoice)
{
    // The law of the business's country decides what the buyer's block must hold. In Italy (art. 21
    // DPR 633/72): the buyer's address, and their VAT number or fiscal code; a foreign buyer under
    // reverse charge is a business and must give its VAT number.
    if (invoice.parties.business.country != QLatin1String("IT"))
        return {};
    const Client &c = invoice.parties.client;
    if (c.address.trimmed().isEmpty())
        return Error(
            ErrorCode::InvalidInput,
            tr("An Italian invoice needs the buyer's address: fill in the address of %1.").arg(c.name),
            clientfield::prefixed(clientfield::Address));
    const bool italian = c.country.isEmpty() || c.country == QLatin1String("IT");
    if (italian && c.vatId.isEmpty() && c.fiscalCode.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("An Italian invoice needs the buyer's VAT number or fiscal code: fill in one for %1.")
                         .arg(c.name),
                     clientfield::prefixed(clientfield::VatId));
    if (!italian && invoice.reverseCharge && c.vatId.isEmpty())
        return Error(
            ErrorCode::InvalidInput,
            tr("Under reverse charge the buyer is a business: fill in the VAT number of %1.").arg(c.name),
            clientfield::prefixed(clientfield::VatId));
    return {};
}

Result<Invoice> InvoiceRepository::issue(qint64 invoiceId, std::optional<QDate> date,
                                         validation::UnusualDate dates, std::optional<qint64> exchangeRate)
{
    auto invoice = loadDraft(invoiceId);
    if (!invoice)
        return invoice.error();
    const QDate today = timeutil::localDate(m_clock.nowSecs(), m_clock.timeZone());
    Invoice i = *invoice;
    if (date) {
        const qint64 terms = i.issueDate.daysTo(i.dueDate);
        i.issueDate = *date;
        i.dueDate = date->addDays(terms);
    }
    if (!i.issueDate.isValid())
        return Error(ErrorCode::InvalidInput, tr("The issue date is not a date."), QStringLiteral("date"));
    if (i.issueDate > today)
        return Error(ErrorCode::InvalidInput, tr("An invoice cannot be dated in the future."),
                     QStringLiteral("date"));
    // The draft's own date was confirmed when it was set; only a new one is checked.
    if (date) {
        if (auto usual =
                validation::checkUsualDate(*date, today, dates, QStringLiteral("date"), tr("The issue date"));
            !usual)
            return usual.error();
    }
    if (i.lines.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("The invoice has no lines."), QStringLiteral("lines"));
    if (i.parties.business.name.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("Fill in your business name (and address) before issuing an invoice."),
                     QStringLiteral("business"));
    if (auto buyer = checkBuyer(i); !buyer)
        return buyer.error();
    // An Italian invoice is the electronic one (art. 1 c. 3 D.Lgs. 127/2015): one that could not be
    // written as FatturaPA would be a number given to an invoice that cannot be sent.
    if (i.parties.business.country == QLatin1String("IT"))
        if (const QList<einvoice::Missing> lacking = einvoice::missing(i); !lacking.isEmpty())
            return Error(ErrorCode::InvalidInput,
                         tr("The electronic invoice could not be written: %1").arg(lacking.first().message),
                         lacking.first().field);
    if (auto rate = checkExchangeRate(i, exchangeRate); !rate)
        return rate.error();
    // Work drawn against prepaid packs is billed as the packs stand now, or not at all.
    if (auto packs = PackRepository(m_database, m_clock).checkDraft(i.id, i.clientId); !packs)
        return packs.error();
    // An Italian business states the taxable amounts and the VAT in euros too (art. 21 DPR 633/72).
    if (i.parties.business.country == QLatin1String("IT") && i.currency.code() != QLatin1String("EUR")
        && !i.exchangeRate)
        return Error(ErrorCode::InvalidInput,
                     tr("This invoice is in %1: give the exchange rate of its date, in %1 per euro, so that "
                        "the taxable amounts and the VAT are also stated in euros.")
                         .arg(i.currency.code()),
                     QStringLiteral("exchangeRate"));
    auto totals = invoiceplan::totalsOf(i);
    if (!totals)
        return totals.error();
    if (totals->total.isNegative())
        return Error(ErrorCode::InvalidInput, tr("The invoice's total is negative."),
                     QStringLiteral("total"));

    return inTransaction(m_db, [&]() -> Result<Invoice> {
        const int year = i.issueDate.year();
        // Numbers follow the dates: an invoice cannot be dated before the last one issued this year.
        auto last =
            sql::scalar(m_db,
                        QStringLiteral("SELECT max(issue_date) FROM invoice WHERE kind = 'invoice' AND "
                                       "status <> 'draft' AND sequence_year = ?"),
                        {year});
        if (!last)
            return last.error();
        if (!last->isNull() && dateOf(*last) > i.issueDate)
            return Error(ErrorCode::Conflict,
                         tr("The last invoice of %1 is dated %2; this one cannot be dated before it.")
                             .arg(year)
                             .arg(dateOf(*last).toString(Qt::ISODate)),
                         QStringLiteral("date"));
        auto next = sql::scalar(
            m_db,
            QStringLiteral("SELECT coalesce(max(sequence_no), 0) + 1 FROM invoice WHERE kind = 'invoice' "
                           "AND sequence_year = ?"),
            {year});
        if (!next)
            return next.error();
        const qint64 sequence = next->toLongLong();
        const QString number = invoicenumber::format(i.parties.business.numberPattern, i.issueDate, sequence);
        auto taken =
            sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM invoice WHERE number = ?"), {number});
        if (!taken)
            return taken.error();
        if (taken->toLongLong() > 0)
            return Error(
                ErrorCode::Conflict,
                tr("The number %1 is already used; change the number pattern in the business profile.")
                    .arg(number),
                QStringLiteral("numberPattern"));
        if (auto stored = storeTotals(invoiceId, *totals); !stored)
            return stored.error();
        QSqlQuery q(m_db);
        if (auto r = sql::exec(
                q,
                QStringLiteral(
                    "UPDATE invoice SET status = 'issued', number = ?, sequence_year = ?, "
                    "sequence_no = ?, issue_date = ?, due_date = ?, snapshot = ?, "
                    "issued_at = ?, updated_at = ?, exchange_rate = ? WHERE id = ? AND status = 'draft'"),
                {number, year, sequence, i.issueDate.toString(Qt::ISODate), i.dueDate.toString(Qt::ISODate),
                 QString::fromUtf8(invoicesnapshot::write(i.parties, *totals)), m_clock.nowSecs(),
                 m_clock.nowSecs(), sql::nullable(i.exchangeRate), invoiceId});
            !r)
            return r.error();
        return get(invoiceId);
    });
}

Result<Invoice> InvoiceRepository::cancel(qint64 invoiceId, std::optional<QDate> date)
{
    auto invoice = get(invoiceId);
    if (!invoice)
        return invoice.error();
    if (invoice->kind != InvoiceKind::Invoice || invoice->status != InvoiceStatus::Issued)
        return Error(ErrorCode::Conflict,
                     invoice->status == InvoiceStatus::Draft ? tr("A draft is deleted, not cancelled.")
                     : invoice->status == InvoiceStatus::Cancelled
                         ? tr("Invoice %1 is already cancelled.").arg(invoice->number.value_or(QString()))
                         : tr("A credit note cannot be cancelled."),
                     QStringLiteral("invoice"));
    const QDate today = timeutil::localDate(m_clock.nowSecs(), m_clock.timeZone());
    const QDate issueDate = date.value_or(today);
    if (issueDate > today || issueDate < invoice->issueDate)
        return Error(ErrorCode::InvalidInput,
                     tr("The credit note is dated between the invoice's date and today."),
                     QStringLiteral("date"));
    auto business = BusinessRepository(m_database, m_clock).get();
    if (!business)
        return business.error();
    const Invoice &original = *invoice;
    const qint64 now = m_clock.nowSecs();

    return inTransaction(m_db, [&]() -> Result<Invoice> {
        const int year = issueDate.year();
        auto last =
            sql::scalar(m_db,
                        QStringLiteral("SELECT max(issue_date) FROM invoice WHERE kind = 'credit_note' AND "
                                       "sequence_year = ?"),
                        {year});
        if (!last)
            return last.error();
        if (!last->isNull() && dateOf(*last) > issueDate)
            return Error(ErrorCode::Conflict,
                         tr("The last credit note of %1 is dated %2; this one cannot be dated before it.")
                             .arg(year)
                             .arg(dateOf(*last).toString(Qt::ISODate)),
                         QStringLiteral("date"));
        auto next = sql::scalar(m_db,
                                QStringLiteral("SELECT coalesce(max(sequence_no), 0) + 1 FROM invoice WHERE "
                                               "kind = 'credit_note' AND sequence_year = ?"),
                                {year});
        if (!next)
            return next.error();
        const qint64 sequence = next->toLongLong();
        const QString number = invoicenumber::format(business->creditNotePattern, issueDate, sequence);

        QSqlQuery q(m_db);
        if (auto r = sql::exec(
                q,
                QStringLiteral("INSERT INTO invoice (kind, status, client_id, currency, issue_date, "
                               "due_date, period_from, period_to, grouping, tax_profile_id, "
                               "reverse_charge, withholding, contribution_rate, discount_percent, "
                               "discount_amount, notes, credited_invoice_id, created_at, updated_at, "
                               "carried_paid) "
                               "VALUES ('credit_note', 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?, ?)"),
                {original.clientId, original.currency.code(), issueDate.toString(Qt::ISODate),
                 issueDate.toString(Qt::ISODate), dateValue(original.periodFrom),
                 dateValue(original.periodTo), groupingName(original.grouping), original.taxProfileId,
                 original.reverseCharge ? 1 : 0, original.withholding ? 1 : 0,
                 original.contributionRate.milliPercent(), original.discountPercent.milliPercent(),
                 original.discountAmount.minorUnits(), QString(), original.id, now, now,
                 // What the client paid stays in the books, as owed back to them; written now, while
                 // the credit note is a draft the triggers still let change.
                 original.paid.minorUnits()});
            !r)
            return r.error();
        const qint64 creditId = sql::lastInsertId(q);
        for (const InvoiceLine &line : original.lines) {
            qint64 lineId = 0;
            if (auto r = insertLine(creditId, line, lineId); !r)
                return r.error();
        }
        if (auto stored = storeTotals(creditId, original.totals); !stored)
            return stored.error();
        QSqlQuery issueCredit(m_db);
        if (auto r = sql::exec(
                issueCredit,
                QStringLiteral("UPDATE invoice SET status = 'issued', number = ?, sequence_year = ?, "
                               "sequence_no = ?, snapshot = ?, issued_at = ? WHERE id = ?"),
                {number, year, sequence,
                 QString::fromUtf8(invoicesnapshot::write(original.parties, original.totals)), now,
                 creditId});
            !r)
            return r.error();
        QSqlQuery cancelOriginal(m_db);
        if (auto r = sql::exec(cancelOriginal,
                               QStringLiteral("UPDATE invoice SET status = 'cancelled' WHERE id = ?"),
                               {original.id});
            !r)
            return r.error();
        // The packs it sold are void: the client is paid back their whole price, so they cover no work
        // from their first day. What issued invoices already say they covered stays as those invoices
        // say (cancel those too to bill that work).
        QSqlQuery sold(m_db);
        sold.setForwardOnly(true);
        if (auto r = sql::exec(
                sold,
                QStringLiteral("SELECT DISTINCT p.id, p.starts_on FROM pack p JOIN invoice_line l "
                               "ON l.pack_id = p.id WHERE l.invoice_id = ? AND l.pack_role = 'sale'"),
                {original.id});
            !r)
            return r.error();
        QList<std::pair<qint64, QDate>> voided;
        while (sold.next())
            voided.append({sold.value(0).toLongLong(), dateOf(sold.value(1)).addDays(-1)});
        for (const auto &[packId, dayBefore] : voided) {
            QSqlQuery closePack(m_db);
            if (auto r = sql::exec(
                    closePack, QStringLiteral("UPDATE pack SET closed_on = ?, updated_at = ? WHERE id = ?"),
                    {dayBefore.toString(Qt::ISODate), now, packId});
                !r)
                return r.error();
        }
        // Its work is free to be billed again.
        for (const char *table : {"time_entry", "usage_record"}) {
            QSqlQuery free(m_db);
            if (auto r = sql::exec(free,
                                   QStringLiteral("UPDATE %1 SET invoice_id = NULL WHERE invoice_id = ?")
                                       .arg(QLatin1String(table)),
                                   {original.id});
                !r)
                return r.error();
        }
        return get(creditId);
    });
}

} // namespace minuta
