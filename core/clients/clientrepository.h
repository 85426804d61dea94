#pragma once

// Clients in the file: add, change, archive, find. A client with logged work is archived, never
// deleted; archived clients keep their history and leave the pickers.

#include "clients/client.h"
#include "storage/connection.h"
#include "values/error.h"

#include <QCoreApplication>
#include <QList>

namespace minuta {

class Clock;
class Database;

class ClientRepository
{
    Q_DECLARE_TR_FUNCTIONS(minuta::ClientRepository)

public:
    ClientRepository(const Database &db, const Clock &clock);

    // Validates, checks the name is free among active clients, stores; returns the stored client.
    Result<Client> add(Client client);
    Result<Client> update(Client client);
    Result<Client> setArchived(qint64 id, bool archived);
    // Deletes a client that has no logged work (to undo adding it); one with history is refused.
    Result<Client> remove(qint64 id);
    // Puts back a removed client with its old id (to undo removing it).
    Result<Client> restore(const Client &client);

    Result<Client> get(qint64 id) const;
    // Active clients by name; archived ones too when asked.
    Result<QList<Client>> list(bool includeArchived = false) const;
    // A client by id ("12") or by name, case-insensitive; an active client wins over archived ones.
    Result<Client> find(QStringView nameOrId) const;
    // Whether the client has time entries, usage, prepaid packs or recurring fees.
    Result<bool> hasHistory(qint64 id) const;

    // The normalised, case-folded name that uniqueness and lookups compare (see
    // validation::normalizedName).
    static QString nameKey(const QString &name);

private:
    Result<Client> normalizedAndChecked(Client client) const;
    Result<void> write(const Client &client, bool insert, bool keepId);

    storage::Connection m_db;
    const Clock &m_clock;
};

} // namespace minuta
