#include "engine/Money.h"

#include <gtest/gtest.h>

using namespace attain::engine;

TEST(Money, AddsSameCurrencyExactly)
{
    const Money a{1999, "CNY"};
    const Money b{1, "CNY"};
    EXPECT_EQ((a + b), (Money{2000, "CNY"}));
    EXPECT_EQ((a - b), (Money{1998, "CNY"}));
}

TEST(Money, RefusesToMixCurrencies)
{
    EXPECT_THROW((void)(Money{100, "CNY"} + Money{100, "USD"}), CurrencyMismatch);
    EXPECT_THROW((void)(Money{100, "CNY"} - Money{100, "USD"}), CurrencyMismatch);
}

TEST(Money, NegativeAmountsForReturns)
{
    EXPECT_EQ((Money{500, "CNY"} + Money{-800, "CNY"}).minor, -300);
}

TEST(RoundedDivide, RoundsHalfAwayFromZero)
{
    EXPECT_EQ(roundedDivide(5, 2), 3);
    EXPECT_EQ(roundedDivide(-5, 2), -3);
    EXPECT_EQ(roundedDivide(4, 3), 1);
    EXPECT_EQ(roundedDivide(5, 3), 2);
    EXPECT_EQ(roundedDivide(-4, 3), -1);
    EXPECT_EQ(roundedDivide(7, -2), -4);
    EXPECT_EQ(roundedDivide(0, 7), 0);
}

TEST(RoundedDivide, ZeroDenominatorThrows)
{
    EXPECT_THROW((void)roundedDivide(1, 0), std::domain_error);
}
