#include "engine/forecast/SeasonalAdjustment.h"

#include "engine/forecast/GaussianStream.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <numbers>
#include <vector>

using namespace attain::engine::forecast;

namespace {

/// (100 + 2t) × a quarterly pattern with mean 1.
std::vector<double> multiplicativeQuarters(int years)
{
    const std::array<double, 4> pattern { 0.8, 1.2, 1.1, 0.9 };
    std::vector<double> values;
    for (int t = 0; t < 4 * years; ++t)
        values.push_back((100.0 + 2.0 * t) * pattern[static_cast<std::size_t>(t % 4)]);
    return values;
}

std::vector<double> monthlySine(int years, double noise, std::uint64_t seed)
{
    GaussianStream normal(seed);
    std::vector<double> values;
    for (int t = 0; t < 12 * years; ++t)
        values.push_back(100.0 + 20.0 * std::sin(2.0 * std::numbers::pi * t / 12.0) + noise * normal.next());
    return values;
}

} // namespace

TEST(SeasonalAdjustment, RecoversMultiplicativeIndices)
{
    const std::vector<double> indices = multiplicativeIndices(multiplicativeQuarters(6), 4);
    ASSERT_EQ(indices.size(), 4u);
    EXPECT_NEAR(indices[0], 0.8, 0.01);
    EXPECT_NEAR(indices[1], 1.2, 0.01);
    EXPECT_NEAR(indices[2], 1.1, 0.01);
    EXPECT_NEAR(indices[3], 0.9, 0.01);
    EXPECT_NEAR((indices[0] + indices[1] + indices[2] + indices[3]) / 4.0, 1.0, 1e-12);
}

TEST(SeasonalAdjustment, OddPeriodIndicesAreExactWithoutTrend)
{
    const std::array<double, 3> pattern { 0.5, 1.0, 1.5 };
    std::vector<double> values;
    for (int t = 0; t < 12; ++t)
        values.push_back(40.0 * pattern[static_cast<std::size_t>(t % 3)]);
    const std::vector<double> indices = multiplicativeIndices(values, 3);
    ASSERT_EQ(indices.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_NEAR(indices[i], pattern[i], 1e-12);
}

TEST(SeasonalAdjustment, NoIndicesForShortOrNonPositiveSeries)
{
    EXPECT_TRUE(multiplicativeIndices(std::vector<double> { 1, 2, 3, 4, 5, 6, 7 }, 4).empty());
    std::vector<double> withZero = multiplicativeQuarters(3);
    withZero[5] = 0.0;
    EXPECT_TRUE(multiplicativeIndices(withZero, 4).empty());
    EXPECT_TRUE(multiplicativeIndices(multiplicativeQuarters(3), 1).empty());
}

TEST(SeasonalAdjustment, TestFindsStrongSeasonality)
{
    EXPECT_TRUE(isSeasonal(monthlySine(4, 3.0, 1), 12));
    EXPECT_TRUE(isSeasonal(multiplicativeQuarters(5), 4));
}

TEST(SeasonalAdjustment, TestRejectsNoiseTrendShortAndConstantSeries)
{
    EXPECT_FALSE(isSeasonal(monthlySine(4, 3.0, 1), 1));
    std::vector<double> noise;
    GaussianStream normal(7);
    for (int t = 0; t < 72; ++t)
        noise.push_back(50.0 + normal.next());
    EXPECT_FALSE(isSeasonal(noise, 12));
    std::vector<double> trend;
    for (int t = 0; t < 48; ++t)
        trend.push_back(10.0 + 3.0 * t);
    EXPECT_FALSE(isSeasonal(trend, 12));
    const std::vector<double> sine = monthlySine(4, 0.0, 1);
    EXPECT_FALSE(isSeasonal(std::span(sine).first(23), 12));
    EXPECT_FALSE(isSeasonal(std::vector<double>(36, 5.0), 12));
}

TEST(SeasonalAdjustment, AutocorrelationMatchesHandComputation)
{
    // Mean 2.5, deviations −1.5, −0.5, 0.5, 1.5: r1 = (0.75 − 0.25 + 0.75) / 5 = 0.25.
    const std::vector<double> acf = autocorrelations(std::vector<double> { 1, 2, 3, 4 }, 5);
    ASSERT_EQ(acf.size(), 5u);
    EXPECT_NEAR(acf[0], 0.25, 1e-12);
    EXPECT_NEAR(acf[1], (-0.75 - 0.75) / 5.0, 1e-12);
    EXPECT_DOUBLE_EQ(acf[4], 0.0);
    EXPECT_TRUE(autocorrelations(std::vector<double> { 3, 3, 3 }, 2).empty());
}

TEST(SeasonalAdjustment, DetectAdjustsAndFactorsRepeat)
{
    const std::vector<double> values = multiplicativeQuarters(6);
    const SeasonalAdjustment adjustment = SeasonalAdjustment::detect(values, 4);
    ASSERT_TRUE(adjustment.active());
    EXPECT_DOUBLE_EQ(adjustment.factor(1), adjustment.factor(25));
    const std::vector<double> adjusted = adjustment.adjust(values);
    EXPECT_NEAR(adjusted[1], values[1] / adjustment.factor(1), 1e-12);

    std::vector<double> negative = values;
    for (double &v : negative)
        v -= 200.0;
    EXPECT_FALSE(SeasonalAdjustment::detect(negative, 4).active());
    EXPECT_DOUBLE_EQ(SeasonalAdjustment().factor(3), 1.0);
}
