#include "clients/clientrepository.h"
#include "invoicing/packdraws.h"
#include "invoicing/packrepository.h"
#include "storage/sqlutil.h"
#include "values/clock.h"

// PackRepository, the guards of what issued invoices say the packs covered: a pack is not changed
// under them, and a draft is issued only while the packs still cover its work as its lines say.

namespace minuta {

Result<void> PackRepository::checkDraft(qint64 invoiceId, qint64 clientId) const
{
    auto recorded = packdraws::ofInvoice(m_db, invoiceId, m_clock.timeZone());
    if (!recorded)
        return recorded.error();
    if (recorded->time.empty() && recorded->units.empty())
        return {};
    auto client = ClientRepository(m_database, m_clock).get(clientId);
    if (!client)
        return client.error();
    auto loaded = load(clientId, std::nullopt);
    if (!loaded)
        return loaded.error();
    auto drawn = draw(*client, *loaded);
    if (!drawn)
        return drawn.error();
    const packs::DrawnByWork current = packs::byWork(drawn->time, drawn->units);
    const auto &time = current.time;
    const auto &units = current.units;
    bool same = true;
    for (const auto &[entryId, was] : recorded->time) {
        const auto now = time.find(entryId);
        same =
            same && (now == time.end() ? !was.drawn.overagePack : packdraws::same(was.drawn, *now->second));
    }
    for (const auto &[usageId, was] : recorded->units) {
        const auto now = units.find(usageId);
        same =
            same && (now == units.end() ? !was.drawn.overagePack : packdraws::same(was.drawn, *now->second));
    }
    if (same)
        return {};
    // Deleting the draft takes the packs it sells with it: say so.
    auto sold = sql::scalar(m_db,
                            QStringLiteral("SELECT group_concat(pack_id, ', ') FROM invoice_line "
                                           "WHERE invoice_id = ? AND pack_role = 'sale'"),
                            {invoiceId});
    if (!sold)
        return sold.error();
    QString message =
        tr("What the client's prepaid packs cover has changed since this draft was made (work, a "
           "pack or another invoice changed). Delete the draft and make it again, so that it "
           "bills what the packs now leave.");
    if (!sold->isNull())
        message +=
            QLatin1Char(' ')
            + tr("It also sells pack %1, which goes with it: sell it again after.").arg(sold->toString());
    return Error(ErrorCode::Conflict, message, QStringLiteral("packs"));
}

Result<void> PackRepository::checkShrink(const Pack &before, const Pack &after) const
{
    auto client = ClientRepository(m_database, m_clock).get(before.clientId);
    if (!client)
        return client.error();
    auto loaded = load(before.clientId, std::nullopt);
    if (!loaded)
        return loaded.error();
    QList<Pack> changed = *loaded;
    qsizetype at = -1;
    for (qsizetype k = 0; k < changed.size(); ++k)
        if (changed[k].id == before.id)
            at = k;
    if (at < 0)
        return {};
    auto was = draw(*client, changed);
    if (!was)
        return was.error();
    changed[at] = after;
    auto will = draw(*client, changed);
    if (!will)
        return will.error();
    // What issued invoices say a pack covered is settled: the change must leave every pack (a
    // retainer's next periods too, which its unused minutes feed) able to cover it, on its days.
    for (qsizetype k = 0; k < will->balances.size(); ++k)
        if (will->balances[k].overdrawn && !was->balances.value(k).overdrawn)
            return Error(ErrorCode::Conflict,
                         tr("Issued invoices say pack %1 covered work that the change would leave "
                            "uncovered; it cannot cover less, or other days, than that. Cancel those "
                            "invoices with a credit note to change it.")
                             .arg(changed[k].id),
                         QStringLiteral("pack"));
    if (!before.saleIssued())
        return {};
    const packs::PackBalance &a = was->balances[at];
    const packs::PackBalance &b = will->balances[at];
    bool shrinks = b.usedSeconds < a.usedSeconds;
    for (const auto &[serviceId, used] : a.usedUnits) {
        Quantity still;
        for (const auto &[otherId, quantity] : b.usedUnits)
            if (otherId == serviceId)
                still = quantity;
        shrinks = shrinks || still.milli() < used.milli();
    }
    if (a.usedAmount && a.usedAmount->minorUnits() > (b.usedAmount ? b.usedAmount->minorUnits() : 0))
        shrinks = true;
    if (shrinks)
        return Error(ErrorCode::Conflict,
                     tr("The pack is sold on issued invoice %1 and its work has used it; it cannot cover "
                        "less than that. Cancel the invoice with a credit note to change it.")
                         .arg(before.saleInvoiceNumber.value_or(QString())),
                     QStringLiteral("pack"));
    return {};
}

} // namespace minuta
