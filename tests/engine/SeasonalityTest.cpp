#include "engine/Seasonality.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <vector>

using namespace attain::engine;

namespace {

using Weights = std::array<std::int64_t, 12>;

Weights weightsOf(const SeasonalityProfile &profile)
{
    Weights weights{};
    std::copy(profile.weights().begin(), profile.weights().end(), weights.begin());
    return weights;
}

/// Appends a year of twelve months, each `value`.
void addYear(std::vector<MonthlyValue> &history, int year, std::int64_t value)
{
    for (unsigned month = 1; month <= 12; ++month)
        history.push_back({year, month, value});
}

} // namespace

TEST(Seasonality, FlatProfileGivesTheLeftoverUnitsToTheFirstMonths)
{
    const SeasonalityProfile flat = SeasonalityProfile::flat();
    EXPECT_EQ(weightsOf(flat), (Weights{834, 834, 834, 834, 833, 833, 833, 833, 833, 833, 833, 833}));
    EXPECT_EQ(flat.weight(1), 834);
    EXPECT_EQ(flat.weight(12), 833);
    EXPECT_EQ(flat.weight(0), 0);
    EXPECT_EQ(flat.weight(13), 0);
}

TEST(Seasonality, HandEnteredWeightsMustBeNonNegativeAndSumTo10000)
{
    EXPECT_TRUE(SeasonalityProfile::fromWeights({500, 500, 1000, 700, 700, 1000, 700, 700, 1000, 800, 1100, 1300}));
    EXPECT_FALSE(SeasonalityProfile::fromWeights({500, 500, 1000, 700, 700, 1000, 700, 700, 1000, 800, 1100, 1299}));
    EXPECT_FALSE(SeasonalityProfile::fromWeights({-100, 600, 1000, 700, 700, 1000, 700, 700, 1000, 800, 1100, 1300}));
}

TEST(Seasonality, RatioOfSumsWeighsYearsByTheirSize)
{
    // 2024 is flat (100 a month); 2025 has a January of 1100. Summed: Jan 1200, others 200 of
    // 3400. Jan 3529.41 → 3530, others 588.24 → 588, with Feb and Mar taking the last units.
    // (Averaging the yearly shares would give Jan (1/12 + 1/2) / 2 ≈ 2917 instead.)
    std::vector<MonthlyValue> history;
    addYear(history, 2024, 100);
    addYear(history, 2025, 100);
    history[12].value = 1100;
    const SeasonalityEstimate estimate = estimateSeasonality(history);
    ASSERT_TRUE(estimate.ok());
    EXPECT_EQ(weightsOf(*estimate.profile), (Weights{3530, 589, 589, 588, 588, 588, 588, 588, 588, 588, 588, 588}));
    EXPECT_EQ(estimate.yearsUsed, (std::vector<int>{2024, 2025}));
}

TEST(Seasonality, EntriesForTheSameMonthAreAdded)
{
    // Jan 100 + 1100 = 1200, others 100, total 2300: Jan 5217.39 → 5217, others 434.78; the 9
    // leftover units go to the larger remainders, Feb … Oct.
    std::vector<MonthlyValue> history;
    addYear(history, 2025, 100);
    history.push_back({2025, 1, 1100});
    const SeasonalityEstimate estimate = estimateSeasonality(history);
    ASSERT_TRUE(estimate.ok());
    EXPECT_EQ(weightsOf(*estimate.profile), (Weights{5217, 435, 435, 435, 435, 435, 435, 435, 435, 435, 434, 434}));
}

TEST(Seasonality, NegativeMonthsWeighZero)
{
    // January's returns exceed its sales; the year's total (600) is still positive.
    std::vector<MonthlyValue> history;
    addYear(history, 2025, 100);
    history[0].value = -500;
    const SeasonalityEstimate estimate = estimateSeasonality(history);
    ASSERT_TRUE(estimate.ok());
    EXPECT_EQ(weightsOf(*estimate.profile), (Weights{0, 910, 909, 909, 909, 909, 909, 909, 909, 909, 909, 909}));
}

TEST(Seasonality, IncompleteYearsAreIgnored)
{
    std::vector<MonthlyValue> history;
    for (unsigned month = 1; month <= 11; ++month) // 2024 lacks December
        history.push_back({2024, month, month == 1 ? 1'000'000 : 5});
    addYear(history, 2025, 100);
    const SeasonalityEstimate estimate = estimateSeasonality(history);
    ASSERT_TRUE(estimate.ok());
    EXPECT_EQ(*estimate.profile, SeasonalityProfile::flat());
    EXPECT_EQ(estimate.yearsUsed, (std::vector<int>{2025}));
}

TEST(Seasonality, YearsWithoutAPositiveTotalAreSkipped)
{
    std::vector<MonthlyValue> history;
    addYear(history, 2024, 100);
    history[0].value = -1300; // 2024 totals -200
    addYear(history, 2025, 100);
    history.push_back({2025, 12, 1100});
    const SeasonalityEstimate estimate = estimateSeasonality(history);
    ASSERT_TRUE(estimate.ok());
    EXPECT_EQ(estimate.yearsUsed, (std::vector<int>{2025}));
    EXPECT_EQ(estimate.profile->weight(12), 5217);
}

TEST(Seasonality, ErrorsInsteadOfGuesses)
{
    EXPECT_EQ(estimateSeasonality({}).error, SeasonalityError::NoCompleteYear);

    std::vector<MonthlyValue> partial;
    for (unsigned month = 1; month <= 11; ++month)
        partial.push_back({2025, month, 100});
    EXPECT_EQ(estimateSeasonality(partial).error, SeasonalityError::NoCompleteYear);

    std::vector<MonthlyValue> zeros;
    addYear(zeros, 2025, 0);
    const SeasonalityEstimate zero = estimateSeasonality(zeros);
    EXPECT_EQ(zero.error, SeasonalityError::NonPositiveTotal);
    EXPECT_FALSE(zero.ok());

    std::vector<MonthlyValue> negative;
    addYear(negative, 2025, -10);
    EXPECT_EQ(estimateSeasonality(negative).error, SeasonalityError::NonPositiveTotal);

    std::vector<MonthlyValue> badMonth;
    addYear(badMonth, 2025, 100);
    badMonth.push_back({2025, 13, 100});
    EXPECT_EQ(estimateSeasonality(badMonth).error, SeasonalityError::InvalidMonth);
}

TEST(Seasonality, SumsBeyond64BitsAreReported)
{
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    std::vector<MonthlyValue> history;
    addYear(history, 2024, 1);
    addYear(history, 2025, 1);
    history[0].value = max;
    history[12].value = max;
    EXPECT_EQ(estimateSeasonality(history).error, SeasonalityError::TooLarge);
}
