#include "values/exactmath.h"

#include <gtest/gtest.h>

#include <limits>

using namespace minuta;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
} // namespace

TEST(ExactMath, RoundsExactHalvesAwayFromZero)
{
    EXPECT_EQ(exact::mulDivRound(5, 1, 2), 3);   // 2.5
    EXPECT_EQ(exact::mulDivRound(-5, 1, 2), -3); // -2.5
    EXPECT_EQ(exact::mulDivRound(3, 1, 2), 2);   // 1.5
    EXPECT_EQ(exact::mulDivRound(1, -3, 2), -2); // -1.5
    EXPECT_EQ(exact::mulDivRound(1, 1, 2), 1);   // 0.5
}

TEST(ExactMath, RoundsOtherFractionsToNearest)
{
    EXPECT_EQ(exact::mulDivRound(1, 1, 3), 0);       // 0.333…
    EXPECT_EQ(exact::mulDivRound(2, 1, 3), 1);       // 0.666…
    EXPECT_EQ(exact::mulDivRound(1799, 1, 3600), 0); // just under half
    EXPECT_EQ(exact::mulDivRound(1800, 1, 3600), 1); // exactly half
    EXPECT_EQ(exact::mulDivRound(-1799, 1, 3600), 0);
    EXPECT_EQ(exact::mulDivRound(0, 12345, 7), 0);
}

TEST(ExactMath, ProductsBeyondSixtyFourBitsStillDivideExactly)
{
    // kMax × 3600 does not fit in 64 bits, the quotient does.
    EXPECT_EQ(exact::mulDivRound(kMax, 3600, 3600), kMax);
    EXPECT_EQ(exact::mulDivRound(kMin, 3600, 3600), kMin);
    EXPECT_EQ(exact::mulDivRound(kMax / 2, 4, 2), kMax - 1);
    EXPECT_EQ(exact::mulDivRound(kMax / 2 + 1, 4, 2), std::nullopt);
    EXPECT_EQ(exact::mulDivRound(kMax, 2, 1), std::nullopt);
    EXPECT_EQ(exact::mulDivRound(kMin, -1, 1), std::nullopt);
    EXPECT_EQ(exact::mulDivRound(1, 1, 0), std::nullopt);
}

TEST(ExactMath, AdditionAndMultiplicationRefuseOverflow)
{
    EXPECT_EQ(exact::add(kMax, 1), std::nullopt);
    EXPECT_EQ(exact::add(kMin, -1), std::nullopt);
    EXPECT_EQ(exact::add(kMax, -1), kMax - 1);
    EXPECT_EQ(exact::subtract(kMin, 1), std::nullopt);
    EXPECT_EQ(exact::subtract(0, kMin), std::nullopt);
    EXPECT_EQ(exact::multiply(kMax, 2), std::nullopt);
    EXPECT_EQ(exact::multiply(-4, 5), -20);
    EXPECT_EQ(exact::multiply(kMin, 1), kMin);
    EXPECT_EQ(exact::pow10(0), 1);
    EXPECT_EQ(exact::pow10(3), 1000);
}
