#include "invoicing/invoicelabels.h"
#include "invoicing/invoicerepository.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"

#include <QSqlQuery>

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

Result<QList<qint64>> InvoiceRepository::packsSoldOn(qint64 invoiceId, std::optional<qint64> lineId) const
{
    // What stays once the draft (or the line) is gone, and still names the pack.
    const QString lineStays = lineId ? QStringLiteral("l.id <> ?") : QStringLiteral("l.invoice_id <> ?");
    const QString drawStays = lineId ? QStringLiteral("1") : QStringLiteral("d.invoice_id <> ?");
    QVariantList values{lineId ? QVariant(*lineId) : QVariant(invoiceId)};
    if (!lineId)
        values.append(invoiceId);
    values.append(invoiceId);
    if (lineId)
        values.append(*lineId);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r =
            sql::exec(q,
                      QStringLiteral("SELECT p.id, "
                                     "(SELECT count(*) FROM invoice_line l WHERE l.pack_id = p.id AND %1) "
                                     "+ (SELECT count(*) FROM pack_draw d WHERE d.pack_id = p.id AND %2) "
                                     "+ (SELECT count(*) FROM pack r WHERE r.renewed_from = p.id) "
                                     "FROM pack p WHERE p.id IN (SELECT pack_id FROM invoice_line WHERE "
                                     "invoice_id = ? AND pack_role = 'sale' %3) ORDER BY p.id")
                          .arg(lineStays, drawStays, lineId ? QStringLiteral("AND id = ?") : QString()),
                      values);
        !r)
        return r.error();
    QList<qint64> sold;
    while (q.next()) {
        if (q.value(1).toLongLong() > 0)
            return Error(
                ErrorCode::Conflict,
                tr("Pack %1 is sold here, and work on other lines or invoices is drawn against it "
                   "(or it was renewed). Close the pack instead, or delete that work's drafts first.")
                    .arg(q.value(0).toLongLong()),
                QStringLiteral("pack"));
        sold.append(q.value(0).toLongLong());
    }
    return sold;
}

Result<void> InvoiceRepository::dropPacks(const QList<qint64> &packIds)
{
    for (qint64 id : packIds) {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(q, QStringLiteral("DELETE FROM pack WHERE id = ?"), {id}); !r)
            return r;
    }
    return {};
}

} // namespace minuta
