#include "engine/forecast/Probability.h"

#include "engine/forecast/Naive.h"
#include "engine/forecast/Theta.h"

#include <gtest/gtest.h>

using namespace attain::engine::forecast;

TEST(Probability, MonotoneInTheTargetAndHalfAtTheMedian)
{
    const auto model = ThetaModel::fit({ { 100, 104, 99, 107, 110, 108, 115, 113, 118, 121, 117, 125 }, 1 });
    ASSERT_TRUE(model);
    const AttainmentOutlook median = attainmentOutlook(*model, 500.0, 3, 0.0);
    EXPECT_LT(median.total10, median.total50);
    EXPECT_LT(median.total50, median.total90);
    EXPECT_NEAR(attainmentOutlook(*model, 500.0, 3, median.total50).probability, 0.5, 0.01);
    EXPECT_NEAR(attainmentOutlook(*model, 500.0, 3, median.total10).probability, 0.9, 0.01);

    double previous = 1.0;
    for (double target = median.total10 - 50.0; target < median.total90 + 50.0; target += 2.0) {
        const double probability = attainmentOutlook(*model, 500.0, 3, target).probability;
        EXPECT_LE(probability, previous) << target;
        previous = probability;
    }
    EXPECT_EQ(attainmentOutlook(*model, 500.0, 3, median.total10 - 1000.0).probability, 1.0);
    EXPECT_EQ(attainmentOutlook(*model, 500.0, 3, median.total90 + 1000.0).probability, 0.0);
}

TEST(Probability, MatchesTheNormalTailForOneNaiveStep)
{
    // Differences ±2 around a flat level: σ = 2, so one step ahead is N(10, 4) and a target
    // one σ above the median is reached with probability 1 − Φ(1) ≈ 0.159.
    const auto model = NaiveModel::fit({ { 10, 12, 10, 12, 10 }, 1 }, false);
    ASSERT_TRUE(model);
    const AttainmentOutlook outlook = attainmentOutlook(*model, 30.0, 1, 42.0, { 20000, 3 });
    EXPECT_NEAR(outlook.probability, 0.1587, 0.01);
    EXPECT_NEAR(outlook.total50, 40.0, 0.1);
    EXPECT_NEAR(outlook.total90, 40.0 + 1.2816 * 2.0, 0.1);
}

TEST(Probability, NothingLeftToForecastMeansTheAnswerIsKnown)
{
    const auto model = NaiveModel::fit({ { 1, 2, 3 }, 1 }, false);
    ASSERT_TRUE(model);
    const AttainmentOutlook reached = attainmentOutlook(*model, 50.0, 0, 50.0);
    EXPECT_EQ(reached.probability, 1.0);
    EXPECT_EQ(reached.total10, 50.0);
    EXPECT_EQ(reached.total90, 50.0);
    EXPECT_EQ(attainmentOutlook(*model, 49.0, 0, 50.0).probability, 0.0);
}
