#pragma once

// Units of services used by clients: "12 calls answered for ACME on 2 November".

#include "storage/connection.h"
#include "values/error.h"
#include "values/validation.h"
#include "work/service.h"

#include <QCoreApplication>
#include <QList>

namespace minuta {

class Clock;
class Database;

class UsageRepository
{
    Q_DECLARE_TR_FUNCTIONS(minuta::UsageRepository)

public:
    enum class Order { Oldest, Newest };

    UsageRepository(const Database &db, const Clock &clock);

    // A time of use before 2000 is refused unless `dates` allows it.
    Result<Usage> add(Usage usage, validation::UnusualDate dates = validation::UnusualDate::Refuse);
    Result<Usage> update(Usage usage, validation::UnusualDate dates = validation::UnusualDate::Refuse);
    Result<Usage> remove(qint64 id);
    Result<Usage> restore(const Usage &usage);

    Result<Usage> get(qint64 id) const;
    Result<QList<Usage>> list(const UsageFilter &filter, Order order = Order::Oldest, qint64 offset = 0,
                              qint64 limit = -1) const;
    // The `limit` records that follow `last` in the order, walking the index from it.
    Result<QList<Usage>> listAfter(const UsageFilter &filter, Order order, const Usage &last,
                                   qint64 limit) const;
    Result<qint64> count(const UsageFilter &filter) const;
    // The units matching `filter` used on the local days [from, to] (at most 62), added up per day
    // and service: days in order, services by name.
    Result<QList<DayUnits>> unitsByDay(const UsageFilter &filter, QDate from, QDate to) const;

    static Result<void> validate(const Usage &usage, qint64 now);

private:
    Result<void> checkAccepts(const Usage &usage) const;
    Result<void> insert(Usage &usage, bool keepId);
    Result<void> checkUsualTime(const Usage &usage, validation::UnusualDate dates) const;

    storage::Connection m_db;
    const Clock &m_clock;
};

} // namespace minuta
