#include "engine/TimeDecomposition.h"

#include <gtest/gtest.h>

#include <numeric>

using namespace attain::engine;

namespace {
std::int64_t sum(const std::vector<std::int64_t> &values)
{
    return std::accumulate(values.begin(), values.end(), std::int64_t{0});
}
} // namespace

TEST(TimeDecomposition, YearIntoEqualMonths)
{
    const TimeSplit result = splitOverTime({.total = 1'200'000, .period = Period::year(2026)});
    ASSERT_TRUE(result.split.ok());
    ASSERT_EQ(result.periods.size(), 12u);
    EXPECT_EQ(result.periods[1], Period::month(2026, 2));
    for (std::int64_t value : result.split.values)
        EXPECT_EQ(value, 100'000);
}

TEST(TimeDecomposition, QuartersByCalendarDays)
{
    const TimeSplit result = splitOverTime({.total = 36500, .period = Period::year(2026),
                                            .granularity = Granularity::Quarter,
                                            .method = TimeSplitMethod::CalendarDays});
    EXPECT_EQ(result.split.values, (std::vector<std::int64_t>{9000, 9100, 9200, 9200})); // 90, 91, 92, 92 days
}

TEST(TimeDecomposition, IsoWeeksOfAYearWithWeek53)
{
    // 2026 starts on a Thursday: 53 ISO weeks, the first (Jan 1–4) and last (Dec 28–31) partial.
    const TimeSplit result = splitOverTime({.total = 365, .period = Period::year(2026), .granularity = Granularity::Week,
                                            .method = TimeSplitMethod::CalendarDays});
    ASSERT_TRUE(result.split.ok());
    ASSERT_EQ(result.periods.size(), 53u);
    EXPECT_EQ(result.split.values.front(), 4);
    EXPECT_EQ(result.split.values.back(), 4);
    EXPECT_EQ(result.split.values[26], 7);
    EXPECT_EQ(sum(result.split.values), 365);
    // Equal weeks ignore the partial edges but still sum exactly.
    const TimeSplit equal = splitOverTime({.total = 1'000'000, .period = Period::year(2026), .granularity = Granularity::Week});
    EXPECT_EQ(sum(equal.split.values), 1'000'000);
}

TEST(TimeDecomposition, MonthsByWorkingDaysAroundGoldenWeek)
{
    WorkCalendar calendar;
    for (unsigned day = 1; day <= 7; ++day)
        calendar.addHoliday(makeDate(2026, 10, day));
    calendar.addWorkingDay(makeDate(2026, 10, 10)); // a Saturday worked (调休)
    // October 18 working days, November 21, December 23.
    const TimeSplit result = splitOverTime({.total = 6200, .period = Period::quarter(2026, 4),
                                            .method = TimeSplitMethod::WorkingDays, .calendar = calendar});
    EXPECT_EQ(result.split.values, (std::vector<std::int64_t>{1800, 2100, 2300}));
}

TEST(TimeDecomposition, SeasonalityProfileOverMonthsAndQuarters)
{
    std::array<std::int64_t, 12> weights{};
    weights.fill(800);
    weights[0] = 2000; // January
    weights[1] = 0;    // February: Chinese New Year
    const auto profile = SeasonalityProfile::fromWeights(weights);
    ASSERT_TRUE(profile.has_value());
    const TimeSplit months = splitOverTime({.total = 1'000'000, .period = Period::year(2026),
                                            .method = TimeSplitMethod::Seasonality, .seasonality = profile});
    EXPECT_EQ(months.split.values[0], 200'000);
    EXPECT_EQ(months.split.values[1], 0);
    EXPECT_EQ(months.split.values[11], 80'000);
    const TimeSplit quarters = splitOverTime({.total = 1'000'000, .period = Period::year(2026),
                                              .granularity = Granularity::Quarter,
                                              .method = TimeSplitMethod::Seasonality, .seasonality = profile});
    EXPECT_EQ(quarters.split.values, (std::vector<std::int64_t>{280'000, 240'000, 240'000, 240'000}));
}

TEST(TimeDecomposition, SeasonalityWithoutProfileIsAnError)
{
    const TimeSplit result = splitOverTime({.total = 100, .period = Period::year(2026),
                                            .method = TimeSplitMethod::Seasonality});
    EXPECT_EQ(result.split.error, SplitError::NoProfile);
}

TEST(TimeDecomposition, FiscalYearFromAprilIntoQuarters)
{
    const TimeSplit result = splitOverTime({.total = 4001, .period = Period::fiscalYear(2026, 4),
                                            .granularity = Granularity::Quarter});
    ASSERT_EQ(result.periods.size(), 4u);
    EXPECT_EQ(result.periods.front(), Period::quarter(2026, 2));
    EXPECT_EQ(result.periods.back(), Period::quarter(2027, 1));
    EXPECT_EQ(result.split.values, (std::vector<std::int64_t>{1001, 1000, 1000, 1000}));
}

TEST(TimeDecomposition, HistoryShareIgnoresNetReturnsAndChecksLength)
{
    const std::vector<std::int64_t> lastYear{100, -50, 300, 0};
    const TimeSplit result = splitOverTime({.total = 4000, .period = Period::year(2026),
                                            .granularity = Granularity::Quarter,
                                            .method = TimeSplitMethod::History, .history = lastYear});
    EXPECT_EQ(result.split.values, (std::vector<std::int64_t>{1000, 0, 3000, 0}));
    const std::vector<std::int64_t> tooShort{1, 2, 3};
    const TimeSplit wrong = splitOverTime({.total = 4000, .period = Period::year(2026),
                                           .granularity = Granularity::Quarter,
                                           .method = TimeSplitMethod::History, .history = tooShort});
    EXPECT_EQ(wrong.split.error, SplitError::WrongWeightCount);
    EXPECT_EQ(wrong.split.detail, 3);
    const std::vector<std::int64_t> nothing{0, -5, 0, 0};
    EXPECT_EQ(splitByHistory(100, nothing).error, SplitError::AllWeightsZero);
}
