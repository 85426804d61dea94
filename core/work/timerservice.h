#pragma once

// The timer: start (which stops the running timer first, so starting another client switches),
// stop, discard and status. The running timer is a row of the time log with no end, so a crash or
// a power cut loses nothing, and the database lets only one such row exist.

#include "storage/connection.h"
#include "values/error.h"
#include "work/timeentry.h"

#include <QCoreApplication>

#include <optional>

namespace minuta {

class Clock;
class Database;

class TimerService
{
    Q_DECLARE_TR_FUNCTIONS(minuta::TimerService)

public:
    struct Started
    {
        TimeEntry running;
        std::optional<TimeEntry> stopped; // the timer that was running before, now finished
    };

    struct Stopped
    {
        // The finished entry; none when the timer ran for less than a second and was dropped.
        std::optional<TimeEntry> entry;
    };

    struct Status
    {
        std::optional<TimeEntry> running;
        qint64 elapsedSeconds = 0;
        bool longRunning = false; // past the limit: "did you forget to stop it?"
        qint64 limitSeconds = 0;
    };

    TimerService(const Database &db, const Clock &clock);

    Result<Started> start(qint64 clientId, const QString &task = {}, const QString &description = {});
    // Stops now, or at `at` (after the start, not in the future) when the person forgot to stop it.
    Result<Stopped> stop(std::optional<qint64> at = std::nullopt);
    // Throws the running timer away.
    Result<TimeEntry> discard();
    Result<Status> status() const;

private:
    // Finishes `entry` at `at` inside the caller's transaction.
    Result<Stopped> finish(const TimeEntry &entry, qint64 at);

    const Database &m_database;
    storage::Connection m_db;
    const Clock &m_clock;
};

} // namespace minuta
