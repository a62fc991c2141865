#include "engine/Growth.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

using namespace attain::engine;

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

/// 24 months: 100, 110, 120, … 330.
std::vector<std::int64_t> risingMonths()
{
    std::vector<std::int64_t> months;
    for (std::int64_t i = 0; i < 24; ++i)
        months.push_back(100 + 10 * i);
    return months;
}

} // namespace

TEST(Growth, BasisPointsOfChange)
{
    EXPECT_EQ(growthBasisPoints(110, 100), 1000);
    EXPECT_EQ(growthBasisPoints(90, 100), -1000);
    EXPECT_EQ(growthBasisPoints(100, 100), 0);
    EXPECT_EQ(growthBasisPoints(0, 100), -10000);
    EXPECT_EQ(growthBasisPoints(300, 100), 20000);
}

TEST(Growth, RoundsHalfAwayFromZero)
{
    EXPECT_EQ(growthBasisPoints(4, 3), 3333);   // +3333.33
    EXPECT_EQ(growthBasisPoints(5, 3), 6667);   // +6666.67
    EXPECT_EQ(growthBasisPoints(2, 3), -3333);  // -3333.33
    EXPECT_EQ(growthBasisPoints(1, 3), -6667);  // -6666.67
    EXPECT_EQ(growthBasisPoints(30001, 20000), 5001);  // +5000.5
    EXPECT_EQ(growthBasisPoints(10001, 20000), -5000); // -4999.5
}

TEST(Growth, UndefinedFromZeroOrNegativeBase)
{
    EXPECT_FALSE(growthBasisPoints(100, 0).has_value());
    EXPECT_FALSE(growthBasisPoints(0, 0).has_value());
    EXPECT_FALSE(growthBasisPoints(100, -50).has_value());
    EXPECT_FALSE(growthBasisPoints(-100, -50).has_value());
}

TEST(Growth, NegativeCurrentFromReturns)
{
    EXPECT_EQ(growthBasisPoints(-20, 100), -12000);
    EXPECT_EQ(growthBasisPoints(-1, 20000), -10001); // -10000.5 rounds away from zero
    EXPECT_EQ(growthBasisPoints(-1, 30000), -10000); // -10000.33
}

TEST(Growth, ExtremesAreExactOrUndefined)
{
    EXPECT_EQ(growthBasisPoints(kMax, kMax), 0);
    EXPECT_EQ(growthBasisPoints(kMax, 10000), kMax - 10000);
    // current − previous = −(2^64 − 1) does not fit in 64 bits, the growth (−20000.000…1) does.
    EXPECT_EQ(growthBasisPoints(kMin, kMax), -20000);
    // Growth of exactly −2^63 fits; one unit less does not.
    EXPECT_EQ(growthBasisPoints(kMin + 10000, 10000), kMin);
    EXPECT_FALSE(growthBasisPoints(kMin + 9999, 10000).has_value());
    EXPECT_FALSE(growthBasisPoints(kMax, 1).has_value());
    EXPECT_FALSE(growthBasisPoints(kMin, 1).has_value());
}

TEST(Growth, WindowSumNeedsTheWholeWindow)
{
    const std::vector<std::int64_t> series{1, 2, 3, 4, 5};
    EXPECT_EQ(windowSum(series, 4, 3), 12);
    EXPECT_EQ(windowSum(series, 2, 3), 6);
    EXPECT_EQ(windowSum(series, 0, 1), 1);
    EXPECT_FALSE(windowSum(series, 1, 3).has_value());
    EXPECT_FALSE(windowSum(series, 5, 1).has_value());
    EXPECT_FALSE(windowSum(series, 2, 0).has_value());
    EXPECT_FALSE(windowSum({}, 0, 1).has_value());
}

TEST(Growth, WindowSumIsExactAndRejectsOverflow)
{
    const std::vector<std::int64_t> wraps{kMax, 1, -1};
    EXPECT_EQ(windowSum(wraps, 2, 3), kMax); // passes 2^63 on the way, ends in range
    EXPECT_FALSE(windowSum(wraps, 1, 2).has_value());
    const std::vector<std::int64_t> low{kMin, -1};
    EXPECT_FALSE(windowSum(low, 1, 2).has_value());
}

TEST(Growth, MonthOverMonth)
{
    const auto months = risingMonths();
    EXPECT_EQ(monthOverMonth(months, 1), 1000);  // 110 vs 100
    EXPECT_EQ(monthOverMonth(months, 23), 313);  // 330 vs 320: +312.5
    EXPECT_EQ(monthOverMonth(months, 5, 3), 769); // 420 vs 390: +769.23
    EXPECT_FALSE(monthOverMonth(months, 0).has_value());
    EXPECT_FALSE(monthOverMonth(months, 24).has_value());
}

TEST(Growth, QuarterOverQuarter)
{
    const auto months = risingMonths();
    EXPECT_EQ(quarterOverQuarter(months, 5), 2727); // 420 vs 330: +2727.27
    EXPECT_FALSE(quarterOverQuarter(months, 4).has_value());
    EXPECT_EQ(quarterOverQuarter(months, 3, 1), 3000); // one month vs three months earlier: 130 vs 100
}

TEST(Growth, YearOverYear)
{
    const auto months = risingMonths();
    EXPECT_EQ(yearOverYear(months, 12), 12000); // 220 vs 100
    EXPECT_FALSE(yearOverYear(months, 11).has_value());
    EXPECT_EQ(yearOverYear(months, 23, 12), 7742); // 3300 vs 1860: +7741.94
    EXPECT_FALSE(yearOverYear(months, 22, 12).has_value());
}

TEST(Growth, WindowGrowthUndefinedCases)
{
    const std::vector<std::int64_t> zeroBase{0, 5};
    const std::vector<std::int64_t> negativeBase{-5, 5};
    const std::vector<std::int64_t> flat{5, 5};
    EXPECT_FALSE(windowGrowth(zeroBase, 1, 1, 1).has_value());
    EXPECT_FALSE(windowGrowth(negativeBase, 1, 1, 1).has_value());
    EXPECT_FALSE(windowGrowth(flat, 1, 1, 0).has_value());
    EXPECT_EQ(windowGrowth(flat, 1, 1, 1), 0);
}
