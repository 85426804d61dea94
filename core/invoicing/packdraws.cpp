#include "invoicing/packdraws.h"

#include "storage/sqlutil.h"
#include "values/timeutil.h"

#include <QSqlQuery>

#include <algorithm>

namespace minuta::packdraws {

namespace {

struct Row
{
    const char *role;
    std::optional<qint64> packId;
    qint64 seconds = 0;
    qint64 milli = 0;
    qint64 minor = 0;
};

template<typename Drawn> QList<Row> rowsOf(const Drawn &d, qint64 overageSeconds, qint64 overageMilli)
{
    QList<Row> rows;
    if (!d.overagePack) {
        rows.append({"plain", std::nullopt});
        return rows;
    }
    for (const auto &[packId, worth] : d.money)
        rows.append({"drawn", packId, 0, 0, worth.minorUnits()});
    rows.append({"overage", d.overagePack, overageSeconds, overageMilli, d.overage.minorUnits()});
    return rows;
}

Result<void> insert(const QSqlDatabase &db, qint64 invoiceId, const char *column, qint64 workId,
                    const QList<Row> &rows)
{
    for (const Row &r : rows) {
        QSqlQuery q(db);
        if (auto done =
                sql::exec(q,
                          QStringLiteral("INSERT INTO pack_draw (invoice_id, %1, role, pack_id, seconds, "
                                         "quantity_milli, amount) VALUES (?, ?, ?, ?, ?, ?, ?)")
                              .arg(QLatin1String(column)),
                          {invoiceId, workId, QLatin1String(r.role), sql::nullable(r.packId), r.seconds,
                           r.milli, r.minor});
            !done)
            return done;
    }
    return {};
}

} // namespace

Result<void> store(const QSqlDatabase &db, qint64 invoiceId, const QList<packs::TimeDrawn> &time,
                   const QList<packs::UnitsDrawn> &units)
{
    for (const packs::TimeDrawn &d : time) {
        QList<Row> rows;
        if (d.overagePack)
            for (const auto &[packId, seconds] : d.seconds)
                rows.append({"drawn", packId, seconds});
        rows.append(rowsOf(d, d.overageSeconds, 0));
        if (auto r = insert(db, invoiceId, "entry_id", d.entryId, rows); !r)
            return r;
    }
    for (const packs::UnitsDrawn &d : units) {
        QList<Row> rows;
        if (d.overagePack)
            for (const auto &[packId, quantity] : d.quantity)
                rows.append({"drawn", packId, 0, quantity.milli()});
        rows.append(rowsOf(d, 0, d.overageQuantity.milli()));
        if (auto r = insert(db, invoiceId, "usage_id", d.usageId, rows); !r)
            return r;
    }
    return {};
}

Result<void> prune(const QSqlDatabase &db, qint64 invoiceId)
{
    QSqlQuery q(db);
    return sql::exec(q,
                     QStringLiteral("DELETE FROM pack_draw WHERE invoice_id = ? AND ("
                                    "(entry_id IS NOT NULL AND entry_id NOT IN "
                                    "  (SELECT id FROM time_entry WHERE invoice_id = ?)) "
                                    "OR (usage_id IS NOT NULL AND usage_id NOT IN "
                                    "  (SELECT id FROM usage_record WHERE invoice_id = ?)))"),
                     {invoiceId, invoiceId, invoiceId});
}

namespace {

// The rows of the invoices `where` picks, for the work they still bill.
Result<packs::Settled> read(const QSqlDatabase &db, const QString &where, qint64 value, const QTimeZone &zone)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Only work the issued invoice still bills: a cancelled one set it free.
    if (auto r = sql::exec(
            q,
            QStringLiteral("SELECT d.entry_id, d.usage_id, d.role, d.pack_id, d.seconds, d.quantity_milli, "
                           "d.amount, i.currency, coalesce(e.start_at, u.at), u.service_id "
                           "FROM pack_draw d JOIN invoice i ON i.id = d.invoice_id "
                           "LEFT JOIN time_entry e ON e.id = d.entry_id AND e.invoice_id = d.invoice_id "
                           "LEFT JOIN usage_record u ON u.id = d.usage_id AND u.invoice_id = d.invoice_id "
                           "WHERE %1 AND (e.id IS NOT NULL OR u.id IS NOT NULL) ORDER BY d.rowid")
                .arg(where),
            {value});
        !r)
        return r.error();
    packs::Settled settled;
    while (q.next()) {
        const auto entryId = sql::optionalInt(q.value(0));
        const auto usageId = sql::optionalInt(q.value(1));
        const QString role = q.value(2).toString();
        const auto packId = sql::optionalInt(q.value(3));
        const qint64 seconds = q.value(4).toLongLong();
        const Quantity quantity = Quantity::fromMilli(q.value(5).toLongLong());
        const Currency currency = Currency::fromCode(q.value(7).toString()).value_or(Currency());
        const Money amount(q.value(6).toLongLong(), currency);
        const QDate day = timeutil::localDate(q.value(8).toLongLong(), zone);
        const auto apply = [&](auto &d) {
            if (!packId)
                return;
            if (role == QLatin1String("overage")) {
                d.overagePack = packId;
                d.overage = amount;
            } else if (amount.minorUnits() > 0) {
                d.money.append({*packId, amount});
            }
        };
        if (entryId) {
            settled.time[*entryId].day = day;
            packs::TimeDrawn &d = settled.time[*entryId].drawn;
            d.entryId = *entryId;
            if (d.overage.currency() != currency)
                d.overage = Money::zero(currency);
            apply(d);
            if (packId && role == QLatin1String("drawn") && seconds > 0)
                d.seconds.append({*packId, seconds});
            if (role == QLatin1String("overage"))
                d.overageSeconds = seconds;
        } else if (usageId) {
            settled.units[*usageId].day = day;
            settled.units[*usageId].serviceId = q.value(9).toLongLong();
            packs::UnitsDrawn &d = settled.units[*usageId].drawn;
            d.usageId = *usageId;
            if (d.overage.currency() != currency)
                d.overage = Money::zero(currency);
            apply(d);
            if (packId && role == QLatin1String("drawn") && quantity.milli() > 0)
                d.quantity.append({*packId, quantity});
            if (role == QLatin1String("overage"))
                d.overageQuantity = quantity;
        }
    }
    return settled;
}

} // namespace

Result<packs::Settled> settled(const QSqlDatabase &db, qint64 clientId, const QTimeZone &zone)
{
    return read(db, QStringLiteral("i.client_id = ? AND i.status = 'issued'"), clientId, zone);
}

Result<packs::Settled> ofInvoice(const QSqlDatabase &db, qint64 invoiceId, const QTimeZone &zone)
{
    return read(db, QStringLiteral("i.id = ?"), invoiceId, zone);
}

namespace {

template<typename Amount> QList<std::pair<qint64, Amount>> sorted(QList<std::pair<qint64, Amount>> list)
{
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return list;
}

bool same(const QList<std::pair<qint64, Money>> &a, const QList<std::pair<qint64, Money>> &b)
{
    const auto x = sorted(a), y = sorted(b);
    if (x.size() != y.size())
        return false;
    for (qsizetype k = 0; k < x.size(); ++k)
        if (x[k].first != y[k].first || x[k].second.minorUnits() != y[k].second.minorUnits())
            return false;
    return true;
}

} // namespace

bool same(const packs::TimeDrawn &recorded, const packs::TimeDrawn &now)
{
    if (!recorded.overagePack || !now.overagePack)
        return !recorded.overagePack && !now.overagePack;
    return !now.held && *recorded.overagePack == *now.overagePack
           && sorted(recorded.seconds) == sorted(now.seconds) && same(recorded.money, now.money)
           && recorded.overageSeconds == now.overageSeconds
           && recorded.overage.minorUnits() == now.overage.minorUnits();
}

bool same(const packs::UnitsDrawn &recorded, const packs::UnitsDrawn &now)
{
    if (!recorded.overagePack || !now.overagePack)
        return !recorded.overagePack && !now.overagePack;
    auto x = sorted(recorded.quantity), y = sorted(now.quantity);
    bool units = x.size() == y.size();
    for (qsizetype k = 0; units && k < x.size(); ++k)
        units = x[k].first == y[k].first && x[k].second.milli() == y[k].second.milli();
    return units && !now.held && *recorded.overagePack == *now.overagePack && same(recorded.money, now.money)
           && recorded.overageQuantity.milli() == now.overageQuantity.milli()
           && recorded.overage.minorUnits() == now.overage.minorUnits();
}

} // namespace minuta::packdraws
