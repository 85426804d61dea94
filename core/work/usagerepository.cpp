#include "work/usagerepository.h"

#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/clock.h"
#include "values/exactmath.h"
#include "values/timeutil.h"
#include "values/validation.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace minuta {

namespace {

constexpr qint64 kMaxQuantityMilli = qint64(1'000'000'000) * 1000; // a billion units

const QString kSelect = QStringLiteral(
    "SELECT u.id, u.client_id, u.service_id, u.at, u.quantity_milli, u.note, u.invoice_id, u.created_at, "
    "u.updated_at, c.name, s.name, s.unit, s.unit_plural FROM usage_record u "
    "JOIN client c ON c.id = u.client_id JOIN service s ON s.id = u.service_id");

Usage fromRow(const QSqlQuery &q)
{
    Usage u;
    u.id = q.value(0).toLongLong();
    u.clientId = q.value(1).toLongLong();
    u.serviceId = q.value(2).toLongLong();
    u.at = q.value(3).toLongLong();
    u.quantity = Quantity::fromMilli(q.value(4).toLongLong());
    u.note = q.value(5).toString();
    u.invoiceId = sql::optionalInt(q.value(6));
    u.createdAt = q.value(7).toLongLong();
    u.updatedAt = q.value(8).toLongLong();
    u.clientName = q.value(9).toString();
    u.serviceName = q.value(10).toString();
    u.unit = q.value(11).toString();
    u.unitPlural = q.value(12).toString();
    return u;
}

std::pair<QString, QVariantList> whereClause(const UsageFilter &f)
{
    QStringList conditions;
    QVariantList values;
    if (f.clientId) {
        conditions << QStringLiteral("u.client_id = ?");
        values << *f.clientId;
    }
    if (f.serviceId) {
        conditions << QStringLiteral("u.service_id = ?");
        values << *f.serviceId;
    }
    if (f.from) {
        conditions << QStringLiteral("u.at >= ?");
        values << *f.from;
    }
    if (f.to) {
        conditions << QStringLiteral("u.at < ?");
        values << *f.to;
    }
    if (f.billed)
        conditions << (*f.billed ? QStringLiteral("u.invoice_id IS NOT NULL")
                                 : QStringLiteral("u.invoice_id IS NULL"));
    return {conditions.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")),
            values};
}

Result<void> run(QSqlQuery &q, const QString &statement, const QVariantList &values)
{
    if (!q.prepare(statement))
        return sql::toError(q.lastError(), UsageRepository::tr("The usage could not be read"));
    for (const QVariant &v : values)
        sql::bind(q, v);
    if (!q.exec())
        return sql::toError(q.lastError(), UsageRepository::tr("The usage could not be read"));
    return {};
}

Error billedError()
{
    return Error(ErrorCode::Conflict,
                 UsageRepository::tr("This usage is billed on an invoice, so it can no longer change."),
                 QStringLiteral("usage"));
}

Usage normalized(Usage u)
{
    u.note = validation::cleanText(u.note);
    return u;
}

} // namespace

UsageRepository::UsageRepository(const Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{}

Result<void> UsageRepository::validate(const Usage &u, qint64 now)
{
    if (u.clientId <= 0)
        return Error(ErrorCode::InvalidInput, tr("Choose the client who used the service."),
                     QStringLiteral("client"));
    if (u.serviceId <= 0)
        return Error(ErrorCode::InvalidInput, tr("Choose the service."), QStringLiteral("service"));
    if (!u.quantity.isPositive())
        return Error(ErrorCode::InvalidInput, tr("The quantity must be more than zero."),
                     QStringLiteral("quantity"));
    if (u.quantity.milli() > kMaxQuantityMilli)
        return Error(ErrorCode::InvalidInput, tr("The quantity is too large."), QStringLiteral("quantity"));
    if (u.at <= 0)
        return Error(ErrorCode::InvalidInput, tr("Say when the service was used."), QStringLiteral("at"));
    if (u.at > now)
        return Error(ErrorCode::InvalidInput, tr("The time of use is in the future."), QStringLiteral("at"));
    return validation::checkText(u.note, 2000, QStringLiteral("note"), tr("The note"), false);
}

Result<void> UsageRepository::checkAccepts(const Usage &u) const
{
    QSqlQuery q(m_db);
    if (auto r = sql::exec(q,
                           QStringLiteral("SELECT (SELECT name FROM client WHERE id = ?), "
                                          "(SELECT archived FROM client WHERE id = ?), "
                                          "(SELECT name FROM service WHERE id = ?), "
                                          "(SELECT active FROM service WHERE id = ?)"),
                           {u.clientId, u.clientId, u.serviceId, u.serviceId});
        !r)
        return r;
    q.next();
    if (q.value(0).isNull())
        return Error(ErrorCode::NotFound, tr("There is no client with id %1.").arg(u.clientId),
                     QStringLiteral("client"));
    if (q.value(1).toBool())
        return Error(ErrorCode::Conflict,
                     tr("“%1” is archived; bring the client back before logging usage for them.")
                         .arg(q.value(0).toString()),
                     QStringLiteral("client"));
    if (q.value(2).isNull())
        return Error(ErrorCode::NotFound, tr("There is no service with id %1.").arg(u.serviceId),
                     QStringLiteral("service"));
    if (!q.value(3).toBool())
        return Error(
            ErrorCode::Conflict,
            tr("“%1” is no longer offered; make it active again to log it.").arg(q.value(2).toString()),
            QStringLiteral("service"));
    return {};
}

Result<void> UsageRepository::insert(Usage &u, bool keepId)
{
    QSqlQuery q(m_db);
    const QString columns =
        QStringLiteral("client_id, service_id, at, quantity_milli, note, invoice_id, created_at, updated_at");
    const QString statement =
        keepId ? QStringLiteral("INSERT INTO usage_record (id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(columns)
               : QStringLiteral("INSERT INTO usage_record (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(columns);
    QVariantList values;
    if (keepId)
        values << u.id;
    values << u.clientId << u.serviceId << u.at << u.quantity.milli() << u.note << sql::nullable(u.invoiceId)
           << u.createdAt << u.updatedAt;
    if (auto r = run(q, statement, values); !r)
        return r;
    if (!keepId)
        u.id = sql::lastInsertId(q);
    return {};
}

Result<void> UsageRepository::checkUsualTime(const Usage &u, validation::UnusualDate dates) const
{
    const QTimeZone zone = m_clock.timeZone();
    return validation::checkUsualDate(timeutil::localDate(u.at, zone),
                                      timeutil::localDate(m_clock.nowSecs(), zone), dates,
                                      QStringLiteral("at"), tr("The time of use"));
}

Result<Usage> UsageRepository::add(Usage usage, validation::UnusualDate dates)
{
    Usage u = normalized(std::move(usage));
    u.id = 0;
    u.invoiceId.reset();
    const qint64 now = m_clock.nowSecs();
    if (auto valid = validate(u, now); !valid)
        return valid.error();
    if (auto usual = checkUsualTime(u, dates); !usual)
        return usual.error();
    if (auto accepts = checkAccepts(u); !accepts)
        return accepts.error();
    u.createdAt = u.updatedAt = now;
    return inTransaction(m_db, [&]() -> Result<Usage> {
        if (auto inserted = insert(u, false); !inserted)
            return inserted.error();
        return get(u.id);
    });
}

Result<Usage> UsageRepository::update(Usage usage, validation::UnusualDate dates)
{
    auto existing = get(usage.id);
    if (!existing)
        return existing.error();
    if (existing->isBilled())
        return billedError();
    Usage u = normalized(std::move(usage));
    u.invoiceId.reset();
    u.createdAt = existing->createdAt;
    const qint64 now = m_clock.nowSecs();
    if (auto valid = validate(u, now); !valid)
        return valid.error();
    if (u.at != existing->at) {
        if (auto usual = checkUsualTime(u, dates); !usual)
            return usual.error();
    }
    if (u.clientId != existing->clientId || u.serviceId != existing->serviceId)
        if (auto accepts = checkAccepts(u); !accepts)
            return accepts.error();
    u.updatedAt = now;
    return inTransaction(m_db, [&]() -> Result<Usage> {
        QSqlQuery q(m_db);
        if (auto r =
                sql::exec(q,
                          QStringLiteral("UPDATE usage_record SET client_id = ?, service_id = ?, at = ?, "
                                         "quantity_milli = ?, note = ?, updated_at = ? WHERE id = ?"),
                          {u.clientId, u.serviceId, u.at, u.quantity.milli(), u.note, u.updatedAt, u.id});
            !r)
            return r.error();
        return get(u.id);
    });
}

Result<Usage> UsageRepository::remove(qint64 id)
{
    auto existing = get(id);
    if (!existing)
        return existing.error();
    if (existing->isBilled())
        return billedError();
    return inTransaction(m_db, [&]() -> Result<Usage> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(q, QStringLiteral("DELETE FROM usage_record WHERE id = ?"), {id}); !r)
            return r.error();
        return existing.value();
    });
}

Result<Usage> UsageRepository::restore(const Usage &usage)
{
    Usage u = normalized(usage);
    u.invoiceId.reset();
    if (auto valid = validate(u, m_clock.nowSecs()); !valid)
        return valid.error();
    return inTransaction(m_db, [&]() -> Result<Usage> {
        if (auto inserted = insert(u, true); !inserted)
            return inserted.error();
        return get(u.id);
    });
}

Result<Usage> UsageRepository::get(qint64 id) const
{
    QSqlQuery q(m_db);
    if (auto r = run(q, kSelect + QStringLiteral(" WHERE u.id = ?"), {id}); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no usage with id %1.").arg(id),
                     QStringLiteral("usage"));
    return fromRow(q);
}

Result<QList<Usage>> UsageRepository::list(const UsageFilter &filter, Order order, qint64 offset,
                                           qint64 limit) const
{
    auto [where, values] = whereClause(filter);
    const QString direction = order == Order::Oldest ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString statement = kSelect + where + QStringLiteral(" ORDER BY u.at %1, u.id %1").arg(direction);
    if (limit >= 0) {
        statement += QStringLiteral(" LIMIT ? OFFSET ?");
        values << limit << offset;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r = run(q, statement, values); !r)
        return r.error();
    QList<Usage> usage;
    while (q.next())
        usage.append(fromRow(q));
    return usage;
}

Result<QList<DayUnits>> UsageRepository::unitsByDay(const UsageFilter &filter, QDate from, QDate to) const
{
    if (auto period = validation::checkShortPeriod(from, to); !period)
        return period.error();
    const QTimeZone zone = m_clock.timeZone();
    UsageFilter days = filter;
    days.from = std::max(filter.from.value_or(LLONG_MIN), timeutil::startOfDay(from, zone));
    days.to = std::min(filter.to.value_or(LLONG_MAX), timeutil::startOfDay(to.addDays(1), zone));
    auto usage = list(days);
    if (!usage)
        return usage.error();
    QList<DayUnits> units;
    qsizetype dayStart = 0; // where the current day's services begin in `units`
    for (const Usage &u : std::as_const(*usage)) {
        const QDate day = timeutil::localDate(u.at, zone);
        if (units.isEmpty() || units.last().day != day)
            dayStart = units.size();
        auto same = std::find_if(units.begin() + dayStart, units.end(),
                                 [&](const DayUnits &d) { return d.serviceId == u.serviceId; });
        if (same == units.end()) {
            units.append(DayUnits{day, u.serviceId, u.serviceName, u.unit, u.unitPlural, u.quantity});
            continue;
        }
        const auto sum = exact::add(same->quantity.milli(), u.quantity.milli());
        if (!sum)
            return Error(ErrorCode::InvalidInput, tr("The units of %1 on %2 add up to too many to count.")
                                                      .arg(u.serviceName, day.toString(Qt::ISODate)));
        same->quantity = Quantity::fromMilli(*sum);
    }
    // Within each day, services by name.
    for (qsizetype i = 0; i < units.size();) {
        qsizetype j = i;
        while (j < units.size() && units[j].day == units[i].day)
            ++j;
        std::sort(units.begin() + i, units.begin() + j, [](const DayUnits &a, const DayUnits &b) {
            return QString::localeAwareCompare(a.serviceName, b.serviceName) < 0;
        });
        i = j;
    }
    return units;
}

Result<QList<Usage>> UsageRepository::listAfter(const UsageFilter &filter, Order order, const Usage &last,
                                                qint64 limit) const
{
    // The page starts at `last`, which bounds the range of the time index (see the time log's).
    const bool oldest = order == Order::Oldest;
    UsageFilter bounded = filter;
    if (oldest)
        bounded.from = std::max(filter.from.value_or(last.at), last.at);
    else
        bounded.to = std::min(filter.to.value_or(last.at + 1), last.at + 1);
    auto [where, values] = whereClause(bounded);
    where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
             + (oldest ? QStringLiteral("(u.at, u.id) > (?, ?)") : QStringLiteral("(u.at, u.id) < (?, ?)"));
    values << last.at << last.id;
    const QString direction = oldest ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r = run(q, kSelect + where + QStringLiteral(" ORDER BY u.at %1, u.id %1 LIMIT ?").arg(direction),
                     values << limit);
        !r)
        return r.error();
    QList<Usage> usage;
    while (q.next())
        usage.append(fromRow(q));
    return usage;
}

Result<qint64> UsageRepository::count(const UsageFilter &filter) const
{
    auto [where, values] = whereClause(filter);
    QSqlQuery q(m_db);
    if (auto r = run(q, QStringLiteral("SELECT count(*) FROM usage_record u") + where, values); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace minuta
