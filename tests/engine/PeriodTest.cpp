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

TEST(Period, SameKindYearEarlier)
{
    EXPECT_EQ(sameKindYearEarlier(Period::year(2026)), Period::year(2025));
    EXPECT_EQ(sameKindYearEarlier(Period::quarter(2026, 3)), Period::quarter(2025, 3));
    EXPECT_EQ(sameKindYearEarlier(Period::month(2029, 2)), Period::month(2028, 2)); // to the leap February
    EXPECT_EQ(sameKindYearEarlier(*Period::isoWeek(2026, 10)), Period::isoWeek(2025, 10));
    // 2026 has an ISO week 53, 2025 does not.
    EXPECT_FALSE(sameKindYearEarlier(*Period::isoWeek(2026, 53)).has_value());
    // A fiscal year starting in April is a custom range: both ends move back a year.
    EXPECT_EQ(sameKindYearEarlier(Period::fiscalYear(2026, 4)), Period::fiscalYear(2025, 4));
    // Month ends stay month ends: 2028-02-01..2028-02-29 → 2027-02-01..2027-02-28, and back.
    const Period leapFebruary = *Period::custom(makeDate(2028, 2, 1), makeDate(2028, 2, 29));
    EXPECT_EQ(sameKindYearEarlier(leapFebruary)->last, makeDate(2027, 2, 28));
    const Period february = *Period::custom(makeDate(2029, 2, 10), makeDate(2029, 2, 28));
    EXPECT_EQ(sameKindYearEarlier(february)->last, makeDate(2028, 2, 29));
    EXPECT_EQ(sameKindYearEarlier(february)->first, makeDate(2028, 2, 10));
}

TEST(Period, PreviousOfSameKind)
{
    EXPECT_EQ(previousOfSameKind(Period::year(2026)), Period::year(2025));
    EXPECT_EQ(previousOfSameKind(Period::quarter(2026, 1)), Period::quarter(2025, 4));
    EXPECT_EQ(previousOfSameKind(Period::quarter(2026, 3)), Period::quarter(2026, 2));
    EXPECT_EQ(previousOfSameKind(Period::month(2026, 1)), Period::month(2025, 12));
    EXPECT_EQ(previousOfSameKind(Period::month(2028, 3)), Period::month(2028, 2)); // 29 days
    // The week before 2027-W01 is 2026-W53.
    EXPECT_EQ(previousOfSameKind(*Period::isoWeek(2027, 1)), Period::isoWeek(2026, 53));
    const Period tenDays = *Period::custom(makeDate(2026, 3, 1), makeDate(2026, 3, 10));
    EXPECT_EQ(previousOfSameKind(tenDays), Period::custom(makeDate(2026, 2, 19), makeDate(2026, 2, 28)));
}

TEST(Period, PreviousFiscalPeriodsStepBackWholeMonths)
{
    // 2028-04..2029-03 follows a leap February; the year before still starts on April 1st.
    EXPECT_EQ(previousOfSameKind(Period::fiscalYear(2028, 4)), Period::fiscalYear(2027, 4));
    EXPECT_EQ(previousOfSameKind(Period::fiscalQuarter(2026, 4, 2)), Period::fiscalQuarter(2026, 4, 1));
    EXPECT_EQ(previousOfSameKind(Period::fiscalQuarter(2026, 4, 1)), Period::fiscalQuarter(2025, 4, 4));
}
