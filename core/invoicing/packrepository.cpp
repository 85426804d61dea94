#include "invoicing/packrepository.h"

#include "business/business.h"
#include "clients/clientrepository.h"
#include "invoicing/invoicerepository.h"
#include "invoicing/invoicerows.h"
#include "invoicing/packdraws.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/clock.h"
#include "values/timeutil.h"
#include "values/validation.h"
#include "work/unbilledwork.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <set>

namespace minuta {

namespace {

// A century of full days, as the file allows.
constexpr qint64 kMaxMinutes = 52560000;

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.client_id, c.name, p.name, p.minutes, p.amount, p.price, p.currency, p.starts_on, "
    "p.ends_on, p.closed_on, p.overage, p.overage_rate, p.renew, p.rollover_cap_minutes, p.renewed_from, "
    "p.billed_elsewhere, s.id, s.number, s.status "
    "FROM pack p JOIN client c ON c.id = p.client_id "
    "LEFT JOIN invoice s ON s.id = (SELECT l.invoice_id FROM invoice_line l "
    "  JOIN invoice i ON i.id = l.invoice_id WHERE l.pack_id = p.id AND l.pack_role = 'sale' "
    "  AND i.kind = 'invoice' ORDER BY i.id DESC LIMIT 1) ");

QVariant moneyValue(const std::optional<Money> &money)
{
    return money ? QVariant(money->minorUnits()) : QVariant(QMetaType::fromType<qint64>());
}

Pack fromRow(const QSqlQuery &q)
{
    Pack p;
    p.id = q.value(0).toLongLong();
    p.clientId = q.value(1).toLongLong();
    p.clientName = q.value(2).toString();
    p.name = q.value(3).toString();
    p.minutes = q.value(4).toLongLong();
    const Currency currency = Currency::fromCode(q.value(7).toString()).value_or(Currency());
    if (const auto amount = sql::optionalInt(q.value(5)))
        p.amount = Money(*amount, currency);
    p.price = Money(q.value(6).toLongLong(), currency);
    p.from = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    p.until = invoicerows::optionalDateOf(q.value(9));
    p.closedOn = invoicerows::optionalDateOf(q.value(10));
    p.overage = packs::overageFromName(q.value(11).toString()).value_or(packs::Overage::Client);
    if (const auto rate = sql::optionalInt(q.value(12)))
        p.overageRate = Money(*rate, currency);
    p.renewal = renewalFromName(q.value(13).toString()).value_or(Renewal::None);
    p.rolloverCapMinutes = q.value(14).toLongLong();
    p.renewedFrom = sql::optionalInt(q.value(15));
    p.billedElsewhere = q.value(16).toBool();
    if (const auto sale = sql::optionalInt(q.value(17))) {
        p.saleInvoiceId = sale;
        if (!q.value(18).isNull())
            p.saleInvoiceNumber = q.value(18).toString();
        for (InvoiceStatus status : {InvoiceStatus::Draft, InvoiceStatus::Issued, InvoiceStatus::Cancelled})
            if (q.value(19).toString() == invoiceStatusName(status))
                p.saleStatus = status;
    }
    return p;
}

} // namespace

CoveredParts coveredParts(const billing::Statement &work, const invoiceplan::Coverage &coverage)
{
    const packs::DrawnByWork drawn = packs::byWork(coverage.time, coverage.units);
    const auto &time = drawn.time;
    const auto &units = drawn.units;
    // What no minutes or units covered is covered too when its whole worth came out of a credit.
    const auto split = [](CoveredPart &part, qint64 whole, qint64 rest, const auto &d) {
        if (!d.money.isEmpty() && d.overage.isZero())
            rest = 0;
        part.covered = whole - rest;
        part.held = d.held;
        part.billable = rest;
        part.billableMinor = d.held ? 0 : d.overage.minorUnits();
    };
    CoveredParts parts;
    for (const billing::TimeLine &t : work.time) {
        CoveredPart part;
        const auto found = time.find(t.entryId);
        if (found != time.end() && found->second->overagePack) {
            part.time = found->second;
            split(part, t.billedSeconds, part.time->overageSeconds, *part.time);
        } else {
            part.billable = t.billedSeconds;
            part.billableMinor = t.amount.minorUnits();
        }
        parts.time.append(part);
    }
    for (const billing::UsageLine &u : work.usage) {
        CoveredPart part;
        const auto found = units.find(u.usageId);
        if (found != units.end() && found->second->overagePack) {
            part.units = found->second;
            split(part, u.quantity.milli(), part.units->overageQuantity.milli(), *part.units);
        } else {
            part.billable = u.quantity.milli();
            part.billableMinor = u.amount.minorUnits();
        }
        parts.usage.append(part);
    }
    return parts;
}

CoveredShare coveredShare(const CoveredParts &parts, Currency currency)
{
    CoveredShare share;
    qint64 billable = 0;
    for (const CoveredPart &p : parts.time) {
        share.coveredSeconds += p.covered;
        if (p.held)
            share.heldSeconds += p.billable;
        billable += p.billableMinor;
    }
    for (const CoveredPart &p : parts.usage)
        billable += p.billableMinor;
    share.billable = Money(billable, currency);
    return share;
}

PackRepository::PackRepository(const Database &db, const Clock &clock)
    : m_database(db), m_db(db), m_clock(clock)
{}

QDate PackRepository::today() const
{
    return timeutil::localDate(m_clock.nowSecs(), m_clock.timeZone());
}

Result<QList<Pack>> PackRepository::load(std::optional<qint64> clientId, std::optional<qint64> packId) const
{
    QString where;
    QVariantList values;
    if (clientId) {
        where = QStringLiteral("WHERE p.client_id = ? ");
        values.append(*clientId);
    } else if (packId) {
        // The pack with its client's others: what it has used depends on them.
        where = QStringLiteral("WHERE p.client_id = (SELECT client_id FROM pack WHERE id = ?) ");
        values.append(*packId);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r =
            sql::exec(q, kSelect + where + QStringLiteral("ORDER BY p.client_id, p.starts_on, p.id"), values);
        !r)
        return r.error();
    QList<Pack> packs;
    std::map<qint64, qsizetype> index;
    while (q.next()) {
        packs.append(fromRow(q));
        index[packs.last().id] = packs.size() - 1;
    }
    if (packs.isEmpty())
        return packs;

    QSqlQuery u(m_db);
    u.setForwardOnly(true);
    if (auto r = sql::exec(
            u,
            QStringLiteral("SELECT u.pack_id, u.service_id, s.name, s.unit, s.unit_plural, "
                           "u.quantity_milli FROM pack_unit u JOIN service s ON s.id = u.service_id "
                           "JOIN pack p ON p.id = u.pack_id ")
                + where + QStringLiteral("ORDER BY u.pack_id, s.name, u.service_id"),
            values);
        !r)
        return r.error();
    while (u.next()) {
        const auto at = index.find(u.value(0).toLongLong());
        if (at == index.end())
            continue;
        PackUnits units;
        units.serviceId = u.value(1).toLongLong();
        units.service = u.value(2).toString();
        units.unit = u.value(3).toString();
        units.unitPlural = u.value(4).toString();
        units.quantity = Quantity::fromMilli(u.value(5).toLongLong());
        packs[at->second].units.append(units);
    }
    return packs;
}

Result<packs::Drawdown> PackRepository::draw(const Client &client, const QList<Pack> &clientPacks,
                                             billing::Statement *work) const
{
    QList<packs::Pack> forDrawdown;
    for (const Pack &p : clientPacks)
        forDrawdown.append(p.forDrawdown());
    if (forDrawdown.isEmpty())
        return packs::Drawdown();
    // The work of the packs' days: unbilled, or billed on an invoice drawn against packs.
    std::optional<QDate> from = forDrawdown.first().from;
    std::optional<QDate> to = forDrawdown.first().until;
    for (const packs::Pack &p : std::as_const(forDrawdown)) {
        from = std::min(*from, p.from);
        if (!p.until)
            to.reset();
        else if (to)
            to = std::max(*to, *p.until);
    }
    auto in = UnbilledWork(m_database, m_clock).inputs(client, from, to, UnbilledWork::Scope::DrawnOnPacks);
    if (!in)
        return in.error();
    auto statement = billing::calculate(*in);
    if (!statement)
        return statement.error();
    if (work)
        *work = *statement;
    // Work an issued invoice billed draws what that invoice recorded.
    auto settled = packdraws::settled(m_db, client.id, m_clock.timeZone());
    if (!settled)
        return settled.error();
    const QTimeZone zone = m_clock.timeZone();
    QList<packs::TimeWork> time;
    for (const billing::TimeLine &t : std::as_const(statement->time))
        time.append({t.entryId, t.start, timeutil::localDate(t.start, zone), t.billedSeconds,
                     t.rate.perHour.isValid() ? t.rate.perHour : Money::zero(client.currency)});
    QList<packs::UnitWork> units;
    for (const billing::UsageLine &u : std::as_const(statement->usage))
        units.append({u.usageId, u.at, timeutil::localDate(u.at, zone), u.serviceId, u.quantity,
                      u.unitPrice.isValid() ? u.unitPrice : Money::zero(client.currency)});
    return packs::Calculator::draw(client.currency, forDrawdown, time, units, *settled);
}

PackState PackRepository::stateOf(const Pack &pack, const packs::PackBalance &balance, QDate day)
{
    PackState s;
    s.pack = pack;
    s.balance = balance;
    s.status = packs::statusOf(pack.forDrawdown(), balance, day);
    s.usedPermille = packs::usedPermille(balance);
    return s;
}

Result<QList<PackState>> PackRepository::states(const QList<Pack> &all) const
{
    QList<PackState> result;
    const QDate day = today();
    ClientRepository clients(m_database, m_clock);
    for (qsizetype k = 0; k < all.size();) {
        qsizetype end = k;
        while (end < all.size() && all[end].clientId == all[k].clientId)
            ++end;
        const QList<Pack> clientPacks = all.mid(k, end - k);
        auto client = clients.get(all[k].clientId);
        if (!client)
            return client.error();
        auto drawn = draw(*client, clientPacks);
        if (!drawn)
            return drawn.error();
        for (qsizetype j = 0; j < clientPacks.size(); ++j)
            result.append(stateOf(clientPacks[j], drawn->balances.value(j), day));
        k = end;
    }
    return result;
}

Result<PackState> PackRepository::get(qint64 id) const
{
    auto loaded = load(std::nullopt, id);
    if (!loaded)
        return loaded.error();
    auto all = states(*loaded);
    if (!all)
        return all.error();
    for (const PackState &s : std::as_const(*all))
        if (s.pack.id == id)
            return s;
    return Error(ErrorCode::NotFound, tr("There is no pack %1.").arg(id), QStringLiteral("pack"));
}

Result<QList<PackState>> PackRepository::list(std::optional<qint64> clientId, bool all) const
{
    auto loaded = load(clientId, std::nullopt);
    if (!loaded)
        return loaded.error();
    auto everything = states(*loaded);
    if (!everything)
        return everything.error();
    if (all)
        return everything;
    QList<PackState> current;
    for (const PackState &s : std::as_const(*everything))
        if (s.status == packs::Status::Active || s.status == packs::Status::Exhausted)
            current.append(s);
    return current;
}

Result<QList<PackState>> PackRepository::activeFor(qint64 clientId) const
{
    auto current = list(clientId, false);
    if (!current)
        return current.error();
    const QDate day = today();
    QList<PackState> covering;
    for (const PackState &s : std::as_const(*current))
        if (s.pack.forDrawdown().covers(day))
            covering.append(s);
    return covering;
}

Result<PackStatement> PackRepository::statement(qint64 id) const
{
    auto loaded = load(std::nullopt, id);
    if (!loaded)
        return loaded.error();
    qsizetype at = -1;
    for (qsizetype k = 0; k < loaded->size(); ++k)
        if (loaded->at(k).id == id)
            at = k;
    if (at < 0)
        return Error(ErrorCode::NotFound, tr("There is no pack %1.").arg(id), QStringLiteral("pack"));
    auto client = ClientRepository(m_database, m_clock).get(loaded->at(at).clientId);
    if (!client)
        return client.error();
    auto business = BusinessRepository(m_database, m_clock).get();
    if (!business)
        return business.error();
    billing::Statement work;
    auto drawn = draw(*client, *loaded, &work);
    if (!drawn)
        return drawn.error();

    PackStatement s;
    s.client = *client;
    s.business = *business;
    s.state.pack = loaded->at(at);
    s.state.balance = drawn->balances.value(at);
    s.state.status = packs::statusOf(s.state.pack.forDrawdown(), s.state.balance, today());
    s.state.usedPermille = packs::usedPermille(s.state.balance);
    const QTimeZone zone = m_clock.timeZone();
    const Pack &pack = s.state.pack;
    std::map<qint64, const billing::TimeLine *> entries;
    for (const billing::TimeLine &t : std::as_const(work.time))
        entries[t.entryId] = &t;
    std::map<qint64, const billing::UsageLine *> usage;
    for (const billing::UsageLine &u : std::as_const(work.usage))
        usage[u.usageId] = &u;
    const auto takeMoney = [&](const auto &parts, PackStatement::Line &line) {
        for (const auto &[packId, money] : parts)
            if (packId == id)
                line.money = money;
    };
    for (const packs::TimeDrawn &d : std::as_const(drawn->time)) {
        PackStatement::Line line;
        for (const auto &[packId, seconds] : d.seconds)
            if (packId == id)
                line.seconds = seconds;
        takeMoney(d.money, line);
        if (line.seconds == 0 && !line.money)
            continue;
        const auto found = entries.find(d.entryId);
        if (found == entries.end())
            continue;
        const billing::TimeLine &t = *found->second;
        line.at = t.start;
        line.day = timeutil::localDate(t.start, zone);
        line.what = t.task.isEmpty() ? t.description.section(QLatin1Char('\n'), 0, 0)
                    : t.description.isEmpty()
                        ? t.task
                        : t.task + QStringLiteral(": ") + t.description.section(QLatin1Char('\n'), 0, 0);
        s.lines.append(line);
    }
    for (const packs::UnitsDrawn &d : std::as_const(drawn->units)) {
        PackStatement::Line line;
        for (const auto &[packId, quantity] : d.quantity)
            if (packId == id)
                line.quantity = quantity;
        takeMoney(d.money, line);
        if (!line.quantity.isPositive() && !line.money)
            continue;
        const auto found = usage.find(d.usageId);
        if (found == usage.end())
            continue;
        const billing::UsageLine &u = *found->second;
        line.at = u.at;
        line.day = timeutil::localDate(u.at, zone);
        line.what = u.note.isEmpty() ? u.serviceName : u.serviceName + QStringLiteral(": ") + u.note;
        line.unit = u.unit;
        line.unitPlural = u.unitPlural;
        s.lines.append(line);
    }
    // In the order the work was done; money left is recounted in that order.
    std::stable_sort(s.lines.begin(), s.lines.end(),
                     [](const PackStatement::Line &a, const PackStatement::Line &b) { return a.at < b.at; });
    qint64 seconds = pack.minutes * 60 + s.state.balance.rolledInSeconds;
    std::optional<Money> money = pack.amount;
    for (PackStatement::Line &line : s.lines) {
        seconds -= line.seconds;
        if (money && line.money)
            money = Money(money->minorUnits() - line.money->minorUnits(), money->currency());
        line.leftSeconds = seconds;
        line.leftMoney = money;
    }
    return s;
}

Result<invoiceplan::Coverage> PackRepository::coverage(const Client &client) const
{
    auto packs = ofClient(client);
    if (!packs)
        return packs.error();
    return packs->coverage;
}

Result<PackRepository::ClientPacks> PackRepository::ofClient(const Client &client) const
{
    auto loaded = load(client.id, std::nullopt);
    if (!loaded)
        return loaded.error();
    ClientPacks result;
    if (loaded->isEmpty())
        return result;
    auto drawn = draw(client, *loaded);
    if (!drawn)
        return drawn.error();
    result.coverage.packs = *loaded;
    result.coverage.time = drawn->time;
    result.coverage.units = drawn->units;
    const QDate day = today();
    for (qsizetype k = 0; k < loaded->size(); ++k) {
        const PackState s = stateOf(loaded->at(k), drawn->balances.value(k), day);
        if (s.status == packs::Status::Active || s.status == packs::Status::Exhausted)
            result.current.append(s);
    }
    return result;
}

Result<Pack> PackRepository::checked(Pack p, const Client &client) const
{
    p.name = validation::cleanLine(p.name);
    if (auto r = validation::checkText(p.name, 200, QStringLiteral("name"), tr("The pack's name")); !r)
        return r.error();
    if (client.archived)
        return Error(
            ErrorCode::Conflict,
            tr("“%1” is archived; bring the client back before selling them a pack.").arg(client.name),
            QStringLiteral("client"));
    const Currency currency = client.currency;
    const auto inCurrency = [&](const Money &money, const QString &field,
                                const QString &what) -> Result<void> {
        if (!money.isValid() || money.currency() != currency)
            return Error(ErrorCode::InvalidInput,
                         tr("%1 must be in the client's currency (%2).").arg(what, currency.code()), field);
        if (money.isNegative())
            return Error(ErrorCode::InvalidInput, tr("%1 cannot be negative.").arg(what), field);
        return {};
    };
    if (p.minutes < 0 || p.minutes > kMaxMinutes)
        return Error(ErrorCode::InvalidInput, tr("A pack covers from 1 minute to 100 years of time."),
                     QStringLiteral("minutes"));
    std::set<qint64> services;
    for (const PackUnits &u : std::as_const(p.units)) {
        if (!u.quantity.isPositive())
            return Error(ErrorCode::InvalidInput, tr("A pack covers more than zero units of a service."),
                         QStringLiteral("units"));
        if (!services.insert(u.serviceId).second)
            return Error(ErrorCode::InvalidInput, tr("Each service is given once in a pack."),
                         QStringLiteral("units"));
        auto exists =
            sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM service WHERE id = ?"), {u.serviceId});
        if (!exists)
            return exists.error();
        if (exists->toLongLong() == 0)
            return Error(ErrorCode::NotFound, tr("There is no service %1.").arg(u.serviceId),
                         QStringLiteral("units"));
    }
    if (p.amount) {
        if (auto r = inCurrency(*p.amount, QStringLiteral("amount"), tr("The pack's credit")); !r)
            return r.error();
        if (p.amount->isZero())
            p.amount.reset();
    }
    if (p.minutes == 0 && p.units.isEmpty() && !p.amount)
        return Error(
            ErrorCode::InvalidInput,
            tr("A pack covers something: minutes of work, units of a service or an amount of money."),
            QStringLiteral("minutes"));
    if (auto r = inCurrency(p.price, QStringLiteral("price"), tr("The pack's price")); !r)
        return r.error();
    if (!p.from.isValid())
        return Error(ErrorCode::InvalidInput, tr("The pack's first day is not a date."),
                     QStringLiteral("from"));
    if (auto r = validation::checkUsualDate(p.from, today(), validation::UnusualDate::Refuse,
                                            QStringLiteral("from"), tr("The pack's first day"));
        !r)
        return r.error();
    if (p.until && (!p.until->isValid() || *p.until < p.from))
        return Error(ErrorCode::InvalidInput, tr("The pack's last day is not before its first."),
                     QStringLiteral("until"));
    if (p.renewal != Renewal::None && p.renewedFrom) {
        // A later period keeps the days its renewal gave it.
        if (!p.until)
            return Error(ErrorCode::InvalidInput, tr("A retainer's period ends when it renews."),
                         QStringLiteral("until"));
    } else if (p.renewal != Renewal::None) {
        const QDate end = periodEnd(p.from, p.renewal);
        if (p.until && *p.until != end)
            return Error(ErrorCode::InvalidInput,
                         tr("A retainer's period ends when it renews (%1); it takes no other last day.")
                             .arg(end.toString(Qt::ISODate)),
                         QStringLiteral("until"));
        p.until = end;
    } else if (p.rolloverCapMinutes != 0) {
        return Error(ErrorCode::InvalidInput, tr("Only a retainer that renews carries unused minutes over."),
                     QStringLiteral("rolloverCap"));
    }
    if (p.rolloverCapMinutes < 0 || p.rolloverCapMinutes > kMaxMinutes)
        return Error(ErrorCode::InvalidInput, tr("The rollover cap is a number of minutes, from 0."),
                     QStringLiteral("rolloverCap"));
    if (p.overage == packs::Overage::Rate) {
        if (!p.overageRate)
            return Error(ErrorCode::InvalidInput,
                         tr("Give the hourly rate that work beyond the pack bills at."),
                         QStringLiteral("overage"));
        if (auto r = inCurrency(*p.overageRate, QStringLiteral("overage"), tr("The overage rate")); !r)
            return r.error();
    } else {
        p.overageRate.reset();
    }
    if (p.closedOn && *p.closedOn < p.from.addDays(-1))
        p.closedOn = p.from.addDays(-1);
    return p;
}

Result<void> PackRepository::store(const Pack &p, qint64 &id)
{
    const qint64 now = m_clock.nowSecs();
    QSqlQuery q(m_db);
    const QVariantList values{p.name,
                              p.minutes,
                              moneyValue(p.amount),
                              p.price.minorUnits(),
                              p.price.currency().code(),
                              p.from.toString(Qt::ISODate),
                              invoicerows::dateValue(p.until),
                              invoicerows::dateValue(p.closedOn),
                              packs::overageName(p.overage),
                              moneyValue(p.overageRate),
                              renewalName(p.renewal),
                              p.rolloverCapMinutes,
                              now};
    if (id == 0) {
        QVariantList insert = values;
        insert << p.clientId << sql::nullable(p.renewedFrom) << (p.billedElsewhere ? 1 : 0) << now;
        if (auto r =
                sql::exec(q,
                          QStringLiteral(
                              "INSERT INTO pack (name, minutes, amount, price, currency, starts_on, ends_on, "
                              "closed_on, overage, overage_rate, renew, rollover_cap_minutes, updated_at, "
                              "client_id, renewed_from, billed_elsewhere, created_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          insert);
            !r)
            return r.error();
        id = sql::lastInsertId(q);
    } else {
        QVariantList update = values;
        update << id;
        if (auto r = sql::exec(
                q,
                QStringLiteral("UPDATE pack SET name = ?, minutes = ?, amount = ?, price = ?, currency = ?, "
                               "starts_on = ?, ends_on = ?, closed_on = ?, overage = ?, overage_rate = ?, "
                               "renew = ?, rollover_cap_minutes = ?, updated_at = ? WHERE id = ?"),
                update);
            !r)
            return r.error();
        QSqlQuery clear(m_db);
        if (auto r = sql::exec(clear, QStringLiteral("DELETE FROM pack_unit WHERE pack_id = ?"), {id}); !r)
            return r.error();
    }
    for (const PackUnits &u : p.units) {
        QSqlQuery unit(m_db);
        if (auto r = sql::exec(unit,
                               QStringLiteral("INSERT INTO pack_unit (pack_id, service_id, quantity_milli) "
                                              "VALUES (?, ?, ?)"),
                               {id, u.serviceId, u.quantity.milli()});
            !r)
            return r.error();
    }
    return {};
}

Result<PackState> PackRepository::add(Pack pack)
{
    auto client = ClientRepository(m_database, m_clock).get(pack.clientId);
    if (!client)
        return client.error();
    pack.id = 0;
    pack.renewedFrom.reset();
    pack.closedOn.reset();
    if (!pack.from.isValid())
        pack.from = today();
    auto valid = checked(std::move(pack), *client);
    if (!valid)
        return valid.error();
    Pack p = std::move(valid.value());
    p.clientName = client->name;
    auto id = inTransaction(m_db, [&]() -> Result<qint64> {
        qint64 newId = 0;
        if (auto r = store(p, newId); !r)
            return r.error();
        p.id = newId;
        if (!p.billedElsewhere)
            if (auto sale = InvoiceRepository(m_database, m_clock).addPackSale(p); !sale)
                return sale.error();
        // A retainer started in an earlier period has its periods up to today.
        if (p.renewal != Renewal::None)
            if (auto renewed = renewDue(); !renewed)
                return renewed.error();
        return newId;
    });
    if (!id)
        return id.error();
    return get(*id);
}

Result<PackState> PackRepository::edit(Pack pack)
{
    auto existing = get(pack.id);
    if (!existing)
        return existing.error();
    const Pack &before = existing->pack;
    auto client = ClientRepository(m_database, m_clock).get(before.clientId);
    if (!client)
        return client.error();
    pack.clientId = before.clientId;
    pack.clientName = before.clientName;
    pack.renewedFrom = before.renewedFrom;
    pack.billedElsewhere = before.billedElsewhere;
    pack.closedOn = before.closedOn;
    pack.saleInvoiceId = before.saleInvoiceId;
    pack.saleInvoiceNumber = before.saleInvoiceNumber;
    pack.saleStatus = before.saleStatus;
    if (before.saleIssued() && pack.price != before.price)
        return Error(ErrorCode::Conflict,
                     tr("The pack is sold on issued invoice %1; its price is what that invoice says.")
                         .arg(before.saleInvoiceNumber.value_or(QString())),
                     QStringLiteral("price"));
    if (before.renewal != pack.renewal && before.renewedFrom)
        return Error(ErrorCode::Conflict, tr("A retainer's later period renews as its first does."),
                     QStringLiteral("renew"));
    auto valid = checked(std::move(pack), *client);
    if (!valid)
        return valid.error();
    const Pack p = std::move(valid.value());
    if (auto r = checkShrink(before, p); !r)
        return r.error();
    auto stored = inTransaction(m_db, [&]() -> Result<qint64> {
        qint64 id = p.id;
        if (auto r = store(p, id); !r)
            return r.error();
        if (p.saleInvoiceId && !p.saleIssued())
            if (auto r = InvoiceRepository(m_database, m_clock).updatePackSale(p); !r)
                return r.error();
        return id;
    });
    if (!stored)
        return stored.error();
    return get(p.id);
}

Result<PackState> PackRepository::close(qint64 id, std::optional<QDate> day)
{
    auto existing = get(id);
    if (!existing)
        return existing.error();
    const Pack &before = existing->pack;
    if (before.closedOn)
        return Error(ErrorCode::Conflict,
                     tr("The pack was closed on %1.").arg(before.closedOn->toString(Qt::ISODate)),
                     QStringLiteral("pack"));
    const QDate closedOn = day.value_or(today());
    if (!closedOn.isValid() || closedOn < before.from.addDays(-1))
        return Error(ErrorCode::InvalidInput, tr("A pack closes on its first day or later."),
                     QStringLiteral("day"));
    Pack after = before;
    after.closedOn = closedOn;
    if (auto r = checkShrink(before, after); !r)
        return r.error();
    auto stored = inTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        return sql::exec(q, QStringLiteral("UPDATE pack SET closed_on = ?, updated_at = ? WHERE id = ?"),
                         {closedOn.toString(Qt::ISODate), m_clock.nowSecs(), id});
    });
    if (!stored)
        return stored.error();
    return get(id);
}

Result<QList<PackMonth>> PackRepository::monthly(QDate from, QDate to, std::optional<qint64> clientId) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error(ErrorCode::InvalidInput, tr("Choose a period whose end is not before its start."),
                     QStringLiteral("period"));
    QList<PackMonth> months;
    std::map<int, qsizetype> index; // year * 12 + month - 1 → its place
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
        index[m.year() * 12 + m.month() - 1] = months.size();
        PackMonth month;
        month.year = m.year();
        month.month = m.month();
        months.append(month);
        if (months.size() > 1200)
            return Error(ErrorCode::InvalidInput, tr("A report covers up to a hundred years."),
                         QStringLiteral("period"));
    }
    const auto monthOf = [&](QDate day) -> PackMonth * {
        const auto found = index.find(day.year() * 12 + day.month() - 1);
        return found == index.end() ? nullptr : &months[found->second];
    };
    auto all = load(clientId, std::nullopt);
    if (!all)
        return all.error();
    ClientRepository clients(m_database, m_clock);
    const QDate day = today();
    const QTimeZone zone = m_clock.timeZone();
    for (qsizetype k = 0; k < all->size();) {
        qsizetype end = k;
        while (end < all->size() && all->at(end).clientId == all->at(k).clientId)
            ++end;
        const QList<Pack> clientPacks = all->mid(k, end - k);
        k = end;
        auto client = clients.get(clientPacks.first().clientId);
        if (!client)
            return client.error();
        billing::Statement work;
        auto drawn = draw(*client, clientPacks, &work);
        if (!drawn)
            return drawn.error();
        std::map<qint64, qint64> starts;
        for (const billing::TimeLine &t : std::as_const(work.time))
            starts[t.entryId] = t.start;
        for (const packs::TimeDrawn &d : std::as_const(drawn->time))
            for (const auto &[packId, seconds] : d.seconds)
                if (PackMonth *m = monthOf(timeutil::localDate(starts[d.entryId], zone)))
                    m->usedSeconds += seconds;
        for (qsizetype j = 0; j < clientPacks.size(); ++j) {
            const Pack &p = clientPacks[j];
            if (PackMonth *m = monthOf(p.from)) {
                ++m->sold;
                m->soldMinutes += p.minutes;
                if (auto added = m->soldValue.add(p.price); !added)
                    return added.error();
            }
            // Ended: past its last day, or closed; what it left is unused for good.
            std::optional<QDate> ended = p.closedOn;
            if (p.until && (!ended || *p.until < *ended))
                ended = p.until;
            if (ended && *ended < day)
                if (PackMonth *m = monthOf(*ended)) {
                    const packs::PackBalance &b = drawn->balances.value(j);
                    ++m->expired;
                    m->unusedSeconds += qMax<qint64>(0, b.leftSeconds - b.rolledOutSeconds);
                }
        }
    }
    return months;
}

Result<QList<PackState>> PackRepository::renewDue()
{
    const QDate day = today();
    // Retainers whose period has ended with no next one yet.
    const QString ended =
        QStringLiteral("FROM pack p WHERE p.renew <> '' AND p.closed_on IS NULL AND p.ends_on < ? "
                       "AND NOT EXISTS (SELECT 1 FROM pack n WHERE n.renewed_from = p.id)");
    // Asked on every write to the file: nothing due costs one read, no write.
    auto any = sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 ") + ended + QLatin1Char(')'),
                           {day.toString(Qt::ISODate)});
    if (!any)
        return any.error();
    if (!any->toBool())
        return QList<PackState>();
    // Read again inside the write, so two programs on the file never renew the same period twice.
    auto made = inTransaction(m_db, [&]() -> Result<QList<qint64>> {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (auto r = sql::exec(q, QStringLiteral("SELECT p.id ") + ended + QStringLiteral(" ORDER BY p.id"),
                               {day.toString(Qt::ISODate)});
            !r)
            return r.error();
        QList<qint64> due;
        while (q.next())
            due.append(q.value(0).toLongLong());
        QList<qint64> ids;
        InvoiceRepository invoices(m_database, m_clock);
        ClientRepository clients(m_database, m_clock);
        for (qint64 id : std::as_const(due)) {
            auto loaded = load(std::nullopt, id);
            if (!loaded)
                return loaded.error();
            std::map<qint64, const Pack *> byId;
            for (const Pack &p : std::as_const(*loaded))
                byId[p.id] = &p;
            if (!byId.count(id) || !byId[id]->until)
                continue;
            // A client archived, or whose currency changed, renews no more until put right.
            auto client = clients.get(byId[id]->clientId);
            if (!client)
                return client.error();
            if (client->archived || client->currency != byId[id]->price.currency())
                continue;
            // The chain's first period anchors every period's days.
            int n = 0;
            const Pack *first = byId[id];
            while (first->renewedFrom && byId.count(*first->renewedFrom) && n < 100000) {
                first = byId[*first->renewedFrom];
                ++n;
            }
            Pack previous = *byId[id];
            while (*previous.until < day) {
                Pack next = previous;
                next.id = 0;
                next.from = previous.until->addDays(1);
                next.until = periodStart(first->from, next.renewal, n + 2).addDays(-1);
                if (*next.until < next.from)
                    next.until = next.from;
                next.renewedFrom = previous.id;
                next.saleInvoiceId.reset();
                next.saleInvoiceNumber.reset();
                next.saleStatus.reset();
                qint64 newId = 0;
                if (auto r = store(next, newId); !r)
                    return r.error();
                next.id = newId;
                if (!next.billedElsewhere)
                    if (auto sale = invoices.addPackSale(next); !sale)
                        return sale.error();
                ids.append(newId);
                previous = next;
                ++n;
            }
        }
        return ids;
    });
    if (!made)
        return made.error();
    QList<PackState> result;
    for (qint64 id : std::as_const(*made)) {
        auto state = get(id);
        if (!state)
            return state.error();
        result.append(*state);
    }
    return result;
}

} // namespace minuta
