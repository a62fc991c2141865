#include "engine/Attainment.h"

#include <gtest/gtest.h>

using namespace attain::engine;

TEST(Attainment, BasisPointsOfTarget)
{
    EXPECT_EQ((Attainment{1000000, 875000}.basisPoints()), 8750);
    EXPECT_EQ((Attainment{3, 1}.basisPoints()), 3333);
    EXPECT_EQ((Attainment{3, 2}.basisPoints()), 6667);
    EXPECT_EQ((Attainment{100, 150}.basisPoints()), 15000);
}

TEST(Attainment, ZeroTargetHasNoAttainment)
{
    EXPECT_FALSE((Attainment{0, 500}.basisPoints()).has_value());
    EXPECT_FALSE((Attainment{-10, 500}.basisPoints()).has_value());
}

TEST(Attainment, EmptyPeriodIsZeroPercent)
{
    EXPECT_EQ((Attainment{1000, 0}.basisPoints()), 0);
}

TEST(Attainment, NegativeActualFromReturns)
{
    EXPECT_EQ((Attainment{1000, -100}.basisPoints()), -1000);
}

TEST(Attainment, GapShrinksAndTurnsNegativeWhenExceeded)
{
    EXPECT_EQ((Attainment{1000, 400}.gap()), 600);
    EXPECT_EQ((Attainment{1000, 1200}.gap()), -200);
}

TEST(Attainment, HugeAmountsDoNotOverflow)
{
    const std::int64_t target = 4'000'000'000'000'000'000; // 4e18 minor units
    EXPECT_EQ((Attainment{target, target / 2}.basisPoints()), 5000);
    // A small target with a huge actual takes the widened path and must stay exact.
    EXPECT_EQ((Attainment{19999, 1'000'000'000'000'000}.basisPoints()), 500025001250063);
    EXPECT_EQ((Attainment{5000, 1'000'000'000'000'000}.basisPoints()), 2'000'000'000'000'000);
    EXPECT_EQ((Attainment{5000, -1'000'000'000'000'000}.basisPoints()), -2'000'000'000'000'000);
    EXPECT_FALSE((Attainment{1, 4'000'000'000'000'000'000}.basisPoints()).has_value());
}
