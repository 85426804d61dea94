#pragma once

// The time log: manual entries, edits, deletes, lists and totals. The timer's own writes are in
// TimerService; both keep the same rules.

#include "storage/connection.h"
#include "values/error.h"
#include "values/validation.h"
#include "work/timeentry.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>

namespace minuta {

class Clock;
class Database;

class TimeEntryRepository
{
    Q_DECLARE_TR_FUNCTIONS(minuta::TimeEntryRepository)

public:
    static constexpr qint64 MaxEntrySeconds = 24 * 3600;

    // What a save did, beyond storing the entry.
    struct Saved
    {
        TimeEntry entry;
        QList<TimeEntry> overlaps; // other entries sharing some of its time: allowed, but worth a look
        QStringList warnings;      // sentences for people, one per thing worth a look
    };

    enum class Order { Oldest, Newest };

    // Many finished entries added one after another inside the caller's transaction, as an import
    // does: the rules of add(), with statements prepared once, so that each entry costs a few index
    // lookups however long the history is.
    class Batch
    {
    public:
        explicit Batch(TimeEntryRepository &entries);
        ~Batch();
        // Whether an entry of the same client with the same start and end is stored already.
        Result<bool> contains(const TimeEntry &entry);
        // Adds a finished entry checked as add() checks it; true when it shares time with other work.
        Result<bool> add(TimeEntry entry, validation::UnusualDate dates = validation::UnusualDate::Refuse);

    private:
        Result<void> prepare();
        Result<bool> overlapsOtherWork(const TimeEntry &entry);
        struct Statements; // prepared once for the whole batch

        TimeEntryRepository &m_entries;
        std::unique_ptr<Statements> m_statements;
        QSet<qint64> m_acceptingClients; // checked already
        std::optional<qint64> m_runningStart;
        bool m_prepared = false;
    };

    TimeEntryRepository(const Database &db, const Clock &clock);

    // A finished entry logged by hand. A start before 2000 is refused unless `dates` allows it.
    Result<Saved> add(TimeEntry entry, validation::UnusualDate dates = validation::UnusualDate::Refuse);
    // Changes an entry (the running one too, which stays running). Billed entries are refused; a
    // start moved before 2000 too, unless `dates` allows it.
    Result<Saved> update(TimeEntry entry, validation::UnusualDate dates = validation::UnusualDate::Refuse);
    // Deletes an entry and returns it, so it can be put back. Billed entries are refused.
    Result<TimeEntry> remove(qint64 id);
    // Puts back a removed entry with its old id.
    Result<TimeEntry> restore(const TimeEntry &entry);
    // Deletes several entries, all or none, and returns them in the order of `ids`.
    Result<QList<TimeEntry>> remove(const QList<qint64> &ids);
    // Puts several removed entries back with their old ids, all or none.
    Result<void> restore(const QList<TimeEntry> &entries);

    // An entry cut in two at a moment inside it.
    struct Split
    {
        TimeEntry first;  // the entry itself, which now ends where the second part starts
        TimeEntry second; // a new entry for the rest: same client, task, description, billing and rate
    };
    // Splits a finished, unbilled entry at `at`, a moment after its start and before its end, in one
    // transaction. The second part is added with the rules of add(): a start before 2000 is refused
    // unless `dates` allows it, and so is a client who has been archived.
    Result<Split> split(qint64 id, qint64 at,
                        validation::UnusualDate dates = validation::UnusualDate::Refuse);
    // Undoes a split: the second part goes and the first gets its end back. Returns the whole entry.
    Result<TimeEntry> join(const Split &split);
    // Splits again what join() put together, the second part with the id it had.
    Result<Split> restore(const Split &split);

    Result<TimeEntry> get(qint64 id) const;
    Result<std::optional<TimeEntry>> running() const;
    // Entries matching `filter`, `limit` of them from `offset` (all when limit < 0).
    Result<QList<TimeEntry>> list(const TimeEntryFilter &filter, Order order = Order::Oldest,
                                  qint64 offset = 0, qint64 limit = -1) const;
    // The `limit` entries that follow `last` in the order: a page as quick deep in a long history as at
    // its top (the index is walked from `last`, not counted from the first row).
    Result<QList<TimeEntry>> listAfter(const TimeEntryFilter &filter, Order order, const TimeEntry &last,
                                       qint64 limit) const;
    // Fills in what the billable entries of a list are worth (TimeEntry::amount), as an invoice would
    // price them: for the lists that show it, not for every read (an export of a million entries
    // has no use for it).
    Result<void> price(QList<TimeEntry> &entries) const;
    Result<TimeEntryTotals> totals(const TimeEntryFilter &filter) const;
    // The entries matching `filter` that start on the local days [from, to] (at most 62), added up
    // per day, in date order; days without entries are left out.
    Result<QList<DayTotals>> dayTotals(const TimeEntryFilter &filter, QDate from, QDate to) const;
    // The client's distinct tasks, most recently used first.
    Result<QStringList> recentTasks(qint64 clientId, int limit = 10) const;
    // Clients by when work was last logged for them, most recent first.
    Result<QList<qint64>> recentClientIds(int limit = 50) const;
    // Finished entries that share time with [start, end), except `excludeId`.
    Result<QList<TimeEntry>> overlapping(qint64 start, qint64 end, qint64 excludeId) const;

    // Checks an entry's own fields against the rules (end after start, not in the future, not
    // longer than a day, texts within their limits); `now` is the clock's time.
    static Result<void> validate(const TimeEntry &entry, qint64 now);
    // Trims texts.
    static TimeEntry normalized(TimeEntry entry);

private:
    friend class TimerService;
    Result<void> checkClientAcceptsWork(qint64 clientId, const std::optional<Money> &rateOverride) const;
    Result<void> insert(TimeEntry &entry, bool keepId);
    Result<void> write(const TimeEntry &entry);
    Result<Saved> withOverlaps(const TimeEntry &entry) const;
    Result<void> checkUsualStart(const TimeEntry &entry, validation::UnusualDate dates) const;
    // The totals from the file's figures per day or month, when they can answer the filter.
    std::optional<Result<TimeEntryTotals>> totalsFromFigures(const TimeEntryFilter &filter) const;

    const Database &m_file;
    storage::Connection m_db;
    const Clock &m_clock;
};

} // namespace minuta
