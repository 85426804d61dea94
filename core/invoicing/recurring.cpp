#include "invoicing/recurring.h"

#include "clients/clientrepository.h"
#include "invoicing/invoicelabels.h"
#include "invoicing/invoiceplan.h"
#include "invoicing/invoicerepository.h"
#include "invoicing/invoicerows.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/clock.h"
#include "values/timeutil.h"
#include "values/validation.h"

#include <QSqlQuery>

#include <algorithm>

namespace minuta {

QString everyName(Every every)
{
    switch (every) {
    case Every::Week:
        return QStringLiteral("week");
    case Every::Month:
        return QStringLiteral("month");
    case Every::Quarter:
        return QStringLiteral("quarter");
    case Every::Year:
        return QStringLiteral("year");
    }
    return QString();
}

std::optional<Every> everyFromName(QStringView name)
{
    for (Every e : {Every::Week, Every::Month, Every::Quarter, Every::Year})
        if (name == everyName(e))
            return e;
    return std::nullopt;
}

QDate periodAt(QDate anchor, Every every, int n)
{
    switch (every) {
    case Every::Week:
        return anchor.addDays(7 * qint64(n));
    case Every::Month:
        return anchor.addMonths(n);
    case Every::Quarter:
        return anchor.addMonths(3 * n);
    case Every::Year:
        return anchor.addYears(n);
    }
    return anchor.addMonths(n);
}

namespace {

// The index of the fee's first period not on a draft yet.
int firstUnbilled(const RecurringLine &line)
{
    int n = 0;
    if (line.billedThrough)
        while (periodAt(line.from, line.every, n) <= *line.billedThrough && n < 100000)
            ++n;
    return n;
}

} // namespace

std::optional<QDate> nextPeriod(const RecurringLine &line)
{
    const QDate start = periodAt(line.from, line.every, firstUnbilled(line));
    if (!start.isValid() || (line.until && start > *line.until))
        return std::nullopt;
    return start;
}

namespace {

const QString kSelect =
    QStringLiteral("SELECT r.id, r.client_id, c.name, r.description, r.quantity_milli, "
                   "r.unit_price, r.currency, r.tax_rate, "
                   "r.every, r.starts_on, r.ends_on, r.billed_through, "
                   "(SELECT max(p) FROM (SELECT r.billed_through AS p UNION ALL "
                   "  SELECT b.period FROM recurring_billed b WHERE b.recurring_id = r.id "
                   "  AND b.invoice_line_id IS NOT NULL)) FROM "
                   "recurring_line r JOIN client c ON c.id = r.client_id ");

} // namespace

RecurringRepository::RecurringRepository(const Database &db, const Clock &clock)
    : m_database(db), m_db(db), m_clock(clock)
{}

Result<QList<RecurringLine>> RecurringRepository::load(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r = sql::exec(q, kSelect + where + QStringLiteral(" ORDER BY c.name, r.id"), values); !r)
        return r.error();
    QList<RecurringLine> lines;
    while (q.next()) {
        RecurringLine l;
        l.id = q.value(0).toLongLong();
        l.clientId = q.value(1).toLongLong();
        l.clientName = q.value(2).toString();
        l.description = q.value(3).toString();
        l.quantity = Quantity::fromMilli(q.value(4).toLongLong());
        l.unitPrice =
            Money(q.value(5).toLongLong(), Currency::fromCode(q.value(6).toString()).value_or(Currency()));
        if (const auto rate = sql::optionalInt(q.value(7)))
            l.taxRate = TaxRate::fromMilliPercent(*rate);
        l.every = everyFromName(q.value(8).toString()).value_or(Every::Month);
        l.from = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        l.until = invoicerows::optionalDateOf(q.value(10));
        l.billedThrough = invoicerows::optionalDateOf(q.value(11));
        l.lastOnInvoice = invoicerows::optionalDateOf(q.value(12));
        lines.append(l);
    }
    return lines;
}

Result<RecurringLine> RecurringRepository::get(qint64 id) const
{
    auto lines = load(QStringLiteral("WHERE r.id = ?"), {id});
    if (!lines)
        return lines.error();
    if (lines->isEmpty())
        return Error(ErrorCode::NotFound, tr("There is no recurring fee %1.").arg(id),
                     QStringLiteral("recurring"));
    return lines->first();
}

Result<QList<RecurringLine>> RecurringRepository::list(std::optional<qint64> clientId) const
{
    if (clientId)
        return load(QStringLiteral("WHERE r.client_id = ?"), {*clientId});
    return load(QString(), {});
}

Result<RecurringLine> RecurringRepository::checked(RecurringLine l) const
{
    auto client = ClientRepository(m_database, m_clock).get(l.clientId);
    if (!client)
        return client.error();
    if (client->archived)
        return Error(
            ErrorCode::Conflict,
            tr("“%1” is archived; bring the client back before billing them a fee.").arg(client->name),
            QStringLiteral("client"));
    l.description = validation::cleanText(l.description);
    if (auto r =
            validation::checkRequired(l.description, QStringLiteral("description"), tr("The description"));
        !r)
        return r.error();
    if (auto r = validation::checkText(l.description, 1000, QStringLiteral("description"),
                                       tr("The description"), false);
        !r)
        return r.error();
    if (!l.quantity.isPositive())
        return Error(ErrorCode::InvalidInput, tr("The quantity must be more than zero."),
                     QStringLiteral("quantity"));
    if (!l.unitPrice.isValid() || l.unitPrice.currency() != client->currency)
        return Error(ErrorCode::InvalidInput,
                     tr("The price must be in the client's currency (%1).").arg(client->currency.code()),
                     QStringLiteral("price"));
    if (l.unitPrice.isNegative())
        return Error(ErrorCode::InvalidInput, tr("The price cannot be negative."), QStringLiteral("price"));
    if (auto amount = l.quantity.times(l.unitPrice); !amount)
        return Error(amount.error().code(), amount.error().message(), QStringLiteral("price"));
    if (l.taxRate && (l.taxRate->milliPercent() < 0 || l.taxRate->milliPercent() > TaxRate::Hundred))
        return Error(ErrorCode::InvalidInput, tr("The tax rate must be between 0 and 100 %."),
                     QStringLiteral("taxRate"));
    const QDate today = timeutil::localDate(m_clock.nowSecs(), m_clock.timeZone());
    if (!l.from.isValid())
        l.from = today;
    if (auto r = validation::checkUsualDate(l.from, today, validation::UnusualDate::Refuse,
                                            QStringLiteral("from"), tr("The first day"));
        !r)
        return r.error();
    if (l.until && (!l.until->isValid() || *l.until < l.from))
        return Error(ErrorCode::InvalidInput, tr("The last day cannot be before the first."),
                     QStringLiteral("until"));
    l.clientName = client->name;
    return l;
}

Result<RecurringLine> RecurringRepository::add(RecurringLine line)
{
    line.billedThrough.reset();
    auto l = checked(line);
    if (!l)
        return l.error();
    const qint64 now = m_clock.nowSecs();
    auto id = inTransaction(m_db, [&]() -> Result<qint64> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(
                q,
                QStringLiteral(
                    "INSERT INTO recurring_line (client_id, description, quantity_milli, unit_price, "
                    "currency, tax_rate, every, starts_on, ends_on, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {l->clientId, l->description, l->quantity.milli(), l->unitPrice.minorUnits(),
                 l->unitPrice.currency().code(),
                 l->taxRate ? QVariant(l->taxRate->milliPercent()) : QVariant(), everyName(l->every),
                 l->from.toString(Qt::ISODate), invoicerows::dateValue(l->until), now, now});
            !r)
            return r.error();
        const qint64 newId = sql::lastInsertId(q);
        if (auto due = addDue(); !due)
            return due.error();
        return newId;
    });
    if (!id)
        return id.error();
    return get(*id);
}

Result<RecurringLine> RecurringRepository::edit(RecurringLine line)
{
    auto existing = get(line.id);
    if (!existing)
        return existing.error();
    if (line.clientId != existing->clientId)
        return Error(ErrorCode::InvalidInput,
                     tr("A fee stays with its client: delete it and add one for the other client."),
                     QStringLiteral("client"));
    line.billedThrough = existing->billedThrough;
    line.lastOnInvoice = existing->lastOnInvoice;
    auto l = checked(line);
    if (!l)
        return l.error();
    // The periods on invoices stay as they were billed: their days cannot move.
    if (const auto billed = existing->lastOnInvoice) {
        const QString day = billed->toString(Qt::ISODate);
        if (l->from != existing->from)
            return Error(
                ErrorCode::Conflict,
                tr("The fee's periods up to the one from %1 are on invoices already, so its first day "
                   "stays %2. To bill it on other days, end it and add a new fee.")
                    .arg(day, existing->from.toString(Qt::ISODate)),
                QStringLiteral("from"));
        if (l->every != existing->every)
            return Error(ErrorCode::Conflict,
                         tr("The fee's periods up to the one from %1 are on invoices already, so its period "
                            "stays the same. To bill it on other days, end it and add a new fee.")
                             .arg(day),
                         QStringLiteral("every"));
        if (l->until && *l->until < *billed)
            return Error(ErrorCode::Conflict,
                         tr("The period from %1 is on an invoice already: the last day cannot be before it. "
                            "If that invoice is a draft you no longer want, delete it first.")
                             .arg(day),
                         QStringLiteral("until"));
    }
    auto saved = inTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(
                q,
                QStringLiteral("UPDATE recurring_line SET description = ?, quantity_milli = ?, "
                               "unit_price = ?, currency = ?, tax_rate = ?, every = ?, "
                               "starts_on = ?, ends_on = ?, updated_at = ? WHERE id = ?"),
                {l->description, l->quantity.milli(), l->unitPrice.minorUnits(),
                 l->unitPrice.currency().code(),
                 l->taxRate ? QVariant(l->taxRate->milliPercent()) : QVariant(), everyName(l->every),
                 l->from.toString(Qt::ISODate), invoicerows::dateValue(l->until), m_clock.nowSecs(), l->id});
            !r)
            return r.error();
        // A first day moved back, or a fee made to last again, may have periods due now.
        if (auto due = addDue(); !due)
            return due.error();
        return {};
    });
    if (!saved)
        return saved.error();
    return get(line.id);
}

Result<RecurringLine> RecurringRepository::remove(qint64 id)
{
    auto existing = get(id);
    if (!existing)
        return existing.error();
    auto removed = inTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        return sql::exec(q, QStringLiteral("DELETE FROM recurring_line WHERE id = ?"), {id});
    });
    if (!removed)
        return removed.error();
    return existing;
}

Result<int> RecurringRepository::addDue()
{
    const QDate today = timeutil::localDate(m_clock.nowSecs(), m_clock.timeZone());
    // Whether period `n` of a fee has begun.
    const auto begun = [&today](const RecurringLine &l, int n) {
        const QDate start = periodAt(l.from, l.every, n);
        return start <= today && (!l.until || start <= *l.until);
    };
    // Asked on every write to the file: nothing due costs one read, no write.
    auto fees = list();
    if (!fees)
        return fees.error();
    if (std::none_of(fees->cbegin(), fees->cend(),
                     [&](const RecurringLine &l) { return begun(l, firstUnbilled(l)); }))
        return 0;
    // Read again inside the write, so two programs on the file never add the same period twice.
    return inTransaction(m_db, [&]() -> Result<int> {
        auto all = list();
        if (!all)
            return all.error();
        int added = 0;
        InvoiceRepository invoices(m_database, m_clock);
        ClientRepository clients(m_database, m_clock);
        for (const RecurringLine &l : std::as_const(*all)) {
            int n = firstUnbilled(l);
            const auto due = [&](int k) { return begun(l, k); };
            if (!due(n))
                continue;
            auto client = clients.get(l.clientId);
            if (!client)
                return client.error();
            // An archived client, or one whose currency changed, is not billed: the fee waits.
            if (client->archived || client->currency != l.unitPrice.currency())
                continue;
            std::optional<QDate> last;
            for (; due(n); ++n) {
                const QDate period = periodAt(l.from, l.every, n);
                const QDate end = periodAt(l.from, l.every, n + 1).addDays(-1);
                auto draftId = invoices.draftFor(l.clientId, l.unitPrice.currency());
                if (!draftId)
                    return draftId.error();
                auto draft = invoices.get(*draftId);
                if (!draft)
                    return draft.error();
                const QString language = draft->language();
                const QLocale locale =
                    invoicelabels::locale(language, client->country, draft->parties.business.country);
                InvoiceLine line;
                line.description = QString(l.description + QStringLiteral(" (")
                                           + invoicelabels::text(invoicelabels::Label::PackFromTo, language)
                                                 .arg(invoiceplan::lineDate(period, locale),
                                                      invoiceplan::lineDate(end, locale))
                                           + QLatin1Char(')'))
                                       .left(1000);
                line.quantity = l.quantity;
                line.unitPrice = l.unitPrice;
                line.taxRate = l.taxRate;
                last = period;
                // A period already on an invoice (its draft was deleted after a later one was made,
                // say) is not billed twice.
                auto onInvoice = sql::scalar(
                    m_db,
                    QStringLiteral(
                        "SELECT count(*) FROM recurring_billed WHERE recurring_id = ? AND period = ?"),
                    {l.id, period.toString(Qt::ISODate)});
                if (!onInvoice)
                    return onInvoice.error();
                if (onInvoice->toLongLong() > 0)
                    continue;
                auto withLine = invoices.addLine(*draftId, line);
                if (!withLine)
                    return withLine.error();
                // The line just added: the last by position.
                qint64 lineId = 0;
                int position = -1;
                for (const InvoiceLine &il : std::as_const(withLine->lines))
                    if (il.position > position) {
                        position = il.position;
                        lineId = il.id;
                    }
                QSqlQuery q(m_db);
                if (auto r = sql::exec(q,
                                       QStringLiteral("INSERT INTO recurring_billed (recurring_id, period, "
                                                      "invoice_line_id) VALUES (?, ?, ?)"),
                                       {l.id, period.toString(Qt::ISODate), lineId});
                    !r)
                    return r.error();
                ++added;
            }
            if (last) {
                QSqlQuery q(m_db);
                if (auto r = sql::exec(
                        q,
                        QStringLiteral("UPDATE recurring_line SET billed_through = ?, updated_at = ? "
                                       "WHERE id = ?"),
                        {last->toString(Qt::ISODate), m_clock.nowSecs(), l.id});
                    !r)
                    return r.error();
            }
        }
        return added;
    });
}

Result<void> givePeriodsBack(const QSqlDatabase &db, qint64 invoiceId)
{
    // The earliest period of each fee the draft bills.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto r = sql::exec(q,
                           QStringLiteral("SELECT b.recurring_id, min(b.period), r.starts_on, r.every, "
                                          "r.billed_through FROM recurring_billed b "
                                          "JOIN invoice_line l ON l.id = b.invoice_line_id "
                                          "JOIN recurring_line r ON r.id = b.recurring_id "
                                          "WHERE l.invoice_id = ? GROUP BY b.recurring_id"),
                           {invoiceId});
        !r)
        return r.error();
    struct Back
    {
        qint64 id;
        std::optional<QDate> billedThrough;
    };
    QList<Back> back;
    while (q.next()) {
        const QDate earliest = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const QDate from = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        const Every every = everyFromName(q.value(3).toString()).value_or(Every::Month);
        const auto through = invoicerows::optionalDateOf(q.value(4));
        // Billed through the period before it, never further than it was: none stays none (an
        // earlier draft's periods were given back already).
        std::optional<QDate> before;
        for (int n = 0; n < 100000 && periodAt(from, every, n) < earliest; ++n)
            before = periodAt(from, every, n);
        if (!through)
            before.reset();
        else if (before && *before > *through)
            before = through;
        back.append({q.value(0).toLongLong(), before});
    }
    q.finish();
    for (const Back &b : std::as_const(back)) {
        QSqlQuery update(db);
        if (auto r =
                sql::exec(update, QStringLiteral("UPDATE recurring_line SET billed_through = ? WHERE id = ?"),
                          {invoicerows::dateValue(b.billedThrough), b.id});
            !r)
            return r.error();
    }
    // Its periods are no longer on an invoice, nor skipped: due again.
    QSqlQuery forget(db);
    return sql::exec(forget,
                     QStringLiteral("DELETE FROM recurring_billed WHERE invoice_line_id IN "
                                    "(SELECT id FROM invoice_line WHERE invoice_id = ?)"),
                     {invoiceId});
}

} // namespace minuta
