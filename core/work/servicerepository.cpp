#include "work/servicerepository.h"

#include "clients/clientrepository.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/clock.h"
#include "values/validation.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace minuta {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, name, unit, currency, unit_price, tax_rate, active, created_at, updated_at, unit_plural, sac "
    "FROM service");

Service fromRow(const QSqlQuery &q)
{
    Service s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.unit = q.value(2).toString();
    s.unitPrice =
        Money(q.value(4).toLongLong(), Currency::fromCode(q.value(3).toString()).value_or(Currency()));
    if (const auto rate = sql::optionalInt(q.value(5)))
        s.taxRate = TaxRate::fromMilliPercent(*rate);
    s.active = q.value(6).toBool();
    s.createdAt = q.value(7).toLongLong();
    s.updatedAt = q.value(8).toLongLong();
    s.unitPlural = q.value(9).toString();
    s.sac = q.value(10).toString();
    return s;
}

QVariant taxValue(const std::optional<TaxRate> &rate)
{
    return rate ? QVariant(rate->milliPercent()) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<void> Service::validate() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("minuta::Service", text); };
    if (auto r = validation::checkRequired(name, QStringLiteral("name"), tr("The service's name")); !r)
        return r;
    if (auto r = validation::checkText(name, 200, QStringLiteral("name"), tr("The service's name")); !r)
        return r;
    if (auto r = validation::checkRequired(unit, QStringLiteral("unit"), tr("The unit")); !r)
        return r;
    if (auto r = validation::checkText(unit, 50, QStringLiteral("unit"), tr("The unit")); !r)
        return r;
    if (auto r =
            validation::checkText(unitPlural, 50, QStringLiteral("unitPlural"), tr("The unit in the plural"));
        !r)
        return r;
    if (!sac.isEmpty()
        && (sac.size() != 6 || !std::all_of(sac.begin(), sac.end(), [](QChar c) { return c.isDigit(); })))
        return Error(ErrorCode::InvalidInput,
                     tr("“%1” is not a SAC code; it has 6 digits, such as 998599.").arg(sac),
                     QStringLiteral("sac"));
    if (!unitPrice.isValid())
        return Error(ErrorCode::InvalidInput, tr("The price needs a currency."), QStringLiteral("price"));
    if (unitPrice.isNegative())
        return Error(ErrorCode::InvalidInput, tr("The price cannot be negative."), QStringLiteral("price"));
    if (taxRate && (taxRate->milliPercent() < 0 || taxRate->milliPercent() > TaxRate::Hundred))
        return Error(ErrorCode::InvalidInput, tr("The tax rate must be between 0 and 100 %."),
                     QStringLiteral("taxRate"));
    return {};
}

QString unitFor(const Quantity &quantity, const QString &singular, const QString &plural)
{
    return quantity.milli() == 1000 || plural.isEmpty() ? singular : plural;
}

QString Service::unitFor(const Quantity &quantity) const
{
    return minuta::unitFor(quantity, unit, unitPlural);
}

ServiceRepository::ServiceRepository(const Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{}

Result<Service> ServiceRepository::normalizedAndChecked(Service s) const
{
    s.name = validation::normalizedName(s.name);
    s.unit = validation::cleanLine(s.unit);
    s.unitPlural = validation::cleanLine(s.unitPlural);
    s.sac = s.sac.trimmed();
    if (auto valid = s.validate(); !valid)
        return valid.error();
    if (s.active) {
        auto taken =
            sql::scalar(m_db,
                        QStringLiteral("SELECT count(*) FROM service WHERE name_key = ? AND active = 1 "
                                       "AND id <> ?"),
                        {ClientRepository::nameKey(s.name), s.id});
        if (!taken)
            return taken.error();
        if (taken->toLongLong() > 0)
            return Error(ErrorCode::Conflict, tr("There is already a service called “%1”.").arg(s.name),
                         QStringLiteral("name"));
    }
    return s;
}

Result<Service> ServiceRepository::add(Service service)
{
    service.id = 0;
    service.active = true;
    auto checked = normalizedAndChecked(std::move(service));
    if (!checked)
        return checked.error();
    Service s = std::move(checked.value());
    s.createdAt = s.updatedAt = m_clock.nowSecs();
    return inTransaction(m_db, [&]() -> Result<Service> {
        QSqlQuery q(m_db);
        if (auto r =
                sql::exec(q,
                          QStringLiteral("INSERT INTO service (name, name_key, unit, currency, unit_price, "
                                         "tax_rate, active, created_at, updated_at, unit_plural, sac) "
                                         "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"),
                          {s.name, ClientRepository::nameKey(s.name), s.unit, s.unitPrice.currency().code(),
                           s.unitPrice.minorUnits(), taxValue(s.taxRate), s.createdAt, s.updatedAt,
                           s.unitPlural, s.sac});
            !r)
            return r.error();
        s.id = sql::lastInsertId(q);
        return s;
    });
}

Result<Service> ServiceRepository::update(Service service)
{
    auto existing = get(service.id);
    if (!existing)
        return existing.error();
    service.active = existing->active;
    service.createdAt = existing->createdAt;
    auto checked = normalizedAndChecked(std::move(service));
    if (!checked)
        return checked.error();
    Service s = std::move(checked.value());
    s.updatedAt = m_clock.nowSecs();
    return inTransaction(m_db, [&]() -> Result<Service> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(
                q,
                QStringLiteral("UPDATE service SET name = ?, name_key = ?, unit = ?, currency = ?, "
                               "unit_price = ?, tax_rate = ?, updated_at = ?, unit_plural = ?, "
                               "sac = ? WHERE id = ?"),
                {s.name, ClientRepository::nameKey(s.name), s.unit, s.unitPrice.currency().code(),
                 s.unitPrice.minorUnits(), taxValue(s.taxRate), s.updatedAt, s.unitPlural, s.sac, s.id});
            !r)
            return r.error();
        return s;
    });
}

Result<Service> ServiceRepository::setActive(qint64 id, bool active)
{
    auto existing = get(id);
    if (!existing)
        return existing.error();
    Service s = existing.value();
    if (s.active == active)
        return s;
    s.active = active;
    if (active) {
        auto checked = normalizedAndChecked(s);
        if (!checked)
            return checked.error();
    }
    s.updatedAt = m_clock.nowSecs();
    return inTransaction(m_db, [&]() -> Result<Service> {
        QSqlQuery q(m_db);
        if (auto r =
                sql::exec(q, QStringLiteral("UPDATE service SET active = ?, updated_at = ? WHERE id = ?"),
                          {active ? 1 : 0, s.updatedAt, id});
            !r)
            return r.error();
        return s;
    });
}

Result<bool> ServiceRepository::hasUsage(qint64 id) const
{
    auto used = sql::scalar(
        m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM usage_record WHERE service_id = ?)"), {id});
    if (!used)
        return used.error();
    return used->toBool();
}

Result<Service> ServiceRepository::remove(qint64 id)
{
    auto existing = get(id);
    if (!existing)
        return existing.error();
    auto used = hasUsage(id);
    if (!used)
        return used.error();
    if (*used)
        return Error(
            ErrorCode::Conflict,
            tr("“%1” has logged usage, so it is made inactive rather than deleted.").arg(existing->name),
            QStringLiteral("service"));
    return inTransaction(m_db, [&]() -> Result<Service> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(q, QStringLiteral("DELETE FROM service WHERE id = ?"), {id}); !r)
            return r.error();
        return existing.value();
    });
}

Result<Service> ServiceRepository::restore(const Service &service)
{
    auto checked = normalizedAndChecked(service);
    if (!checked)
        return checked.error();
    const Service s = checked.value();
    return inTransaction(m_db, [&]() -> Result<Service> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(
                q,
                QStringLiteral("INSERT INTO service (id, name, name_key, unit, currency, unit_price, "
                               "tax_rate, active, created_at, updated_at, unit_plural, sac) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {s.id, s.name, ClientRepository::nameKey(s.name), s.unit, s.unitPrice.currency().code(),
                 s.unitPrice.minorUnits(), taxValue(s.taxRate), s.active ? 1 : 0, s.createdAt, s.updatedAt,
                 s.unitPlural, s.sac});
            !r)
            return r.error();
        return s;
    });
}

Result<Service> ServiceRepository::get(qint64 id) const
{
    QSqlQuery q(m_db);
    if (auto r = sql::exec(q, kSelect + QStringLiteral(" WHERE id = ?"), {id}); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no service with id %1.").arg(id),
                     QStringLiteral("service"));
    return fromRow(q);
}

Result<QList<Service>> ServiceRepository::list(bool includeInactive) const
{
    QSqlQuery q(m_db);
    const QString where = includeInactive ? QString() : QStringLiteral(" WHERE active = 1");
    if (auto r = sql::exec(q, kSelect + where + QStringLiteral(" ORDER BY active DESC, name_key, id")); !r)
        return r.error();
    QList<Service> services;
    while (q.next())
        services.append(fromRow(q));
    return services;
}

Result<Service> ServiceRepository::find(QStringView nameOrId) const
{
    const QString text = nameOrId.trimmed().toString();
    if (text.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Say which service: a name or an id."),
                     QStringLiteral("service"));
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber) {
        auto byId = get(id);
        if (byId || byId.error().code() != ErrorCode::NotFound)
            return byId;
    }
    QSqlQuery q(m_db);
    if (auto r = sql::exec(q, kSelect + QStringLiteral(" WHERE name_key = ? ORDER BY active DESC, id DESC"),
                           {ClientRepository::nameKey(text)});
        !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no service called “%1”.").arg(text),
                     QStringLiteral("service"));
    return fromRow(q);
}

Result<void> ServiceRepository::setClientPrice(qint64 clientId, qint64 serviceId,
                                               const std::optional<Money> &price)
{
    auto service = get(serviceId);
    if (!service)
        return service.error();
    auto currency = sql::scalar(m_db, QStringLiteral("SELECT currency FROM client WHERE id = ?"), {clientId});
    if (!currency) {
        if (currency.error().code() == ErrorCode::NotFound)
            return Error(ErrorCode::NotFound, tr("There is no client with id %1.").arg(clientId),
                         QStringLiteral("client"));
        return currency.error();
    }
    if (price) {
        if (price->currency().code() != currency->toString())
            return Error(ErrorCode::InvalidInput,
                         tr("The price must be in the client's currency (%1).").arg(currency->toString()),
                         QStringLiteral("price"));
        if (price->isNegative())
            return Error(ErrorCode::InvalidInput, tr("The price cannot be negative."),
                         QStringLiteral("price"));
    }
    return inTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        if (!price)
            return sql::exec(
                q, QStringLiteral("DELETE FROM client_service_price WHERE client_id = ? AND service_id = ?"),
                {clientId, serviceId});
        return sql::exec(
            q,
            QStringLiteral("INSERT INTO client_service_price (client_id, service_id, unit_price) "
                           "VALUES (?, ?, ?) ON CONFLICT (client_id, service_id) "
                           "DO UPDATE SET unit_price = excluded.unit_price"),
            {clientId, serviceId, price->minorUnits()});
    });
}

Result<std::optional<Money>> ServiceRepository::clientPrice(qint64 clientId, qint64 serviceId) const
{
    QSqlQuery q(m_db);
    if (auto r = sql::exec(q,
                           QStringLiteral("SELECT p.unit_price, c.currency FROM client_service_price p "
                                          "JOIN client c ON c.id = p.client_id "
                                          "WHERE p.client_id = ? AND p.service_id = ?"),
                           {clientId, serviceId});
        !r)
        return r.error();
    if (!q.next())
        return std::optional<Money>();
    return std::optional<Money>(
        Money(q.value(0).toLongLong(), Currency::fromCode(q.value(1).toString()).value_or(Currency())));
}

} // namespace minuta
