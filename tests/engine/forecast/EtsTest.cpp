#include "engine/forecast/Ets.h"

#include "engine/DemoRandom.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

using namespace attain::engine::forecast;

namespace {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();

bool allFinite(const Forecast &f)
{
    for (const std::vector<double> *v : {&f.point, &f.lo80, &f.hi80, &f.lo95, &f.hi95})
        for (double x : *v)
            if (!std::isfinite(x))
                return false;
    return true;
}

void expectOrderedIntervals(const Forecast &f)
{
    for (std::size_t j = 0; j < f.point.size(); ++j) {
        EXPECT_LE(f.lo95[j], f.lo80[j]) << "h = " << j + 1;
        EXPECT_LE(f.lo80[j], f.point[j]) << "h = " << j + 1;
        EXPECT_LE(f.point[j], f.hi80[j]) << "h = " << j + 1;
        EXPECT_LE(f.hi80[j], f.hi95[j]) << "h = " << j + 1;
    }
}

/// Monthly series: linear trend times a seasonal pattern, with 1 % multiplicative noise.
Series multiplicativeSeasonal(int years, bool noise)
{
    static constexpr double factors[12] = {0.7, 0.8, 0.9, 1.0, 1.1, 1.3, 1.4, 1.25, 1.0, 0.9, 0.85, 0.8};
    attain::engine::DemoRandom random(42);
    Series series{.values = {}, .period = 12};
    for (int t = 0; t < 12 * years; ++t)
        series.values.push_back((50.0 + 3.0 * t) * factors[t % 12] * (noise ? 1.0 + random.normal(0.0, 0.01) : 1.0));
    return series;
}

Series noisyTrend(int n, std::uint64_t seed)
{
    attain::engine::DemoRandom random(seed);
    Series series;
    for (int t = 0; t < n; ++t)
        series.values.push_back(100.0 + 1.5 * t + random.normal(0.0, 4.0));
    return series;
}

} // namespace

TEST(Ets, SimpleExponentialSmoothingMatchesHandComputedForecasts)
{
    const std::vector<double> y{10.0, 10.0, 11.0, 13.0};
    EtsParams params;
    params.alpha = 0.3;
    params.level = 10.0;
    const auto model = EtsModel::evaluate(y, 1, {}, params);
    ASSERT_NE(model, nullptr);
    // l1 = 10; l2 = 10; l3 = 10 + 0.3·1 = 10.3; l4 = 10.3 + 0.3·2.7 = 11.11
    const std::vector<double> expected{10.0, 10.0, 10.0, 10.3};
    ASSERT_EQ(model->fitted().size(), expected.size());
    for (std::size_t t = 0; t < expected.size(); ++t)
        EXPECT_NEAR(model->fitted()[t], expected[t], 1e-12) << "t = " << t;
    const Forecast f = model->forecast(3);
    EXPECT_EQ(f.method, "ETS(A,N,N)");
    for (double point : f.point)
        EXPECT_NEAR(point, 11.11, 1e-12);
    // Σe² = 0 + 0 + 1 + 2.7² = 8.29 over n − k = 4 − 3 degrees of freedom.
    EXPECT_NEAR(model->sigma2(), 8.29, 1e-12);
    EXPECT_NEAR(model->likelihoodCriterion(), 4.0 * std::log(8.29), 1e-12);
}

TEST(Ets, AdditiveIntervalsFollowTheClassOneVariance)
{
    const std::vector<double> y{10.0, 10.0, 11.0, 13.0, 12.0, 12.5};
    EtsParams params;
    params.alpha = 0.4;
    params.beta = 0.1;
    params.level = 9.5;
    params.trend = 0.5;
    const auto model = EtsModel::evaluate(y, 1, {ErrorType::Additive, TrendType::Additive, SeasonType::None}, params);
    ASSERT_NE(model, nullptr);
    const Forecast f = model->forecast(3);
    // Var(3) = σ²·(1 + (α + β)² + (α + 2β)²)
    const double sd3 = std::sqrt(model->sigma2() * (1.0 + 0.5 * 0.5 + 0.6 * 0.6));
    EXPECT_NEAR(f.hi95[2] - f.point[2], 1.959963984540054 * sd3, 1e-9);
    EXPECT_NEAR(f.point[0] - f.lo80[0], 1.2815515655446004 * std::sqrt(model->sigma2()), 1e-9);
}

TEST(Ets, ConstantSeriesForecastsTheConstantWithZeroWidthIntervals)
{
    const auto model = fitAutoEts({.values = std::vector<double>(30, 250.0), .period = 12});
    ASSERT_NE(model, nullptr);
    const Forecast f = model->forecast(6);
    ASSERT_EQ(f.point.size(), 6U);
    ASSERT_TRUE(allFinite(f));
    for (std::size_t j = 0; j < 6; ++j) {
        EXPECT_DOUBLE_EQ(f.point[j], 250.0);
        EXPECT_DOUBLE_EQ(f.lo95[j], 250.0);
        EXPECT_DOUBLE_EQ(f.hi95[j], 250.0);
    }
}

TEST(Ets, HoltExtrapolatesALinearTrend)
{
    Series series;
    for (int t = 0; t < 20; ++t)
        series.values.push_back(10.0 + 2.0 * t);
    const auto model = fitEts(series, {ErrorType::Additive, TrendType::Additive, SeasonType::None});
    ASSERT_NE(model, nullptr);
    const Forecast f = model->forecast(5);
    for (int j = 0; j < 5; ++j)
        EXPECT_NEAR(f.point[static_cast<std::size_t>(j)], 50.0 + 2.0 * j, 1e-6);
}

TEST(Ets, AutomaticChoiceRecoversMultiplicativeSeasonality)
{
    const Series series = multiplicativeSeasonal(6, true);
    const auto model = fitAutoEts(series);
    ASSERT_NE(model, nullptr);
    EXPECT_EQ(model->spec().season, SeasonType::Multiplicative) << model->name();
    const Series truth = multiplicativeSeasonal(8, false);
    const Forecast f = model->forecast(24);
    for (std::size_t j = 0; j < 24; ++j) {
        const double actual = truth.values[72 + j];
        EXPECT_NEAR(f.point[j], actual, 0.04 * actual) << "h = " << j + 1;
    }
    EXPECT_TRUE(allFinite(f));
    expectOrderedIntervals(f);
}

TEST(Ets, AutomaticChoiceKeepsSeasonalModelsAwayFromShortOrNonSeasonalData)
{
    Series series = multiplicativeSeasonal(6, true);
    series.values.resize(20); // under two full seasons
    const auto shortModel = fitAutoEts(series);
    ASSERT_NE(shortModel, nullptr);
    EXPECT_EQ(shortModel->spec().season, SeasonType::None);

    Series withNegatives = noisyTrend(40, 3);
    withNegatives.values[5] = -20.0;
    const auto additive = fitAutoEts(withNegatives);
    ASSERT_NE(additive, nullptr);
    EXPECT_EQ(additive->spec().error, ErrorType::Additive);
    EXPECT_EQ(additive->spec().season, SeasonType::None);
}

TEST(Ets, FitRejectsSpecsThatDoNotApply)
{
    const Series seasonal = multiplicativeSeasonal(3, true);
    EXPECT_EQ(fitEts(seasonal, {ErrorType::Additive, TrendType::None, SeasonType::Multiplicative}), nullptr);
    EXPECT_NE(fitEts(seasonal, {ErrorType::Multiplicative, TrendType::None, SeasonType::Multiplicative}), nullptr);
    Series negative = seasonal;
    negative.values[3] = -1.0;
    EXPECT_EQ(fitEts(negative, {ErrorType::Multiplicative, TrendType::None, SeasonType::None}), nullptr);
    Series nonSeasonal = seasonal;
    nonSeasonal.period = 1;
    EXPECT_EQ(fitEts(nonSeasonal, {ErrorType::Additive, TrendType::None, SeasonType::Additive}), nullptr);
}

TEST(Ets, IntervalsWidenWithTheHorizonAndStayOrdered)
{
    for (const Series &series : {noisyTrend(60, 7), multiplicativeSeasonal(6, true)}) {
        for (EtsSpec spec : {EtsSpec{ErrorType::Additive, TrendType::Damped, SeasonType::None},
                             EtsSpec{ErrorType::Multiplicative, TrendType::Additive, SeasonType::None},
                             EtsSpec{ErrorType::Multiplicative, TrendType::Damped, SeasonType::Multiplicative}}) {
            const auto model = fitEts(series, spec);
            if (!model)
                continue; // seasonal spec on the non-seasonal series
            const Forecast f = model->forecast(12);
            ASSERT_TRUE(allFinite(f)) << model->name();
            expectOrderedIntervals(f);
            // A multiplicative season scales the spread with the seasonal factor, so those
            // intervals widen relative to the point forecast.
            const bool relative = spec.season == SeasonType::Multiplicative;
            const auto width80 = [&](std::size_t j) {
                return (f.hi80[j] - f.lo80[j]) / (relative ? f.point[j] : 1.0);
            };
            EXPECT_GT(f.hi95[11] - f.lo95[11], f.hi95[0] - f.lo95[0]) << model->name();
            EXPECT_GT(width80(11), 1.05 * width80(0)) << model->name();
            for (std::size_t j = 1; j < 12; ++j)
                EXPECT_GE(width80(j), 0.97 * width80(j - 1)) << model->name() << " h = " << j + 1;
        }
    }
}

TEST(Ets, AwkwardSeriesNeverGiveNaN)
{
    const std::vector<Series> cases{
        {.values = {0.0, 0.0, 5.0, 0.0, 3.0, 0.0, 0.0, 7.0, 0.0, 0.0, 1.0, 0.0, 0.0, 4.0}, .period = 4},
        {.values = {-5.0, 3.0, -2.0, 8.0, -1.0, 6.0, -4.0, 9.0, -3.0, 7.0}, .period = 1},
        {.values = {3.0, 5.0, 4.0}, .period = 12},
        {.values = {7.0}, .period = 1},
        {.values = {missing, 10.0, missing, missing, 16.0, 15.0, missing, 18.0, 20.0, 19.0, missing}, .period = 1},
        multiplicativeSeasonal(3, true),
    };
    for (const Series &series : cases) {
        const auto model = fitAutoEts(series);
        ASSERT_NE(model, nullptr);
        const Forecast f = model->forecast(8);
        ASSERT_EQ(f.point.size(), 8U);
        EXPECT_TRUE(allFinite(f)) << model->name() << " on " << series.values.size() << " values";
        expectOrderedIntervals(f);
    }
    EXPECT_EQ(fitAutoEts({.values = {missing, missing}, .period = 1}), nullptr);
}

TEST(Ets, SimulationIsDeterministicAndCentredOnThePointForecast)
{
    const auto model = fitEts(noisyTrend(48, 11), {ErrorType::Additive, TrendType::Additive, SeasonType::None});
    ASSERT_NE(model, nullptr);
    constexpr int horizon = 6, count = 20000;
    std::vector<double> first(horizon * count), second(horizon * count), other(horizon * count);
    model->simulate(horizon, count, 99, first);
    model->simulate(horizon, count, 99, second);
    model->simulate(horizon, count, 100, other);
    EXPECT_EQ(first, second);
    EXPECT_NE(first, other);

    const Forecast f = model->forecast(horizon);
    for (int j = 0; j < horizon; ++j) {
        double sum = 0.0;
        for (int i = 0; i < count; ++i)
            sum += first[static_cast<std::size_t>(i * horizon + j)];
        const double mean = sum / count;
        const double standardError = (f.hi80[static_cast<std::size_t>(j)] - f.point[static_cast<std::size_t>(j)])
                                     / 1.2815515655446004 / std::sqrt(static_cast<double>(count));
        EXPECT_NEAR(mean, f.point[static_cast<std::size_t>(j)], 4.0 * standardError) << "h = " << j + 1;
    }
}
