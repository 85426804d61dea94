#include "work/billing.h"

#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::billing;

namespace {

Currency eurCurrency()
{
    return *Currency::fromCode(u"EUR");
}

Money eur(qint64 cents)
{
    return Money(cents, eurCurrency());
}

struct RoundingCase
{
    int increment;
    RoundingMode mode;
    int minimum;
    qint64 raw;
    qint64 billed;
};

void PrintTo(const RoundingCase &c, std::ostream *os)
{
    *os << c.increment << " min, " << roundingModeName(c.mode).toStdString() << ", minimum " << c.minimum
        << ", raw " << c.raw << "s";
}

class BilledSeconds : public ::testing::TestWithParam<RoundingCase>
{
};

constexpr auto Up = RoundingMode::Up;
constexpr auto Nearest = RoundingMode::Nearest;
constexpr auto Down = RoundingMode::Down;

} // namespace

TEST_P(BilledSeconds, FollowTheClientsIncrementModeAndMinimum)
{
    const RoundingCase c = GetParam();
    const BillingPolicy policy{c.increment, c.mode, c.minimum};
    EXPECT_EQ(billedSeconds(c.raw, policy), c.billed);
}

INSTANTIATE_TEST_SUITE_P(
    Table, BilledSeconds,
    ::testing::Values(
        // Increment 1 minute.
        RoundingCase{1, Up, 0, 60, 60}, RoundingCase{1, Up, 0, 61, 120}, RoundingCase{1, Up, 0, 1, 60},
        RoundingCase{1, Nearest, 0, 89, 60}, RoundingCase{1, Nearest, 0, 90, 120},
        RoundingCase{1, Down, 0, 119, 60},
        // 6 minutes (a tenth of an hour): exactly on it, one second over, half way.
        RoundingCase{6, Up, 0, 360, 360}, RoundingCase{6, Up, 0, 361, 720},
        RoundingCase{6, Nearest, 0, 539, 360}, RoundingCase{6, Nearest, 0, 540, 720},
        RoundingCase{6, Down, 0, 719, 360}, RoundingCase{6, Down, 0, 720, 720},
        // 15 minutes.
        RoundingCase{15, Up, 0, 900, 900}, RoundingCase{15, Up, 0, 901, 1800},
        RoundingCase{15, Nearest, 0, 449, 0}, RoundingCase{15, Nearest, 0, 450, 900},
        RoundingCase{15, Nearest, 0, 1349, 900}, RoundingCase{15, Down, 0, 1799, 900},
        RoundingCase{15, Down, 0, 899, 0},
        // 30 minutes.
        RoundingCase{30, Up, 0, 1800, 1800}, RoundingCase{30, Up, 0, 1801, 3600},
        RoundingCase{30, Nearest, 0, 2699, 1800}, RoundingCase{30, Nearest, 0, 2700, 3600},
        RoundingCase{30, Down, 0, 3599, 1800},
        // 60 minutes.
        RoundingCase{60, Up, 0, 3600, 3600}, RoundingCase{60, Up, 0, 3601, 7200},
        RoundingCase{60, Nearest, 0, 5399, 3600}, RoundingCase{60, Nearest, 0, 5400, 7200},
        RoundingCase{60, Down, 0, 7199, 3600},
        // A minimum above the raw duration wins; below the rounded one it changes nothing.
        RoundingCase{15, Up, 30, 300, 1800}, RoundingCase{15, Down, 15, 600, 900},
        RoundingCase{1, Up, 60, 1, 3600}, RoundingCase{15, Up, 15, 2000, 2700},
        RoundingCase{60, Nearest, 30, 1000, 1800}));

TEST(Rates, OverrideThenClientThenBusinessThenNone)
{
    const auto cur = eurCurrency();
    EXPECT_EQ(resolveRate(eur(5000), eur(3000), eur(2000), cur).source, RateSource::Entry);
    EXPECT_EQ(resolveRate(eur(5000), eur(3000), eur(2000), cur).perHour, eur(5000));
    EXPECT_EQ(resolveRate(std::nullopt, eur(3000), eur(2000), cur).perHour, eur(3000));
    EXPECT_EQ(resolveRate(std::nullopt, std::nullopt, eur(2000), cur).source, RateSource::Business);
    const Rate none = resolveRate(std::nullopt, std::nullopt, std::nullopt, cur);
    EXPECT_EQ(none.source, RateSource::None);
    EXPECT_EQ(none.perHour, eur(0));
    // A business default in another currency cannot price a client's work.
    const Money pounds(2000, *Currency::fromCode(u"GBP"));
    EXPECT_EQ(resolveRate(std::nullopt, std::nullopt, pounds, cur).source, RateSource::None);
    // A zero rate set on purpose is a rate.
    EXPECT_EQ(resolveRate(std::nullopt, eur(0), eur(2000), cur).source, RateSource::Client);
}

TEST(Calculate, PricesEachBillableEntryAndLeavesOutTheRest)
{
    Inputs in;
    in.currency = eurCurrency();
    in.policy = {15, RoundingMode::Up, 0};
    in.clientRate = eur(3000);
    in.entries = {
        {1, 0, 37 * 60, QStringLiteral("Email"), {}, true, std::nullopt},        // 37 min → 45 min
        {2, 0, 60 * 60, QStringLiteral("Calls"), {}, true, eur(4000)},           // 60 min at the override
        {3, 0, 20 * 60, QStringLiteral("Coffee chat"), {}, false, std::nullopt}, // not billable
    };
    const auto s = calculate(in);
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(s->time.size(), 2);
    EXPECT_EQ(s->time[0].entryId, 1);
    EXPECT_EQ(s->time[0].rawSeconds, 37 * 60);
    EXPECT_EQ(s->time[0].billedSeconds, 45 * 60);
    EXPECT_EQ(s->time[0].rate.source, RateSource::Client);
    EXPECT_EQ(s->time[0].amount, eur(2250));
    EXPECT_EQ(s->time[1].amount, eur(4000));
    EXPECT_EQ(s->time[1].rate.source, RateSource::Entry);
    EXPECT_EQ(s->rawSeconds, 97 * 60);
    EXPECT_EQ(s->billedSeconds, 105 * 60);
    EXPECT_EQ(s->timeAmount, eur(6250));
    EXPECT_EQ(s->total, eur(6250));
    EXPECT_TRUE(s->warnings.isEmpty());
}

TEST(Calculate, RoundsEachAmountOnceToTheCent)
{
    Inputs in;
    in.currency = eurCurrency();
    in.clientRate = eur(3333); // €33.33 an hour
    in.entries = {{1, 0, 37 * 60, {}, {}, true, std::nullopt}};
    const auto s = calculate(in);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->time[0].amount, eur(2055)); // 20.5535 → 20.55
}

TEST(Calculate, WarnsAboutWorkWithoutARate)
{
    Inputs in;
    in.currency = eurCurrency();
    in.entries = {{7, 0, 3600, {}, {}, true, std::nullopt}};
    const auto s = calculate(in);
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(s->time.size(), 1);
    EXPECT_EQ(s->time[0].amount, eur(0));
    ASSERT_EQ(s->warnings.size(), 1);
    EXPECT_TRUE(s->warnings[0].contains(QStringLiteral("Entry 7"))) << s->warnings[0].toStdString();
}

TEST(Calculate, PricesUsageFromTheClientsPriceOrTheCatalog)
{
    Inputs in;
    in.currency = eurCurrency();
    in.usage = {
        {1,
         0,
         10,
         QStringLiteral("Calls"),
         QStringLiteral("call"),
         {},
         {},
         {},
         Quantity::fromUnits(12),
         std::nullopt,
         eur(150),
         std::nullopt},
        {2,
         0,
         11,
         QStringLiteral("Room"),
         QStringLiteral("hour"),
         {},
         {},
         {},
         Quantity::fromMilli(1500),
         eur(1000),
         eur(1200),
         TaxRate::fromPercent(22)},
        {3,
         0,
         12,
         QStringLiteral("Pages"),
         QStringLiteral("page"),
         {},
         {},
         {},
         Quantity::fromMilli(125),
         std::nullopt,
         eur(10),
         std::nullopt},
        {4,
         0,
         13,
         QStringLiteral("Courier"),
         QStringLiteral("parcel"),
         {},
         {},
         {},
         Quantity::fromUnits(2),
         std::nullopt,
         Money(500, *Currency::fromCode(u"USD")),
         std::nullopt},
    };
    const auto s = calculate(in);
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(s->usage.size(), 4);
    EXPECT_EQ(s->usage[0].amount, eur(1800)); // 12 × 1.50
    EXPECT_EQ(s->usage[0].priceSource, PriceSource::Catalog);
    EXPECT_EQ(s->usage[1].amount, eur(1500)); // 1.5 × 10.00, the client's own price
    EXPECT_EQ(s->usage[1].priceSource, PriceSource::Client);
    EXPECT_EQ(s->usage[1].taxRate, TaxRate::fromPercent(22));
    EXPECT_EQ(s->usage[2].amount, eur(1)); // 0.125 × 0.10 = 0.0125 → 0.01
    EXPECT_EQ(s->usage[3].priceSource, PriceSource::None);
    EXPECT_EQ(s->usage[3].amount, eur(0));
    EXPECT_EQ(s->warnings.size(), 1);
    EXPECT_EQ(s->usageAmount, eur(3301));
    EXPECT_EQ(s->total, eur(3301));
}

TEST(Calculate, AnEmptyPeriodIsZero)
{
    Inputs in;
    in.currency = eurCurrency();
    const auto s = calculate(in);
    ASSERT_TRUE(s.ok());
    EXPECT_TRUE(s->time.isEmpty());
    EXPECT_EQ(s->total, eur(0));
}
