#pragma once

// Prepaid packs drawn down by the work they cover, pure: from a client's packs and billable work to
// what each piece of work took from which pack, what it left over, and what each pack has left. It
// is computed from the work itself every time, never kept as a counter that could drift: editing or
// deleting work, or a pack, simply gives another result.
//
// The rules:
// - A pack covers the local days from its first day to its last (none: no end), and none after the
//   day it was closed.
// - Work draws in the order it was done (time by its start, units by when they were used; a tie
//   goes to the entry, then the lower id), each piece from the packs that cover its day, oldest pack
//   first (by first day, then id); what one pack cannot cover goes to the next.
// - Time draws its billed seconds (rounded as the client's terms round each entry) from packs'
//   minutes; what no minutes cover draws its worth (the rate × those seconds, rounded once) from
//   packs' money.
// - Units draw their quantity from packs' units of the same service; what those do not cover draws
//   its worth (the price × that quantity) from packs' money.
// - What is left after every pack is the overage: seconds, a quantity, and its worth. It follows the
//   rule of the newest pack that covers its day: billed on the client's usual terms, at the pack's
//   own hourly rate, or held back (the pack says stop, and the user is warned). Work on a day no pack
//   covers is no overage, only work: it bills as ever.
// - A retainer's period may roll over the minutes its previous period left unused, up to a cap:
//   they are added to the period's own the moment it starts, from what the previous period left
//   (so they too follow every edit of the work).
// - Work an issued invoice billed is settled: it draws exactly what that invoice recorded
//   (`Settled`) before any other work, whatever was edited or added since; the rest draws from what
//   is left.

#include "values/error.h"
#include "values/money.h"
#include "values/quantity.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <map>
#include <optional>
#include <utility>

namespace minuta::packs {

// What happens to work beyond what a pack covers.
enum class Overage {
    Client, // billed on the client's usual terms
    Rate,   // billed at the pack's own hourly rate
    Stop,   // not billed: held back, and the user is warned
};

QString overageName(Overage overage); // "client", "rate", "stop"
std::optional<Overage> overageFromName(QStringView name);

struct Pack
{
    qint64 id = 0;
    QDate from;                               // the first local day covered
    std::optional<QDate> until;               // the last local day covered; none: no expiry
    std::optional<QDate> closedOn;            // closed: nothing after this day is covered
    qint64 minutes = 0;                       // time covered, in billed minutes
    QList<std::pair<qint64, Quantity>> units; // service id → the quantity covered
    std::optional<Money> amount;              // money covered, in the client's currency
    // A retainer's period: the previous period's pack, whose unused minutes carry over up to the cap.
    std::optional<qint64> rolloverFrom;
    qint64 rolloverCapMinutes = 0;
    Overage overage = Overage::Client;
    std::optional<Money> overageRate; // per hour, for Overage::Rate

    bool covers(QDate day) const;
};

struct TimeDrawn
{
    qint64 entryId = 0;
    QList<std::pair<qint64, qint64>> seconds; // pack id → the billed seconds its minutes covered
    QList<std::pair<qint64, Money>> money;    // pack id → the worth its money covered
    qint64 overageSeconds = 0;                // not covered by any pack's minutes
    Money overage;                            // the worth no pack covered: what is still to bill
    std::optional<qint64> overagePack;        // the newest pack covering the day, whose rule applies; none:
                                              // no pack covers the day, and all of it is plain work
    bool held = false;                        // that pack says stop: the overage is not to be billed
};

struct UnitsDrawn
{
    qint64 usageId = 0;
    QList<std::pair<qint64, Quantity>> quantity; // pack id → the units it covered
    QList<std::pair<qint64, Money>> money;       // pack id → the worth its money covered
    Quantity overageQuantity;                    // not covered by any pack's units
    Money overage;                               // the worth no pack covered
    std::optional<qint64> overagePack;           // as for time
    bool held = false;
};

// A finished, billable entry as an invoice would bill it.
struct TimeWork
{
    qint64 entryId = 0;
    qint64 start = 0; // UTC seconds
    QDate day;        // the local day it started
    qint64 billedSeconds = 0;
    Money perHour; // the rate that applies
};

// Units of a service used, as an invoice would bill them.
struct UnitWork
{
    qint64 usageId = 0;
    qint64 at = 0;
    QDate day;
    qint64 serviceId = 0;
    Quantity quantity;
    Money unitPrice;
};

struct PackBalance
{
    qint64 packId = 0;
    qint64 usedSeconds = 0;
    qint64 leftSeconds = 0;      // for a pack that has ended: unused, expired
    qint64 rolledInSeconds = 0;  // carried over from the previous period (included in used and left)
    qint64 rolledOutSeconds = 0; // carried over to the next period (still counted in left)
    QList<std::pair<qint64, Quantity>> usedUnits; // service id → used, in the pack's order
    QList<std::pair<qint64, Quantity>> leftUnits;
    std::optional<Money> usedAmount;
    std::optional<Money> leftAmount;
    qint64 overageSeconds = 0; // work beyond the packs on days this pack, the newest, covers
    Money overage;             // its worth
    // Issued invoices recorded more than the pack now holds, or work on days it no longer covers:
    // what a change to the pack must not do. What is left then reads nothing.
    bool overdrawn = false;
};

// What issued invoices recorded their work drew: it draws that again, whatever changed since.
// It counts against the packs whether or not that work is given to draw.
struct Settled
{
    struct Time
    {
        QDate day; // the local day the entry started
        TimeDrawn drawn;
    };
    struct Units
    {
        QDate day;
        qint64 serviceId = 0;
        UnitsDrawn drawn;
    };
    std::map<qint64, Time> time;   // by entry id
    std::map<qint64, Units> units; // by usage id
};

// What each piece of work drew, found by its id (pointing into the lists given, which must outlive it).
struct DrawnByWork
{
    std::map<qint64, const TimeDrawn *> time;   // by entry id
    std::map<qint64, const UnitsDrawn *> units; // by usage id
};
DrawnByWork byWork(const QList<TimeDrawn> &time, const QList<UnitsDrawn> &units);

struct Drawdown
{
    QList<TimeDrawn> time;       // in the order of the work given
    QList<UnitsDrawn> units;     // in the order of the work given
    QList<PackBalance> balances; // in the order of the packs given
};

// Where a pack stands on `today`: closed by the user, past its last day, used up, or active.
enum class Status { Active, Exhausted, Expired, Closed };
QString statusName(Status status); // "active", "exhausted", "expired", "closed"
Status statusOf(const Pack &pack, const PackBalance &balance, QDate today);

// How much of the pack is used, in thousandths: of its time, each of its units and its money, the
// part most used (what runs out first decides when to warn). 0 for a pack that covers nothing.
int usedPermille(const PackBalance &balance);
// Whether a warning is due: `percent` of it used (80 by default), or more.
bool pastThreshold(const PackBalance &balance, int percent);

class Calculator
{
    Q_DECLARE_TR_FUNCTIONS(minuta::packs::Calculator)

public:
    // Every amount must be in `currency`, the client's: a pack or a rate in another is refused.
    static Result<Drawdown> draw(Currency currency, const QList<Pack> &packs, const QList<TimeWork> &time,
                                 const QList<UnitWork> &units, const Settled &settled = {});
};

} // namespace minuta::packs
