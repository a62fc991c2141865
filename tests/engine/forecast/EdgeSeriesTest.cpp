#include "engine/forecast/Naive.h"
#include "engine/forecast/Probability.h"
#include "engine/forecast/Theta.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <vector>

using namespace attain::engine::forecast;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Method
{
    const char *name;
    std::function<std::unique_ptr<FittedModel>(const Series &)> fit;
};

std::vector<Method> methods()
{
    return { { "Theta", [](const Series &s) -> std::unique_ptr<FittedModel> { return ThetaModel::fit(s); } },
        { "Naive", [](const Series &s) -> std::unique_ptr<FittedModel> { return NaiveModel::fit(s, false); } },
        { "SNaive", [](const Series &s) -> std::unique_ptr<FittedModel> { return NaiveModel::fit(s, true); } } };
}

std::vector<Series> edgeSeries()
{
    std::vector<double> negativeSeasonal;
    for (int t = 0; t < 36; ++t)
        negativeSeasonal.push_back(-100.0 + (t % 4 == 0 ? 40.0 : 0.0) + 0.5 * t);
    std::vector<double> gappy { 5, kNaN, 7, kNaN, kNaN, 9, 8, kNaN };
    return { { { 5.0 }, 12 }, { { 5.0, 5.0 }, 12 }, { { 1.0, 2.0, 3.0 }, 4 }, { std::vector<double>(30, 1234.5), 12 },
        { std::vector<double>(30, 0.0), 12 }, { { 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 0, 1 }, 4 }, { negativeSeasonal, 4 },
        { { -3, 2, -1, 4, -2, 1, 0, -4, 3, -1 }, 12 }, { gappy, 1 }, { { kNaN, kNaN, 4.0 }, 4 } };
}

} // namespace

TEST(ForecastEdgeSeries, EveryMethodGivesFiniteOrderedForecasts)
{
    const std::vector<Series> cases = edgeSeries();
    for (const Method &method : methods()) {
        for (std::size_t c = 0; c < cases.size(); ++c) {
            SCOPED_TRACE(std::string(method.name) + " case " + std::to_string(c));
            const auto model = method.fit(cases[c]);
            ASSERT_TRUE(model);
            const Forecast forecast = model->forecast(14);
            ASSERT_EQ(forecast.point.size(), 14u);
            for (std::size_t i = 0; i < 14; ++i) {
                for (double v :
                    { forecast.lo95[i], forecast.lo80[i], forecast.point[i], forecast.hi80[i], forecast.hi95[i] })
                    EXPECT_TRUE(std::isfinite(v));
                EXPECT_LE(forecast.lo95[i], forecast.lo80[i]);
                EXPECT_LE(forecast.lo80[i], forecast.point[i]);
                EXPECT_LE(forecast.point[i], forecast.hi80[i]);
                EXPECT_LE(forecast.hi80[i], forecast.hi95[i]);
            }
            std::vector<double> paths(50 * 14);
            model->simulate(14, 50, 1, paths);
            for (double v : paths)
                EXPECT_TRUE(std::isfinite(v));
            EXPECT_TRUE(std::isfinite(attainmentOutlook(*model, 0.0, 3, 10.0).probability));
        }
    }
}

TEST(ForecastEdgeSeries, ConstantSeriesCollapseTheIntervalsOntoThePoint)
{
    for (const Method &method : methods()) {
        for (double level : { 0.0, 1234.5, -7.0 }) {
            SCOPED_TRACE(std::string(method.name) + " level " + std::to_string(level));
            const auto model = method.fit({ std::vector<double>(30, level), 12 });
            ASSERT_TRUE(model);
            const Forecast forecast = model->forecast(6);
            for (std::size_t i = 0; i < 6; ++i) {
                EXPECT_NEAR(forecast.point[i], level, 1e-9);
                EXPECT_NEAR(forecast.lo95[i], level, 1e-9);
                EXPECT_NEAR(forecast.hi95[i], level, 1e-9);
            }
        }
    }
}

TEST(ForecastEdgeSeries, NoObservationMeansNoModel)
{
    for (const Method &method : methods()) {
        EXPECT_FALSE(method.fit({ {}, 12 })) << method.name;
        EXPECT_FALSE(method.fit({ { kNaN, kNaN }, 1 })) << method.name;
    }
}

TEST(ForecastEdgeSeries, ShortSeriesAreNotSeasonallyAdjusted)
{
    const auto model = ThetaModel::fit({ { 10, 30, 10, 30, 10, 30, 10 }, 4 });
    ASSERT_TRUE(model);
    EXPECT_FALSE(model->seasonalAdjustment().active());
}
