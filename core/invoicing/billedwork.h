#pragma once

// The work an invoice bills, as its timesheet shows it: each time entry with its raw and billed time
// and what it bills, and each unit of a service logged.

#include "values/money.h"
#include "values/quantity.h"
#include "work/timeentry.h"

#include <QList>
#include <QString>

#include <optional>

namespace minuta {

struct BilledTime
{
    TimeEntry entry;
    qint64 billedSeconds = 0;    // after rounding; the raw time on lines made before it was kept
    std::optional<Money> amount; // none on lines made before it was kept
};

struct BilledUnits
{
    qint64 usageId = 0;
    qint64 at = 0; // Unix seconds, UTC
    QString service;
    Quantity quantity;
    QString unit;
    QString unitPlural;
    QString note;
};

struct BilledWork
{
    QList<BilledTime> time;
    QList<BilledUnits> usage;

    bool isEmpty() const { return time.isEmpty() && usage.isEmpty(); }
};

} // namespace minuta
