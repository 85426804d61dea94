#pragma once

// One block of work for a client: a start, an end (none while the timer runs), what was done, and
// how it is billed.

#include "values/error.h"
#include "values/money.h"
#include "values/moneytotals.h"

#include <QDate>
#include <QString>

#include <optional>

namespace minuta {

struct TimeEntry
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString task; // a short category ("Email", "Bookkeeping"), suggested from recent ones
    QString description;
    qint64 start = 0;          // Unix seconds, UTC
    std::optional<qint64> end; // none while the timer runs
    bool billable = true;
    std::optional<Money> rateOverride; // per hour, in the client's currency
    std::optional<qint64> invoiceId;   // set once billed
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // Filled in by reads, for lists: the client's name and colour.
    QString clientName;
    QString clientColor;
    // Filled in by TimeEntryRepository::price(), for billable entries: the billed time (a running
    // entry's until now) at the rate that applies, in the client's currency, as an invoice would.
    std::optional<Money> amount;

    bool isRunning() const { return !end.has_value(); }
    bool isBilled() const { return invoiceId.has_value(); }
    // Seconds of work; for a running entry, until `now`.
    qint64 durationSeconds(qint64 now) const { return (end ? *end : now) - start; }
};

// Which entries a list or a total covers. Periods are half-open, [from, to), on the start.
struct TimeEntryFilter
{
    std::optional<qint64> clientId;
    std::optional<qint64> from;
    std::optional<qint64> to;
    std::optional<bool> billable;
    std::optional<bool> billed;
    bool includeRunning = true;
};

struct TimeEntryTotals
{
    qint64 count = 0;
    qint64 seconds = 0;         // finished entries only
    qint64 billableSeconds = 0; // finished billable entries only
};

// One local day of the time log: its entries (a running one up to now) and what the billable ones
// are worth.
struct DayTotals
{
    QDate day;
    qint64 count = 0;
    qint64 seconds = 0;
    qint64 billableSeconds = 0;
    MoneyTotals amount;
};

} // namespace minuta
