#include "work/packdrawdown.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace minuta::packs {

namespace {

// What is left of one pack while the work is drawn, and what was used.
struct Left
{
    qint64 seconds = 0;
    QList<std::pair<qint64, qint64>> milli; // service id → thousandths of a unit
    std::optional<qint64> minor;            // money, in minor units
    qint64 usedSeconds = 0;
    QList<std::pair<qint64, qint64>> usedMilli;
    qint64 usedMinor = 0;
    bool rolled = false; // the previous period's minutes are carried in
    qint64 rolledIn = 0;
    qint64 rolledOut = 0;
    qint64 reserved = 0;    // carried in, up front, for settled work
    qint64 reservedOut = 0; // taken out of this pack, up front, for the next period's settled work
    bool overdrawn = false; // settled work drew what the pack no longer has, or on a day it no longer covers
};

qint64 *unitsLeft(Left &left, qint64 serviceId)
{
    for (auto &[service, milli] : left.milli)
        if (service == serviceId)
            return &milli;
    return nullptr;
}

void addUsedUnits(Left &left, qint64 serviceId, qint64 milli)
{
    for (auto &[service, used] : left.usedMilli)
        if (service == serviceId) {
            used += milli;
            return;
        }
}

} // namespace

QString overageName(Overage overage)
{
    switch (overage) {
    case Overage::Client:
        return QStringLiteral("client");
    case Overage::Rate:
        return QStringLiteral("rate");
    case Overage::Stop:
        return QStringLiteral("stop");
    }
    return {};
}

std::optional<Overage> overageFromName(QStringView name)
{
    for (Overage o : {Overage::Client, Overage::Rate, Overage::Stop})
        if (name == overageName(o))
            return o;
    return std::nullopt;
}

bool Pack::covers(QDate day) const
{
    return day.isValid() && day >= from && (!until || day <= *until) && (!closedOn || day <= *closedOn);
}

DrawnByWork byWork(const QList<TimeDrawn> &time, const QList<UnitsDrawn> &units)
{
    DrawnByWork index;
    for (const TimeDrawn &d : time)
        index.time[d.entryId] = &d;
    for (const UnitsDrawn &d : units)
        index.units[d.usageId] = &d;
    return index;
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Active:
        return QStringLiteral("active");
    case Status::Exhausted:
        return QStringLiteral("exhausted");
    case Status::Expired:
        return QStringLiteral("expired");
    case Status::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

namespace {

// used ÷ (used + left) in thousandths, rounded down; none when nothing was there.
std::optional<int> share(qint64 used, qint64 left)
{
    const qint64 whole = used + left;
    if (whole <= 0)
        return std::nullopt;
    return int(std::min<qint64>(1000, used * 1000 / whole));
}

} // namespace

int usedPermille(const PackBalance &balance)
{
    int most = 0;
    bool any = false;
    const auto consider = [&](std::optional<int> part) {
        if (part) {
            most = std::max(most, *part);
            any = true;
        }
    };
    consider(share(balance.usedSeconds, balance.leftSeconds));
    for (qsizetype i = 0; i < balance.usedUnits.size() && i < balance.leftUnits.size(); ++i)
        consider(share(balance.usedUnits[i].second.milli(), balance.leftUnits[i].second.milli()));
    if (balance.usedAmount && balance.leftAmount)
        consider(share(balance.usedAmount->minorUnits(), balance.leftAmount->minorUnits()));
    return any ? most : 0;
}

bool pastThreshold(const PackBalance &balance, int percent)
{
    return usedPermille(balance) >= percent * 10 && usedPermille(balance) > 0;
}

Status statusOf(const Pack &pack, const PackBalance &balance, QDate today)
{
    // Closing is the user's word: the pack reads closed from then on, though it still covers the work
    // up to its closing day.
    if (pack.closedOn)
        return Status::Closed;
    if (pack.until && *pack.until < today)
        return Status::Expired;
    // Used up: nothing of what it covered is left.
    bool covers = false, left = false;
    const auto part = [&](qint64 used, qint64 remaining) {
        if (used + remaining > 0) {
            covers = true;
            left = left || remaining > 0;
        }
    };
    part(balance.usedSeconds, balance.leftSeconds);
    for (qsizetype i = 0; i < balance.usedUnits.size() && i < balance.leftUnits.size(); ++i)
        part(balance.usedUnits[i].second.milli(), balance.leftUnits[i].second.milli());
    if (balance.usedAmount && balance.leftAmount)
        part(balance.usedAmount->minorUnits(), balance.leftAmount->minorUnits());
    return covers && !left ? Status::Exhausted : Status::Active;
}

Result<Drawdown> Calculator::draw(Currency currency, const QList<Pack> &packs, const QList<TimeWork> &time,
                                  const QList<UnitWork> &units, const Settled &settled)
{
    const auto refused = [](const QString &message) {
        return Error(ErrorCode::InvalidInput, message, QStringLiteral("pack"));
    };
    QList<Left> left(packs.size());
    for (qsizetype i = 0; i < packs.size(); ++i) {
        const Pack &p = packs[i];
        if (!p.from.isValid() || (p.until && *p.until < p.from))
            return refused(tr("Pack %1 ends before it starts.").arg(p.id));
        if (p.minutes < 0 || (p.amount && p.amount->isNegative()))
            return refused(tr("Pack %1 covers less than nothing.").arg(p.id));
        if (p.amount && p.amount->currency() != currency)
            return refused(tr("Pack %1 is in %2, not in the client's %3.")
                               .arg(p.id)
                               .arg(p.amount->currency().code(), currency.code()));
        left[i].seconds = p.minutes * 60;
        for (const auto &[service, quantity] : p.units) {
            if (quantity.milli() < 0)
                return refused(tr("Pack %1 covers less than nothing.").arg(p.id));
            left[i].milli.append({service, quantity.milli()});
            left[i].usedMilli.append({service, 0});
        }
        if (p.amount)
            left[i].minor = p.amount->minorUnits();
        if (p.overage == Overage::Rate
            && (!p.overageRate || p.overageRate->currency() != currency || p.overageRate->isNegative()))
            return refused(tr("Pack %1 bills work beyond it at its own rate, and needs one in %2.")
                               .arg(p.id)
                               .arg(currency.code()));
    }
    for (const TimeWork &t : time)
        if (t.perHour.currency() != currency || t.billedSeconds < 0)
            return refused(
                tr("Entry %1 is not priced in the client's %2.").arg(t.entryId).arg(currency.code()));
    for (const UnitWork &u : units)
        if (u.unitPrice.currency() != currency || u.quantity.milli() < 0)
            return refused(
                tr("Usage %1 is not priced in the client's %2.").arg(u.usageId).arg(currency.code()));

    // The packs, oldest first.
    QList<qsizetype> order(packs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return packs[a].from != packs[b].from ? packs[a].from < packs[b].from : packs[a].id < packs[b].id;
    });

    // The work, in the order it was done: (when, 0 for time and 1 for units, id, index).
    struct Item
    {
        qint64 at;
        int kind;
        qint64 id;
        qsizetype index;
    };
    QList<Item> items;
    for (qsizetype i = 0; i < time.size(); ++i)
        items.append({time[i].start, 0, time[i].entryId, i});
    for (qsizetype i = 0; i < units.size(); ++i)
        items.append({units[i].at, 1, units[i].usageId, i});
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.at != b.at)
            return a.at < b.at;
        return a.kind != b.kind ? a.kind < b.kind : a.id < b.id;
    });

    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < packs.size(); ++i)
        indexOf.insert(packs[i].id, i);

    // A retainer's period takes in what the previous one left, when it starts: before the first work
    // on or after its first day, or at the end. In the packs' order, so a chain carries through. A
    // period closed before its end (or voided) carries nothing over: the user ended it.
    const auto carriesOver = [&](qsizetype previous) {
        const Pack &p = packs[previous];
        return !p.closedOn || (p.until && *p.closedOn >= *p.until);
    };
    const auto capOf = [&](qsizetype k) { return std::max<qint64>(0, packs[k].rolloverCapMinutes) * 60; };
    const auto rollOver = [&](std::optional<QDate> day) {
        for (qsizetype k : order) {
            const Pack &p = packs[k];
            if (!p.rolloverFrom || left[k].rolled || (day && *day < p.from))
                continue;
            left[k].rolled = true;
            const qsizetype previous = indexOf.value(*p.rolloverFrom, -1);
            if (previous < 0 || previous == k || !carriesOver(previous))
                continue;
            const qint64 more = std::min(std::max<qint64>(0, left[previous].seconds),
                                         std::max<qint64>(0, capOf(k) - left[k].reserved));
            left[k].seconds += more;
            left[k].rolledIn = left[k].reserved + more;
            left[previous].rolledOut = left[k].rolledIn;
        }
    };

    // The pack whose rule the overage of work on `day` follows: the newest covering that day and that
    // kind of work (time: minutes or money; units: that service's units or money). None: the work is
    // no pack's, and bills as ever.
    const auto governing = [&](QDate day, std::optional<qint64> serviceId) -> std::optional<qsizetype> {
        std::optional<qsizetype> newest;
        for (qsizetype k : order) {
            const Pack &p = packs[k];
            bool kind = p.amount.has_value();
            if (!serviceId)
                kind = kind || p.minutes > 0 || p.rolloverFrom.has_value();
            else
                for (const auto &[service, quantity] : p.units)
                    kind = kind || service == *serviceId;
            if (kind && p.covers(day))
                newest = k;
        }
        return newest;
    };
    QList<qint64> overageSeconds(packs.size(), 0);
    QList<qint64> overageMinor(packs.size(), 0);

    Drawdown result;
    result.time.resize(time.size());
    result.units.resize(units.size());
    // The worth no unit or minute covered, drawn from the packs' money; the rest is returned.
    const auto drawMoney = [&](QDate day, qint64 minor, QList<std::pair<qint64, Money>> &from) {
        for (qsizetype k : order) {
            if (minor == 0)
                break;
            if (!left[k].minor || *left[k].minor <= 0 || !packs[k].covers(day))
                continue;
            const qint64 take = std::min(minor, *left[k].minor);
            *left[k].minor -= take;
            left[k].usedMinor += take;
            minor -= take;
            from.append({packs[k].id, Money(take, currency)});
        }
        return minor;
    };
    // Settled work first: it draws what its invoice recorded, from the packs it names.
    const auto fixedPack = [&](qint64 packId, QDate day) -> Left * {
        const qsizetype k = indexOf.value(packId, -1);
        if (k < 0)
            return nullptr;
        if (!packs[k].covers(day))
            left[k].overdrawn = true;
        return &left[k];
    };
    const auto fixedMoney = [&](QDate day, const QList<std::pair<qint64, Money>> &money) {
        for (const auto &[packId, worth] : money)
            if (Left *l = fixedPack(packId, day)) {
                if (!l->minor)
                    l->overdrawn = true;
                else
                    *l->minor -= worth.minorUnits();
                l->usedMinor += worth.minorUnits();
            }
    };
    const auto fixedOverage = [&](const auto &drawn, qint64 seconds) {
        const qsizetype k = drawn.overagePack ? indexOf.value(*drawn.overagePack, -1) : -1;
        if (k >= 0 && !(!drawn.money.isEmpty() && drawn.overage.isZero())) {
            overageSeconds[k] += seconds;
            overageMinor[k] += drawn.overage.minorUnits();
        }
    };
    for (const auto &[entryId, fixed] : settled.time) {
        const TimeDrawn &d = fixed.drawn;
        for (const auto &[packId, seconds] : d.seconds)
            if (Left *l = fixedPack(packId, fixed.day)) {
                l->seconds -= seconds;
                l->usedSeconds += seconds;
            }
        fixedMoney(fixed.day, d.money);
        fixedOverage(d, d.overageSeconds);
    }
    for (const auto &[usageId, fixed] : settled.units) {
        const UnitsDrawn &d = fixed.drawn;
        for (const auto &[packId, quantity] : d.quantity)
            if (Left *l = fixedPack(packId, fixed.day)) {
                if (qint64 *available = unitsLeft(*l, fixed.serviceId)) {
                    *available -= quantity.milli();
                    addUsedUnits(*l, fixed.serviceId, quantity.milli());
                } else {
                    l->overdrawn = true;
                }
            }
        fixedMoney(fixed.day, d.money);
        fixedOverage(d, 0);
    }
    // What settled work of a period used beyond the period's own minutes was carried in from the
    // previous period: taken from it now, up to the cap, so later work of that period cannot use it
    // again.
    for (qsizetype k : order) {
        const Pack &p = packs[k];
        if (!p.rolloverFrom || left[k].seconds >= 0)
            continue;
        const qsizetype previous = indexOf.value(*p.rolloverFrom, -1);
        if (previous < 0 || previous == k || !carriesOver(previous))
            continue;
        const qint64 take =
            std::min({-left[k].seconds, capOf(k), std::max<qint64>(0, left[previous].seconds)});
        left[previous].seconds -= take;
        left[previous].reservedOut += take;
        left[k].seconds += take;
        left[k].reserved = take;
    }

    // The settled work among that given shows what it drew.
    QList<bool> fixedTime(time.size(), false);
    QList<bool> fixedUnits(units.size(), false);
    for (qsizetype i = 0; i < time.size(); ++i)
        if (const auto fixed = settled.time.find(time[i].entryId); fixed != settled.time.end()) {
            fixedTime[i] = true;
            result.time[i] = fixed->second.drawn;
            result.time[i].entryId = time[i].entryId;
            result.time[i].held = false;
        }
    for (qsizetype i = 0; i < units.size(); ++i)
        if (const auto fixed = settled.units.find(units[i].usageId); fixed != settled.units.end()) {
            fixedUnits[i] = true;
            result.units[i] = fixed->second.drawn;
            result.units[i].usageId = units[i].usageId;
            result.units[i].held = false;
        }

    for (const Item &item : std::as_const(items)) {
        rollOver(item.kind == 0 ? time[item.index].day : units[item.index].day);
        if (item.kind == 0 ? fixedTime[item.index] : fixedUnits[item.index])
            continue;
        if (item.kind == 0) {
            const TimeWork &t = time[item.index];
            TimeDrawn &d = result.time[item.index];
            d.entryId = t.entryId;
            qint64 seconds = t.billedSeconds;
            for (qsizetype k : order) {
                if (seconds == 0)
                    break;
                if (left[k].seconds <= 0 || !packs[k].covers(t.day))
                    continue;
                const qint64 take = std::min(seconds, left[k].seconds);
                left[k].seconds -= take;
                left[k].usedSeconds += take;
                seconds -= take;
                d.seconds.append({packs[k].id, take});
            }
            d.overageSeconds = seconds;
            const auto rule = governing(t.day, std::nullopt);
            if (rule)
                d.overagePack = packs[*rule].id;
            // The seconds no minutes covered are priced once, as an invoice would price them, at the
            // pack's own rate when it says so.
            const Money rate =
                rule && packs[*rule].overage == Overage::Rate ? *packs[*rule].overageRate : t.perHour;
            auto worth = rate.forSeconds(seconds);
            if (!worth)
                return worth.error();
            d.overage = Money(drawMoney(t.day, worth->minorUnits(), d.money), currency);
            // Seconds whose whole worth a pack's money paid are covered: no overage, nothing held.
            const bool paid = !d.money.isEmpty() && d.overage.isZero();
            if (rule && !paid) {
                d.held = packs[*rule].overage == Overage::Stop && seconds > 0;
                overageSeconds[*rule] += seconds;
                overageMinor[*rule] += d.overage.minorUnits();
            }
        } else {
            const UnitWork &u = units[item.index];
            UnitsDrawn &d = result.units[item.index];
            d.usageId = u.usageId;
            qint64 milli = u.quantity.milli();
            for (qsizetype k : order) {
                if (milli == 0)
                    break;
                qint64 *available = unitsLeft(left[k], u.serviceId);
                if (!available || *available <= 0 || !packs[k].covers(u.day))
                    continue;
                const qint64 take = std::min(milli, *available);
                *available -= take;
                addUsedUnits(left[k], u.serviceId, take);
                milli -= take;
                d.quantity.append({packs[k].id, Quantity::fromMilli(take)});
            }
            d.overageQuantity = Quantity::fromMilli(milli);
            auto worth = d.overageQuantity.times(u.unitPrice);
            if (!worth)
                return worth.error();
            d.overage = Money(drawMoney(u.day, worth->minorUnits(), d.money), currency);
            if (const auto rule = governing(u.day, u.serviceId)) {
                d.overagePack = packs[*rule].id;
                const bool paid = !d.money.isEmpty() && d.overage.isZero();
                d.held = packs[*rule].overage == Overage::Stop && milli > 0 && !paid;
                if (!paid)
                    overageMinor[*rule] += d.overage.minorUnits();
            }
        }
    }

    rollOver(std::nullopt);
    for (qsizetype i = 0; i < packs.size(); ++i) {
        PackBalance b;
        b.packId = packs[i].id;
        b.usedSeconds = left[i].usedSeconds;
        // What went to the next period is still counted in what this one left unused.
        b.leftSeconds = std::max<qint64>(0, left[i].seconds) + left[i].reservedOut;
        b.overdrawn = left[i].overdrawn || left[i].seconds < 0 || (left[i].minor && *left[i].minor < 0);
        b.rolledInSeconds = left[i].rolledIn;
        b.rolledOutSeconds = left[i].rolledOut;
        b.overageSeconds = overageSeconds[i];
        b.overage = Money(overageMinor[i], currency);
        for (const auto &[service, milli] : left[i].usedMilli)
            b.usedUnits.append({service, Quantity::fromMilli(milli)});
        for (const auto &[service, milli] : left[i].milli) {
            b.overdrawn = b.overdrawn || milli < 0;
            b.leftUnits.append({service, Quantity::fromMilli(std::max<qint64>(0, milli))});
        }
        if (left[i].minor) {
            b.usedAmount = Money(left[i].usedMinor, currency);
            b.leftAmount = Money(std::max<qint64>(0, *left[i].minor), currency);
        }
        result.balances.append(b);
    }
    return result;
}

} // namespace minuta::packs
