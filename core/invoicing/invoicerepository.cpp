#include "invoicing/invoicerepository.h"

#include "business/business.h"
#include "business/taxprofile.h"
#include "clients/clientrepository.h"
#include "invoicing/invoiceplan.h"
#include "invoicing/invoicerows.h"
#include "invoicing/packdraws.h"
#include "invoicing/packrepository.h"
#include "invoicing/recurring.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/clock.h"
#include "values/filenames.h"
#include "values/timeutil.h"
#include "values/validation.h"
#include "work/unbilledwork.h"

#include <QSqlError>
#include <QSqlQuery>

#include <set>

// InvoiceRepository, part one: drafts, from the unbilled work to the lines and totals. Issuing is in
// invoiceissuing.cpp, payments and credit in invoicepayments.cpp, reading back in invoicequeries.cpp.

namespace minuta {

using invoicerows::dateValue;

namespace {

QVariant optionalRate(const std::optional<TaxRate> &rate)
{
    return rate ? QVariant(rate->milliPercent()) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

InvoiceRepository::InvoiceRepository(const Database &db, const Clock &clock)
    : m_database(db), m_db(db), m_clock(clock)
{}

QString InvoiceRepository::defaultFileName(const Invoice &invoice)
{
    QString name = invoice.number.value_or(tr("Draft %1").arg(invoice.id)) + QLatin1Char(' ')
                   + invoice.parties.client.name;
    return filenames::safeStem(name, QStringLiteral("invoice-")) + QStringLiteral(".pdf");
}

Result<InvoiceParties> InvoiceRepository::liveParties(qint64 clientId, const QString &taxProfileId) const
{
    InvoiceParties parties;
    auto business = BusinessRepository(m_database, m_clock).get();
    if (!business)
        return business.error();
    parties.business = *business;
    auto client = ClientRepository(m_database, m_clock).get(clientId);
    if (!client)
        return client.error();
    parties.client = *client;
    auto profile = TaxProfiles(m_database).get(taxProfileId);
    if (!profile)
        return profile.error();
    parties.profile = *profile;
    return parties;
}

Result<void> InvoiceRepository::storeTotals(qint64 invoiceId, const invoicecalc::Totals &t)
{
    QSqlQuery q(m_db);
    if (auto r = sql::exec(
            q,
            QStringLiteral("UPDATE invoice SET net = ?, contribution = ?, tax = ?, withholding_amount = ?, "
                           "stamp_duty = ?, total = ?, due = ? WHERE id = ?"),
            {t.net.minorUnits(), t.contribution.minorUnits(), t.tax.minorUnits(), t.withholding.minorUnits(),
             t.stampDutyCharged ? t.stampDuty.minorUnits() : qint64(0), t.total.minorUnits(),
             t.due.minorUnits(), invoiceId});
        !r)
        return r;
    QSqlQuery clear(m_db);
    if (auto r =
            sql::exec(clear, QStringLiteral("DELETE FROM invoice_tax WHERE invoice_id = ?"), {invoiceId});
        !r)
        return r;
    int position = 1;
    for (const invoicecalc::Tax &tax : t.taxes) {
        QSqlQuery insert(m_db);
        if (auto r = sql::exec(
                insert,
                QStringLiteral("INSERT INTO invoice_tax (invoice_id, position, name, rate, base, amount) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {invoiceId, position++, tax.nameEn, tax.rate.milliPercent(), tax.base.minorUnits(),
                 tax.amount.minorUnits()});
            !r)
            return r;
    }
    return {};
}

Result<void> InvoiceRepository::insertLine(qint64 invoiceId, const InvoiceLine &line, qint64 &lineId)
{
    QSqlQuery q(m_db);
    if (auto r = sql::exec(
            q,
            QStringLiteral(
                "INSERT INTO invoice_line (invoice_id, position, kind, description, seconds, "
                "quantity_milli, unit, unit_price, amount, tax_rate, nature, is_fee, discountable, "
                "unit_plural, sac, pack_id, pack_role) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {invoiceId, line.position, lineKindName(line.kind), line.description, sql::nullable(line.seconds),
             line.quantity.milli(), line.unit, line.unitPrice.minorUnits(), line.amount.minorUnits(),
             optionalRate(line.taxRate), line.nature, line.isFee ? 1 : 0, line.discountable ? 1 : 0,
             line.unitPlural, line.sac, sql::nullable(line.packId), packRoleName(line.packRole)});
        !r) {
        if (q.lastError().databaseText().contains(QLatin1String("cannot be changed")))
            return Error(ErrorCode::Conflict, tr("The invoice is issued, so it can no longer change."),
                         QStringLiteral("invoice"));
        return r;
    }
    lineId = sql::lastInsertId(q);
    return {};
}

Result<void> InvoiceRepository::touch(qint64 invoiceId)
{
    QSqlQuery q(m_db);
    return sql::exec(q, QStringLiteral("UPDATE invoice SET updated_at = ? WHERE id = ?"),
                     {m_clock.nowSecs(), invoiceId});
}

Result<Invoice> InvoiceRepository::recomputeAndGet(qint64 invoiceId)
{
    auto invoice = get(invoiceId);
    if (!invoice)
        return invoice.error();
    auto totals = invoiceplan::totalsOf(*invoice);
    if (!totals)
        return totals.error();
    if (auto stored = storeTotals(invoiceId, *totals); !stored)
        return stored.error();
    if (auto touched = touch(invoiceId); !touched)
        return touched.error();
    return get(invoiceId);
}

Result<invoiceplan::Plan> InvoiceRepository::plan(const DraftRequest &request) const
{
    auto client = ClientRepository(m_database, m_clock).get(request.clientId);
    if (!client)
        return client.error();
    if (client->archived)
        return Error(ErrorCode::Conflict,
                     tr("“%1” is archived; bring the client back before invoicing them.").arg(client->name),
                     QStringLiteral("client"));
    auto business = BusinessRepository(m_database, m_clock).get();
    if (!business)
        return business.error();
    const QString profileId = client->taxProfileId.isEmpty() ? business->taxProfileId : client->taxProfileId;
    auto profile = TaxProfiles(m_database).get(profileId);
    if (!profile)
        return profile.error();

    UnbilledWork unbilled(m_database, m_clock);
    auto inputs = unbilled.inputs(*client, request.from, request.to);
    if (!inputs)
        return inputs.error();
    if (request.workless && request.allowEmpty) {
        inputs->entries.clear();
        inputs->usage.clear();
    }
    auto statement = billing::calculate(*inputs);
    if (!statement)
        return statement.error();
    if (statement->time.isEmpty() && statement->usage.isEmpty() && !request.allowEmpty) {
        const QString when = request.from && request.to ? tr(" from %1 to %2")
                                                              .arg(request.from->toString(Qt::ISODate),
                                                                   request.to->toString(Qt::ISODate))
                                                        : QString();
        return Error(ErrorCode::Conflict, tr("There is no unbilled work for %1%2.").arg(client->name, when),
                     QStringLiteral("period"));
    }

    const QTimeZone zone = m_clock.timeZone();
    const QDate today = timeutil::localDate(m_clock.nowSecs(), zone);
    const QDate issueDate = request.issueDate.value_or(today);
    if (!issueDate.isValid())
        return Error(ErrorCode::InvalidInput, tr("The issue date is not a date."), QStringLiteral("date"));
    if (auto usual = validation::checkUsualDate(issueDate, today, request.unusualDate, QStringLiteral("date"),
                                                tr("The issue date"));
        !usual)
        return usual.error();

    invoiceplan::Request planned;
    planned.grouping = request.grouping;
    planned.from = request.from;
    planned.to = request.to;
    planned.issueDate = issueDate;
    planned.zone = zone;
    if (client->currency.code() != QLatin1String("EUR")) {
        auto last = lastExchangeRate(client->currency);
        if (!last)
            return last.error();
        planned.exchangeRate = *last;
    }
    invoiceplan::Coverage none;
    auto coverage = request.workless ? Result<invoiceplan::Coverage>(none)
                                     : PackRepository(m_database, m_clock).coverage(*client);
    if (!coverage)
        return coverage.error();
    return invoiceplan::plan(*client, *business, *profile, *statement, planned,
                             coverage->packs.isEmpty() ? nullptr : &*coverage);
}

Result<InvoiceRepository::Drafted> InvoiceRepository::preview(const DraftRequest &request) const
{
    auto planned = plan(request);
    if (!planned)
        return planned.error();
    return Drafted{planned->invoice, planned->warnings};
}

Result<InvoiceRepository::Batch> InvoiceRepository::createDrafts(QDate from, QDate to, Grouping grouping)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error(ErrorCode::InvalidInput, tr("Choose a period whose end is not before its start."),
                     QStringLiteral("period"));
    auto clients = ClientRepository(m_database, m_clock).list();
    if (!clients)
        return clients.error();
    Batch batch;
    for (const Client &client : std::as_const(*clients)) {
        DraftRequest request;
        request.clientId = client.id;
        request.from = from;
        request.to = to;
        request.grouping = grouping;
        auto drafted = createDraft(request);
        // Nothing to bill in the period is no refusal: the client is left out. (The other refusal
        // about the period, work billed meanwhile, needs another writer, which the file's lock keeps
        // out while the batch runs.)
        if (!drafted && drafted.error().field() == QLatin1String("period"))
            continue;
        if (drafted)
            batch.drafted.append(*drafted);
        else
            batch.refused.append(Batch::Refusal{client.id, client.name, drafted.error()});
    }
    return batch;
}

Result<InvoiceRepository::Drafted> InvoiceRepository::createDraft(const DraftRequest &request)
{
    auto planned = plan(request);
    if (!planned)
        return planned.error();
    const Invoice &i = planned->invoice;
    const qint64 now = m_clock.nowSecs();
    auto created = inTransaction(m_db, [&]() -> Result<qint64> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(
                q,
                QStringLiteral(
                    "INSERT INTO invoice (kind, status, client_id, currency, issue_date, "
                    "due_date, period_from, period_to, grouping, tax_profile_id, "
                    "reverse_charge, withholding, contribution_rate, exchange_rate, created_at, updated_at, "
                    "packs_drawn) VALUES ('invoice', 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {i.clientId, i.currency.code(), i.issueDate.toString(Qt::ISODate),
                 i.dueDate.toString(Qt::ISODate), dateValue(i.periodFrom), dateValue(i.periodTo),
                 groupingName(i.grouping), i.taxProfileId, i.reverseCharge ? 1 : 0, i.withholding ? 1 : 0,
                 i.contributionRate.milliPercent(), sql::nullable(i.exchangeRate), now, now,
                 planned->packsDrawn ? 1 : 0});
            !r)
            return r.error();
        const qint64 invoiceId = sql::lastInsertId(q);
        // Marks work as billed by this draft; refused when another invoice took it meanwhile.
        const auto claim = [&](const char *workTable, qint64 id) -> Result<void> {
            QSqlQuery w(m_db);
            if (auto r = sql::exec(
                    w,
                    QStringLiteral("UPDATE %1 SET invoice_id = ? WHERE id = ? AND invoice_id IS NULL")
                        .arg(QLatin1String(workTable)),
                    {invoiceId, id});
                !r)
                return r;
            if (w.numRowsAffected() != 1)
                return Error(ErrorCode::Conflict,
                             tr("Some of this work was billed meanwhile; make the draft again."),
                             QStringLiteral("period"));
            return {};
        };
        std::set<qint64> claimedTime;
        std::set<qint64> claimedUsage;
        for (qsizetype k = 0; k < i.lines.size(); ++k) {
            qint64 lineId = 0;
            if (auto r = insertLine(invoiceId, i.lines[k], lineId); !r)
                return r.error();
            for (const invoiceplan::BilledEntry &e : planned->entries[k]) {
                QSqlQuery l(m_db);
                if (auto r = sql::exec(l,
                                       QStringLiteral("INSERT INTO invoice_line_entry (line_id, entry_id, "
                                                      "billed_seconds, amount) VALUES (?, ?, ?, ?)"),
                                       {lineId, e.entryId, e.billedSeconds, e.amount.minorUnits()});
                    !r)
                    return r.error();
                // Work split between a pack's line and the rest appears on two lines, claimed once.
                if (claimedTime.insert(e.entryId).second)
                    if (auto r = claim("time_entry", e.entryId); !r)
                        return r.error();
            }
            for (const invoiceplan::BilledUsage &u : planned->usage[k]) {
                QSqlQuery l(m_db);
                if (auto r = sql::exec(
                        l,
                        QStringLiteral("INSERT INTO invoice_line_usage (line_id, usage_id, "
                                       "quantity_milli, amount) VALUES (?, ?, ?, ?)"),
                        {lineId, u.usageId,
                         u.quantity ? QVariant(u.quantity->milli()) : QVariant(QMetaType::fromType<qint64>()),
                         u.amount ? QVariant(u.amount->minorUnits())
                                  : QVariant(QMetaType::fromType<qint64>())});
                    !r)
                    return r.error();
                if (claimedUsage.insert(u.usageId).second)
                    if (auto r = claim("usage_record", u.usageId); !r)
                        return r.error();
            }
        }
        if (planned->packsDrawn)
            if (auto r = packdraws::store(m_db, invoiceId, planned->drawnTime, planned->drawnUnits); !r)
                return r.error();
        if (auto stored = storeTotals(invoiceId, i.totals); !stored)
            return stored.error();
        return invoiceId;
    });
    if (!created)
        return created.error();
    auto invoice = get(*created);
    if (!invoice)
        return invoice.error();
    return Drafted{invoice.value(), planned->warnings};
}

Result<std::optional<qint64>> InvoiceRepository::lastExchangeRate(Currency currency) const
{
    auto rate = sql::scalar(m_db,
                            // One row always, NULL when no invoice in this currency has a rate yet.
                            QStringLiteral("SELECT (SELECT exchange_rate FROM invoice WHERE currency = ? AND "
                                           "exchange_rate IS NOT NULL AND status <> 'draft' "
                                           "ORDER BY issue_date DESC, id DESC LIMIT 1)"),
                            {currency.code()});
    if (!rate)
        return rate.error();
    return sql::optionalInt(*rate);
}

Result<Invoice> InvoiceRepository::loadDraft(qint64 invoiceId) const
{
    auto invoice = get(invoiceId);
    if (!invoice)
        return invoice.error();
    if (invoice->status != InvoiceStatus::Draft)
        return Error(
            ErrorCode::Conflict,
            tr("Invoice %1 is issued, so it can no longer change.").arg(invoice->number.value_or(QString())),
            QStringLiteral("invoice"));
    return invoice;
}

Result<Invoice> InvoiceRepository::addLine(qint64 invoiceId, InvoiceLine line)
{
    auto invoice = loadDraft(invoiceId);
    if (!invoice)
        return invoice.error();
    line.kind = LineKind::Manual;
    line.seconds.reset();
    line.description = validation::cleanText(line.description);
    line.unit = validation::cleanLine(line.unit);
    if (line.unitPrice.isValid() && line.unitPrice.currency() != invoice->currency)
        return Error(ErrorCode::InvalidInput,
                     tr("The price must be in the invoice's currency (%1).").arg(invoice->currency.code()),
                     QStringLiteral("price"));
    if (auto valid = line.validate(); !valid)
        return valid.error();
    auto amount = line.quantity.times(line.unitPrice);
    if (!amount)
        return amount.error();
    line.amount = *amount;
    line.nature = invoiceplan::defaultNature(line, invoice->reverseCharge, invoice->parties.profile);
    line.position = invoice->lines.isEmpty() ? 1 : invoice->lines.last().position + 1;
    return inTransaction(m_db, [&]() -> Result<Invoice> {
        qint64 lineId = 0;
        if (auto r = insertLine(invoiceId, line, lineId); !r)
            return r.error();
        return recomputeAndGet(invoiceId);
    });
}

Result<Invoice> InvoiceRepository::updateLine(qint64 invoiceId, const InvoiceLine &changed)
{
    auto invoice = loadDraft(invoiceId);
    if (!invoice)
        return invoice.error();
    const InvoiceLine *existing = nullptr;
    for (const InvoiceLine &l : invoice->lines)
        if (l.id == changed.id)
            existing = &l;
    if (!existing)
        return Error(ErrorCode::NotFound, tr("The invoice has no line %1.").arg(changed.id),
                     QStringLiteral("line"));
    InvoiceLine line = *existing;
    line.description = validation::cleanText(changed.description);
    line.taxRate = changed.taxRate;
    line.nature = changed.nature;
    // A pack's sale keeps the pack's price: it changes with the pack.
    if (line.kind == LineKind::Manual && line.packRole != PackRole::Sale) {
        line.quantity = changed.quantity;
        line.unit = validation::cleanLine(changed.unit);
        line.unitPrice = changed.unitPrice;
        line.isFee = changed.isFee;
        line.discountable = changed.discountable;
        if (line.unitPrice.isValid() && line.unitPrice.currency() != invoice->currency)
            return Error(
                ErrorCode::InvalidInput,
                tr("The price must be in the invoice's currency (%1).").arg(invoice->currency.code()),
                QStringLiteral("price"));
    }
    line.nature = invoiceplan::defaultNature(line, invoice->reverseCharge, invoice->parties.profile);
    if (auto valid = line.validate(); !valid)
        return valid.error();
    if (line.kind == LineKind::Manual) {
        auto amount = line.quantity.times(line.unitPrice);
        if (!amount)
            return amount.error();
        line.amount = *amount;
    }
    return inTransaction(m_db, [&]() -> Result<Invoice> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(
                q,
                QStringLiteral("UPDATE invoice_line SET description = ?, quantity_milli = ?, unit = ?, "
                               "unit_price = ?, amount = ?, tax_rate = ?, nature = ?, is_fee = ?, "
                               "discountable = ?, unit_plural = ?, sac = ? WHERE id = ? AND invoice_id = ?"),
                {line.description, line.quantity.milli(), line.unit, line.unitPrice.minorUnits(),
                 line.amount.minorUnits(), optionalRate(line.taxRate), line.nature, line.isFee ? 1 : 0,
                 line.discountable ? 1 : 0, line.unitPlural, line.sac, line.id, invoiceId});
            !r)
            return r.error();
        return recomputeAndGet(invoiceId);
    });
}

Result<Invoice> InvoiceRepository::removeLine(qint64 invoiceId, qint64 lineId)
{
    auto invoice = loadDraft(invoiceId);
    if (!invoice)
        return invoice.error();
    bool found = false;
    for (const InvoiceLine &l : invoice->lines)
        found = found || l.id == lineId;
    if (!found)
        return Error(ErrorCode::NotFound, tr("The invoice has no line %1.").arg(lineId),
                     QStringLiteral("line"));
    // Work a prepaid pack covered in part is on two lines, the pack's and the rest's: one alone cannot
    // go, or the other part would be billed twice or never.
    auto shared = sql::scalar(
        m_db,
        QStringLiteral("SELECT (SELECT count(*) FROM invoice_line_entry a JOIN invoice_line_entry b "
                       "  ON b.entry_id = a.entry_id AND b.line_id <> a.line_id "
                       "  JOIN invoice_line l ON l.id = b.line_id WHERE a.line_id = ? AND l.invoice_id = ?) "
                       "+ (SELECT count(*) FROM invoice_line_usage a JOIN invoice_line_usage b "
                       "  ON b.usage_id = a.usage_id AND b.line_id <> a.line_id "
                       "  JOIN invoice_line l ON l.id = b.line_id WHERE a.line_id = ? AND l.invoice_id = ?)"),
        {lineId, invoiceId, lineId, invoiceId});
    if (!shared)
        return shared.error();
    if (shared->toLongLong() > 0)
        return Error(ErrorCode::Conflict,
                     tr("Part of this line's work is covered by a prepaid pack on another line; delete the "
                        "draft and make it again to bill that work differently."),
                     QStringLiteral("line"));
    auto sold = packsSoldOn(invoiceId, lineId);
    if (!sold)
        return sold.error();
    return inTransaction(m_db, [&]() -> Result<Invoice> {
        QSqlQuery freeTime(m_db);
        if (auto r = sql::exec(freeTime,
                               QStringLiteral("UPDATE time_entry SET invoice_id = NULL WHERE id IN "
                                              "(SELECT entry_id FROM invoice_line_entry WHERE line_id = ?) "
                                              "AND id NOT IN (SELECT e.entry_id FROM invoice_line_entry e "
                                              "JOIN invoice_line l ON l.id = e.line_id "
                                              "WHERE l.invoice_id = ? AND l.id <> ?)"),
                               {lineId, invoiceId, lineId});
            !r)
            return r.error();
        QSqlQuery freeUsage(m_db);
        if (auto r = sql::exec(freeUsage,
                               QStringLiteral("UPDATE usage_record SET invoice_id = NULL WHERE id IN "
                                              "(SELECT usage_id FROM invoice_line_usage WHERE line_id = ?) "
                                              "AND id NOT IN (SELECT u.usage_id FROM invoice_line_usage u "
                                              "JOIN invoice_line l ON l.id = u.line_id "
                                              "WHERE l.invoice_id = ? AND l.id <> ?)"),
                               {lineId, invoiceId, lineId});
            !r)
            return r.error();
        QSqlQuery remove(m_db);
        if (auto r = sql::exec(remove, QStringLiteral("DELETE FROM invoice_line WHERE id = ?"), {lineId}); !r)
            return r.error();
        if (auto r = packdraws::prune(m_db, invoiceId); !r)
            return r.error();
        // A pack goes with its sale.
        if (auto r = dropPacks(*sold); !r)
            return r.error();
        return recomputeAndGet(invoiceId);
    });
}

Result<Invoice> InvoiceRepository::updateDraft(qint64 invoiceId, const DraftChanges &changes)
{
    auto invoice = loadDraft(invoiceId);
    if (!invoice)
        return invoice.error();
    Invoice i = *invoice;
    if (changes.issueDate) {
        if (!changes.issueDate->isValid())
            return Error(ErrorCode::InvalidInput, tr("The issue date is not a date."),
                         QStringLiteral("date"));
        // A date confirmed earlier stays through edits that keep it (the dialog sends every field).
        const QDate today = timeutil::localDate(m_clock.nowSecs(), m_clock.timeZone());
        if (*changes.issueDate != i.issueDate) {
            if (auto usual = validation::checkUsualDate(*changes.issueDate, today, changes.unusualDate,
                                                        QStringLiteral("date"), tr("The issue date"));
                !usual)
                return usual.error();
        }
        const qint64 terms = i.issueDate.daysTo(i.dueDate);
        i.issueDate = *changes.issueDate;
        i.dueDate = i.issueDate.addDays(terms);
    }
    if (changes.dueDate)
        i.dueDate = *changes.dueDate;
    if (!i.dueDate.isValid() || i.dueDate < i.issueDate)
        return Error(ErrorCode::InvalidInput, tr("The due date cannot be before the issue date."),
                     QStringLiteral("due"));
    if (changes.discountPercent) {
        if (changes.discountPercent->milliPercent() < 0
            || changes.discountPercent->milliPercent() > TaxRate::Hundred)
            return Error(ErrorCode::InvalidInput, tr("The discount is between 0 and 100 %."),
                         QStringLiteral("discount"));
        i.discountPercent = *changes.discountPercent;
    }
    if (changes.discountAmount) {
        if (changes.discountAmount->currency() != i.currency || changes.discountAmount->isNegative())
            return Error(ErrorCode::InvalidInput,
                         tr("The discount must be zero or more, in %1.").arg(i.currency.code()),
                         QStringLiteral("discount"));
        i.discountAmount = *changes.discountAmount;
    }
    if (changes.exchangeRate) {
        if (auto rate = checkExchangeRate(i, *changes.exchangeRate); !rate)
            return rate.error();
    }
    if (changes.notes) {
        i.notes = validation::cleanText(*changes.notes);
        if (auto r = validation::checkText(i.notes, 5000, QStringLiteral("notes"), tr("The notes"), false);
            !r)
            return r.error();
    }
    // A discount larger than the invoice is refused before anything is stored.
    if (auto totals = invoiceplan::totalsOf(i); !totals)
        return totals.error();
    return inTransaction(m_db, [&]() -> Result<Invoice> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(
                q,
                QStringLiteral("UPDATE invoice SET issue_date = ?, due_date = ?, discount_percent = ?, "
                               "discount_amount = ?, notes = ?, exchange_rate = ? WHERE id = ?"),
                {i.issueDate.toString(Qt::ISODate), i.dueDate.toString(Qt::ISODate),
                 i.discountPercent.milliPercent(), i.discountAmount.minorUnits(), i.notes,
                 sql::nullable(i.exchangeRate), invoiceId});
            !r)
            return r.error();
        return recomputeAndGet(invoiceId);
    });
}

Result<Invoice> InvoiceRepository::deleteDraft(qint64 invoiceId)
{
    auto invoice = loadDraft(invoiceId);
    if (!invoice)
        return invoice.error();
    auto sold = packsSoldOn(invoiceId, std::nullopt);
    if (!sold)
        return sold.error();
    return inTransaction(m_db, [&]() -> Result<Invoice> {
        for (const char *table : {"time_entry", "usage_record"}) {
            QSqlQuery q(m_db);
            if (auto r = sql::exec(q,
                                   QStringLiteral("UPDATE %1 SET invoice_id = NULL WHERE invoice_id = ?")
                                       .arg(QLatin1String(table)),
                                   {invoiceId});
                !r)
                return r.error();
        }
        // The fee periods it bills go on the next draft instead.
        if (auto r = givePeriodsBack(m_db, invoiceId); !r)
            return r.error();
        QSqlQuery q(m_db);
        if (auto r = sql::exec(q, QStringLiteral("DELETE FROM invoice WHERE id = ?"), {invoiceId}); !r)
            return r.error();
        // The packs it sold go with it.
        if (auto r = dropPacks(*sold); !r)
            return r.error();
        return invoice.value();
    });
}

} // namespace minuta
