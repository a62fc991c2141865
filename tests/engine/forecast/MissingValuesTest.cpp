#include "engine/forecast/MissingValues.h"

#include <gtest/gtest.h>

#include <limits>
#include <vector>

using namespace attain::engine::forecast;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

TEST(MissingValues, InterpolatesInsideAndCopiesTheNearestValueAtTheEnds)
{
    const std::vector<double> values { kNaN, 2.0, kNaN, kNaN, 8.0, kNaN };
    EXPECT_EQ(fillGaps(values), (std::vector<double> { 2.0, 2.0, 4.0, 6.0, 8.0, 8.0 }));
}

TEST(MissingValues, LeavesCompleteSeriesUnchanged)
{
    const std::vector<double> values { 3.0, -1.0, 0.0 };
    EXPECT_EQ(fillGaps(values), values);
}

TEST(MissingValues, NothingToFillFromGivesEmpty)
{
    EXPECT_TRUE(fillGaps(std::vector<double> {}).empty());
    EXPECT_TRUE(fillGaps(std::vector<double> { kNaN, kNaN }).empty());
    EXPECT_EQ(fillGaps(std::vector<double> { kNaN, 7.0 }), (std::vector<double> { 7.0, 7.0 }));
}
