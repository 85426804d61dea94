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

    // Which work: not yet on an invoice, or also the work of invoices that drew it against prepaid
    // packs (it keeps counting in what the packs have used).
    enum class Scope { Unbilled, DrawnOnPacks };

    UnbilledWork(const Database &db, const Clock &clock);

    // Finished, billable, unbilled entries that started in [from, to] and unbilled usage in the same
    // days; no bound means no limit on that side.
    Result<Report> forClient(qint64 clientId, std::optional<QDate> from = std::nullopt,
                             std::optional<QDate> to = std::nullopt) const;

    // The inputs of the calculation, for callers (invoices) that build on them.
    Result<billing::Inputs> inputs(const Client &client, std::optional<QDate> from, std::optional<QDate> to,
                                   Scope scope = Scope::Unbilled) const;

private:
    const Database &m_database;
    const Clock &m_clock;
};

} // namespace minuta
