#include "engine/forecast/Backtest.h"

#include "engine/forecast/Naive.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

using namespace attain::engine::forecast;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

TEST(Backtest, SmapeFollowsTheM3Definition)
{
    EXPECT_NEAR(smape(std::vector<double> { 4, 5 }, std::vector<double> { 3, 3 }), (200.0 / 7 + 50.0) / 2, 1e-12);
    EXPECT_DOUBLE_EQ(smape(std::vector<double> { 0, 2 }, std::vector<double> { 0, 2 }), 0.0);
    EXPECT_DOUBLE_EQ(smape(std::vector<double> { kNaN, 1 }, std::vector<double> { 5, 3 }), 100.0);
    EXPECT_TRUE(std::isnan(smape(std::vector<double> { kNaN }, std::vector<double> { 1 })));
}

TEST(Backtest, MaseUsesTheSeasonalScaleAndFallsBackToLagOne)
{
    const std::vector<double> seasonal { 1, 5, 2, 6, 3, 7 };
    EXPECT_DOUBLE_EQ(maseScale(seasonal, 2), 1.0);
    EXPECT_DOUBLE_EQ(maseScale(seasonal, 1), 3.6);
    // Lag-2 differences are all 0 here, so the lag-1 scale (1) is used.
    const std::vector<double> alternating { 1, 2, 1, 2 };
    EXPECT_DOUBLE_EQ(maseScale(alternating, 2), 1.0);
    EXPECT_DOUBLE_EQ(mase(seasonal, 2, std::vector<double> { 4, 9 }, std::vector<double> { 3, 7 }), 1.5);
    EXPECT_TRUE(
        std::isnan(mase(std::vector<double> { 3, 3, 3 }, 1, std::vector<double> { 4 }, std::vector<double> { 3 })));
}

TEST(Backtest, CoverageCountsEndsAsInside)
{
    const std::vector<double> actual { 1, 2, 3, kNaN };
    const std::vector<double> lo { 1, 0, 3.5, 0 };
    const std::vector<double> hi { 2, 1, 4, 1 };
    EXPECT_DOUBLE_EQ(coverage(actual, lo, hi), 1.0 / 3.0);
}

TEST(Backtest, RollingOriginNaiveMatchesHandComputation)
{
    // Origins after 3 and 4 values of 1 … 6; naive forecasts 3, 3 then 4, 4; σ = 1.
    const Series series { { 1, 2, 3, 4, 5, 6 }, 1 };
    const ModelFitter naive
        = [](const Series &history) -> std::unique_ptr<FittedModel> { return NaiveModel::fit(history, false); };
    const BacktestResult result = backtest(series, naive, 2, 2);
    EXPECT_EQ(result.origins, 2);
    const double first = (200.0 / 7 + 50.0) / 2;
    const double second = (200.0 / 9 + 40.0) / 2;
    EXPECT_NEAR(result.smape, (first + second) / 2, 1e-12);
    EXPECT_DOUBLE_EQ(result.mase, 1.5);
    // 80 %: 4 ≤ 3 + 1.28 and 5 ≤ 4 + 1.28 inside; 5 > 3 + 1.81 and 6 > 4 + 1.81 outside.
    EXPECT_DOUBLE_EQ(result.coverage80, 0.5);
    EXPECT_DOUBLE_EQ(result.coverage95, 1.0);
}

TEST(Backtest, SkipsOriginsWithoutEnoughHistory)
{
    const ModelFitter naive
        = [](const Series &history) -> std::unique_ptr<FittedModel> { return NaiveModel::fit(history, false); };
    EXPECT_EQ(backtest({ { 1, 2, 3, 4 }, 1 }, naive, 2, 5).origins, 1);
    const BacktestResult none = backtest({ { 1, 2 }, 1 }, naive, 2, 3);
    EXPECT_EQ(none.origins, 0);
    EXPECT_TRUE(std::isnan(none.smape));
}
