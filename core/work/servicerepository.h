#pragma once

// The catalog of services and each client's own prices for them.

#include "storage/connection.h"
#include "values/error.h"
#include "work/service.h"

#include <QCoreApplication>
#include <QList>

namespace minuta {

class Clock;
class Database;

class ServiceRepository
{
    Q_DECLARE_TR_FUNCTIONS(minuta::ServiceRepository)

public:
    ServiceRepository(const Database &db, const Clock &clock);

    Result<Service> add(Service service);
    Result<Service> update(Service service);
    Result<Service> setActive(qint64 id, bool active);
    // Deletes a service nobody used (to undo adding it); one with usage is made inactive instead.
    Result<Service> remove(qint64 id);
    Result<Service> restore(const Service &service);

    Result<Service> get(qint64 id) const;
    Result<QList<Service>> list(bool includeInactive = false) const;
    // By id or by name (case-insensitive); an active service wins.
    Result<Service> find(QStringView nameOrId) const;
    Result<bool> hasUsage(qint64 id) const;

    // A client's own price for a service, in the client's currency; none removes it.
    Result<void> setClientPrice(qint64 clientId, qint64 serviceId, const std::optional<Money> &price);
    Result<std::optional<Money>> clientPrice(qint64 clientId, qint64 serviceId) const;

private:
    Result<Service> normalizedAndChecked(Service service) const;

    storage::Connection m_db;
    const Clock &m_clock;
};

} // namespace minuta
