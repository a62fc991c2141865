#include "engine/forecast/Naive.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace attain::engine::forecast;

TEST(Naive, SeasonalNaiveRepeatsTheLastSeason)
{
    const auto model = NaiveModel::fit({ { 1, 2, 3, 4, 5, 6, 7, 9 }, 4 }, true);
    ASSERT_TRUE(model);
    EXPECT_EQ(model->name(), "SNaive");
    const Forecast forecast = model->forecast(6);
    EXPECT_EQ(forecast.point, (std::vector<double> { 5, 6, 7, 9, 5, 6 }));
    // One-season differences 4, 4, 4, 5: σ² = 73 / 4; the second season has k = 1.
    const double sigma = std::sqrt(73.0 / 4.0);
    EXPECT_NEAR(model->sigma(), sigma, 1e-12);
    EXPECT_NEAR(forecast.hi80[3] - forecast.point[3], 1.2815515655446004 * sigma, 1e-9);
    EXPECT_NEAR(forecast.hi95[4] - forecast.point[4], 1.959964 * sigma * std::sqrt(2.0), 1e-6);
}

TEST(Naive, NaiveRepeatsTheLastValueWithRandomWalkIntervals)
{
    const auto model = NaiveModel::fit({ { 3, 5, 4 }, 12 }, false);
    ASSERT_TRUE(model);
    EXPECT_EQ(model->name(), "Naive");
    const Forecast forecast = model->forecast(3);
    EXPECT_EQ(forecast.point, (std::vector<double> { 4, 4, 4 }));
    const double sigma = std::sqrt(5.0 / 2.0);
    EXPECT_NEAR(forecast.lo80[2], 4.0 - 1.2815515655446004 * sigma * std::sqrt(3.0), 1e-9);
}

TEST(Naive, SeasonalNaiveFallsBackToNaiveWithinTheFirstSeason)
{
    const auto model = NaiveModel::fit({ { 1, 2, 3 }, 12 }, true);
    ASSERT_TRUE(model);
    EXPECT_EQ(model->name(), "Naive");
    EXPECT_EQ(model->forecast(2).point, (std::vector<double> { 3, 3 }));
}

TEST(Naive, SimulatedSeasonalPathsStartFromTheMatchingSeason)
{
    const auto model = NaiveModel::fit({ { 10, 20, 11, 21, 12, 22 }, 2 }, true);
    ASSERT_TRUE(model);
    constexpr int kPaths = 20000;
    std::vector<double> paths(kPaths * 4);
    model->simulate(4, kPaths, 9, paths);
    double sum1 = 0.0;
    double sum4 = 0.0;
    double squares4 = 0.0;
    for (std::size_t row = 0; row < kPaths; ++row) {
        sum1 += paths[row * 4];
        sum4 += paths[row * 4 + 3];
        squares4 += (paths[row * 4 + 3] - 22.0) * (paths[row * 4 + 3] - 22.0);
    }
    EXPECT_NEAR(sum1 / kPaths, 12.0, 0.05);
    EXPECT_NEAR(sum4 / kPaths, 22.0, 0.05);
    // σ = 1 and the fourth step is the second of its season position: variance 2.
    EXPECT_NEAR(squares4 / kPaths, 2.0, 0.1);
}
