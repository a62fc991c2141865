#include "engine/Period.h"

#include <gtest/gtest.h>

using namespace attain::engine;

TEST(Period, YearCoversAllDays)
{
    EXPECT_EQ(Period::year(2024).dayCount(), 366);
    EXPECT_EQ(Period::year(2026).dayCount(), 365);
}

TEST(Period, QuarterBoundaries)
{
    const Period q1 = Period::quarter(2024, 1);
    EXPECT_EQ(q1.first, makeDate(2024, 1, 1));
    EXPECT_EQ(q1.last, makeDate(2024, 3, 31));
    EXPECT_EQ(q1.dayCount(), 91); // leap February
    EXPECT_EQ(Period::quarter(2026, 4).last, makeDate(2026, 12, 31));
}

TEST(Period, MonthKnowsLeapFebruary)
{
    EXPECT_EQ(Period::month(2024, 2).last, makeDate(2024, 2, 29));
    EXPECT_EQ(Period::month(2025, 2).last, makeDate(2025, 2, 28));
}

TEST(Period, ParsesLabelsAndReadsThemBack)
{
    for (const char *text : {"2026", "2026Q3", "2026-03", "2026-01-05..2026-02-01"}) {
        const auto period = Period::parse(text);
        ASSERT_TRUE(period.has_value()) << text;
        EXPECT_EQ(period->label(), text);
    }
    EXPECT_EQ(Period::parse("2026-q2"), Period::quarter(2026, 2));
}

TEST(Period, RejectsNonsense)
{
    for (const char *text : {"", "20", "2026Q5", "2026Q0", "2026-13", "2026-00", "2026-02-01..2026-01-01", "x026"})
        EXPECT_FALSE(Period::parse(text).has_value()) << text;
}

TEST(Period, ContainsIsInclusive)
{
    const Period march = Period::month(2026, 3);
    EXPECT_TRUE(march.contains(makeDate(2026, 3, 1)));
    EXPECT_TRUE(march.contains(makeDate(2026, 3, 31)));
    EXPECT_FALSE(march.contains(makeDate(2026, 4, 1)));
}
