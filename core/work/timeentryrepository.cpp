#include "work/timeentryrepository.h"

#include "business/settings.h"
#include "clients/client.h"
#include "storage/connection.h"
#include "storage/database.h"
#include "storage/dayfigures.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/clock.h"
#include "values/timeutil.h"
#include "values/validation.h"
#include "work/billing.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace minuta {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT e.id, e.client_id, e.task, e.description, e.start_at, e.end_at, e.billable, e.rate_override, "
    "e.invoice_id, e.created_at, e.updated_at, c.name, c.color, c.currency "
    "FROM time_entry e JOIN client c ON c.id = e.client_id");

TimeEntry fromRow(const QSqlQuery &q)
{
    TimeEntry e;
    e.id = q.value(0).toLongLong();
    e.clientId = q.value(1).toLongLong();
    e.task = q.value(2).toString();
    e.description = q.value(3).toString();
    e.start = q.value(4).toLongLong();
    e.end = sql::optionalInt(q.value(5));
    e.billable = q.value(6).toBool();
    const Currency currency = Currency::fromCode(q.value(13).toString()).value_or(Currency());
    if (const auto rate = sql::optionalInt(q.value(7)))
        e.rateOverride = Money(*rate, currency);
    e.invoiceId = sql::optionalInt(q.value(8));
    e.createdAt = q.value(9).toLongLong();
    e.updatedAt = q.value(10).toLongLong();
    e.clientName = q.value(11).toString();
    e.clientColor = q.value(12).toString();
    return e;
}

// The WHERE clause of a filter and the values it binds, in order.
std::pair<QString, QVariantList> whereClause(const TimeEntryFilter &f)
{
    QStringList conditions;
    QVariantList values;
    if (f.clientId) {
        conditions << QStringLiteral("e.client_id = ?");
        values << *f.clientId;
    }
    if (f.from) {
        conditions << QStringLiteral("e.start_at >= ?");
        values << *f.from;
    }
    if (f.to) {
        conditions << QStringLiteral("e.start_at < ?");
        values << *f.to;
    }
    if (f.billable)
        conditions << (*f.billable ? QStringLiteral("e.billable = 1") : QStringLiteral("e.billable = 0"));
    if (f.billed)
        conditions << (*f.billed ? QStringLiteral("e.invoice_id IS NOT NULL")
                                 : QStringLiteral("e.invoice_id IS NULL"));
    if (!f.includeRunning)
        conditions << QStringLiteral("e.end_at IS NOT NULL");
    return {conditions.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")),
            values};
}

Result<void> run(QSqlQuery &q, const QString &statement, const QVariantList &values)
{
    if (!q.prepare(statement))
        return sql::toError(q.lastError(), TimeEntryRepository::tr("The time log could not be read"));
    for (const QVariant &v : values)
        sql::bind(q, v);
    if (!q.exec())
        return sql::toError(q.lastError(), TimeEntryRepository::tr("The time log could not be read"));
    return {};
}

QVariant rateValue(const std::optional<Money> &rate)
{
    return rate ? QVariant(rate->minorUnits()) : QVariant(QMetaType::fromType<qint64>());
}

Error billedError()
{
    return Error(ErrorCode::Conflict,
                 TimeEntryRepository::tr("This entry is billed on an invoice, so it can no longer change."),
                 QStringLiteral("entry"));
}

} // namespace

TimeEntryRepository::TimeEntryRepository(const Database &db, const Clock &clock)
    : m_file(db), m_db(db), m_clock(clock)
{}

TimeEntry TimeEntryRepository::normalized(TimeEntry e)
{
    // Tasks are grouped and suggested by name, so look-alikes must not make two.
    e.task = validation::normalizedName(e.task);
    e.description = validation::cleanText(e.description);
    return e;
}

Result<void> TimeEntryRepository::validate(const TimeEntry &e, qint64 now)
{
    if (e.clientId <= 0)
        return Error(ErrorCode::InvalidInput, tr("Choose the client the work was for."),
                     QStringLiteral("client"));
    if (e.start > now)
        return Error(ErrorCode::InvalidInput, tr("The start is in the future."), QStringLiteral("start"));
    if (e.end) {
        if (*e.end <= e.start)
            return Error(ErrorCode::InvalidInput, tr("The end must be after the start."),
                         QStringLiteral("end"));
        // Length before the future: a row of a file claiming years of work is too long, whatever
        // else is wrong with it.
        if (*e.end - e.start > MaxEntrySeconds)
            return Error(ErrorCode::InvalidInput,
                         tr("An entry cannot be longer than 24 hours; log each day on its own."),
                         QStringLiteral("end"));
        if (*e.end > now)
            return Error(ErrorCode::InvalidInput, tr("The end is in the future."), QStringLiteral("end"));
    }
    if (auto r = validation::checkText(e.task, 200, QStringLiteral("task"), tr("The task")); !r)
        return r;
    if (auto r = validation::checkText(e.description, 5000, QStringLiteral("description"),
                                       tr("The description"), false);
        !r)
        return r;
    if (e.rateOverride && e.rateOverride->isNegative())
        return Error(ErrorCode::InvalidInput, tr("The rate cannot be negative."), QStringLiteral("rate"));
    return {};
}

Result<void> TimeEntryRepository::checkClientAcceptsWork(qint64 clientId,
                                                         const std::optional<Money> &rateOverride) const
{
    QSqlQuery q(m_db);
    if (auto r = sql::exec(q, QStringLiteral("SELECT name, currency, archived FROM client WHERE id = ?"),
                           {clientId});
        !r)
        return r;
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no client with id %1.").arg(clientId),
                     QStringLiteral("client"));
    if (q.value(2).toBool())
        return Error(ErrorCode::Conflict,
                     tr("“%1” is archived; bring the client back before logging work for them.")
                         .arg(q.value(0).toString()),
                     QStringLiteral("client"));
    if (rateOverride && rateOverride->currency().code() != q.value(1).toString())
        return Error(ErrorCode::InvalidInput,
                     tr("The rate must be in the client's currency (%1).").arg(q.value(1).toString()),
                     QStringLiteral("rate"));
    return {};
}

Result<void> TimeEntryRepository::insert(TimeEntry &e, bool keepId)
{
    QSqlQuery q(m_db);
    const QString columns = QStringLiteral("client_id, task, description, start_at, end_at, billable, "
                                           "rate_override, invoice_id, created_at, updated_at");
    const QString statement =
        keepId ? QStringLiteral("INSERT INTO time_entry (id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(columns)
               : QStringLiteral("INSERT INTO time_entry (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(columns);
    QVariantList values;
    if (keepId)
        values << e.id;
    values << e.clientId << e.task << e.description << e.start << sql::nullable(e.end) << (e.billable ? 1 : 0)
           << rateValue(e.rateOverride) << sql::nullable(e.invoiceId) << e.createdAt << e.updatedAt;
    if (!q.prepare(statement))
        return sql::toError(q.lastError(), tr("The entry could not be saved"));
    for (const QVariant &v : std::as_const(values))
        sql::bind(q, v);
    if (!q.exec()) {
        if (q.lastError().databaseText().contains(QLatin1String("time_entry_one_running")))
            return Error(ErrorCode::Conflict, tr("Another timer is already running."),
                         QStringLiteral("timer"));
        return sql::toError(q.lastError(), tr("The entry could not be saved"));
    }
    if (!keepId)
        e.id = sql::lastInsertId(q);
    return {};
}

Result<void> TimeEntryRepository::write(const TimeEntry &e)
{
    QSqlQuery q(m_db);
    return sql::exec(
        q,
        QStringLiteral("UPDATE time_entry SET client_id = ?, task = ?, description = ?, start_at = ?, "
                       "end_at = ?, billable = ?, rate_override = ?, updated_at = ? WHERE id = ?"),
        {e.clientId, e.task, e.description, e.start, sql::nullable(e.end), e.billable ? 1 : 0,
         rateValue(e.rateOverride), e.updatedAt, e.id});
}

Result<TimeEntryRepository::Saved> TimeEntryRepository::withOverlaps(const TimeEntry &e) const
{
    Saved saved{e, {}, {}};
    const qint64 now = m_clock.nowSecs();
    auto others = overlapping(e.start, e.end.value_or(now), e.id);
    if (!others)
        return others.error();
    const QTimeZone zone = m_clock.timeZone();
    for (const TimeEntry &other : *others) {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(other.start, zone);
        const QDateTime end = QDateTime::fromSecsSinceEpoch(other.end.value_or(now), zone);
        saved.warnings << tr("It overlaps entry %1 for %2, %3–%4.")
                              .arg(other.id)
                              .arg(other.clientName, start.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   end.toString(QStringLiteral("HH:mm")));
    }
    saved.overlaps = std::move(others.value());
    return saved;
}

Result<void> TimeEntryRepository::checkUsualStart(const TimeEntry &e, validation::UnusualDate dates) const
{
    const QTimeZone zone = m_clock.timeZone();
    return validation::checkUsualDate(timeutil::localDate(e.start, zone),
                                      timeutil::localDate(m_clock.nowSecs(), zone), dates,
                                      QStringLiteral("start"), tr("The start"));
}

Result<TimeEntryRepository::Saved> TimeEntryRepository::add(TimeEntry entry, validation::UnusualDate dates)
{
    TimeEntry e = normalized(std::move(entry));
    e.id = 0;
    e.invoiceId.reset();
    const qint64 now = m_clock.nowSecs();
    if (!e.end)
        return Error(ErrorCode::InvalidInput, tr("Give the end of the work, or how long it lasted."),
                     QStringLiteral("end"));
    if (auto valid = validate(e, now); !valid)
        return valid.error();
    if (auto usual = checkUsualStart(e, dates); !usual)
        return usual.error();
    if (auto accepts = checkClientAcceptsWork(e.clientId, e.rateOverride); !accepts)
        return accepts.error();
    e.createdAt = e.updatedAt = now;
    return inTransaction(m_db, [&]() -> Result<Saved> {
        if (auto inserted = insert(e, false); !inserted)
            return inserted.error();
        auto stored = get(e.id);
        if (!stored)
            return stored.error();
        return withOverlaps(*stored);
    });
}

namespace {

// Runs a prepared query that looks for a row with `values`: whether there is one.
Result<bool> anyRow(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values)
        sql::bind(query, v);
    if (!query.exec())
        return sql::toError(query.lastError(), TimeEntryRepository::tr("The time log could not be read"));
    const bool found = query.next();
    query.finish();
    return found;
}

} // namespace

struct TimeEntryRepository::Batch::Statements
{
    explicit Statements(const QSqlDatabase &db) : find(db), overlap(db), insert(db) {}
    QSqlQuery find;
    QSqlQuery overlap;
    QSqlQuery insert;
};

TimeEntryRepository::Batch::Batch(TimeEntryRepository &entries)
    : m_entries(entries), m_statements(std::make_unique<Statements>(entries.m_db))
{}

TimeEntryRepository::Batch::~Batch() = default;

Result<void> TimeEntryRepository::Batch::prepare()
{
    if (m_prepared)
        return {};
    // Prepared once for the whole batch; each statement walks an index of time_entry.
    const auto prepare = [](QSqlQuery &q, const QString &statement) {
        q.setForwardOnly(true);
        return q.prepare(statement);
    };
    if (!prepare(m_statements->find,
                 QStringLiteral("SELECT 1 FROM time_entry WHERE client_id = ? AND start_at = ? "
                                "AND end_at = ? LIMIT 1")))
        return sql::toError(m_statements->find.lastError(), tr("The time log could not be read"));
    // Only an entry that starts less than a day (the longest an entry lasts) before this one can
    // reach into it: a short range of the start_at index per entry, not the whole history.
    if (!prepare(m_statements->overlap,
                 QStringLiteral("SELECT 1 FROM time_entry WHERE start_at > ? AND start_at < ? "
                                "AND end_at > ? LIMIT 1")))
        return sql::toError(m_statements->overlap.lastError(), tr("The time log could not be read"));
    if (!prepare(m_statements->insert,
                 QStringLiteral("INSERT INTO time_entry (client_id, task, description, start_at, "
                                "end_at, billable, rate_override, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return sql::toError(m_statements->insert.lastError(), tr("The entry could not be saved"));
    auto running = m_entries.running();
    if (!running)
        return running.error();
    if (*running)
        m_runningStart = (*running)->start;
    m_prepared = true;
    return {};
}

Result<bool> TimeEntryRepository::Batch::contains(const TimeEntry &e)
{
    if (auto prepared = prepare(); !prepared)
        return prepared.error();
    return anyRow(m_statements->find, {QVariant(e.clientId), QVariant(e.start), sql::nullable(e.end)});
}

Result<bool> TimeEntryRepository::Batch::overlapsOtherWork(const TimeEntry &e)
{
    if (m_runningStart && *m_runningStart < *e.end)
        return true; // the running timer reaches up to now, and finished work is never in the future
    return anyRow(m_statements->overlap,
                  {QVariant(e.start - MaxEntrySeconds), QVariant(*e.end), QVariant(e.start)});
}

Result<bool> TimeEntryRepository::Batch::add(TimeEntry entry, validation::UnusualDate dates)
{
    TimeEntry e = normalized(std::move(entry));
    if (!e.end)
        return Error(ErrorCode::InvalidInput, tr("Give the end of the work, or how long it lasted."),
                     QStringLiteral("end"));
    const qint64 now = m_entries.m_clock.nowSecs();
    if (auto valid = validate(e, now); !valid)
        return valid.error();
    if (auto usual = m_entries.checkUsualStart(e, dates); !usual)
        return usual.error();
    if (e.rateOverride || !m_acceptingClients.contains(e.clientId)) {
        if (auto accepts = m_entries.checkClientAcceptsWork(e.clientId, e.rateOverride); !accepts)
            return accepts.error();
        m_acceptingClients.insert(e.clientId);
    }
    if (auto prepared = prepare(); !prepared)
        return prepared.error();
    auto overlaps = overlapsOtherWork(e);
    if (!overlaps)
        return overlaps;
    for (const QVariant &v : {QVariant(e.clientId), QVariant(e.task), QVariant(e.description),
                              QVariant(e.start), QVariant(*e.end), QVariant(e.billable ? 1 : 0),
                              rateValue(e.rateOverride), QVariant(now), QVariant(now)})
        sql::bind(m_statements->insert, v);
    if (!m_statements->insert.exec())
        return sql::toError(m_statements->insert.lastError(), tr("The entry could not be saved"));
    return overlaps;
}

Result<TimeEntryRepository::Saved> TimeEntryRepository::update(TimeEntry entry, validation::UnusualDate dates)
{
    auto existing = get(entry.id);
    if (!existing)
        return existing.error();
    if (existing->isBilled())
        return billedError();
    TimeEntry e = normalized(std::move(entry));
    e.invoiceId.reset();
    e.createdAt = existing->createdAt;
    if (existing->isRunning() && e.end)
        return Error(ErrorCode::InvalidInput, tr("Stop the timer to give this entry an end."),
                     QStringLiteral("end"));
    if (!existing->isRunning() && !e.end)
        return Error(ErrorCode::InvalidInput, tr("Give the end of the work, or how long it lasted."),
                     QStringLiteral("end"));
    const qint64 now = m_clock.nowSecs();
    if (auto valid = validate(e, now); !valid)
        return valid.error();
    // An entry confirmed at an unusual date keeps it through edits of its other fields.
    if (e.start != existing->start) {
        if (auto usual = checkUsualStart(e, dates); !usual)
            return usual.error();
    }
    if (e.clientId != existing->clientId || e.rateOverride != existing->rateOverride) {
        if (auto accepts = checkClientAcceptsWork(e.clientId, e.rateOverride); !accepts)
            return accepts.error();
    }
    e.updatedAt = now;
    return inTransaction(m_db, [&]() -> Result<Saved> {
        if (auto written = write(e); !written)
            return written.error();
        auto stored = get(e.id);
        if (!stored)
            return stored.error();
        return withOverlaps(*stored);
    });
}

Result<TimeEntry> TimeEntryRepository::remove(qint64 id)
{
    auto existing = get(id);
    if (!existing)
        return existing.error();
    if (existing->isBilled())
        return billedError();
    return inTransaction(m_db, [&]() -> Result<TimeEntry> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(q, QStringLiteral("DELETE FROM time_entry WHERE id = ?"), {id}); !r)
            return r.error();
        return existing.value();
    });
}

Result<TimeEntry> TimeEntryRepository::restore(const TimeEntry &entry)
{
    TimeEntry e = normalized(entry);
    e.invoiceId.reset();
    if (auto valid = validate(e, m_clock.nowSecs()); !valid)
        return valid.error();
    auto client = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM client WHERE id = ?"), {e.clientId});
    if (!client)
        return client.error();
    if (client->toLongLong() == 0)
        return Error(ErrorCode::NotFound, tr("There is no client with id %1.").arg(e.clientId),
                     QStringLiteral("client"));
    return inTransaction(m_db, [&]() -> Result<TimeEntry> {
        if (auto inserted = insert(e, true); !inserted)
            return inserted.error();
        return get(e.id);
    });
}

Result<QList<TimeEntry>> TimeEntryRepository::remove(const QList<qint64> &ids)
{
    return inTransaction(m_db, [&]() -> Result<QList<TimeEntry>> {
        QList<TimeEntry> removed;
        for (qint64 id : ids) {
            auto entry = remove(id);
            if (!entry)
                return entry.error();
            removed.append(*entry);
        }
        return removed;
    });
}

Result<void> TimeEntryRepository::restore(const QList<TimeEntry> &entries)
{
    return inTransaction(m_db, [&]() -> Result<void> {
        for (const TimeEntry &entry : entries)
            if (auto restored = restore(entry); !restored)
                return restored.error();
        return {};
    });
}

Result<TimeEntryRepository::Split> TimeEntryRepository::split(qint64 id, qint64 at,
                                                              validation::UnusualDate dates)
{
    auto entry = get(id);
    if (!entry)
        return entry.error();
    if (entry->isBilled())
        return billedError();
    if (entry->isRunning())
        return Error(ErrorCode::Conflict,
                     tr("The timer is still running on this entry; stop it before splitting the entry."),
                     QStringLiteral("entry"));
    if (at <= entry->start || at >= *entry->end) {
        const QTimeZone zone = m_clock.timeZone();
        const auto local = [&zone](qint64 secs) {
            return QDateTime::fromSecsSinceEpoch(secs, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        };
        return Error(ErrorCode::InvalidInput,
                     tr("Split the entry at a time inside it, after %1 and before %2.")
                         .arg(local(entry->start), local(*entry->end)),
                     QStringLiteral("at"));
    }
    TimeEntry first = *entry;
    first.end = at;
    TimeEntry second = *entry;
    second.id = 0;
    second.start = at;
    return inTransaction(m_db, [&]() -> Result<Split> {
        auto shortened = update(first);
        if (!shortened)
            return shortened.error();
        auto added = add(second, dates);
        if (!added)
            return added.error();
        return Split{shortened->entry, added->entry};
    });
}

Result<TimeEntry> TimeEntryRepository::join(const Split &split)
{
    TimeEntry whole = split.first;
    whole.end = split.second.end;
    return inTransaction(m_db, [&]() -> Result<TimeEntry> {
        if (auto removed = remove(split.second.id); !removed)
            return removed.error();
        auto joined = update(whole);
        if (!joined)
            return joined.error();
        return joined->entry;
    });
}

Result<TimeEntryRepository::Split> TimeEntryRepository::restore(const Split &split)
{
    return inTransaction(m_db, [&]() -> Result<Split> {
        auto shortened = update(split.first);
        if (!shortened)
            return shortened.error();
        auto second = restore(split.second);
        if (!second)
            return second.error();
        return Split{shortened->entry, *second};
    });
}

Result<TimeEntry> TimeEntryRepository::get(qint64 id) const
{
    QSqlQuery q(m_db);
    if (auto r = run(q, kSelect + QStringLiteral(" WHERE e.id = ?"), {id}); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no time entry with id %1.").arg(id),
                     QStringLiteral("entry"));
    return fromRow(q);
}

Result<std::optional<TimeEntry>> TimeEntryRepository::running() const
{
    QSqlQuery q(m_db);
    if (auto r = run(q, kSelect + QStringLiteral(" WHERE e.end_at IS NULL"), {}); !r)
        return r.error();
    if (!q.next())
        return std::optional<TimeEntry>();
    return std::optional<TimeEntry>(fromRow(q));
}

Result<QList<TimeEntry>> TimeEntryRepository::list(const TimeEntryFilter &filter, Order order, qint64 offset,
                                                   qint64 limit) const
{
    auto [where, values] = whereClause(filter);
    const QString direction = order == Order::Oldest ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString statement = kSelect + where + QStringLiteral(" ORDER BY e.start_at %1, e.id %1").arg(direction);
    if (limit >= 0) {
        statement += QStringLiteral(" LIMIT ? OFFSET ?");
        values << limit << offset;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r = run(q, statement, values); !r)
        return r.error();
    QList<TimeEntry> entries;
    while (q.next())
        entries.append(fromRow(q));
    return entries;
}

Result<QList<TimeEntry>> TimeEntryRepository::listAfter(const TimeEntryFilter &filter, Order order,
                                                        const TimeEntry &last, qint64 limit) const
{
    // The page starts at `last`: that is the range's bound on the start index, so the walk begins
    // there. (Given beside the filter's own bound, SQLite walks from the filter's, re-reading every
    // page before this one: a second deep in ten years.)
    const bool oldest = order == Order::Oldest;
    TimeEntryFilter bounded = filter;
    if (oldest)
        bounded.from = std::max(filter.from.value_or(last.start), last.start);
    else
        bounded.to = std::min(filter.to.value_or(last.start + 1), last.start + 1);
    auto [where, values] = whereClause(bounded);
    where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
             + (oldest ? QStringLiteral("(e.start_at, e.id) > (?, ?)")
                       : QStringLiteral("(e.start_at, e.id) < (?, ?)"));
    values << last.start << last.id;
    const QString direction = oldest ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r = run(
            q, kSelect + where + QStringLiteral(" ORDER BY e.start_at %1, e.id %1 LIMIT ?").arg(direction),
            values << limit);
        !r)
        return r.error();
    QList<TimeEntry> entries;
    while (q.next())
        entries.append(fromRow(q));
    return entries;
}

Result<void> TimeEntryRepository::price(QList<TimeEntry> &entries) const
{
    struct Terms
    {
        std::optional<Currency> currency;
        std::optional<Money> rate;
        BillingPolicy policy;
    };
    QHash<qint64, Terms> terms;
    std::optional<std::optional<Money>> businessRate; // read once, when a billable entry needs it
    const qint64 now = m_clock.nowSecs();
    for (TimeEntry &e : entries) {
        e.amount.reset();
        if (!e.billable)
            continue;
        if (!businessRate) {
            auto defaults = Settings(m_file).businessDefaults();
            if (!defaults)
                return defaults.error();
            businessRate = defaults->hourlyRate;
        }
        auto known = terms.constFind(e.clientId);
        if (known == terms.constEnd()) {
            QSqlQuery q(m_db);
            if (auto r = run(q,
                             QStringLiteral("SELECT currency, hourly_rate, increment_minutes, rounding, "
                                            "minimum_minutes FROM client WHERE id = ?"),
                             {e.clientId});
                !r)
                return r.error();
            Terms t;
            if (q.next()) {
                t.currency = Currency::fromCode(q.value(0).toString());
                if (const auto rate = sql::optionalInt(q.value(1)); rate && t.currency)
                    t.rate = Money(*rate, *t.currency);
                t.policy =
                    BillingPolicy{q.value(2).toInt(),
                                  roundingModeFromName(q.value(3).toString()).value_or(RoundingMode::Up),
                                  q.value(4).toInt()};
            }
            known = terms.insert(e.clientId, t);
        }
        if (!known->currency)
            continue;
        const billing::Rate rate =
            billing::resolveRate(e.rateOverride, known->rate, *businessRate, *known->currency);
        if (auto amount = rate.perHour.forSeconds(
                billing::billedSeconds(qMax<qint64>(0, e.durationSeconds(now)), known->policy)))
            e.amount = *amount;
    }
    return {};
}

Result<QList<DayTotals>> TimeEntryRepository::dayTotals(const TimeEntryFilter &filter, QDate from,
                                                        QDate to) const
{
    if (auto period = validation::checkShortPeriod(from, to); !period)
        return period.error();
    const QTimeZone zone = m_clock.timeZone();
    TimeEntryFilter days = filter;
    days.from = std::max(filter.from.value_or(LLONG_MIN), timeutil::startOfDay(from, zone));
    days.to = std::min(filter.to.value_or(LLONG_MAX), timeutil::startOfDay(to.addDays(1), zone));
    auto entries = list(days);
    if (!entries)
        return entries.error();
    if (auto priced = price(*entries); !priced)
        return priced.error();
    const qint64 now = m_clock.nowSecs();
    QList<DayTotals> totals;
    for (const TimeEntry &e : std::as_const(*entries)) {
        const QDate day = timeutil::localDate(e.start, zone);
        if (totals.isEmpty() || totals.last().day != day) {
            totals.append(DayTotals());
            totals.last().day = day;
        }
        DayTotals &t = totals.last();
        const qint64 seconds = qMax<qint64>(0, e.durationSeconds(now));
        ++t.count;
        t.seconds += seconds;
        if (e.billable)
            t.billableSeconds += seconds;
        if (e.amount)
            if (auto added = t.amount.add(*e.amount); !added)
                return added.error();
    }
    return totals;
}

Result<TimeEntryTotals> TimeEntryRepository::totals(const TimeEntryFilter &filter) const
{
    if (auto keyed = totalsFromFigures(filter))
        return *keyed;
    auto [where, values] = whereClause(filter);
    QSqlQuery q(m_db);
    if (auto r = run(q,
                     QStringLiteral("SELECT count(*), total(e.end_at - e.start_at), "
                                    "total(CASE WHEN e.billable = 1 THEN e.end_at - e.start_at END) "
                                    "FROM time_entry e")
                         + where,
                     values);
        !r)
        return r.error();
    TimeEntryTotals t;
    if (q.next()) {
        t.count = q.value(0).toLongLong();
        // total() of integers is exact far beyond any time log (2^53 seconds).
        t.seconds = qint64(q.value(1).toLongLong());
        t.billableSeconds = qint64(q.value(2).toLongLong());
    }
    return t;
}

std::optional<Result<TimeEntryTotals>>
TimeEntryRepository::totalsFromFigures(const TimeEntryFilter &filter) const
{
    // The file's figures per local day and month answer a period of whole local days (or all
    // time) in the clock's zone, when they are in that zone.
    const QTimeZone zone = m_clock.timeZone();
    const auto wholeDay = [&](const std::optional<qint64> &at) {
        return !at || *at == timeutil::startOfDay(timeutil::localDate(*at, zone), zone);
    };
    if (!wholeDay(filter.from) || !wholeDay(filter.to) || !dayfigures::usable(m_db, zone))
        return std::nullopt;
    const QDate epoch(1970, 1, 1);
    QStringList conditions;
    QVariantList values;
    // All time reads the months: a few rows per client and month.
    const bool months = !filter.from && !filter.to;
    if (filter.from) {
        conditions << QStringLiteral("local_day >= ?");
        values << epoch.daysTo(timeutil::localDate(*filter.from, zone));
    }
    if (filter.to) {
        conditions << QStringLiteral("local_day < ?");
        values << epoch.daysTo(timeutil::localDate(*filter.to, zone));
    }
    if (filter.clientId) {
        conditions << QStringLiteral("client_id = ?");
        values << *filter.clientId;
    }
    if (filter.billable)
        conditions << (*filter.billable ? QStringLiteral("billable = 1") : QStringLiteral("billable = 0"));
    if (filter.billed)
        conditions << (*filter.billed ? QStringLiteral("invoiced = 1") : QStringLiteral("invoiced = 0"));
    // The running entry is counted, as the rows would count it, but has no seconds yet.
    QString running = QStringLiteral("0");
    QVariantList runningValues;
    if (filter.includeRunning && !filter.billed.value_or(false)) {
        TimeEntryFilter runningOnly = filter;
        runningOnly.billed.reset();
        auto [where, bound] = whereClause(runningOnly);
        running = QStringLiteral("(SELECT count(*) FROM time_entry e%1%2 e.end_at IS NULL)")
                      .arg(where, where.isEmpty() ? QStringLiteral(" WHERE") : QStringLiteral(" AND"));
        runningValues = bound;
    }
    QSqlQuery q(m_db);
    if (auto r =
            run(q,
                QStringLiteral("SELECT %1 + coalesce(sum(entries), 0), coalesce(sum(seconds), 0), "
                               "coalesce(sum(CASE WHEN billable = 1 THEN seconds ELSE 0 END), 0) FROM %2%3")
                    .arg(running, months ? QStringLiteral("month_time") : QStringLiteral("day_time"),
                         conditions.isEmpty()
                             ? QString()
                             : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))),
                runningValues + values);
        !r)
        return Result<TimeEntryTotals>(r.error());
    TimeEntryTotals t;
    if (q.next()) {
        t.count = q.value(0).toLongLong();
        t.seconds = q.value(1).toLongLong();
        t.billableSeconds = q.value(2).toLongLong();
    }
    return Result<TimeEntryTotals>(t);
}

Result<QStringList> TimeEntryRepository::recentTasks(qint64 clientId, int limit) const
{
    QSqlQuery q(m_db);
    if (auto r = run(q,
                     // Among the client's latest 1,000 entries, walked down the index: as quick
                     // for a client with years of history as for a new one.
                     QStringLiteral("SELECT task FROM (SELECT task, start_at FROM time_entry "
                                    "WHERE client_id = ? ORDER BY start_at DESC LIMIT 1000) "
                                    "WHERE task <> '' GROUP BY task ORDER BY max(start_at) DESC LIMIT ?"),
                     {clientId, limit});
        !r)
        return r.error();
    QStringList tasks;
    while (q.next())
        tasks << q.value(0).toString();
    return tasks;
}

Result<QList<qint64>> TimeEntryRepository::recentClientIds(int limit) const
{
    QSqlQuery q(m_db);
    if (auto r = run(q,
                     // One index lookup per client, not a pass over the whole history.
                     QStringLiteral("SELECT id FROM (SELECT c.id, (SELECT max(e.start_at) FROM time_entry e "
                                    "WHERE e.client_id = c.id) AS latest FROM client c) "
                                    "WHERE latest IS NOT NULL ORDER BY latest DESC, id LIMIT ?"),
                     {limit});
        !r)
        return r.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QList<TimeEntry>> TimeEntryRepository::overlapping(qint64 start, qint64 end, qint64 excludeId) const
{
    // A finished entry lasts a day at most (add, edit and the timer refuse longer ones), so one
    // that reaches into [start, end) started less than a day before `start`: a bounded range of the
    // start index, however long the history. The running entry, which may have run longer, is read
    // through its own index.
    QSqlQuery q(m_db);
    if (auto r =
            run(q,
                kSelect
                    + QStringLiteral(" WHERE e.start_at >= ? AND e.start_at < ? AND e.end_at > ? "
                                     "AND e.id <> ? UNION ALL ")
                    + kSelect
                    + QStringLiteral(" WHERE e.end_at IS NULL AND e.start_at < ? AND ? > ? AND e.id <> ? "
                                     "ORDER BY 5"),
                {start - MaxEntrySeconds, end, start, excludeId, end, m_clock.nowSecs(), start, excludeId});
        !r)
        return r.error();
    QList<TimeEntry> entries;
    while (q.next())
        entries.append(fromRow(q));
    return entries;
}

} // namespace minuta
