#include "engine/ExchangeRates.h"

#include <gtest/gtest.h>

using namespace attain::engine;

namespace {
ExchangeRates usdCnyRates()
{
    ExchangeRates rates;
    rates.set("USD", "CNY", 2026, 1, 712'340'000); // 7.1234
    rates.set("USD", "CNY", 2026, 2, 720'000'000); // 7.2
    return rates;
}
} // namespace

TEST(ExchangeRates, ConvertsWithTheMonthsOwnRate)
{
    const ExchangeRates rates = usdCnyRates();
    // 100.00 USD × 7.1234 = 712.34 CNY in January, × 7.2 = 720.00 CNY in February.
    EXPECT_EQ(rates.convert({10000, "USD"}, "CNY", 2026, 1), (Money{71234, "CNY"}));
    EXPECT_EQ(rates.convert({10000, "USD"}, "CNY", 2026, 2), (Money{72000, "CNY"}));
}

TEST(ExchangeRates, RoundsOnceHalfAwayFromZero)
{
    const ExchangeRates rates = usdCnyRates();
    // 0.01 USD × 7.1234 = 0.071234 CNY → 0.07; -0.01 USD → -0.07 (a refund).
    EXPECT_EQ(rates.convert({1, "USD"}, "CNY", 2026, 1)->minor, 7);
    EXPECT_EQ(rates.convert({-1, "USD"}, "CNY", 2026, 1)->minor, -7);
    // An exact half: 0.01 CNY × 0.5 = 0.005 USD rounds away from zero.
    ExchangeRates half;
    half.set("CNY", "USD", 2026, 1, 50'000'000); // 0.5
    EXPECT_EQ(half.convert({1, "CNY"}, "USD", 2026, 1)->minor, 1);   // 0.005 → 0.01
    EXPECT_EQ(half.convert({-1, "CNY"}, "USD", 2026, 1)->minor, -1); // mirror
}

TEST(ExchangeRates, MissingMonthIsReportedNotGuessed)
{
    const ExchangeRates rates = usdCnyRates();
    EXPECT_FALSE(rates.convert({10000, "USD"}, "CNY", 2026, 3).has_value());
    EXPECT_FALSE(rates.convert({10000, "USD"}, "CNY", 2025, 12).has_value());
    EXPECT_FALSE(rates.convert({10000, "EUR"}, "CNY", 2026, 1).has_value());
}

TEST(ExchangeRates, LatestEarlierFallbackIsExplicit)
{
    const ExchangeRates rates = usdCnyRates();
    const auto use = rates.rate("USD", "CNY", 2026, 5, ExchangeRates::Fallback::LatestEarlier);
    ASSERT_TRUE(use.has_value());
    EXPECT_EQ(use->scaledRate, 720'000'000);
    EXPECT_EQ(use->monthIndex, monthIndex(2026, 2));
    EXPECT_EQ(rates.convert({10000, "USD"}, "CNY", 2026, 5, ExchangeRates::Fallback::LatestEarlier)->minor, 72000);
    // Nothing earlier than the first rate, and another pair's rates are never borrowed.
    EXPECT_FALSE(rates.rate("USD", "CNY", 2025, 12, ExchangeRates::Fallback::LatestEarlier).has_value());
    EXPECT_FALSE(rates.rate("USD", "EUR", 2026, 5, ExchangeRates::Fallback::LatestEarlier).has_value());
}

TEST(ExchangeRates, InverseOfOppositeDirection)
{
    const ExchangeRates rates = usdCnyRates();
    // 720.00 CNY / 7.2 = 100.00 USD.
    const auto use = rates.rate("CNY", "USD", 2026, 2);
    ASSERT_TRUE(use.has_value());
    EXPECT_TRUE(use->inverted);
    EXPECT_EQ(rates.convert({72000, "CNY"}, "USD", 2026, 2), (Money{10000, "USD"}));
}

TEST(ExchangeRates, MinorUnitDigitsDiffer)
{
    ExchangeRates rates;
    rates.set("JPY", "CNY", 2026, 1, 4'800'000); // 0.048 CNY per yen
    // ¥10,000 (no minor unit) = 480.00 CNY = 48000 fen.
    EXPECT_EQ(rates.convert({10000, "JPY"}, "CNY", 2026, 1), (Money{48000, "CNY"}));
    // and back through the inverse: 480.00 CNY = ¥10,000.
    EXPECT_EQ(rates.convert({48000, "CNY"}, "JPY", 2026, 1), (Money{10000, "JPY"}));
    EXPECT_EQ(minorUnitDigits("KWD"), 3);
    EXPECT_FALSE(minorUnitDigits("XXX").has_value());
}

TEST(ExchangeRates, SameCurrencyNeedsNoRateAndNonPositiveRatesAreRefused)
{
    const ExchangeRates none;
    EXPECT_EQ(none.convert({123, "CNY"}, "CNY", 2026, 1), (Money{123, "CNY"}));
    ExchangeRates rates;
    EXPECT_THROW(rates.set("USD", "CNY", 2026, 1, 0), std::invalid_argument);
    EXPECT_THROW(rates.set("USD", "CNY", 2026, 1, -5), std::invalid_argument);
}

TEST(ExchangeRates, HugeAmountsFailInsteadOfWrapping)
{
    ExchangeRates rates;
    rates.set("USD", "VND", 2026, 1, 2'500'000'000'000); // 25,000 VND per USD
    EXPECT_FALSE(rates.convert({INT64_MAX / 2, "USD"}, "VND", 2026, 1).has_value());
    EXPECT_EQ(rates.convert({100, "USD"}, "VND", 2026, 1)->minor, 25000);
}

TEST(ExchangeRates, LatestEarlierPrefersTheMoreRecentMonthInEitherDirection)
{
    ExchangeRates rates;
    rates.set("USD", "CNY", 2026, 1, 700'000'000);    // 7.0 in January
    rates.set("CNY", "USD", 2026, 3, 12'500'000);     // 0.125 in March, i.e. 8.0 CNY per USD
    const auto use = rates.rate("USD", "CNY", 2026, 4, ExchangeRates::Fallback::LatestEarlier);
    ASSERT_TRUE(use.has_value());
    EXPECT_TRUE(use->inverted);
    EXPECT_EQ(use->monthIndex, monthIndex(2026, 3));
    EXPECT_EQ(rates.convert({100, "USD"}, "CNY", 2026, 4, ExchangeRates::Fallback::LatestEarlier)->minor, 800);
    // In February only January's direct rate is known.
    EXPECT_EQ(rates.convert({100, "USD"}, "CNY", 2026, 2, ExchangeRates::Fallback::LatestEarlier)->minor, 700);
}
