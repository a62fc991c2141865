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

/// Three-percent wiggle, the same for every series below: noise the models can measure.
double wiggle(int t)
{
    return 1.0 + 0.03 * std::sin(t * 2.3);
}

/// `months` of 100,000 × growth^t × wiggle(t).
std::vector<std::int64_t> compounding(int months, double monthlyGrowth)
{
    std::vector<std::int64_t> values;
    for (int t = 0; t < months; ++t)
        values.push_back(std::llround(100'000 * std::pow(monthlyGrowth, t) * wiggle(t)));
    return values;
}

/// A quarter target from monthly history at `growth` (a fraction) over the same quarter last year.
AchievabilityResult quarterAt(const std::vector<std::int64_t> &history, double growth)
{
    AchievabilityInput input{.history = history, .targetLength = 3};
    const std::int64_t lastYear = *assessAchievability(input).lastYear;
    input.target = std::llround(static_cast<double>(lastYear) * (1.0 + growth));
    return assessWithForecast(input);
}

using Verdict = AchievabilityVerdict;
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
    EXPECT_EQ(withForecast.historyVerdict, plain.verdict);
    ASSERT_TRUE(withForecast.forecastTotal.has_value());
    EXPECT_LT(withForecast.forecastTotal->low, withForecast.forecastTotal->median);
    EXPECT_LT(withForecast.forecastTotal->median, withForecast.forecastTotal->high);
    EXPECT_NEAR(withForecast.forecastTotal->median, 1'520'000, 80'000);
}

TEST(AttainmentForecast, OneFitServesEveryValueAndTheChart)
{
    const std::vector<std::int64_t> h = history();
    AchievabilityInput input{.history = h, .target = 1'500'000, .targetLength = 12};
    const HistoryForecast forecast = forecastHistory(input, 14);
    ASSERT_TRUE(forecast.model);
    ASSERT_EQ(forecast.forecast.point.size(), 14u); // more than the target's 12 when asked
    ASSERT_EQ(forecast.forecast.lo80.size(), 14u);
    const Forecast direct = forecastSeries({std::vector<double>(h.begin(), h.end()), 12}, 14, Method::Auto);
    for (std::size_t i = 0; i < 14; ++i) {
        EXPECT_DOUBLE_EQ(forecast.forecast.point[i], direct.point[i]) << i;
        EXPECT_LE(forecast.forecast.lo95[i], forecast.forecast.lo80[i]);
        EXPECT_LE(forecast.forecast.hi80[i], forecast.forecast.hi95[i]);
    }
    const AchievabilityResult once = assessWithForecast(input, forecast);
    const AchievabilityResult refitted = assessWithForecast(input);
    EXPECT_EQ(once.probabilityOfAttainment, refitted.probabilityOfAttainment);
    EXPECT_EQ(once.verdict, refitted.verdict);
    input.target = 2'000'000;
    EXPECT_LT(*assessWithForecast(input, forecast).probabilityOfAttainment, *once.probabilityOfAttainment);
    // The 12-month point forecasts add up to about the simulated median total.
    double sum = 0.0;
    for (std::size_t i = 0; i < 12; ++i)
        sum += forecast.forecast.point[i];
    EXPECT_NEAR(sum, once.forecastTotal->median, 0.02 * sum);
}

TEST(AttainmentForecast, ShortHistoryGetsNoForecast)
{
    // Eleven months: less than a season, so no forecast counts, and none is reported.
    const std::vector<std::int64_t> h = compounding(11, 1.01);
    const AchievabilityInput input{.history = h, .target = 10'000'000, .targetLength = 3};
    EXPECT_FALSE(forecastHistory(input, 3).model);
    const AchievabilityResult result = assessWithForecast(input);
    EXPECT_FALSE(result.probabilityOfAttainment.has_value());
    EXPECT_FALSE(result.forecastTotal.has_value());
    EXPECT_EQ(result.verdict, Verdict::InsufficientHistory);
    EXPECT_EQ(result.basis, VerdictBasis::History);
}

// The series below are three years of months (two for the ramp) with the same 3 % wiggle; the
// targets are quarters after the history, at a growth over the same quarter last year.

TEST(AttainmentForecast, FlatSeries)
{
    const std::vector<std::int64_t> flat = compounding(36, 1.0);
    // Last year's level: even odds, but the target asks for no growth. Too low by the rule.
    const AchievabilityResult same = quarterAt(flat, 0.0);
    EXPECT_GT(*same.probabilityOfAttainment, 0.3);
    EXPECT_LT(*same.probabilityOfAttainment, 0.7);
    EXPECT_EQ(same.verdict, Verdict::TooLow);
    EXPECT_EQ(same.basis, VerdictBasis::History);
    // +5 %: no past quarter grew like that, and the forecast agrees.
    const AchievabilityResult more = quarterAt(flat, 0.05);
    EXPECT_LT(*more.probabilityOfAttainment, 0.01);
    EXPECT_EQ(more.verdict, Verdict::Unrealistic);
    EXPECT_EQ(more.basis, VerdictBasis::History);
}

TEST(AttainmentForecast, SteadilyGrowingSeries)
{
    // 1 % a month is 12.7 % a year: every past quarter grew about that much.
    const std::vector<std::int64_t> growing = compounding(36, 1.01);
    // +10 %: less than every past quarter (too low by history), but the forecast (damped
    // trends) gives it only about two chances in three: Comfortable.
    const AchievabilityResult ten = quarterAt(growing, 0.10);
    EXPECT_EQ(ten.historyVerdict, Verdict::TooLow);
    EXPECT_GT(*ten.probabilityOfAttainment, 0.55);
    EXPECT_LT(*ten.probabilityOfAttainment, 0.85);
    EXPECT_EQ(ten.verdict, Verdict::Comfortable);
    EXPECT_EQ(ten.basis, VerdictBasis::Forecast);
    // +2 %: near-certain and below every past quarter: too low by both.
    const AchievabilityResult two = quarterAt(growing, 0.02);
    EXPECT_GT(*two.probabilityOfAttainment, 0.99);
    EXPECT_EQ(two.verdict, Verdict::TooLow);
    EXPECT_EQ(two.basis, VerdictBasis::History);
    // +20 %: beyond every past quarter and the forecast.
    const AchievabilityResult twenty = quarterAt(growing, 0.20);
    EXPECT_LT(*twenty.probabilityOfAttainment, 0.01);
    EXPECT_EQ(twenty.verdict, Verdict::Unrealistic);
}

TEST(AttainmentForecast, RampFromZeroLikeTheDemo)
{
    // A year ramping up from almost nothing, then a flat year around 100,000 a month: past
    // growth is huge (the median quarter grew +84 %), the business now is not.
    std::vector<std::int64_t> ramp;
    for (int t = 0; t < 24; ++t)
        ramp.push_back(std::llround((t < 12 ? 5000.0 + 9000.0 * t : 100'000.0) * wiggle(t)));
    AchievabilityInput input{.history = ramp, .targetLength = 3};
    const AchievabilityResult base = assessAchievability(input);
    ASSERT_EQ(base.distribution.median, 8436);
    // The median past growth looks comfortable by history; the forecast gives it no chance.
    const AchievabilityResult median = quarterAt(ramp, 0.8436);
    EXPECT_EQ(median.historyVerdict, Verdict::Comfortable);
    EXPECT_LT(*median.probabilityOfAttainment, 0.01);
    EXPECT_EQ(median.verdict, Verdict::Unrealistic);
    EXPECT_EQ(median.basis, VerdictBasis::Forecast);
    // +20 %: low by the ramp's standards, still a long shot now.
    const AchievabilityResult twenty = quarterAt(ramp, 0.20);
    EXPECT_EQ(twenty.historyVerdict, Verdict::Comfortable);
    EXPECT_LT(*twenty.probabilityOfAttainment, 0.05);
    EXPECT_EQ(twenty.verdict, Verdict::Unrealistic);
    // The forecast's own median total: about even odds, so comfortable or a stretch.
    input.target = std::llround(median.forecastTotal->median);
    const AchievabilityResult likely = assessWithForecast(input);
    EXPECT_NEAR(*likely.probabilityOfAttainment, 0.5, 0.05);
    EXPECT_TRUE(likely.verdict == Verdict::Comfortable || likely.verdict == Verdict::Stretch);
}

TEST(AttainmentForecast, DecliningSeries)
{
    // Falling 1 % a month: holding last year's level asks for no growth (too low by the rule),
    // yet the forecast gives it almost no chance.
    const std::vector<std::int64_t> declining = compounding(36, 0.99);
    const AchievabilityResult same = quarterAt(declining, 0.0);
    EXPECT_EQ(same.historyVerdict, Verdict::TooLow);
    EXPECT_LT(*same.probabilityOfAttainment, 0.01);
    EXPECT_EQ(same.verdict, Verdict::Unrealistic);
    EXPECT_EQ(same.basis, VerdictBasis::Forecast);
    // −10 %: a smaller fall than any past quarter's, about one chance in four: a stretch.
    const AchievabilityResult smallerFall = quarterAt(declining, -0.10);
    EXPECT_EQ(smallerFall.historyVerdict, Verdict::TooLow);
    EXPECT_GT(*smallerFall.probabilityOfAttainment, 0.1);
    EXPECT_LT(*smallerFall.probabilityOfAttainment, 0.4);
    EXPECT_EQ(smallerFall.verdict, Verdict::Stretch);
    EXPECT_EQ(smallerFall.basis, VerdictBasis::Forecast);
}

TEST(AttainmentForecast, RecentStepUpMakesTypicalGrowthNearCertain)
{
    // Growth of 0.8 % a month, then the last six months at 1.8 times the level (a big new
    // customer): the forecast starts from the new level.
    std::vector<std::int64_t> step;
    for (int t = 0; t < 36; ++t)
        step.push_back(std::llround(100'000 * std::pow(1.008, t) * (t >= 30 ? 1.8 : 1.0) * wiggle(t)));
    // +10 %: typical by history (rank 32 %) and near-certain: sandbagging.
    const AchievabilityResult ten = quarterAt(step, 0.10);
    EXPECT_EQ(ten.historyVerdict, Verdict::Comfortable);
    EXPECT_GT(*ten.probabilityOfAttainment, 0.99);
    EXPECT_EQ(ten.verdict, Verdict::TooLow);
    EXPECT_EQ(ten.basis, VerdictBasis::Forecast);
    // +30 %: above typical by history (a stretch), near-certain by the forecast: comfortable.
    const AchievabilityResult thirty = quarterAt(step, 0.30);
    EXPECT_EQ(thirty.historyVerdict, Verdict::Stretch);
    EXPECT_GT(*thirty.probabilityOfAttainment, 0.97);
    EXPECT_EQ(thirty.verdict, Verdict::Comfortable);
    EXPECT_EQ(thirty.basis, VerdictBasis::Forecast);
}

TEST(AttainmentForecast, AcceleratingGrowthIsAStretchNotUnrealistic)
{
    // Two years at 0.5 % a month, then a year at 3 %: +35 % is above nearly every past quarter,
    // yet the forecast, following the new trend, gives it better than even odds.
    std::vector<std::int64_t> accelerating;
    double level = 100'000;
    for (int t = 0; t < 36; ++t) {
        level *= t < 24 ? 1.005 : 1.03;
        accelerating.push_back(std::llround(level * wiggle(t)));
    }
    const AchievabilityResult result = quarterAt(accelerating, 0.35);
    EXPECT_EQ(result.historyVerdict, Verdict::Unrealistic);
    EXPECT_GT(*result.probabilityOfAttainment, 0.5);
    EXPECT_LT(*result.probabilityOfAttainment, 0.7);
    EXPECT_EQ(result.verdict, Verdict::Stretch);
    EXPECT_EQ(result.basis, VerdictBasis::Forecast);
}

TEST(AttainmentForecast, WithoutEnoughComparablePeriodsTheForecastJudgesAlone)
{
    // Fourteen months: a last year, but no complete past quarter-on-quarter-a-year-earlier pair.
    const std::vector<std::int64_t> h = compounding(14, 1.01);
    const AchievabilityResult likely = quarterAt(h, 0.10);
    EXPECT_EQ(likely.historyVerdict, Verdict::InsufficientHistory);
    EXPECT_GT(*likely.probabilityOfAttainment, 0.5);
    EXPECT_LT(*likely.probabilityOfAttainment, 0.95);
    EXPECT_EQ(likely.verdict, Verdict::Comfortable);
    EXPECT_EQ(likely.basis, VerdictBasis::Forecast);
    const AchievabilityResult far = quarterAt(h, 0.30);
    EXPECT_EQ(far.verdict, Verdict::Unrealistic);
    EXPECT_EQ(far.basis, VerdictBasis::Forecast);
}
