#include "invoicing/invoicelabels.h"
#include "invoicing/invoicerepository.h"
#include "invoicing/invoicerows.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/clock.h"

#include <QSqlQuery>

#include <algorithm>
#include <functional>

// InvoiceRepository, the lines made for a client outside its work: the draft they go on, and the
// lines that sell prepaid packs, each on the client's newest draft, following
// the pack while that draft is not issued. (The lines that show what a pack covered are made with the
// rest of a draft's work, in invoiceplan.)

namespace minuta {

Result<Invoice> InvoiceRepository::addPackSale(const Pack &pack)
{
    return inTransaction(m_db, [&]() -> Result<Invoice> {
        auto found = draftFor(pack.clientId, pack.price.currency());
        if (!found)
            return found.error();
        const qint64 draftId = *found;
        auto draft = loadDraft(draftId);
        if (!draft)
            return draft.error();
        const QString language = draft->language();
        const QLocale locale =
            invoicelabels::locale(language, draft->parties.client.country, draft->parties.business.country);
        InvoiceLine line;
        line.description = packSaleDescription(pack, language, locale);
        line.quantity = Quantity::fromMilli(1000);
        line.unitPrice = pack.price;
        line.packId = pack.id;
        line.packRole = PackRole::Sale;
        return addLine(draftId, line);
    });
}

Result<qint64> InvoiceRepository::draftFor(qint64 clientId, Currency currency)
{
    auto newest =
        sql::scalar(m_db,
                    QStringLiteral("SELECT max(id) FROM invoice WHERE client_id = ? AND kind = 'invoice' "
                                   "AND status = 'draft' AND currency = ?"),
                    {clientId, currency.code()});
    if (!newest)
        return newest.error();
    if (!newest->isNull())
        return newest->toLongLong();
    DraftRequest request;
    request.clientId = clientId;
    request.allowEmpty = true;
    request.workless = true;
    auto drafted = createDraft(request);
    if (!drafted)
        return drafted.error();
    return drafted->invoice.id;
}

Result<void> InvoiceRepository::updatePackSale(const Pack &pack)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r =
            sql::exec(q,
                      QStringLiteral("SELECT l.id, l.invoice_id FROM invoice_line l JOIN invoice i "
                                     "ON i.id = l.invoice_id WHERE l.pack_id = ? AND l.pack_role = 'sale' "
                                     "AND i.kind = 'invoice' AND i.status = 'draft'"),
                      {pack.id});
        !r)
        return r.error();
    QList<std::pair<qint64, qint64>> lines;
    while (q.next())
        lines.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return inTransaction(m_db, [&]() -> Result<void> {
        for (const auto &[lineId, invoiceId] : std::as_const(lines)) {
            auto draft = loadDraft(invoiceId);
            if (!draft)
                return draft.error();
            const QString language = draft->language();
            const QLocale locale = invoicelabels::locale(language, draft->parties.client.country,
                                                         draft->parties.business.country);
            Quantity quantity = Quantity::fromMilli(1000);
            for (const InvoiceLine &l : draft->lines)
                if (l.id == lineId)
                    quantity = l.quantity;
            auto amount = quantity.times(pack.price);
            if (!amount)
                return amount.error();
            QSqlQuery update(m_db);
            if (auto r = sql::exec(update,
                                   QStringLiteral("UPDATE invoice_line SET description = ?, unit_price = ?, "
                                                  "amount = ? WHERE id = ?"),
                                   {packSaleDescription(pack, language, locale), pack.price.minorUnits(),
                                    amount->minorUnits(), lineId});
                !r)
                return r.error();
            if (auto r = recomputeAndGet(invoiceId); !r)
                return r.error();
        }
        return {};
    });
}

Result<InvoiceRepository::SoldPacks> InvoiceRepository::packsSoldOn(qint64 invoiceId,
                                                                    std::optional<qint64> lineId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r =
            sql::exec(q,
                      QStringLiteral("SELECT DISTINCT pack_id FROM invoice_line WHERE invoice_id = ? AND "
                                     "pack_role = 'sale' AND (? IS NULL OR id = ?) ORDER BY pack_id"),
                      {invoiceId, sql::nullable(lineId), sql::nullable(lineId)});
        !r)
        return r.error();
    QList<qint64> sold;
    while (q.next())
        sold.append(q.value(0).toLongLong());
    QStringList going;
    for (qint64 id : std::as_const(sold))
        going.append(QString::number(id));
    const QString set = going.join(QLatin1Char(','));
    // What stays once the draft (or the line) is gone and still names the pack: lines and records of
    // drafts and issued invoices, and a retainer's next period that is not going with it. Lines and
    // records of cancelled invoices and their credit notes are history: the pack then stays, voided,
    // instead of going.
    const QString lineStays = lineId ? QStringLiteral("l.id <> ?") : QStringLiteral("l.invoice_id <> ?");
    const QString drawStays = lineId ? QStringLiteral("1") : QStringLiteral("d.invoice_id <> ?");
    SoldPacks result;
    for (qint64 id : std::as_const(sold)) {
        QVariantList values{id, lineId ? QVariant(*lineId) : QVariant(invoiceId), id};
        if (!lineId)
            values.append(invoiceId);
        values << id << id << id;
        QSqlQuery c(m_db);
        c.setForwardOnly(true);
        if (auto r = sql::exec(
                c,
                QStringLiteral(
                    "SELECT (SELECT count(*) FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id "
                    "  WHERE l.pack_id = ? AND %1 AND i.kind = 'invoice' AND i.status <> 'cancelled') "
                    "+ (SELECT count(*) FROM pack_draw d JOIN invoice i ON i.id = d.invoice_id "
                    "  WHERE d.pack_id = ? AND %2 AND i.kind = 'invoice' AND i.status <> 'cancelled') "
                    "+ (SELECT count(*) FROM pack r WHERE r.renewed_from = ? AND r.id NOT IN (%3)), "
                    "(SELECT count(*) FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id "
                    "  WHERE l.pack_id = ? AND (i.kind <> 'invoice' OR i.status = 'cancelled')) "
                    "+ (SELECT count(*) FROM pack_draw d JOIN invoice i ON i.id = d.invoice_id "
                    "  WHERE d.pack_id = ? AND (i.kind <> 'invoice' OR i.status = 'cancelled'))")
                    .arg(lineStays, drawStays, set),
                values);
            !r)
            return r.error();
        if (!c.next())
            return Error(ErrorCode::Database, tr("The packs sold on the invoice could not be read."));
        if (c.value(0).toLongLong() > 0)
            return Error(ErrorCode::Conflict,
                         tr("Pack %1 is sold here, and work on other lines or invoices is drawn against it "
                            "(or it renews into a period sold elsewhere). Close the pack instead, or delete "
                            "that work's drafts first.")
                             .arg(id),
                         QStringLiteral("pack"));
        (c.value(1).toLongLong() > 0 ? result.voided : result.deleted).append(id);
    }
    return result;
}

Result<void> InvoiceRepository::dropPacks(const SoldPacks &packs)
{
    // A retainer's later periods first: each names the one before.
    QList<qint64> deleted = packs.deleted;
    std::sort(deleted.begin(), deleted.end(), std::greater<>());
    for (qint64 id : std::as_const(deleted)) {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(q, QStringLiteral("DELETE FROM pack WHERE id = ?"), {id}); !r)
            return r;
    }
    // Never sold after all, but named by cancelled invoices: it stays, covering no day.
    for (qint64 id : packs.voided) {
        auto starts = sql::scalar(m_db, QStringLiteral("SELECT starts_on FROM pack WHERE id = ?"), {id});
        if (!starts)
            return starts.error();
        QSqlQuery q(m_db);
        if (auto r = sql::exec(
                q, QStringLiteral("UPDATE pack SET closed_on = ?, updated_at = ? WHERE id = ?"),
                {invoicerows::dateOf(*starts).addDays(-1).toString(Qt::ISODate), m_clock.nowSecs(), id});
            !r)
            return r;
    }
    return {};
}

} // namespace minuta
