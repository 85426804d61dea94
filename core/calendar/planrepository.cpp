#include "calendar/planrepository.h"

#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/clock.h"
#include "values/timeutil.h"
#include "values/validation.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace minuta {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.client_id, p.title, p.notes, p.start_at, p.minutes, p.due_date, p.repeat, p.until_date, "
    "p.created_at, p.updated_at, c.name, c.color FROM plan p JOIN client c ON c.id = p.client_id");

std::optional<QDate> optionalDate(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QVariant dateValue(const std::optional<QDate> &date)
{
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant();
}

Plan fromRow(const QSqlQuery &q)
{
    Plan p;
    p.id = q.value(0).toLongLong();
    p.clientId = q.value(1).toLongLong();
    p.title = q.value(2).toString();
    p.notes = q.value(3).toString();
    p.start = q.value(4).toLongLong();
    p.minutes = q.value(5).toInt();
    p.due = optionalDate(q.value(6));
    p.repeat = repeatFromName(q.value(7).toString()).value_or(Repeat::None);
    p.until = optionalDate(q.value(8));
    p.createdAt = q.value(9).toLongLong();
    p.updatedAt = q.value(10).toLongLong();
    p.clientName = q.value(11).toString();
    p.clientColor = q.value(12).toString();
    return p;
}

Result<void> run(QSqlQuery &q, const QString &statement, const QVariantList &values)
{
    if (!q.prepare(statement))
        return sql::toError(q.lastError(), PlanRepository::tr("The planned work could not be read"));
    for (const QVariant &v : values)
        sql::bind(q, v);
    if (!q.exec())
        return sql::toError(q.lastError(), PlanRepository::tr("The planned work could not be read"));
    return {};
}

Plan normalized(Plan p)
{
    p.title = validation::cleanLine(p.title);
    p.notes = validation::cleanText(p.notes);
    if (p.repeat == Repeat::None)
        p.until.reset();
    return p;
}

} // namespace

PlanRepository::PlanRepository(const Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{}

Result<void> PlanRepository::validate(const Plan &p, const QTimeZone &zone)
{
    if (p.clientId <= 0)
        return Error(ErrorCode::InvalidInput, tr("Choose the client the work is for."),
                     QStringLiteral("client"));
    if (auto r = validation::checkRequired(p.title, QStringLiteral("title"), tr("The title")); !r)
        return r;
    if (auto r = validation::checkText(p.title, 200, QStringLiteral("title"), tr("The title")); !r)
        return r;
    if (auto r = validation::checkText(p.notes, 5000, QStringLiteral("notes"), tr("The notes"), false); !r)
        return r;
    if (p.start <= 0)
        return Error(ErrorCode::InvalidInput, tr("Say when the work starts."), QStringLiteral("start"));
    if (p.minutes < 1 || p.minutes > 24 * 60)
        return Error(ErrorCode::InvalidInput, tr("The estimate must be between 1 minute and 24 hours."),
                     QStringLiteral("minutes"));
    const QDate first = timeutil::localDate(p.start, zone);
    if (p.due && *p.due < first)
        return Error(ErrorCode::InvalidInput, tr("The deadline cannot come before the work starts."),
                     QStringLiteral("due"));
    if (p.repeat == Repeat::None && p.until)
        return Error(ErrorCode::InvalidInput, tr("Only repeating work has a last date."),
                     QStringLiteral("until"));
    if (p.until && *p.until < first)
        return Error(ErrorCode::InvalidInput, tr("The repetitions cannot end before the first one."),
                     QStringLiteral("until"));
    return {};
}

Result<void> PlanRepository::checkClient(qint64 clientId) const
{
    QSqlQuery q(m_db);
    if (auto r = run(q, QStringLiteral("SELECT name, archived FROM client WHERE id = ?"), {clientId}); !r)
        return r;
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no client with id %1.").arg(clientId),
                     QStringLiteral("client"));
    if (q.value(1).toBool())
        return Error(ErrorCode::Conflict,
                     tr("“%1” is archived; bring the client back before planning work for them.")
                         .arg(q.value(0).toString()),
                     QStringLiteral("client"));
    return {};
}

Result<void> PlanRepository::insert(Plan &p, bool keepId)
{
    QSqlQuery q(m_db);
    const QString columns = QStringLiteral(
        "client_id, title, notes, start_at, minutes, due_date, repeat, until_date, created_at, updated_at");
    const QString statement =
        keepId ? QStringLiteral("INSERT INTO plan (id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(columns)
               : QStringLiteral("INSERT INTO plan (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columns);
    QVariantList values;
    if (keepId)
        values << p.id;
    values << p.clientId << p.title << p.notes << p.start << p.minutes << dateValue(p.due)
           << repeatName(p.repeat) << dateValue(p.until) << p.createdAt << p.updatedAt;
    if (!q.prepare(statement))
        return sql::toError(q.lastError(), tr("The planned work could not be saved"));
    for (const QVariant &v : std::as_const(values))
        sql::bind(q, v);
    if (!q.exec())
        return sql::toError(q.lastError(), tr("The planned work could not be saved"));
    if (!keepId)
        p.id = sql::lastInsertId(q);
    return {};
}

Result<void> PlanRepository::writeDone(qint64 planId, const QList<QDate> &days)
{
    const qint64 now = m_clock.nowSecs();
    for (const QDate &day : days) {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(q,
                               QStringLiteral("INSERT OR IGNORE INTO plan_done (plan_id, day, done_at) "
                                              "VALUES (?, ?, ?)"),
                               {planId, day.toString(Qt::ISODate), now});
            !r)
            return r;
    }
    return {};
}

Result<Plan> PlanRepository::add(Plan plan)
{
    Plan p = normalized(std::move(plan));
    p.id = 0;
    if (auto valid = validate(p, m_clock.timeZone()); !valid)
        return valid.error();
    if (auto client = checkClient(p.clientId); !client)
        return client.error();
    p.createdAt = p.updatedAt = m_clock.nowSecs();
    return inTransaction(m_db, [&]() -> Result<Plan> {
        if (auto inserted = insert(p, false); !inserted)
            return inserted.error();
        return get(p.id);
    });
}

Result<Plan> PlanRepository::update(Plan plan)
{
    auto existing = get(plan.id);
    if (!existing)
        return existing.error();
    Plan p = normalized(std::move(plan));
    if (auto valid = validate(p, m_clock.timeZone()); !valid)
        return valid.error();
    if (p.clientId != existing->clientId)
        if (auto client = checkClient(p.clientId); !client)
            return client.error();
    p.updatedAt = m_clock.nowSecs();
    return inTransaction(m_db, [&]() -> Result<Plan> {
        QSqlQuery q(m_db);
        if (auto r =
                sql::exec(q,
                          QStringLiteral("UPDATE plan SET client_id = ?, title = ?, notes = ?, start_at = ?, "
                                         "minutes = ?, due_date = ?, repeat = ?, until_date = ?, "
                                         "updated_at = ? WHERE id = ?"),
                          {p.clientId, p.title, p.notes, p.start, p.minutes, dateValue(p.due),
                           repeatName(p.repeat), dateValue(p.until), p.updatedAt, p.id});
            !r)
            return r.error();
        return get(p.id);
    });
}

Result<Plan> PlanRepository::remove(qint64 id)
{
    auto existing = get(id);
    if (!existing)
        return existing.error();
    return inTransaction(m_db, [&]() -> Result<Plan> {
        QSqlQuery q(m_db);
        // plan_done rows go with it (ON DELETE CASCADE).
        if (auto r = sql::exec(q, QStringLiteral("DELETE FROM plan WHERE id = ?"), {id}); !r)
            return r.error();
        return existing.value();
    });
}

Result<Plan> PlanRepository::restore(const Plan &plan)
{
    Plan p = normalized(plan);
    if (auto valid = validate(p, m_clock.timeZone()); !valid)
        return valid.error();
    return inTransaction(m_db, [&]() -> Result<Plan> {
        if (auto inserted = insert(p, true); !inserted)
            return inserted.error();
        if (auto done = writeDone(p.id, plan.doneDays); !done)
            return done.error();
        return get(p.id);
    });
}

Result<Plan> PlanRepository::get(qint64 id) const
{
    QSqlQuery q(m_db);
    if (auto r = run(q, kSelect + QStringLiteral(" WHERE p.id = ?"), {id}); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no planned work with id %1.").arg(id),
                     QStringLiteral("plan"));
    Plan p = fromRow(q);
    auto done = doneDays(id);
    if (!done)
        return done.error();
    p.doneDays = *done;
    return p;
}

Result<QList<Plan>> PlanRepository::list(std::optional<qint64> clientId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVariantList values;
    QString statement = kSelect;
    if (clientId) {
        statement += QStringLiteral(" WHERE p.client_id = ?");
        values << *clientId;
    }
    if (auto r = run(q, statement + QStringLiteral(" ORDER BY p.start_at, p.id"), values); !r)
        return r.error();
    QList<Plan> plans;
    while (q.next())
        plans.append(fromRow(q));
    return plans;
}

Result<QList<QDate>> PlanRepository::doneDays(qint64 planId) const
{
    QSqlQuery q(m_db);
    if (auto r = run(q, QStringLiteral("SELECT day FROM plan_done WHERE plan_id = ? ORDER BY day"), {planId});
        !r)
        return r.error();
    QList<QDate> days;
    while (q.next())
        days << QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return days;
}

Result<QList<PlanOccurrence>> PlanRepository::occurrences(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return QList<PlanOccurrence>();
    const QTimeZone zone = m_clock.timeZone();
    // Plans that can fall in the period: single ones starting in it, repeating ones begun before its
    // end and not finished before its start. A day's margin either side covers any time zone.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r = run(
            q,
            kSelect
                + QStringLiteral(" WHERE p.start_at < ? AND ((p.repeat = 'none' AND p.start_at >= ?) "
                                 "OR (p.repeat <> 'none' AND (p.until_date IS NULL OR p.until_date >= ?))) "
                                 "ORDER BY p.start_at, p.id"),
            {timeutil::startOfDay(to.addDays(2), zone), timeutil::startOfDay(from.addDays(-1), zone),
             from.toString(Qt::ISODate)});
        !r)
        return r.error();
    QList<Plan> candidates;
    while (q.next())
        candidates.append(fromRow(q));

    QSet<QPair<qint64, QDate>> done;
    QSqlQuery marks(m_db);
    if (auto r = run(marks, QStringLiteral("SELECT plan_id, day FROM plan_done WHERE day BETWEEN ? AND ?"),
                     {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
        !r)
        return r.error();
    while (marks.next())
        done.insert({marks.value(0).toLongLong(), QDate::fromString(marks.value(1).toString(), Qt::ISODate)});

    QList<PlanOccurrence> result;
    for (const Plan &p : std::as_const(candidates)) {
        const QDate first = timeutil::localDate(p.start, zone);
        for (const QDate &day : plans::occurrenceDays(p, zone, from, to)) {
            PlanOccurrence o;
            o.planId = p.id;
            o.clientId = p.clientId;
            o.clientName = p.clientName;
            o.clientColor = p.clientColor;
            o.title = p.title;
            o.notes = p.notes;
            o.day = day;
            o.start = plans::occurrenceStart(p, zone, day);
            o.minutes = p.minutes;
            if (p.due)
                o.due = day.addDays(first.daysTo(*p.due));
            o.repeat = p.repeat;
            o.done = done.contains({p.id, day});
            result.append(o);
        }
    }
    std::sort(result.begin(), result.end(), [](const PlanOccurrence &a, const PlanOccurrence &b) {
        return a.start != b.start ? a.start < b.start : a.planId < b.planId;
    });
    return result;
}

Result<void> PlanRepository::setDone(qint64 planId, QDate day, bool done)
{
    auto plan = get(planId);
    if (!plan)
        return plan.error();
    if (!day.isValid() || plans::occurrenceDays(*plan, m_clock.timeZone(), day, day).isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("“%1” does not fall on %2.").arg(plan->title, day.toString(Qt::ISODate)),
                     QStringLiteral("day"));
    return inTransaction(m_db, [&]() -> Result<void> {
        if (done)
            return writeDone(planId, {day});
        QSqlQuery q(m_db);
        return sql::exec(q, QStringLiteral("DELETE FROM plan_done WHERE plan_id = ? AND day = ?"),
                         {planId, day.toString(Qt::ISODate)});
    });
}

Result<QDate> PlanRepository::defaultDoneDay(qint64 planId) const
{
    auto plan = get(planId);
    if (!plan)
        return plan.error();
    const QTimeZone zone = m_clock.timeZone();
    const QDate first = timeutil::localDate(plan->start, zone);
    const QDate today = timeutil::localDate(m_clock.nowSecs(), zone);
    // The latest occurrence so far, when it is not done yet; else the next one to come (searched a
    // year ahead: a plan further away than that has nothing to mark yet).
    const QList<QDate> past = plans::occurrenceDays(*plan, zone, first, today);
    if (!past.isEmpty() && !plan->doneDays.contains(past.last()))
        return past.last();
    for (const QDate &day :
         plans::occurrenceDays(*plan, zone, today.addDays(1), qMax(today, first).addYears(1)))
        if (!plan->doneDays.contains(day))
            return day;
    return Error(ErrorCode::Conflict, tr("Every occurrence of “%1” is done already.").arg(plan->title),
                 QStringLiteral("plan"));
}

} // namespace minuta
