#include "invoicing/invoicerepository.h"

#include "invoicing/invoiceplan.h"
#include "invoicing/invoicerows.h"
#include "invoicing/invoicesnapshot.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "values/clock.h"
#include "values/timeutil.h"
#include "work/timeentryrepository.h"

#include <QSqlQuery>

// InvoiceRepository: reading invoices back: one with its lines, payments and credit, a filtered list,
// and the work one bills, for its timesheet.

namespace minuta {

using invoicerows::dateOf;

namespace {

const QString kInvoiceColumns = QStringLiteral(
    "i.id, i.kind, i.status, i.client_id, i.number, i.currency, i.issue_date, i.due_date, i.period_from, "
    "i.period_to, i.grouping, i.tax_profile_id, i.reverse_charge, i.withholding, i.contribution_rate, "
    "i.discount_percent, i.discount_amount, i.notes, i.credited_invoice_id, i.snapshot, i.created_at, "
    "i.updated_at, i.issued_at, (SELECT number FROM invoice WHERE id = i.credited_invoice_id), "
    "(SELECT id FROM invoice WHERE credited_invoice_id = i.id), "
    "(SELECT issue_date FROM invoice WHERE id = i.credited_invoice_id), i.exchange_rate");

InvoiceStatus statusFrom(const QString &s)
{
    if (s == QLatin1String("issued"))
        return InvoiceStatus::Issued;
    if (s == QLatin1String("cancelled"))
        return InvoiceStatus::Cancelled;
    return InvoiceStatus::Draft;
}

LineKind lineKindFrom(const QString &s)
{
    if (s == QLatin1String("time"))
        return LineKind::Time;
    if (s == QLatin1String("usage"))
        return LineKind::Usage;
    return LineKind::Manual;
}

} // namespace

Result<Invoice> InvoiceRepository::get(qint64 invoiceId) const
{
    QSqlQuery q(m_db);
    if (auto r = sql::exec(q, QStringLiteral("SELECT %1 FROM invoice i WHERE i.id = ?").arg(kInvoiceColumns),
                           {invoiceId});
        !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no invoice with id %1.").arg(invoiceId),
                     QStringLiteral("invoice"));
    Invoice i;
    i.id = q.value(0).toLongLong();
    i.kind = q.value(1).toString() == QLatin1String("credit_note") ? InvoiceKind::CreditNote
                                                                   : InvoiceKind::Invoice;
    i.status = statusFrom(q.value(2).toString());
    i.clientId = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        i.number = q.value(4).toString();
    i.currency = Currency::fromCode(q.value(5).toString()).value_or(Currency());
    i.issueDate = dateOf(q.value(6));
    i.dueDate = dateOf(q.value(7));
    if (!q.value(8).isNull())
        i.periodFrom = dateOf(q.value(8));
    if (!q.value(9).isNull())
        i.periodTo = dateOf(q.value(9));
    i.grouping = groupingFromName(q.value(10).toString()).value_or(Grouping::Entry);
    i.taxProfileId = q.value(11).toString();
    i.reverseCharge = q.value(12).toBool();
    i.withholding = q.value(13).toBool();
    i.contributionRate = TaxRate::fromMilliPercent(q.value(14).toLongLong());
    i.discountPercent = TaxRate::fromMilliPercent(q.value(15).toLongLong());
    i.discountAmount = Money(q.value(16).toLongLong(), i.currency);
    i.notes = q.value(17).toString();
    i.creditedInvoiceId = sql::optionalInt(q.value(18));
    const QByteArray snapshot = q.value(19).toString().toUtf8();
    i.createdAt = q.value(20).toLongLong();
    i.updatedAt = q.value(21).toLongLong();
    i.issuedAt = sql::optionalInt(q.value(22));
    if (!q.value(23).isNull())
        i.creditedNumber = q.value(23).toString();
    i.creditNoteId = sql::optionalInt(q.value(24));
    i.creditedIssueDate = dateOf(q.value(25));
    i.exchangeRate = sql::optionalInt(q.value(26));

    QSqlQuery lines(m_db);
    if (auto r =
            sql::exec(lines,
                      QStringLiteral("SELECT id, position, kind, description, seconds, quantity_milli, unit, "
                                     "unit_price, amount, tax_rate, nature, is_fee, discountable, "
                                     "unit_plural, sac, pack_id, pack_role FROM invoice_line "
                                     "WHERE invoice_id = ? ORDER BY position, id"),
                      {invoiceId});
        !r)
        return r.error();
    while (lines.next()) {
        InvoiceLine l;
        l.id = lines.value(0).toLongLong();
        l.position = lines.value(1).toInt();
        l.kind = lineKindFrom(lines.value(2).toString());
        l.description = lines.value(3).toString();
        l.seconds = sql::optionalInt(lines.value(4));
        l.quantity = Quantity::fromMilli(lines.value(5).toLongLong());
        l.unit = lines.value(6).toString();
        l.unitPrice = Money(lines.value(7).toLongLong(), i.currency);
        l.amount = Money(lines.value(8).toLongLong(), i.currency);
        if (const auto rate = sql::optionalInt(lines.value(9)))
            l.taxRate = TaxRate::fromMilliPercent(*rate);
        l.nature = lines.value(10).toString();
        l.isFee = lines.value(11).toBool();
        l.discountable = lines.value(12).toBool();
        l.unitPlural = lines.value(13).toString();
        l.sac = lines.value(14).toString();
        l.packId = sql::optionalInt(lines.value(15));
        const QString role = lines.value(16).toString();
        l.packRole = role == packRoleName(PackRole::Sale)      ? PackRole::Sale
                     : role == packRoleName(PackRole::Covered) ? PackRole::Covered
                                                               : PackRole::None;
        i.lines.append(l);
    }

    QSqlQuery payments(m_db);
    if (auto r = sql::exec(payments,
                           QStringLiteral("SELECT p.id, p.paid_on, p.amount, p.note, p.credit_note_id, "
                                          "(SELECT number FROM invoice WHERE id = p.credit_note_id) "
                                          "FROM payment p WHERE p.invoice_id = ? ORDER BY p.paid_on, p.id"),
                           {invoiceId});
        !r)
        return r.error();
    i.paid = Money::zero(i.currency);
    while (payments.next()) {
        Payment p;
        p.id = payments.value(0).toLongLong();
        p.invoiceId = invoiceId;
        p.date = dateOf(payments.value(1));
        p.amount = Money(payments.value(2).toLongLong(), i.currency);
        p.note = payments.value(3).toString();
        p.creditNoteId = sql::optionalInt(payments.value(4));
        if (!payments.value(5).isNull())
            p.creditNoteNumber = payments.value(5).toString();
        i.payments.append(p);
        i.paid = *i.paid.plus(p.amount);
    }

    if (i.status == InvoiceStatus::Draft) {
        auto parties = liveParties(i.clientId, i.taxProfileId);
        if (!parties)
            return parties.error();
        i.parties = parties.value();
        auto totals = invoiceplan::totalsOf(i);
        if (!totals)
            return totals.error();
        i.totals = totals.value();
    } else if (!invoicesnapshot::read(snapshot, i.currency, i.parties, i.totals)) {
        return Error(ErrorCode::Database,
                     tr("Invoice %1 is damaged: its frozen copy cannot be read.").arg(invoiceId));
    }
    i.balance = i.kind == InvoiceKind::Invoice && i.status == InvoiceStatus::Issued
                    ? *i.totals.due.minus(i.paid)
                    : Money::zero(i.currency);
    if (auto credit = loadCredit(i); !credit)
        return credit.error();
    return i;
}

Result<QList<InvoiceSummary>> InvoiceRepository::list(const InvoiceFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    const QDate today = timeutil::localDate(m_clock.nowSecs(), m_clock.timeZone());
    if (filter.clientId) {
        conditions << QStringLiteral("i.client_id = ?");
        values << *filter.clientId;
    }
    if (filter.status) {
        conditions << QStringLiteral("i.status = ?");
        values << invoiceStatusName(*filter.status);
    }
    if (filter.kind) {
        conditions << QStringLiteral("i.kind = ?");
        values << invoiceKindName(*filter.kind);
    }
    if (filter.from) {
        conditions << QStringLiteral("i.issue_date >= ?");
        values << filter.from->toString(Qt::ISODate);
    }
    if (filter.to) {
        conditions << QStringLiteral("i.issue_date <= ?");
        values << filter.to->toString(Qt::ISODate);
    }
    if (filter.onlyUnpaid || filter.onlyOverdue)
        conditions << QStringLiteral("i.kind = 'invoice' AND i.status = 'issued' AND i.due > paid");
    if (filter.onlyPaid)
        conditions << QStringLiteral("i.kind = 'invoice' AND i.status = 'issued' AND i.due <= paid");
    if (filter.onlyOverdue) {
        conditions << QStringLiteral("i.due_date < ?");
        values << today.toString(Qt::ISODate);
    }
    const QString where = conditions.isEmpty()
                              ? QString()
                              : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r = sql::exec(
            q,
            QStringLiteral("SELECT * FROM (SELECT i.id, i.kind, i.status, i.number, i.client_id, c.name, "
                           "i.issue_date, i.due_date, i.currency, i.total, i.due, "
                           "(SELECT coalesce(sum(amount), 0) FROM payment WHERE invoice_id = i.id) AS paid, "
                           "i.due_date AS due_date2, "
                           "CASE WHEN i.kind = 'credit_note' THEN i.carried_paid "
                           "- (SELECT coalesce(sum(amount), 0) FROM refund WHERE credit_note_id = i.id) "
                           "- (SELECT coalesce(sum(amount), 0) FROM payment WHERE credit_note_id = i.id) "
                           "ELSE 0 END AS owed_back, "
                           "(SELECT last_exported_at FROM einvoice WHERE invoice_id = i.id) AS exported "
                           "FROM invoice i JOIN client c ON c.id = i.client_id) i")
                + where + QStringLiteral(" ORDER BY (i.status = 'draft') DESC, i.issue_date DESC, i.id DESC"),
            values);
        !r)
        return r.error();
    QList<InvoiceSummary> list;
    while (q.next()) {
        InvoiceSummary s;
        s.id = q.value(0).toLongLong();
        s.kind = q.value(1).toString() == QLatin1String("credit_note") ? InvoiceKind::CreditNote
                                                                       : InvoiceKind::Invoice;
        s.status = statusFrom(q.value(2).toString());
        if (!q.value(3).isNull())
            s.number = q.value(3).toString();
        s.clientId = q.value(4).toLongLong();
        s.clientName = q.value(5).toString();
        s.issueDate = dateOf(q.value(6));
        s.dueDate = dateOf(q.value(7));
        const Currency c = Currency::fromCode(q.value(8).toString()).value_or(Currency());
        s.total = Money(q.value(9).toLongLong(), c);
        s.due = Money(q.value(10).toLongLong(), c);
        s.paid = Money(q.value(11).toLongLong(), c);
        const bool open = s.kind == InvoiceKind::Invoice && s.status == InvoiceStatus::Issued;
        s.owedBack = Money(q.value(13).toLongLong(), c);
        s.balance = open ? Money(s.due.minorUnits() - s.paid.minorUnits(), c) : *s.owedBack.negated();
        s.paymentState = s.paid.minorUnits() <= 0      ? PaymentState::Unpaid
                         : s.balance.minorUnits() <= 0 ? PaymentState::Paid
                                                       : PaymentState::PartlyPaid;
        s.overdue = open && s.balance.minorUnits() > 0 && s.dueDate < today;
        if (!q.value(14).isNull())
            s.einvoiceExported = q.value(14).toLongLong();
        list.append(s);
    }
    return list;
}

Result<BilledWork> InvoiceRepository::billedWork(qint64 invoiceId) const
{
    BilledWork work;
    QSqlQuery q(m_db);
    if (auto r = sql::exec(q,
                           // An entry a pack covered in part is on two lines (the pack's, and the
                           // rest's): the timesheet shows it once, with both parts.
                           QStringLiteral("SELECT e.entry_id, sum(e.billed_seconds), sum(e.amount), "
                                          "min(i.currency) "
                                          "FROM invoice_line_entry e JOIN invoice_line l ON l.id = e.line_id "
                                          "JOIN invoice i ON i.id = l.invoice_id "
                                          "JOIN time_entry t ON t.id = e.entry_id "
                                          "WHERE l.invoice_id = ? GROUP BY e.entry_id, t.start_at "
                                          "ORDER BY t.start_at, e.entry_id"),
                           {invoiceId});
        !r)
        return r.error();
    struct Row
    {
        qint64 id;
        std::optional<qint64> billed;
        std::optional<qint64> amount;
        QString currency;
    };
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(),
                     q.value(1).isNull() ? std::nullopt : std::optional<qint64>(q.value(1).toLongLong()),
                     q.value(2).isNull() ? std::nullopt : std::optional<qint64>(q.value(2).toLongLong()),
                     q.value(3).toString()});
    TimeEntryRepository entries(m_database, m_clock);
    for (const Row &row : std::as_const(rows)) {
        auto e = entries.get(row.id);
        if (!e)
            return e.error();
        BilledTime t;
        t.entry = *e;
        // Lines made before the billed time was kept bill the raw time as far as anyone can tell.
        t.billedSeconds = row.billed.value_or(e->durationSeconds(e->end.value_or(e->start)));
        if (row.amount)
            if (const auto currency = Currency::fromCode(row.currency))
                t.amount = Money(*row.amount, *currency);
        work.time.append(t);
    }

    QSqlQuery u(m_db);
    if (auto r = sql::exec(u,
                           QStringLiteral("SELECT r.id, r.at, min(s.name), "
                                          "sum(coalesce(lu.quantity_milli, r.quantity_milli)), min(s.unit), "
                                          "min(s.unit_plural), min(r.note) FROM invoice_line_usage lu "
                                          "JOIN invoice_line l ON l.id = lu.line_id "
                                          "JOIN usage_record r ON r.id = lu.usage_id "
                                          "JOIN service s ON s.id = r.service_id "
                                          "WHERE l.invoice_id = ? GROUP BY r.id, r.at ORDER BY r.at, r.id"),
                           {invoiceId});
        !r)
        return r.error();
    while (u.next()) {
        BilledUnits b;
        b.usageId = u.value(0).toLongLong();
        b.at = u.value(1).toLongLong();
        b.service = u.value(2).toString();
        b.quantity = Quantity::fromMilli(u.value(3).toLongLong());
        b.unit = u.value(4).toString();
        b.unitPlural = u.value(5).toString();
        b.note = u.value(6).toString();
        work.usage.append(b);
    }
    return work;
}

} // namespace minuta
