#pragma once

// What is still unbilled for a client in a period: the billing calculation over the file's data.

#include "clients/client.h"
#include "values/error.h"
#include "work/billing.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace minuta {

class Clock;
class Database;

class UnbilledWork
{
    Q_DECLARE_TR_FUNCTIONS(minuta::UnbilledWork)

public:
    struct Report
    {
        Client client;
        std::optional<QDate> from; // inclusive, in the user's time zone
        std::optional<QDate> to;   // inclusive
        billing::Statement statement;
    };

    UnbilledWork(const Database &db, const Clock &clock);

    // Finished, billable, unbilled entries that started in [from, to] and unbilled usage in the same
    // days; no bound means no limit on that side.
    Result<Report> forClient(qint64 clientId, std::optional<QDate> from = std::nullopt,
                             std::optional<QDate> to = std::nullopt) const;

    // The inputs of the calculation, for callers (invoices) that build on them.
    Result<billing::Inputs> inputs(const Client &client, std::optional<QDate> from,
                                   std::optional<QDate> to) const;

private:
    const Database &m_database;
    const Clock &m_clock;
};

} // namespace minuta
