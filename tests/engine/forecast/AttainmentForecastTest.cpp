#include "engine/forecast/AttainmentForecast.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace attain::engine;
using namespace attain::engine::forecast;

namespace {
/// Four years of monthly sales around 100,000 with a gentle trend, a December peak and noise.
std::vector<std::int64_t> history()
{
    std::vector<std::int64_t> values;
    for (int t = 0; t < 48; ++t) {
        const double season = (t % 12 == 11) ? 1.4 : (t % 12 == 1 ? 0.7 : 1.0);
        values.push_back(static_cast<std::int64_t>((100'000 + 500.0 * t) * season * (1.0 + 0.03 * std::sin(t * 2.3))));
    }
    return values;
}
} // namespace

TEST(AttainmentForecast, ProbabilityFallsAsTheTargetRises)
{
    const std::vector<std::int64_t> h = history();
    double previous = 1.0;
    for (const std::int64_t target : {1'000'000, 1'400'000, 1'500'000, 1'600'000, 1'700'000, 2'000'000}) {
        const AttainmentOutlook outlook = forecastAttainment(h, 12, 0, 12, target);
        EXPECT_LE(outlook.probability, previous) << target;
        previous = outlook.probability;
    }
    EXPECT_GT(forecastAttainment(h, 12, 0, 12, 1'000'000).probability, 0.99);
    EXPECT_LT(forecastAttainment(h, 12, 0, 12, 2'000'000).probability, 0.01);
    // The median of next year's total sits near the forecast: about 12 × 125,000 × ~1.01.
    const AttainmentOutlook outlook = forecastAttainment(h, 12, 0, 12, 1'500'000);
    EXPECT_LT(outlook.total10, outlook.total50);
    EXPECT_LT(outlook.total50, outlook.total90);
    EXPECT_NEAR(outlook.total50, 1'520'000, 80'000);
}

TEST(AttainmentForecast, PartlyElapsedPeriodCountsTheActualSoFar)
{
    const std::vector<std::int64_t> h = history();
    const double before = forecastAttainment(h, 12, 0, 3, 400'000).probability;
    const double withHead = forecastAttainment(h, 12, 300'000, 1, 400'000).probability;
    EXPECT_GT(withHead, before); // 300,000 already in, one month to go
    EXPECT_EQ(forecastAttainment(h, 12, 500'000, 0, 400'000).probability, 1.0);
    EXPECT_EQ(forecastAttainment(h, 12, 300'000, 0, 400'000).probability, 0.0);
    EXPECT_EQ(forecastAttainment({}, 12, 0, 3, 1).probability, 0.0);
}

TEST(AttainmentForecast, AchievabilityResultCarriesTheProbability)
{
    const std::vector<std::int64_t> h = history();
    AchievabilityInput input;
    input.history = h;
    input.target = 1'500'000;
    input.targetLength = 12;
    const AchievabilityResult plain = assessAchievability(input);
    EXPECT_FALSE(plain.probabilityOfAttainment.has_value());
    const AchievabilityResult withForecast = assessWithForecast(input);
    ASSERT_TRUE(withForecast.probabilityOfAttainment.has_value());
    EXPECT_GT(*withForecast.probabilityOfAttainment, 0.2);
    EXPECT_LT(*withForecast.probabilityOfAttainment, 0.9);
    EXPECT_EQ(withForecast.verdict, plain.verdict); // the verdict itself is unchanged
}
