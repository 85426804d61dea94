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

} // namespace minuta
