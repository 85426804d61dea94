#pragma once

// The time entries a filter selects, as CSV for a spreadsheet or another tool: one finished entry
// a row, oldest first, in the user's time zone. Written page by page, so a whole history of a
// million entries never sits in memory at once.
//
// Columns: date, start, end, minutes, hours, client, task, description, billable, invoice.
// Dates are ISO (2026-11-02), times 24-hour (09:30), hours decimal with a dot (1.50), billable
// "yes" or "no", invoice the number of the invoice that billed the entry ("draft" while a draft
// holds it).

#include "storage/database.h"
#include "values/clock.h"
#include "work/timeentry.h"

#include <QByteArray>

#include <functional>

namespace minuta {

class TimesheetCsv
{
public:
    TimesheetCsv(const Database &db, const Clock &clock);

    // Hands the CSV to `sink` in pieces (the header first); stops when `sink` returns false.
    // Returns the count of entries written.
    Result<qint64> write(const TimeEntryFilter &filter,
                         const std::function<bool(const QByteArray &)> &sink) const;
    // Writes the CSV to `path` in one step: the file is either whole or not there.
    Result<qint64> writeFile(const TimeEntryFilter &filter, const QString &path) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace minuta
