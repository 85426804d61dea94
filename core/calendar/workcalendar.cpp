#include "calendar/workcalendar.h"

#include "business/settings.h"
#include "calendar/planrepository.h"
#include "clients/client.h"
#include "storage/database.h"
#include "storage/dayfigures.h"
#include "storage/sqlutil.h"
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

// A stretch of time in which the zone's offset from UTC does not change.
struct Segment
{
    qint64 from = 0;
    qint64 to = 0;
    int offset = 0; // seconds east of UTC
};

// [from, to) cut at the zone's transitions: within each piece, the local day of an instant is
// (instant + offset) / 86400 days after 1970-01-01.
QList<Segment> segments(qint64 from, qint64 to, const QTimeZone &zone)
{
    QList<Segment> result;
    qint64 begin = from;
    int offset = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(from, QTimeZone::utc()));
    if (zone.hasTransitions()) {
        const auto transitions = zone.transitions(QDateTime::fromSecsSinceEpoch(from + 1, QTimeZone::utc()),
                                                  QDateTime::fromSecsSinceEpoch(to - 1, QTimeZone::utc()));
        for (const QTimeZone::OffsetData &t : transitions) {
            const qint64 at = t.atUtc.toSecsSinceEpoch();
            if (at <= begin || at >= to)
                continue;
            result.append({begin, at, offset});
            begin = at;
            offset = t.offsetFromUtc;
        }
    }
    result.append({begin, to, offset});
    return result;
}

Result<void> run(QSqlQuery &q, const QString &statement, const QVariantList &values)
{
    if (!q.prepare(statement))
        return sql::toError(q.lastError(), WorkCalendar::tr("The calendar could not be read"));
    for (const QVariant &v : values)
        sql::bind(q, v);
    if (!q.exec())
        return sql::toError(q.lastError(), WorkCalendar::tr("The calendar could not be read"));
    return {};
}

} // namespace

WorkCalendar::WorkCalendar(const Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{}

Load WorkCalendar::loadOf(qint64 seconds, int capacityMinutes)
{
    if (seconds <= 0)
        return Load::Free;
    const qint64 capacity = qint64(qMax(1, capacityMinutes)) * 60;
    if (seconds * 100 < capacity * 85)
        return Load::Light;
    if (seconds * 100 <= capacity * 105)
        return Load::Full;
    return Load::Over;
}

Result<QList<DayLoad>> WorkCalendar::days(QDate from, QDate to, int capacityMinutes) const
{
    QList<DayLoad> days;
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 3660)
        return Error(ErrorCode::InvalidInput, tr("Choose a period of up to ten years."),
                     QStringLiteral("period"));
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        DayLoad load;
        load.day = d;
        days.append(load);
    }
    const QTimeZone zone = m_clock.timeZone();
    const qint64 now = m_clock.nowSecs();
    const QDate epoch(1970, 1, 1);
    const qint64 firstIndex = epoch.daysTo(from);

    // Time logged, per day and client. Each row: the day (since 1970), the client's id, name and
    // colour, the seconds, the billable seconds, the number of entries.
    const auto addLogged = [&](QSqlQuery &q) {
        while (q.next()) {
            const qint64 index = q.value(0).toLongLong() - firstIndex;
            if (index < 0 || index >= days.size())
                continue;
            DayLoad &day = days[index];
            const qint64 seconds = q.value(4).toLongLong();
            day.loggedSeconds += seconds;
            day.billableSeconds += q.value(5).toLongLong();
            day.entries += q.value(6).toInt();
            const qint64 clientId = q.value(1).toLongLong();
            auto share = std::find_if(day.clients.begin(), day.clients.end(),
                                      [clientId](const ClientShare &c) { return c.clientId == clientId; });
            if (share == day.clients.end())
                day.clients.append({clientId, q.value(2).toString(), q.value(3).toString(), seconds});
            else
                share->seconds += seconds;
        }
    };
    if (dayfigures::usable(storage::connection(m_db), zone)) {
        // The file keeps each client's finished time per local day in this zone: one range of it,
        // then the running entry, counted up to now.
        const qint64 lastIndex = epoch.daysTo(to);
        const QList<std::pair<QString, QVariantList>> queries{
            {QStringLiteral("SELECT d.local_day, d.client_id, c.name, c.color, sum(d.seconds), "
                            "sum(CASE WHEN d.billable = 1 THEN d.seconds ELSE 0 END), sum(d.entries) "
                            "FROM day_time d JOIN client c ON c.id = d.client_id "
                            "WHERE d.local_day BETWEEN ? AND ? GROUP BY d.local_day, d.client_id"),
             {firstIndex, lastIndex}},
            {QStringLiteral(
                 "SELECT e.local_day, e.client_id, c.name, c.color, max(?, e.start_at) - e.start_at, "
                 "CASE WHEN e.billable = 1 THEN max(?, e.start_at) - e.start_at ELSE 0 END, 1 "
                 "FROM time_entry e JOIN client c ON c.id = e.client_id "
                 "WHERE e.end_at IS NULL AND e.local_day BETWEEN ? AND ?"),
             {now, now, firstIndex, lastIndex}}};
        for (const auto &[statement, values] : queries) {
            QSqlQuery q(storage::connection(m_db));
            q.setForwardOnly(true);
            if (auto r = run(q, statement, values); !r)
                return r.error();
            addLogged(q);
        }
    } else {
        // Local time computed here: one grouped query per stretch of constant UTC offset.
        for (const Segment &s :
             segments(timeutil::startOfDay(from, zone), timeutil::startOfDay(to.addDays(1), zone), zone)) {
            QSqlQuery q(storage::connection(m_db));
            q.setForwardOnly(true);
            if (auto r = run(
                    q,
                    QStringLiteral("SELECT (e.start_at + ?) / 86400 AS day, e.client_id, c.name, c.color, "
                                   "sum(coalesce(e.end_at, max(?, e.start_at)) - e.start_at), "
                                   "sum(CASE WHEN e.billable = 1 THEN coalesce(e.end_at, max(?, e.start_at)) "
                                   "- e.start_at ELSE 0 END), count(*) "
                                   "FROM time_entry e JOIN client c ON c.id = e.client_id "
                                   "WHERE e.start_at >= ? AND e.start_at < ? GROUP BY day, e.client_id"),
                    {s.offset, now, now, s.from, s.to});
                !r)
                return r.error();
            addLogged(q);
        }
    }

    // Planned work, and deadlines of occurrences that began up to two months before.
    PlanRepository plans(m_db, m_clock);
    auto occurrences = plans.occurrences(from.addDays(-62), to);
    if (!occurrences)
        return occurrences.error();
    for (const PlanOccurrence &o : std::as_const(*occurrences)) {
        if (o.day >= from) {
            DayLoad &day = days[from.daysTo(o.day)];
            if (!o.done) {
                day.plannedSeconds += qint64(o.minutes) * 60;
                ++day.planned;
                if (o.start >= now)
                    day.loadSeconds += qint64(o.minutes) * 60;
            }
        }
        if (o.due && !o.done && *o.due >= from && *o.due <= to)
            days[from.daysTo(*o.due)].deadlines.append(o);
    }

    for (DayLoad &day : days) {
        std::sort(day.clients.begin(), day.clients.end(), [](const ClientShare &a, const ClientShare &b) {
            return a.seconds != b.seconds ? a.seconds > b.seconds : a.clientId < b.clientId;
        });
        day.loadSeconds += day.loggedSeconds;
        day.load = loadOf(day.loadSeconds, capacityMinutes);
    }
    return days;
}

Result<QList<CalendarBlock>> WorkCalendar::blocks(QDate from, QDate to) const
{
    if (auto period = validation::checkShortPeriod(from, to); !period)
        return period.error();
    const QTimeZone zone = m_clock.timeZone();
    const qint64 now = m_clock.nowSecs();
    auto defaults = Settings(m_db).businessDefaults();
    if (!defaults)
        return defaults.error();

    QSqlQuery q(storage::connection(m_db));
    q.setForwardOnly(true);
    if (auto r = run(
            q,
            QStringLiteral("SELECT e.id, e.client_id, c.name, c.color, e.task, e.description, e.start_at, "
                           "e.end_at, e.billable, e.invoice_id, e.rate_override, c.currency, c.hourly_rate, "
                           "c.increment_minutes, c.rounding, c.minimum_minutes "
                           "FROM time_entry e JOIN client c ON c.id = e.client_id "
                           "WHERE e.start_at >= ? AND e.start_at < ? ORDER BY e.start_at, e.id"),
            {timeutil::startOfDay(from, zone), timeutil::startOfDay(to.addDays(1), zone)});
        !r)
        return r.error();
    QList<CalendarBlock> blocks;
    while (q.next()) {
        CalendarBlock b;
        b.entryId = q.value(0).toLongLong();
        b.clientId = q.value(1).toLongLong();
        b.clientName = q.value(2).toString();
        b.clientColor = q.value(3).toString();
        b.task = q.value(4).toString();
        b.description = q.value(5).toString();
        b.start = q.value(6).toLongLong();
        b.running = q.value(7).isNull();
        b.end = b.running ? qMax(now, b.start) : q.value(7).toLongLong();
        b.billable = q.value(8).toBool();
        b.billed = !q.value(9).isNull();
        const auto currency = Currency::fromCode(q.value(11).toString());
        if (b.billable && currency) {
            const auto override = sql::optionalInt(q.value(10));
            const auto clientRate = sql::optionalInt(q.value(12));
            const BillingPolicy policy{
                q.value(13).toInt(), roundingModeFromName(q.value(14).toString()).value_or(RoundingMode::Up),
                q.value(15).toInt()};
            const billing::Rate rate = billing::resolveRate(
                override ? std::optional<Money>(Money(*override, *currency)) : std::nullopt,
                clientRate ? std::optional<Money>(Money(*clientRate, *currency)) : std::nullopt,
                defaults->hourlyRate, *currency);
            if (auto amount = rate.perHour.forSeconds(billing::billedSeconds(b.end - b.start, policy)))
                b.amount = *amount;
        }
        blocks.append(b);
    }
    return blocks;
}

} // namespace minuta
