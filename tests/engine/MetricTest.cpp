#include "engine/Metric.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

using namespace attain::engine;

TEST(Metric, EveryMetricHasAUniqueKeyThatReadsBack)
{
    std::set<std::string_view> keys;
    for (const MetricDefinition &metric : allMetrics()) {
        EXPECT_TRUE(keys.insert(metric.key).second) << metric.key;
        EXPECT_EQ(metricFromKey(metric.key), metric.id);
        EXPECT_EQ(definition(metric.id).key, metric.key);
    }
    EXPECT_EQ(keys.size(), kMetricCount);
    EXPECT_FALSE(metricFromKey("revenue ").has_value());
}

TEST(Metric, DeclaredAggregationsAndDirections)
{
    EXPECT_EQ(definition(MetricId::Revenue).aggregation, Aggregation::Sum);
    EXPECT_EQ(definition(MetricId::ConversionRate).aggregation, Aggregation::RatioOfSums);
    EXPECT_EQ(definition(MetricId::CustomerSatisfaction).aggregation, Aggregation::Average);
    EXPECT_EQ(definition(MetricId::OpenPipeline).aggregation, Aggregation::Last);
    EXPECT_FALSE(definition(MetricId::SalesCycleDays).higherIsBetter);
    EXPECT_TRUE(definition(MetricId::Revenue).cumulative);
    EXPECT_FALSE(definition(MetricId::ConversionRate).cumulative);
    EXPECT_EQ(unitScale(definition(MetricId::DealsWon).unit), 100);
    EXPECT_EQ(unitScale(definition(MetricId::Revenue).unit), 1);
}

TEST(Metric, RatioOfSumsIsNotAnAverageOfRatios)
{
    // 1 of 1 (100 %) and 10 of 100 (10 %): 11 of 101 = 10.89 %, not 55 %.
    const std::vector<MetricValue> values{{10000, 1, 0}, {100000, 100, 0}};
    EXPECT_EQ(aggregate(Aggregation::RatioOfSums, values).value(), 1089);
}

TEST(Metric, SumsAcrossDifferentScales)
{
    // A rep's credit-weighted value (scale 10000) plus a whole one.
    const std::vector<MetricValue> values{{15000, 10000, 0}, {3, 1, 0}};
    EXPECT_EQ(aggregate(Aggregation::Sum, values).value(), 5); // 1.5 + 3 = 4.5 → 5
    const std::vector<MetricValue> negative{{-15000, 10000, 0}, {-3, 1, 0}};
    EXPECT_EQ(aggregate(Aggregation::Sum, negative).value(), -5);
}

TEST(Metric, LastTakesTheLatestSnapshot)
{
    const std::vector<MetricValue> values{{700, 1, 20}, {500, 1, 40}, {900, 1, 30}};
    EXPECT_EQ(aggregate(Aggregation::Last, values).value(), 500);
}

TEST(Metric, EmptyAggregates)
{
    EXPECT_EQ(aggregate(Aggregation::Sum, {}).value(), 0);
    EXPECT_FALSE(aggregate(Aggregation::RatioOfSums, {}).value().has_value());
    EXPECT_FALSE(aggregate(Aggregation::Average, {}).defined());
    // An undefined part does not spoil a ratio: 0/0 + 3 of 4 = 75 %.
    const std::vector<MetricValue> values{{0, 0, 0}, {30000, 4, 0}};
    EXPECT_EQ(aggregate(Aggregation::RatioOfSums, values).value(), 7500);
}

TEST(Metric, ScaleIsAppliedOnceInWideArithmetic)
{
    // 9e17 won of 1e18 closed, in basis points: the product 9e17 × 10000 needs 128 bits.
    const MetricValue rate{900'000'000'000'000'000, 1'000'000'000'000'000'000, 0, 10000};
    EXPECT_EQ(rate.value(), 9000);
    // Sums that no longer fit become undefined instead of wrapping around.
    const std::vector<MetricValue> huge{{INT64_MAX, 1, 0, 1}, {1, 1, 0, 1}};
    EXPECT_FALSE(aggregate(Aggregation::Sum, huge).defined());
}
