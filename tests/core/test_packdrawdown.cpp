// Prepaid packs drawn down by the work they cover, computed by hand from the rules in
// work/packdrawdown.h: oldest pack first, time by its billed (rounded) seconds, units by quantity,
// what minutes or units do not cover drawn from packs' money, and the rest left to bill.

#include "values/money.h"
#include "work/billing.h"
#include "work/packdrawdown.h"

#include "qtprinters.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::packs;

namespace {

const Currency EUR = *Currency::fromCode(u"EUR");

Money eur(qint64 cents)
{
    return Money(cents, EUR);
}

qint64 at(QDate day, int hour = 9)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

// An entry of `rawMinutes` on `day`, billed as the client's terms round it.
TimeWork entry(qint64 id, QDate day, qint64 rawMinutes, qint64 centsPerHour, const BillingPolicy &policy)
{
    return TimeWork{id, at(day), day, billing::billedSeconds(rawMinutes * 60, policy), eur(centsPerHour)};
}

Pack timePack(qint64 id, QDate from, std::optional<QDate> until, qint64 minutes)
{
    Pack p;
    p.id = id;
    p.from = from;
    p.until = until;
    p.minutes = minutes;
    return p;
}

} // namespace

TEST(PackDrawdown, TimeDrawsTheOldestPackFirstAtItsBilledTimeThenOverflows)
{
    // 10 hours for November, then 5 hours from 15 November with no end; the client is billed in
    // 15-minute steps rounded up, at €30.00 an hour.
    const BillingPolicy quarters{15, RoundingMode::Up, 0};
    const QList<Pack> packs = {timePack(1, QDate(2026, 11, 1), QDate(2026, 11, 30), 600),
                               timePack(2, QDate(2026, 11, 15), std::nullopt, 300)};
    const QList<TimeWork> time = {
        entry(11, QDate(2026, 11, 3), 245, 3000, quarters),  // 4:05 → 4:15: pack 1, 345 min left
        entry(12, QDate(2026, 11, 10), 350, 3000, quarters), // 5:50 → 6:00: 345 from pack 1; pack 2 has
                                                             // not started: 15 min over, €7.50
        entry(13, QDate(2026, 11, 16), 121, 3000, quarters), // 2:01 → 2:15: pack 2, 165 min left
        entry(14, QDate(2026, 12, 2), 180, 3000, quarters),  // 3:00: pack 1 expired; 165 from pack 2,
                                                             // 15 min over, €7.50
    };
    auto d = Calculator::draw(EUR, packs, time, {});
    ASSERT_TRUE(d.ok()) << d.error().message().toStdString();
    ASSERT_EQ(d->time.size(), 4);
    EXPECT_EQ(d->time[0].seconds, (QList<std::pair<qint64, qint64>>{{1, 255 * 60}}));
    EXPECT_EQ(d->time[0].overageSeconds, 0);
    EXPECT_EQ(d->time[0].overage, eur(0));
    EXPECT_EQ(d->time[1].seconds, (QList<std::pair<qint64, qint64>>{{1, 345 * 60}}));
    EXPECT_EQ(d->time[1].overageSeconds, 15 * 60);
    EXPECT_EQ(d->time[1].overage, eur(750));
    EXPECT_EQ(d->time[2].seconds, (QList<std::pair<qint64, qint64>>{{2, 135 * 60}}));
    EXPECT_EQ(d->time[3].seconds, (QList<std::pair<qint64, qint64>>{{2, 165 * 60}}));
    EXPECT_EQ(d->time[3].overageSeconds, 15 * 60);
    EXPECT_EQ(d->time[3].overage, eur(750));
    ASSERT_EQ(d->balances.size(), 2);
    EXPECT_EQ(d->balances[0].usedSeconds, 600 * 60);
    EXPECT_EQ(d->balances[0].leftSeconds, 0);
    EXPECT_EQ(d->balances[1].usedSeconds, 300 * 60);
    EXPECT_EQ(d->balances[1].leftSeconds, 0);
    EXPECT_FALSE(d->balances[0].usedAmount) << "a time pack has no money";

    // The same work given in another order draws the same: the order is the work's own.
    const QList<TimeWork> shuffled = {time[3], time[1], time[0], time[2]};
    auto again = Calculator::draw(EUR, packs, shuffled, {});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->time[0].seconds, d->time[3].seconds);
    EXPECT_EQ(again->time[1].overage, eur(750));
    EXPECT_EQ(again->balances[1].leftSeconds, 0);
}

TEST(PackDrawdown, UnitsDrawTheirServiceThenMoneyCoversTheRest)
{
    // 100 calls answered and €50.00 of credit, both from 1 November; calls at €1.50 each.
    Pack calls;
    calls.id = 1;
    calls.from = QDate(2026, 11, 1);
    calls.units = {{7, Quantity::fromUnits(100)}};
    Pack credit;
    credit.id = 2;
    credit.from = QDate(2026, 11, 1);
    credit.amount = eur(5000);
    const QList<UnitWork> units = {
        {21, at(QDate(2026, 11, 2)), QDate(2026, 11, 2), 7, Quantity::fromUnits(60), eur(150)}, // 60 calls
        {22, at(QDate(2026, 11, 5)), QDate(2026, 11, 5), 7, Quantity::fromUnits(50),
         eur(150)}, // 40 + 10 over:
                    // €15.00 of credit
        {23, at(QDate(2026, 11, 6)), QDate(2026, 11, 6), 9, Quantity::fromMilli(2500),
         eur(400)}, // 2.5 pages of
                    // another service
                    // at €4.00: €10.00
    };
    // An hour at €40.00 after them: €40.00 of the €25.00 of credit left, €15.00 over.
    const QList<TimeWork> time = {{31, at(QDate(2026, 11, 7)), QDate(2026, 11, 7), 3600, eur(4000)}};
    auto d = Calculator::draw(EUR, {calls, credit}, time, units);
    ASSERT_TRUE(d.ok()) << d.error().message().toStdString();
    EXPECT_EQ(d->units[0].quantity, (QList<std::pair<qint64, Quantity>>{{1, Quantity::fromUnits(60)}}));
    EXPECT_EQ(d->units[0].overage, eur(0));
    EXPECT_EQ(d->units[1].quantity, (QList<std::pair<qint64, Quantity>>{{1, Quantity::fromUnits(40)}}));
    EXPECT_EQ(d->units[1].overageQuantity, Quantity::fromUnits(10));
    EXPECT_EQ(d->units[1].money, (QList<std::pair<qint64, Money>>{{2, eur(1500)}}));
    EXPECT_EQ(d->units[1].overage, eur(0)) << "the credit paid for the ten calls over";
    EXPECT_EQ(d->units[2].money, (QList<std::pair<qint64, Money>>{{2, eur(1000)}}));
    EXPECT_EQ(d->time[0].overageSeconds, 3600) << "no minutes in these packs";
    EXPECT_EQ(d->time[0].money, (QList<std::pair<qint64, Money>>{{2, eur(2500)}}));
    EXPECT_EQ(d->time[0].overage, eur(1500));
    EXPECT_EQ(d->balances[0].leftUnits, (QList<std::pair<qint64, Quantity>>{{7, Quantity::fromUnits(0)}}));
    EXPECT_EQ(d->balances[0].usedUnits, (QList<std::pair<qint64, Quantity>>{{7, Quantity::fromUnits(100)}}));
    EXPECT_EQ(d->balances[1].usedAmount, eur(5000));
    EXPECT_EQ(d->balances[1].leftAmount, eur(0));
}

TEST(PackDrawdown, AMoneyPackPaysWorkAtMixedRatesToTheCent)
{
    // €100.00 of credit: an hour at €30.00, an hour and a half at €45.00 (€67.50), then 20 minutes at
    // €30.00 (€10.00), of which the €2.50 left pays a part.
    Pack credit;
    credit.id = 5;
    credit.from = QDate(2026, 11, 1);
    credit.amount = eur(10000);
    const QList<TimeWork> time = {{1, at(QDate(2026, 11, 2)), QDate(2026, 11, 2), 3600, eur(3000)},
                                  {2, at(QDate(2026, 11, 3)), QDate(2026, 11, 3), 5400, eur(4500)},
                                  {3, at(QDate(2026, 11, 4)), QDate(2026, 11, 4), 1200, eur(3000)}};
    auto d = Calculator::draw(EUR, {credit}, time, {});
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->time[0].money, (QList<std::pair<qint64, Money>>{{5, eur(3000)}}));
    EXPECT_EQ(d->time[1].money, (QList<std::pair<qint64, Money>>{{5, eur(6750)}}));
    EXPECT_EQ(d->time[2].money, (QList<std::pair<qint64, Money>>{{5, eur(250)}}));
    EXPECT_EQ(d->time[2].overage, eur(750));
    EXPECT_EQ(d->balances[0].usedAmount, eur(10000));
    EXPECT_EQ(d->balances[0].leftAmount, eur(0));

    // 7 minutes at €10.00 an hour is €1.1666…: priced once, €1.17, as the invoice would.
    Pack small = credit;
    small.amount = eur(100);
    d = Calculator::draw(EUR, {small}, {{4, at(QDate(2026, 11, 2)), QDate(2026, 11, 2), 420, eur(1000)}}, {});
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->time[0].money, (QList<std::pair<qint64, Money>>{{5, eur(100)}}));
    EXPECT_EQ(d->time[0].overage, eur(17));
}

TEST(PackDrawdown, ExpiredClosedAndNotYetStartedPacksCoverNothing)
{
    Pack closed = timePack(1, QDate(2026, 11, 1), std::nullopt, 600);
    closed.closedOn = QDate(2026, 11, 10);
    const QList<TimeWork> time = {{1, at(QDate(2026, 11, 10)), QDate(2026, 11, 10), 3600, eur(3000)},
                                  {2, at(QDate(2026, 11, 11)), QDate(2026, 11, 11), 3600, eur(3000)},
                                  {3, at(QDate(2026, 10, 31)), QDate(2026, 10, 31), 3600, eur(3000)}};
    auto d = Calculator::draw(EUR, {closed}, time, {});
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->time[0].overageSeconds, 0) << "the day it was closed is still covered";
    EXPECT_EQ(d->time[1].overageSeconds, 3600);
    EXPECT_EQ(d->time[1].overage, eur(3000));
    EXPECT_EQ(d->time[2].overageSeconds, 3600) << "before the pack starts";
    EXPECT_EQ(d->balances[0].leftSeconds, 540 * 60);
}

TEST(PackDrawdown, PacksAndWorkInAnotherCurrencyAreRefused)
{
    Pack dollars;
    dollars.id = 1;
    dollars.from = QDate(2026, 11, 1);
    dollars.amount = Money(10000, *Currency::fromCode(u"USD"));
    EXPECT_FALSE(Calculator::draw(EUR, {dollars}, {}, {}).ok());
    Pack backwards = timePack(2, QDate(2026, 11, 10), QDate(2026, 11, 1), 60);
    EXPECT_FALSE(Calculator::draw(EUR, {backwards}, {}, {}).ok());
    const TimeWork inDollars{1, at(QDate(2026, 11, 2)), QDate(2026, 11, 2), 3600,
                             Money(3000, *Currency::fromCode(u"USD"))};
    EXPECT_FALSE(Calculator::draw(EUR, {}, {inDollars}, {}).ok());
}

TEST(PackDrawdown, ARetainerRollsUnusedMinutesOverUpToItsCap)
{
    // 20 hours a month, unused hours rolling over up to 5; at €30.00 an hour, by the minute.
    Pack october = timePack(10, QDate(2026, 10, 1), QDate(2026, 10, 31), 20 * 60);
    Pack november = timePack(11, QDate(2026, 11, 1), QDate(2026, 11, 30), 20 * 60);
    november.rolloverFrom = 10;
    november.rolloverCapMinutes = 5 * 60;
    Pack december = timePack(12, QDate(2026, 12, 1), QDate(2026, 12, 31), 20 * 60);
    december.rolloverFrom = 11;
    december.rolloverCapMinutes = 5 * 60;
    // October: 12 hours, 8 unused, 5 of them carried: November holds 25 hours. November: 26 hours,
    // one over (€30.00). December starts with its own 20: nothing was left to carry.
    const QList<TimeWork> time = {{1, at(QDate(2026, 10, 5)), QDate(2026, 10, 5), 12 * 3600, eur(3000)},
                                  {2, at(QDate(2026, 11, 5)), QDate(2026, 11, 5), 20 * 3600, eur(3000)},
                                  {3, at(QDate(2026, 11, 20)), QDate(2026, 11, 20), 6 * 3600, eur(3000)},
                                  {4, at(QDate(2026, 12, 2)), QDate(2026, 12, 2), 2 * 3600, eur(3000)}};
    auto d = Calculator::draw(EUR, {october, november, december}, time, {});
    ASSERT_TRUE(d.ok()) << d.error().message().toStdString();
    EXPECT_EQ(d->balances[0].leftSeconds, 8 * 3600) << "unused at its end";
    EXPECT_EQ(d->balances[0].rolledOutSeconds, 5 * 3600);
    EXPECT_EQ(d->balances[1].rolledInSeconds, 5 * 3600);
    EXPECT_EQ(d->balances[1].usedSeconds, 25 * 3600);
    EXPECT_EQ(d->balances[1].leftSeconds, 0);
    EXPECT_EQ(d->time[2].seconds, (QList<std::pair<qint64, qint64>>{{11, 5 * 3600}}));
    EXPECT_EQ(d->time[2].overageSeconds, 3600);
    EXPECT_EQ(d->time[2].overage, eur(3000));
    EXPECT_EQ(d->balances[2].rolledInSeconds, 0);
    EXPECT_EQ(d->balances[2].leftSeconds, 18 * 3600);

    // Less used in October (deleting the 12 hours): still only 5 carried; November then has room.
    auto fewer = Calculator::draw(EUR, {october, november, december}, {time[1], time[2], time[3]}, {});
    ASSERT_TRUE(fewer.ok());
    EXPECT_EQ(fewer->balances[0].rolledOutSeconds, 5 * 3600) << "the cap, not the 20 unused";
    EXPECT_EQ(fewer->time[1].overageSeconds, 3600);
    // A period with no work after its start still takes its carry-over, for its balance.
    auto none = Calculator::draw(EUR, {october, november}, {time[0]}, {});
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->balances[1].leftSeconds, 25 * 3600);
}

TEST(PackDrawdown, OverageFollowsTheRuleOfTheNewestPackCoveringTheDay)
{
    // 10 hours billing work beyond them at €25.00 an hour (the client pays €30.00); 11 hours done:
    // one over, at the pack's rate.
    Pack ownRate = timePack(1, QDate(2026, 11, 1), QDate(2026, 11, 30), 600);
    ownRate.overage = Overage::Rate;
    ownRate.overageRate = eur(2500);
    const TimeWork eleven{1, at(QDate(2026, 11, 2)), QDate(2026, 11, 2), 11 * 3600, eur(3000)};
    const TimeWork december{2, at(QDate(2026, 12, 2)), QDate(2026, 12, 2), 3600, eur(3000)};
    auto d = Calculator::draw(EUR, {ownRate}, {eleven, december}, {});
    ASSERT_TRUE(d.ok()) << d.error().message().toStdString();
    EXPECT_EQ(d->time[0].overageSeconds, 3600);
    EXPECT_EQ(d->time[0].overage, eur(2500));
    EXPECT_EQ(d->time[0].overagePack, 1);
    EXPECT_FALSE(d->time[0].held);
    EXPECT_EQ(d->balances[0].overageSeconds, 3600);
    EXPECT_EQ(d->balances[0].overage, eur(2500));
    // December is no pack's: plain work at the client's rate, no overage of any pack.
    EXPECT_FALSE(d->time[1].overagePack);
    EXPECT_EQ(d->time[1].overage, eur(3000));

    // A pack that says stop: the hour over is held back, not billed, and so reported.
    Pack stop = timePack(2, QDate(2026, 11, 1), QDate(2026, 11, 30), 600);
    stop.overage = Overage::Stop;
    d = Calculator::draw(EUR, {stop}, {eleven}, {});
    ASSERT_TRUE(d.ok());
    EXPECT_TRUE(d->time[0].held);
    EXPECT_EQ(d->time[0].overage, eur(3000));

    // Two packs covering the day: the newer one's rule applies to what both leave.
    Pack older = timePack(3, QDate(2026, 10, 1), QDate(2026, 11, 30), 60);
    older.overage = Overage::Stop;
    d = Calculator::draw(EUR, {ownRate, older}, {eleven}, {});
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->time[0].seconds, (QList<std::pair<qint64, qint64>>{{3, 3600}, {1, 600 * 60}}))
        << "the older pack first";
    EXPECT_EQ(d->time[0].overageSeconds, 0);

    // The rule "own rate" needs a rate in the client's currency.
    Pack noRate = timePack(4, QDate(2026, 11, 1), std::nullopt, 60);
    noRate.overage = Overage::Rate;
    EXPECT_FALSE(Calculator::draw(EUR, {noRate}, {}, {}).ok());
    EXPECT_EQ(overageFromName(u"rate"), Overage::Rate);
    EXPECT_FALSE(overageFromName(u"later"));
}

TEST(PackDrawdown, StatusAndTheWarningFollowWhatIsUsedAndTheDates)
{
    // 10 hours and 100 calls; 8 hours and 50 calls used: 80 % of the time, the part used most.
    Pack p = timePack(1, QDate(2026, 11, 1), QDate(2026, 11, 30), 600);
    p.units = {{7, Quantity::fromUnits(100)}};
    const QList<TimeWork> eight = {{1, at(QDate(2026, 11, 2)), QDate(2026, 11, 2), 8 * 3600, eur(3000)}};
    const QList<UnitWork> fifty = {
        {2, at(QDate(2026, 11, 3)), QDate(2026, 11, 3), 7, Quantity::fromUnits(50), eur(150)}};
    auto d = Calculator::draw(EUR, {p}, eight, fifty);
    ASSERT_TRUE(d.ok());
    const PackBalance &b = d->balances[0];
    EXPECT_EQ(usedPermille(b), 800);
    EXPECT_TRUE(pastThreshold(b, 80));
    EXPECT_FALSE(pastThreshold(b, 81));
    EXPECT_EQ(statusOf(p, b, QDate(2026, 11, 20)), Status::Active);
    EXPECT_EQ(statusOf(p, b, QDate(2026, 12, 1)), Status::Expired) << "past its last day";
    Pack closed = p;
    closed.closedOn = QDate(2026, 11, 10);
    EXPECT_EQ(statusOf(closed, b, QDate(2026, 11, 20)), Status::Closed);

    // Two more hours: the time is used up, though calls are left: exhausted only when all is.
    const QList<TimeWork> ten = {eight[0],
                                 {3, at(QDate(2026, 11, 4)), QDate(2026, 11, 4), 2 * 3600, eur(3000)}};
    d = Calculator::draw(EUR, {p}, ten, fifty);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(usedPermille(d->balances[0]), 1000);
    EXPECT_EQ(statusOf(p, d->balances[0], QDate(2026, 11, 20)), Status::Active);
    const QList<UnitWork> hundred = {
        fifty[0], {4, at(QDate(2026, 11, 5)), QDate(2026, 11, 5), 7, Quantity::fromUnits(50), eur(150)}};
    d = Calculator::draw(EUR, {p}, ten, hundred);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(statusOf(p, d->balances[0], QDate(2026, 11, 20)), Status::Exhausted);
    EXPECT_EQ(statusName(Status::Exhausted), QStringLiteral("exhausted"));

    // A complimentary pack that covers nothing is never past a threshold.
    PackBalance empty;
    EXPECT_EQ(usedPermille(empty), 0);
    EXPECT_FALSE(pastThreshold(empty, 0));
}

TEST(PackDrawdown, SettledWorkKeepsWhatItDrewAndTheCarriedMinutesItUsed)
{
    // November: 10 h, December: 10 h renewed from it with up to 10 h carried over. December's 15 h
    // were invoiced and issued as covered: 10 h of its own and 5 carried from November (settled).
    // Then 8 h done on 20 Nov are logged late. November had 10 h; 5 of them went to December's
    // settled work, so the late 8 h draw the 5 left and 3 h are over, at €30.00/h = €90.00.
    const BillingPolicy exact{1, RoundingMode::Nearest, 0};
    Pack november = timePack(1, QDate(2026, 11, 1), QDate(2026, 11, 30), 600);
    Pack december = timePack(2, QDate(2026, 12, 1), QDate(2026, 12, 31), 600);
    december.rolloverFrom = 1;
    december.rolloverCapMinutes = 600;
    Settled settled;
    TimeDrawn issued;
    issued.entryId = 31;
    issued.seconds = {{2, 15 * 3600}};
    issued.overagePack = 2;
    issued.overage = eur(0);
    settled.time[31] = {QDate(2026, 12, 10), issued};
    const QList<TimeWork> time = {entry(31, QDate(2026, 12, 10), 15 * 60, 3000, exact),
                                  entry(32, QDate(2026, 11, 20), 8 * 60, 3000, exact)};
    auto d = Calculator::draw(EUR, {november, december}, time, {}, settled);
    ASSERT_TRUE(d.ok()) << d.error().message().toStdString();
    EXPECT_EQ(d->time[0].seconds, (QList<std::pair<qint64, qint64>>{{2, 15 * 3600}})) << "as issued";
    ASSERT_EQ(d->time[1].seconds.size(), 1);
    EXPECT_EQ(d->time[1].seconds[0].second, 5 * 3600);
    EXPECT_EQ(d->time[1].overageSeconds, 3 * 3600);
    EXPECT_EQ(d->time[1].overage, eur(9000));
    EXPECT_EQ(d->balances[1].usedSeconds, 15 * 3600);
    EXPECT_EQ(d->balances[1].rolledInSeconds, 5 * 3600);
    EXPECT_EQ(d->balances[1].leftSeconds, 0);
    EXPECT_FALSE(d->balances[1].overdrawn);
    EXPECT_FALSE(d->balances[0].overdrawn);

    // Without the settled record, the same work drawn in its order: November covers its 8 h and
    // carries 2 over; December's 15 h take 10 + 2, and 3 h are over. The record is what keeps the
    // issued invoice true.
    d = Calculator::draw(EUR, {november, december}, time, {});
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->time[0].overageSeconds, 3 * 3600);

    // A period closed before its end, or voided by a credit note, carries nothing over.
    november.closedOn = QDate(2026, 10, 31);
    d = Calculator::draw(EUR, {november, december}, {entry(33, QDate(2026, 12, 2), 12 * 60, 3000, exact)},
                         {});
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->balances[1].rolledInSeconds, 0);
    EXPECT_EQ(d->time[0].overageSeconds, 2 * 3600);
}
