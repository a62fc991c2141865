#include "engine/Period.h"
#include "engine/WorkCalendar.h"

#include <gtest/gtest.h>

using namespace attain::engine;

TEST(IsoWeek, YearsWithFiftyThreeWeeks)
{
    EXPECT_EQ(isoWeeksInYear(2026), 53); // starts on a Thursday
    EXPECT_EQ(isoWeeksInYear(2020), 53); // leap year starting on a Wednesday
    EXPECT_EQ(isoWeeksInYear(2021), 52);
    EXPECT_EQ(isoWeeksInYear(2025), 52);
}

TEST(IsoWeek, DaysNearNewYearBelongToTheNeighbouringIsoYear)
{
    EXPECT_EQ(isoWeekOf(makeDate(2027, 1, 1)), (IsoWeek{2026, 53}));
    EXPECT_EQ(isoWeekOf(makeDate(2027, 1, 3)), (IsoWeek{2026, 53}));
    EXPECT_EQ(isoWeekOf(makeDate(2027, 1, 4)), (IsoWeek{2027, 1}));
    EXPECT_EQ(isoWeekOf(makeDate(2024, 12, 30)), (IsoWeek{2025, 1}));
    EXPECT_EQ(isoWeekOf(makeDate(2026, 11, 25)), (IsoWeek{2026, 48}));
}

TEST(IsoWeek, WeekPeriodsRunMondayToSundayAndRoundTrip)
{
    const auto week53 = Period::isoWeek(2026, 53);
    ASSERT_TRUE(week53.has_value());
    EXPECT_EQ(week53->first, makeDate(2026, 12, 28));
    EXPECT_EQ(week53->last, makeDate(2027, 1, 3));
    EXPECT_EQ(week53->label(), "2026-W53");
    EXPECT_EQ(Period::parse("2026-W53"), week53);
    EXPECT_EQ(Period::parse("2025-W01")->first, makeDate(2024, 12, 30));
    EXPECT_FALSE(Period::isoWeek(2025, 53).has_value());
    EXPECT_FALSE(Period::parse("2025-W53").has_value());
    EXPECT_FALSE(Period::parse("2025-W00").has_value());
}

TEST(FiscalYear, AprilStartCrossesTheCalendarYear)
{
    const Period fy = Period::fiscalYear(2026, 4);
    EXPECT_EQ(fy.first, makeDate(2026, 4, 1));
    EXPECT_EQ(fy.last, makeDate(2027, 3, 31));
    EXPECT_EQ(fy.dayCount(), 365);
    EXPECT_EQ(Period::fiscalYear(2023, 4).dayCount(), 366); // holds 2024-02-29
    EXPECT_EQ(Period::fiscalYear(2026, 1), Period::year(2026));
}

TEST(FiscalYear, QuartersTileTheFiscalYear)
{
    const Period q4 = Period::fiscalQuarter(2026, 4, 4);
    EXPECT_EQ(q4.first, makeDate(2027, 1, 1));
    EXPECT_EQ(q4.last, makeDate(2027, 3, 31));
    const Period q3 = Period::fiscalQuarter(2026, 11, 3); // Nov start: Q3 = May..Jul 2027
    EXPECT_EQ(q3.first, makeDate(2027, 5, 1));
    EXPECT_EQ(q3.last, makeDate(2027, 7, 31));
    int days = 0;
    for (int q = 1; q <= 4; ++q)
        days += Period::fiscalQuarter(2026, 4, q).dayCount();
    EXPECT_EQ(days, Period::fiscalYear(2026, 4).dayCount());
}

TEST(SubPeriods, YearIntoQuartersMonthsAndClippedWeeks)
{
    EXPECT_EQ(subPeriods(Period::year(2026), Granularity::Quarter).size(), 4u);
    const auto months = subPeriods(Period::year(2024), Granularity::Month);
    ASSERT_EQ(months.size(), 12u);
    EXPECT_EQ(months[1], Period::month(2024, 2));
    const auto weeks = subPeriods(Period::year(2026), Granularity::Week);
    // 2026-01-01 is a Thursday: a 4-day first part, then W02..W52, then 4 days of W53.
    ASSERT_EQ(weeks.size(), 53u);
    EXPECT_EQ(weeks.front().first, makeDate(2026, 1, 1));
    EXPECT_EQ(weeks.front().dayCount(), 4);
    EXPECT_EQ(weeks[1], *Period::isoWeek(2026, 2));
    EXPECT_EQ(weeks.back().last, makeDate(2026, 12, 31));
    int days = 0;
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        days += weeks[i].dayCount();
        if (i > 0) {
            EXPECT_EQ(addDays(weeks[i - 1].last, 1), weeks[i].first);
        }
    }
    EXPECT_EQ(days, 365);
}

TEST(SubPeriods, FiscalYearIntoCalendarMonths)
{
    const auto months = subPeriods(Period::fiscalYear(2026, 4), Granularity::Month);
    ASSERT_EQ(months.size(), 12u);
    EXPECT_EQ(months.front(), Period::month(2026, 4));
    EXPECT_EQ(months.back(), Period::month(2027, 3));
}

TEST(WorkCalendar, WeekendsAreOffByDefault)
{
    const WorkCalendar calendar;
    EXPECT_EQ(calendar.workingDays(Period::month(2026, 11)), 21);
    EXPECT_EQ(calendar.workingDays(Period::month(2026, 2)), 20);
    EXPECT_EQ(calendar.workingDays(Period::year(2026)), 261);
    EXPECT_FALSE(calendar.isWorkingDay(makeDate(2026, 11, 28))); // Saturday
    EXPECT_EQ(calendar.workingDays(*Period::custom(makeDate(2026, 11, 28), makeDate(2026, 11, 29))), 0);
}

TEST(WorkCalendar, HolidaysAndMakeUpWorkdaysFromAList)
{
    const auto parsed = WorkCalendar::parse("# 2026 National Day (example)\n"
                                            "2026-09-27 workday   make-up Sunday\n"
                                            "2026-10-01 holiday National Day\n"
                                            "2026-10-02 holiday\n"
                                            "2026-10-05 holiday\r\n"
                                            "\n"
                                            "  2026-10-10 workday\n");
    ASSERT_TRUE(std::holds_alternative<WorkCalendar>(parsed));
    const WorkCalendar &calendar = std::get<WorkCalendar>(parsed);
    EXPECT_TRUE(calendar.isWorkingDay(makeDate(2026, 9, 27)));
    EXPECT_FALSE(calendar.isWorkingDay(makeDate(2026, 10, 1)));
    // October 2026 has 22 weekdays; three are holidays and one Saturday is worked.
    EXPECT_EQ(calendar.workingDays(Period::month(2026, 10)), 20);
    // The brute-force count agrees with the fast one.
    int slow = 0;
    for (Date d = makeDate(2026, 9, 1); d <= makeDate(2026, 10, 31); d = addDays(d, 1))
        slow += calendar.isWorkingDay(d) ? 1 : 0;
    EXPECT_EQ(calendar.workingDays(*Period::custom(makeDate(2026, 9, 1), makeDate(2026, 10, 31))), slow);
}

TEST(WorkCalendar, ParseErrorsNameTheLine)
{
    const auto badDate = WorkCalendar::parse("2026-10-01 holiday\n2026-02-30 holiday\n");
    ASSERT_TRUE(std::holds_alternative<WorkCalendar::ParseError>(badDate));
    EXPECT_EQ(std::get<WorkCalendar::ParseError>(badDate).line, 2);
    const auto badKind = WorkCalendar::parse("# header\n2026-10-01 vacation\n");
    ASSERT_TRUE(std::holds_alternative<WorkCalendar::ParseError>(badKind));
    EXPECT_EQ(std::get<WorkCalendar::ParseError>(badKind).line, 2);
    EXPECT_NE(std::get<WorkCalendar::ParseError>(badKind).message.find("vacation"), std::string::npos);
}
