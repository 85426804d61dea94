#include "work/unbilledwork.h"

#include "business/settings.h"
#include "clients/clientrepository.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "values/clock.h"
#include "values/timeutil.h"

#include <QSqlQuery>

namespace minuta {

UnbilledWork::UnbilledWork(const Database &db, const Clock &clock) : m_database(db), m_clock(clock)
{}

Result<billing::Inputs> UnbilledWork::inputs(const Client &client, std::optional<QDate> from,
                                             std::optional<QDate> to, Scope scope) const
{
    if (from && to && *to < *from)
        return Error(ErrorCode::InvalidInput, tr("The period ends before it starts."), QStringLiteral("to"));
    auto defaults = Settings(m_database).businessDefaults();
    if (!defaults)
        return defaults.error();

    billing::Inputs in;
    in.currency = client.currency;
    in.policy = client.billing;
    in.clientRate = client.hourlyRate;
    in.businessRate = defaults->hourlyRate;

    const QTimeZone zone = m_clock.timeZone();
    const qint64 start = from ? timeutil::startOfDay(*from, zone) : std::numeric_limits<qint64>::min();
    const qint64 end = to ? timeutil::startOfDay(to->addDays(1), zone) : std::numeric_limits<qint64>::max();
    const QSqlDatabase db = storage::connection(m_database);
    const auto billed = [scope](const QString &column) {
        return scope == Scope::Unbilled ? column + QStringLiteral(" IS NULL")
                                        : QStringLiteral("(%1 IS NULL OR %1 IN "
                                                         "(SELECT id FROM invoice WHERE packs_drawn = 1))")
                                              .arg(column);
    };

    QSqlQuery entries(db);
    entries.setForwardOnly(true);
    if (auto r = sql::exec(
            entries,
            QStringLiteral("SELECT id, start_at, end_at, task, description, billable, rate_override "
                           "FROM time_entry WHERE client_id = ? AND %1 "
                           "AND end_at IS NOT NULL AND billable = 1 AND start_at >= ? "
                           "AND start_at < ? ORDER BY start_at, id")
                .arg(billed(QStringLiteral("invoice_id"))),
            {client.id, start, end});
        !r)
        return r.error();
    while (entries.next()) {
        billing::TimeInput t;
        t.entryId = entries.value(0).toLongLong();
        t.start = entries.value(1).toLongLong();
        t.end = entries.value(2).toLongLong();
        t.task = entries.value(3).toString();
        t.description = entries.value(4).toString();
        t.billable = entries.value(5).toBool();
        if (const auto rate = sql::optionalInt(entries.value(6)))
            t.rateOverride = Money(*rate, client.currency);
        in.entries.append(t);
    }

    QSqlQuery usage(db);
    usage.setForwardOnly(true);
    if (auto r = sql::exec(
            usage,
            QStringLiteral("SELECT u.id, u.at, u.service_id, s.name, s.unit, u.note, u.quantity_milli, "
                           "p.unit_price, s.unit_price, s.currency, s.tax_rate, s.unit_plural, s.sac "
                           "FROM usage_record u JOIN service s ON s.id = u.service_id "
                           "LEFT JOIN client_service_price p "
                           "  ON p.client_id = u.client_id AND p.service_id = u.service_id "
                           "WHERE u.client_id = ? AND %1 AND u.at >= ? AND u.at < ? "
                           "ORDER BY u.at, u.id")
                .arg(billed(QStringLiteral("u.invoice_id"))),
            {client.id, start, end});
        !r)
        return r.error();
    while (usage.next()) {
        billing::UsageInput u;
        u.usageId = usage.value(0).toLongLong();
        u.at = usage.value(1).toLongLong();
        u.serviceId = usage.value(2).toLongLong();
        u.serviceName = usage.value(3).toString();
        u.unit = usage.value(4).toString();
        u.note = usage.value(5).toString();
        u.quantity = Quantity::fromMilli(usage.value(6).toLongLong());
        if (const auto price = sql::optionalInt(usage.value(7)))
            u.clientPrice = Money(*price, client.currency);
        u.catalogPrice = Money(usage.value(8).toLongLong(),
                               Currency::fromCode(usage.value(9).toString()).value_or(Currency()));
        if (const auto rate = sql::optionalInt(usage.value(10)))
            u.taxRate = TaxRate::fromMilliPercent(*rate);
        u.unitPlural = usage.value(11).toString();
        u.sac = usage.value(12).toString();
        in.usage.append(u);
    }
    return in;
}

Result<UnbilledWork::Report> UnbilledWork::forClient(qint64 clientId, std::optional<QDate> from,
                                                     std::optional<QDate> to) const
{
    auto client = ClientRepository(m_database, m_clock).get(clientId);
    if (!client)
        return client.error();
    auto in = inputs(*client, from, to);
    if (!in)
        return in.error();
    auto statement = billing::calculate(*in);
    if (!statement)
        return statement.error();
    return Report{client.value(), from, to, statement.value()};
}

} // namespace minuta
