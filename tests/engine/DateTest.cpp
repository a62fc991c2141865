#include "engine/Date.h"

#include <gtest/gtest.h>

using namespace attain::engine;

TEST(Date, LeapYearsHaveTwentyNineDaysInFebruary)
{
    EXPECT_EQ(daysInMonth(2024, 2), 29);
    EXPECT_EQ(daysInMonth(2026, 2), 28);
    EXPECT_EQ(daysInMonth(2000, 2), 29);
    EXPECT_EQ(daysInMonth(1900, 2), 28);
}

TEST(Date, DayArithmeticCrossesYearEnds)
{
    EXPECT_EQ(addDays(makeDate(2024, 12, 31), 1), makeDate(2025, 1, 1));
    EXPECT_EQ(addDays(makeDate(2024, 3, 1), -1), makeDate(2024, 2, 29));
    EXPECT_EQ(daysBetween(makeDate(2026, 1, 1), makeDate(2027, 1, 1)), 365);
    EXPECT_EQ(daysBetween(makeDate(2024, 1, 1), makeDate(2025, 1, 1)), 366);
    EXPECT_EQ(daysBetween(makeDate(2026, 5, 1), makeDate(2026, 4, 30)), -1);
}

TEST(Date, IsoWeekdayStartsOnMonday)
{
    EXPECT_EQ(isoWeekday(makeDate(2026, 11, 23)), 1); // Monday
    EXPECT_EQ(isoWeekday(makeDate(2026, 11, 29)), 7); // Sunday
}

TEST(Date, IsoTextRoundTrips)
{
    EXPECT_EQ(toIsoString(makeDate(2026, 3, 7)), "2026-03-07");
    EXPECT_EQ(parseIsoDate("2024-02-29"), makeDate(2024, 2, 29));
}

TEST(Date, ParseRejectsMalformedAndImpossibleDates)
{
    EXPECT_FALSE(parseIsoDate("2026-02-29").has_value());
    EXPECT_FALSE(parseIsoDate("2026-13-01").has_value());
    EXPECT_FALSE(parseIsoDate("2026-1-01").has_value());
    EXPECT_FALSE(parseIsoDate("2026/01/01").has_value());
    EXPECT_FALSE(parseIsoDate("").has_value());
    EXPECT_FALSE(parseIsoDate("2026-00-10").has_value());
    EXPECT_FALSE(parseIsoDate("abcd-01-01").has_value());
}
