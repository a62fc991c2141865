#include "engine/forecast/Theta.h"

#include "engine/forecast/GaussianStream.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

using namespace attain::engine::forecast;

namespace {

std::vector<double> noisyTrend(int n, int period, std::uint64_t seed)
{
    GaussianStream normal(seed);
    std::vector<double> values;
    for (int t = 0; t < n; ++t) {
        const double season = period > 1 ? 1.0 + 0.3 * std::sin(2.0 * std::numbers::pi * t / period) : 1.0;
        values.push_back((200.0 + 1.5 * t) * season + 5.0 * normal.next());
    }
    return values;
}

} // namespace

TEST(Theta, MatchesHandComputedForecastWithFixedParameters)
{
    // SES with α = 0.5, ℓ0 = 10 on 10, 12, 11, 13: levels 10, 11, 11, 12, errors 0, 2, 0, 2
    // (SSE 8, σ² = 8 / 2). OLS slope 0.8, so the drift is 0.4 · (h − 1 + (1 − 0.5⁴) / 0.5).
    const auto model = ThetaModel::fit({ { 10.0, 12.0, 11.0, 13.0 }, 1 }, { 0.5, 10.0, true });
    ASSERT_TRUE(model);
    EXPECT_DOUBLE_EQ(model->ses().lastLevel, 12.0);
    EXPECT_DOUBLE_EQ(model->ses().sse, 8.0);
    EXPECT_DOUBLE_EQ(model->slope(), 0.8);
    EXPECT_DOUBLE_EQ(model->sigma(), 2.0);
    EXPECT_FALSE(model->seasonalAdjustment().active());

    const Forecast forecast = model->forecast(3);
    EXPECT_EQ(forecast.method, "Theta");
    ASSERT_EQ(forecast.point.size(), 3u);
    EXPECT_NEAR(forecast.point[0], 12.75, 1e-12);
    EXPECT_NEAR(forecast.point[1], 13.15, 1e-12);
    EXPECT_NEAR(forecast.point[2], 13.55, 1e-12);
    EXPECT_NEAR(forecast.hi80[0], 12.75 + 1.2815515655446004 * 2.0, 1e-9);
    EXPECT_NEAR(forecast.lo95[1], 13.15 - 1.959964 * 2.0 * std::sqrt(1.25), 1e-6);
}

TEST(Theta, EstimatedAlphaMinimisesTheSse)
{
    const std::vector<double> values = noisyTrend(40, 1, 3);
    const SesFit best = fitSes(values);
    EXPECT_GE(best.alpha, kMinAlpha);
    EXPECT_LE(best.alpha, kMaxAlpha);
    for (double alpha = 0.01; alpha < 1.0; alpha += 0.01)
        EXPECT_LE(best.sse, fitSes(values, alpha).sse + 1e-9) << alpha;
    // The start level is the least-squares one for the chosen α.
    EXPECT_LE(best.sse, fitSes(values, best.alpha, best.initialLevel + 0.5).sse);
    EXPECT_LE(best.sse, fitSes(values, best.alpha, best.initialLevel - 0.5).sse);
}

TEST(Theta, SeasonalSeriesIsAdjustedAndForecastsFollowTheSeason)
{
    const auto model = ThetaModel::fit({ noisyTrend(60, 12, 5), 12 });
    ASSERT_TRUE(model);
    ASSERT_TRUE(model->seasonalAdjustment().active());
    const Forecast forecast = model->forecast(24);
    // Position 60 + i has phase i mod 12; the peak is 3 months in, the trough 9 months in.
    EXPECT_GT(forecast.point[3], forecast.point[9] * 1.5);
    EXPECT_NEAR(forecast.point[15] / forecast.point[3], forecast.point[21] / forecast.point[9], 0.1);
}

TEST(Theta, IntervalsAreOrderedAndWidenWithTheHorizon)
{
    const auto model = ThetaModel::fit({ noisyTrend(48, 4, 11), 4 });
    ASSERT_TRUE(model);
    const Forecast forecast = model->forecast(8);
    for (std::size_t i = 0; i < 8; ++i) {
        EXPECT_LE(forecast.lo95[i], forecast.lo80[i]);
        EXPECT_LT(forecast.lo80[i], forecast.point[i]);
        EXPECT_LT(forecast.point[i], forecast.hi80[i]);
        EXPECT_LE(forecast.hi80[i], forecast.hi95[i]);
        if (i > 0) {
            // Relative width, because the seasonal factor scales the interval too.
            const double width = (forecast.hi95[i] - forecast.lo95[i]) / forecast.point[i];
            const double previous = (forecast.hi95[i - 1] - forecast.lo95[i - 1]) / forecast.point[i - 1];
            EXPECT_GT(width, previous);
        }
    }
}

TEST(Theta, SimulatedPathsMatchTheForecastDistribution)
{
    const auto model = ThetaModel::fit({ noisyTrend(36, 1, 2), 1 });
    ASSERT_TRUE(model);
    constexpr int kPaths = 20000;
    constexpr int kHorizon = 6;
    std::vector<double> paths(kPaths * kHorizon);
    model->simulate(kHorizon, kPaths, 42, paths);
    const Forecast forecast = model->forecast(kHorizon);
    for (std::size_t i = 0; i < kHorizon; ++i) {
        double sum = 0.0;
        int inside = 0;
        for (std::size_t row = 0; row < kPaths; ++row) {
            const double value = paths[row * kHorizon + i];
            sum += value;
            inside += forecast.lo80[i] <= value && value <= forecast.hi80[i];
        }
        const double spread = forecast.hi80[i] - forecast.point[i];
        EXPECT_NEAR(sum / kPaths, forecast.point[i], 0.05 * spread);
        EXPECT_NEAR(static_cast<double>(inside) / kPaths, 0.8, 0.015);
    }
    std::vector<double> again(kPaths * kHorizon);
    model->simulate(kHorizon, kPaths, 42, again);
    EXPECT_EQ(paths, again);
}
