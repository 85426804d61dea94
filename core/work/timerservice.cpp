#include "work/timerservice.h"

#include "business/settings.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/clock.h"
#include "values/timeutil.h"
#include "work/timeentryrepository.h"

#include <QSqlQuery>

namespace minuta {

TimerService::TimerService(const Database &db, const Clock &clock) : m_database(db), m_db(db), m_clock(clock)
{}

Result<TimerService::Stopped> TimerService::finish(const TimeEntry &entry, qint64 at)
{
    QSqlQuery q(m_db);
    if (at <= entry.start) {
        // Less than a second of work is no work: drop it rather than store an empty entry.
        if (auto r = sql::exec(q, QStringLiteral("DELETE FROM time_entry WHERE id = ?"), {entry.id}); !r)
            return r.error();
        return Stopped{};
    }
    if (auto r = sql::exec(q, QStringLiteral("UPDATE time_entry SET end_at = ?, updated_at = ? WHERE id = ?"),
                           {at, m_clock.nowSecs(), entry.id});
        !r)
        return r.error();
    TimeEntry finished = entry;
    finished.end = at;
    finished.updatedAt = m_clock.nowSecs();
    return Stopped{finished};
}

Result<TimerService::Started> TimerService::start(qint64 clientId, const QString &task,
                                                  const QString &description)
{
    TimeEntryRepository entries(m_database, m_clock);
    const qint64 now = m_clock.nowSecs();
    TimeEntry e;
    e.clientId = clientId;
    e.task = task;
    e.description = description;
    e.start = now;
    e = TimeEntryRepository::normalized(e);
    if (auto valid = TimeEntryRepository::validate(e, now); !valid)
        return valid.error();
    if (auto accepts = entries.checkClientAcceptsWork(clientId, std::nullopt); !accepts)
        return accepts.error();
    e.createdAt = e.updatedAt = now;

    return inTransaction(m_db, [&]() -> Result<Started> {
        Started started;
        auto current = entries.running();
        if (!current)
            return current.error();
        if (*current) {
            auto stopped = finish(**current, now);
            if (!stopped)
                return stopped.error();
            started.stopped = stopped->entry;
        }
        if (auto inserted = entries.insert(e, false); !inserted)
            return inserted.error();
        auto stored = entries.get(e.id);
        if (!stored)
            return stored.error();
        started.running = stored.value();
        return started;
    });
}

Result<TimerService::Stopped> TimerService::stop(std::optional<qint64> at)
{
    TimeEntryRepository entries(m_database, m_clock);
    auto current = entries.running();
    if (!current)
        return current.error();
    if (!*current)
        return Error(ErrorCode::NotFound, tr("No timer is running."), QStringLiteral("timer"));
    const TimeEntry &entry = **current;
    const qint64 now = m_clock.nowSecs();
    const qint64 end = at.value_or(now);
    if (at && *at <= entry.start)
        return Error(ErrorCode::InvalidInput, tr("The timer must stop after it started."),
                     QStringLiteral("at"));
    if (end > now)
        return Error(ErrorCode::InvalidInput, tr("The timer cannot stop in the future."),
                     QStringLiteral("at"));
    if (end - entry.start > TimeEntryRepository::MaxEntrySeconds)
        return Error(ErrorCode::InvalidInput,
                     tr("The timer has run for %1, more than a day. Stop it at the time you finished "
                        "instead.")
                         .arg(timeutil::formatDuration(end - entry.start)),
                     QStringLiteral("at"));
    return inTransaction(m_db, [&]() { return finish(entry, end); });
}

Result<TimeEntry> TimerService::discard()
{
    TimeEntryRepository entries(m_database, m_clock);
    auto current = entries.running();
    if (!current)
        return current.error();
    if (!*current)
        return Error(ErrorCode::NotFound, tr("No timer is running."), QStringLiteral("timer"));
    return entries.remove((*current)->id);
}

Result<TimerService::Status> TimerService::status() const
{
    TimeEntryRepository entries(m_database, m_clock);
    auto current = entries.running();
    if (!current)
        return current.error();
    auto defaults = Settings(m_database).businessDefaults();
    if (!defaults)
        return defaults.error();
    Status status;
    status.limitSeconds = defaults->timerLimitSeconds;
    status.running = *current;
    if (status.running) {
        status.elapsedSeconds = qMax<qint64>(0, status.running->durationSeconds(m_clock.nowSecs()));
        status.longRunning = status.elapsedSeconds > status.limitSeconds;
    }
    return status;
}

} // namespace minuta
