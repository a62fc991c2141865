#include "engine/forecast/Forecaster.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace attain::engine::forecast;

namespace {

Series seasonalSeries(int years)
{
    Series series;
    series.period = 12;
    const double factors[12] = {0.7, 0.8, 1.0, 1.1, 1.2, 1.3, 1.2, 1.1, 1.0, 0.9, 0.8, 1.0};
    for (int t = 0; t < years * 12; ++t)
        series.values.push_back((100.0 + 2.0 * t) * factors[t % 12] * (1.0 + 0.02 * std::sin(t * 1.7)));
    return series;
}

void expectUsable(const Forecast &f, int horizon)
{
    ASSERT_EQ(static_cast<int>(f.point.size()), horizon);
    for (int h = 0; h < horizon; ++h) {
        const auto i = static_cast<std::size_t>(h);
        EXPECT_TRUE(std::isfinite(f.point[i]));
        if (!f.lo95.empty()) {
            EXPECT_LE(f.lo95[i], f.lo80[i]);
            EXPECT_LE(f.lo80[i], f.point[i]);
            EXPECT_LE(f.point[i], f.hi80[i]);
            EXPECT_LE(f.hi80[i], f.hi95[i]);
        }
    }
}

} // namespace

TEST(Forecaster, MethodNamesReadBack)
{
    EXPECT_EQ(methodFromName("auto"), Method::Auto);
    EXPECT_EQ(methodFromName("theta"), Method::Theta);
    EXPECT_EQ(methodFromName("snaive"), Method::SeasonalNaive);
    EXPECT_FALSE(methodFromName("arima").has_value());
    EXPECT_NE(methodNames().find("damped"), std::string::npos);
}

TEST(Forecaster, EveryMethodGivesUsableForecastsOnASeasonalSeries)
{
    const Series series = seasonalSeries(6);
    for (const Method method : {Method::Auto, Method::Combination, Method::Ets, Method::DampedEts, Method::Theta,
                                Method::Naive, Method::SeasonalNaive}) {
        SCOPED_TRACE(static_cast<int>(method));
        const Forecast f = forecastSeries(series, 18, method);
        expectUsable(f, 18);
        EXPECT_FALSE(f.lo95.empty());
    }
    // The combination lies between its members' forecasts (it is their mean).
    const Forecast comb = forecastSeries(series, 6, Method::Combination);
    EXPECT_NE(comb.method.find("Comb("), std::string::npos);
}

TEST(Forecaster, EdgeSeriesNeverGiveNaN)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<std::vector<double>> edges{
        {}, {nan, nan}, {5.0}, {3, 3, 3, 3, 3, 3, 3, 3}, {0, 0, 0, 0, 10, 0, 0}, {-5, 2, -1, 4, -3}, {1, nan, 3, nan, 5}};
    for (const auto &values : edges)
        for (const Method method : {Method::Auto, Method::Ets, Method::Theta, Method::SeasonalNaive}) {
            Series series;
            series.values = values;
            series.period = 12;
            expectUsable(forecastSeries(series, 8, method), 8);
        }
    // No observation at all: zeros, and no pretence of intervals.
    const Forecast nothing = forecastSeries(Series{{nan}, 1}, 3, Method::Auto);
    EXPECT_EQ(nothing.point, (std::vector<double>{0, 0, 0}));
    EXPECT_TRUE(nothing.lo80.empty());
}

TEST(Forecaster, ConstantSeriesForecastsTheConstant)
{
    const Series constant{std::vector<double>(36, 250.0), 12};
    const Forecast f = forecastSeries(constant, 12, Method::Auto);
    for (double value : f.point)
        EXPECT_NEAR(value, 250.0, 1e-6);
}

TEST(Forecaster, ResultsDoNotDependOnTheThreadCount)
{
    std::vector<NamedSeries> series;
    for (int i = 0; i < 12; ++i)
        series.push_back({"S" + std::to_string(i), seasonalSeries(3 + i % 4), 6});
    const auto one = forecastAll(series, Method::Auto, 1);
    const auto three = forecastAll(series, Method::Auto, 3);
    ASSERT_EQ(one.size(), series.size());
    for (std::size_t i = 0; i < series.size(); ++i) {
        EXPECT_EQ(one[i].point, three[i].point);
        EXPECT_EQ(one[i].hi95, three[i].hi95);
    }
}

TEST(Forecaster, NegativeHorizonGivesAnEmptyForecast)
{
    const Series series{{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 11, 13, 15}, 1};
    EXPECT_TRUE(forecastSeries(series, -1, Method::Auto).point.empty());
    EXPECT_TRUE(forecastSeries(series, 0, Method::Combination).point.empty());
}

TEST(Forecaster, CombinedSimulationStaysInsideItsBufferAndKeepsProportions)
{
    const Series series{{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 11, 13, 15}, 1};
    const auto model = fitModel(series, Method::Auto);
    ASSERT_NE(model->name().find("Comb("), std::string::npos);
    std::vector<double> paths(8 + 1, -12345.0); // room for 2 rows of 4, 10 asked for
    model->simulate(4, 10, 1, std::span<double>(paths).first(8));
    EXPECT_EQ(paths[8], -12345.0); // nothing written past the span
    for (std::size_t i = 0; i < 8; ++i)
        EXPECT_TRUE(std::isfinite(paths[i]));
}
