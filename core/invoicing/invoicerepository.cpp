#include "invoicing/invoicerepository.h"

#include "business/business.h"
#include "business/taxprofile.h"
#include "clients/clientrepository.h"
#include "invoicing/invoicenumber.h"
#include "invoicing/invoiceplan.h"
#include "invoicing/invoicesnapshot.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/clock.h"
#include "values/filenames.h"
#include "values/timeutil.h"
#include "values/validation.h"
#include "work/timeentryrepository.h"
#include "work/unbilledwork.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace minuta {

namespace {

const QString kInvoiceColumns = QStringLiteral(
    "i.id, i.kind, i.status, i.client_id, i.number, i.currency, i.issue_date, i.due_date, i.period_from, "
    "i.period_to, i.grouping, i.tax_profile_id, i.reverse_charge, i.withholding, i.contribution_rate, "
    "i.discount_percent, i.discount_amount, i.notes, i.credited_invoice_id, i.snapshot, i.created_at, "
    "i.updated_at, i.issued_at, (SELECT number FROM invoice WHERE id = i.credited_invoice_id), "
    "(SELECT id FROM invoice WHERE credited_invoice_id = i.id), "
    "(SELECT issue_date FROM invoice WHERE id = i.credited_invoice_id), i.exchange_rate");

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant dateValue(const std::optional<QDate> &d)
{
    return d && d->isValid() ? QVariant(d->toString(Qt::ISODate)) : QVariant();
}

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
                "unit_plural, sac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {invoiceId, line.position, lineKindName(line.kind), line.description, sql::nullable(line.seconds),
             line.quantity.milli(), line.unit, line.unitPrice.minorUnits(), line.amount.minorUnits(),
             optionalRate(line.taxRate), line.nature, line.isFee ? 1 : 0, line.discountable ? 1 : 0,
             line.unitPlural, line.sac});
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
    return invoiceplan::plan(*client, *business, *profile, *statement, planned);
}

Result<InvoiceRepository::Drafted> InvoiceRepository::preview(const DraftRequest &request) const
{
    auto planned = plan(request);
    if (!planned)
        return planned.error();
    return Drafted{planned->invoice, planned->warnings};
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
                    "reverse_charge, withholding, contribution_rate, exchange_rate, created_at, updated_at) "
                    "VALUES ('invoice', 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {i.clientId, i.currency.code(), i.issueDate.toString(Qt::ISODate),
                 i.dueDate.toString(Qt::ISODate), dateValue(i.periodFrom), dateValue(i.periodTo),
                 groupingName(i.grouping), i.taxProfileId, i.reverseCharge ? 1 : 0, i.withholding ? 1 : 0,
                 i.contributionRate.milliPercent(), sql::nullable(i.exchangeRate), now, now});
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
                if (auto r = claim("time_entry", e.entryId); !r)
                    return r.error();
            }
            for (qint64 usageId : planned->usage[k]) {
                QSqlQuery l(m_db);
                if (auto r = sql::exec(
                        l, QStringLiteral("INSERT INTO invoice_line_usage (line_id, usage_id) VALUES (?, ?)"),
                        {lineId, usageId});
                    !r)
                    return r.error();
                if (auto r = claim("usage_record", usageId); !r)
                    return r.error();
            }
        }
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
    if (line.kind == LineKind::Manual) {
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
    return inTransaction(m_db, [&]() -> Result<Invoice> {
        QSqlQuery freeTime(m_db);
        if (auto r = sql::exec(freeTime,
                               QStringLiteral("UPDATE time_entry SET invoice_id = NULL WHERE id IN "
                                              "(SELECT entry_id FROM invoice_line_entry WHERE line_id = ?)"),
                               {lineId});
            !r)
            return r.error();
        QSqlQuery freeUsage(m_db);
        if (auto r = sql::exec(freeUsage,
                               QStringLiteral("UPDATE usage_record SET invoice_id = NULL WHERE id IN "
                                              "(SELECT usage_id FROM invoice_line_usage WHERE line_id = ?)"),
                               {lineId});
            !r)
            return r.error();
        QSqlQuery remove(m_db);
        if (auto r = sql::exec(remove, QStringLiteral("DELETE FROM invoice_line WHERE id = ?"), {lineId}); !r)
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
        QSqlQuery q(m_db);
        if (auto r = sql::exec(q, QStringLiteral("DELETE FROM invoice WHERE id = ?"), {invoiceId}); !r)
            return r.error();
        return invoice.value();
    });
}

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
    if (auto rate = checkExchangeRate(i, exchangeRate); !rate)
        return rate.error();
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
                                     "unit_plural, sac FROM invoice_line "
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
                           "ELSE 0 END AS owed_back "
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
        list.append(s);
    }
    return list;
}

Result<BilledWork> InvoiceRepository::billedWork(qint64 invoiceId) const
{
    BilledWork work;
    QSqlQuery q(m_db);
    if (auto r = sql::exec(q,
                           QStringLiteral("SELECT e.entry_id, e.billed_seconds, e.amount, i.currency "
                                          "FROM invoice_line_entry e JOIN invoice_line l ON l.id = e.line_id "
                                          "JOIN invoice i ON i.id = l.invoice_id "
                                          "JOIN time_entry t ON t.id = e.entry_id "
                                          "WHERE l.invoice_id = ? ORDER BY t.start_at, t.id"),
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
    if (auto r =
            sql::exec(u,
                      QStringLiteral("SELECT r.id, r.at, s.name, r.quantity_milli, s.unit, s.unit_plural, "
                                     "r.note FROM invoice_line_usage lu "
                                     "JOIN invoice_line l ON l.id = lu.line_id "
                                     "JOIN usage_record r ON r.id = lu.usage_id "
                                     "JOIN service s ON s.id = r.service_id "
                                     "WHERE l.invoice_id = ? ORDER BY r.at, r.id"),
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
