#include "engine/forecast/SeriesPrep.h"

#include <gtest/gtest.h>

#include <limits>
#include <vector>

using namespace attain::engine::forecast;

namespace {
constexpr double missing = std::numeric_limits<double>::quiet_NaN();
}

TEST(SeriesPrep, BridgesInteriorGapsWithAStraightLine)
{
    const std::vector<double> values{1.0, missing, missing, 7.0, 8.0, missing, 10.0};
    EXPECT_EQ(interpolateMissing(values), (std::vector<double>{1.0, 3.0, 5.0, 7.0, 8.0, 9.0, 10.0}));
}

TEST(SeriesPrep, CarriesTheNearestValueIntoLeadingAndTrailingGaps)
{
    const std::vector<double> values{missing, missing, 4.0, 6.0, missing};
    EXPECT_EQ(interpolateMissing(values), (std::vector<double>{4.0, 4.0, 4.0, 6.0, 6.0}));
}

TEST(SeriesPrep, LeavesCompleteSeriesAloneAndEmptiesSeriesWithoutObservations)
{
    const std::vector<double> complete{3.0, -1.0, 0.0};
    EXPECT_EQ(interpolateMissing(complete), complete);
    EXPECT_TRUE(interpolateMissing(std::vector<double>{missing, missing}).empty());
    EXPECT_TRUE(interpolateMissing(std::vector<double>{}).empty());
}
