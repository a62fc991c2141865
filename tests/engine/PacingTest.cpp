#include "engine/Pacing.h"

#include <gtest/gtest.h>

#include <limits>

using namespace attain::engine;

namespace {

/// Jan–Mar 20 %, Apr–Jun 24 %, Jul–Sep 24 %, Oct–Dec 32 %.
SeasonalityProfile profile()
{
    return *SeasonalityProfile::fromWeights({500, 500, 1000, 700, 700, 1000, 700, 700, 1000, 800, 1100, 1300});
}

/// Golden Week 2026: Oct 1–7 off, the weekend days Sep 27 and Oct 10 worked instead.
WorkCalendar goldenWeek()
{
    WorkCalendar calendar;
    for (unsigned day = 1; day <= 7; ++day)
        calendar.addHoliday(makeDate(2026, 10, day));
    calendar.addWorkingDay(makeDate(2026, 9, 27));
    calendar.addWorkingDay(makeDate(2026, 10, 10));
    return calendar;
}

Fraction calendarFraction(const Period &period, Date asOf)
{
    return elapsedFraction(period, asOf, PacingMethod::CalendarDays).fraction;
}

Fraction seasonalFraction(const Period &period, Date asOf)
{
    const ElapsedFraction elapsed = elapsedFraction(period, asOf, PacingMethod::Seasonality, {}, profile());
    EXPECT_EQ(elapsed.method, PacingMethod::Seasonality);
    EXPECT_EQ(elapsed.fallback, PacingFallback::None);
    return elapsed.fraction;
}

} // namespace

TEST(ElapsedFraction, CalendarDaysCountTheAsOfDate)
{
    const Period mar = Period::month(2026, 3);
    EXPECT_EQ(calendarFraction(mar, makeDate(2026, 3, 10)), (Fraction{10, 31}));
    EXPECT_EQ(calendarFraction(mar, makeDate(2026, 3, 10)).basisPoints(), 3226);
    EXPECT_EQ(calendarFraction(mar, makeDate(2026, 3, 1)), (Fraction{1, 31}));
    EXPECT_EQ(calendarFraction(mar, makeDate(2026, 3, 31)), (Fraction{1, 1}));
    EXPECT_EQ(calendarFraction(mar, makeDate(2026, 2, 28)), (Fraction{0, 1}));
    EXPECT_EQ(calendarFraction(mar, makeDate(2026, 4, 1)), (Fraction{1, 1}));
}

TEST(ElapsedFraction, CalendarDaysInALeapYear)
{
    EXPECT_EQ(calendarFraction(Period::month(2028, 2), makeDate(2028, 2, 14)), (Fraction{14, 29}));
    EXPECT_EQ(calendarFraction(Period::month(2028, 2), makeDate(2028, 2, 29)), (Fraction{1, 1}));
    EXPECT_EQ(calendarFraction(Period::year(2028), makeDate(2028, 2, 29)), (Fraction{10, 61})); // 60 / 366
}

TEST(ElapsedFraction, CalendarDaysOverIsoWeek53AndAnAprilFiscalYear)
{
    const Period week53 = *Period::isoWeek(2026, 53); // 2026-12-28 … 2027-01-03
    EXPECT_EQ(calendarFraction(week53, makeDate(2026, 12, 31)), (Fraction{4, 7}));
    EXPECT_EQ(calendarFraction(week53, makeDate(2027, 1, 3)), (Fraction{1, 1}));
    // Apr 30 + May 31 + Jun 30 + Jul 31 + Aug 31 + Sep 30 = 183 of 365 days.
    EXPECT_EQ(calendarFraction(Period::fiscalYear(2026, 4), makeDate(2026, 9, 30)), (Fraction{183, 365}));
}

TEST(ElapsedFraction, WorkingDaysFollowHolidaysAndMakeUpDays)
{
    // October 2026 has 22 weekdays; Oct 1, 2, 5, 6, 7 are off, Saturday Oct 10 is worked: 18.
    const WorkCalendar calendar = goldenWeek();
    const Period oct = Period::month(2026, 10);
    EXPECT_EQ(calendar.workingDays(oct), 18);
    const auto at = [&](unsigned day) {
        return elapsedFraction(oct, makeDate(2026, 10, day), PacingMethod::WorkingDays, calendar);
    };
    EXPECT_EQ(at(7).fraction, (Fraction{0, 1}));
    EXPECT_EQ(at(9).fraction, (Fraction{1, 9}));  // Oct 8, 9: 2 of 18
    EXPECT_EQ(at(10).fraction, (Fraction{1, 6})); // plus the make-up Saturday: 3 of 18
    EXPECT_EQ(at(10).method, PacingMethod::WorkingDays);
    EXPECT_EQ(at(10).fallback, PacingFallback::None);
    // Without the holiday list, Oct 9 is the 7th of 22 weekdays.
    EXPECT_EQ(elapsedFraction(oct, makeDate(2026, 10, 9), PacingMethod::WorkingDays).fraction, (Fraction{7, 22}));
}

TEST(ElapsedFraction, WorkingDaysOverIsoWeek53WithNewYearOff)
{
    WorkCalendar calendar;
    calendar.addHoliday(makeDate(2027, 1, 1));
    const Period week53 = *Period::isoWeek(2026, 53); // Mon Dec 28 … Fri Jan 1 are weekdays
    EXPECT_EQ(elapsedFraction(week53, makeDate(2026, 12, 30), PacingMethod::WorkingDays, calendar).fraction,
              (Fraction{3, 4}));
}

TEST(ElapsedFraction, NoWorkingDaysFallsBackToCalendarDays)
{
    const Period holidays = *Period::custom(makeDate(2026, 10, 1), makeDate(2026, 10, 7));
    const ElapsedFraction elapsed =
        elapsedFraction(holidays, makeDate(2026, 10, 3), PacingMethod::WorkingDays, goldenWeek());
    EXPECT_EQ(elapsed.fraction, (Fraction{3, 7}));
    EXPECT_EQ(elapsed.method, PacingMethod::CalendarDays);
    EXPECT_EQ(elapsed.fallback, PacingFallback::NoWorkingDays);
}

TEST(ElapsedFraction, SeasonalityIntegratesMonthlyWeights)
{
    const Period year = Period::year(2026);
    EXPECT_EQ(seasonalFraction(year, makeDate(2026, 3, 31)), (Fraction{1, 5}));    // 2000 of 10000
    EXPECT_EQ(seasonalFraction(year, makeDate(2026, 6, 30)), (Fraction{11, 25}));  // 4400
    EXPECT_EQ(seasonalFraction(year, makeDate(2026, 1, 16)), (Fraction{4, 155}));  // 500 × 16/31
    EXPECT_EQ(seasonalFraction(year, makeDate(2026, 1, 16)).basisPoints(), 258);
    EXPECT_EQ(seasonalFraction(year, makeDate(2025, 12, 31)), (Fraction{0, 1}));
    EXPECT_EQ(seasonalFraction(year, makeDate(2027, 1, 1)), (Fraction{1, 1}));
}

TEST(ElapsedFraction, SeasonalityInALeapFebruary)
{
    EXPECT_EQ(seasonalFraction(Period::year(2028), makeDate(2028, 2, 29)), (Fraction{1, 10}));
    // 500 + 500 × 14/29 = 21500/29 of 10000.
    EXPECT_EQ(seasonalFraction(Period::year(2028), makeDate(2028, 2, 14)), (Fraction{43, 580}));
    EXPECT_EQ(seasonalFraction(Period::month(2028, 2), makeDate(2028, 2, 14)), (Fraction{14, 29}));
}

TEST(ElapsedFraction, SeasonalityClipsPartialMonths)
{
    // ISO 2026-W53: Dec 28–31 (4/31 of 1300) and Jan 1–3 (3/31 of 500); total 6700/31.
    const Period week53 = *Period::isoWeek(2026, 53);
    EXPECT_EQ(seasonalFraction(week53, makeDate(2026, 12, 31)), (Fraction{52, 67}));
    EXPECT_EQ(seasonalFraction(week53, makeDate(2027, 1, 1)), (Fraction{57, 67}));
    // April fiscal year: Apr–Sep weigh 4800 of 10000.
    EXPECT_EQ(seasonalFraction(Period::fiscalYear(2026, 4), makeDate(2026, 9, 30)), (Fraction{12, 25}));
    // Jan 17 – Mar 10: 500 × 15/31 + 500 + 1000 × 10/31 = 33000/31; by Feb 14:
    // 500 × 15/31 + 500 × 14/28 = 15250/31, so 15250/33000 = 61/132.
    const Period custom = *Period::custom(makeDate(2026, 1, 17), makeDate(2026, 3, 10));
    EXPECT_EQ(seasonalFraction(custom, makeDate(2026, 2, 14)), (Fraction{61, 132}));
}

TEST(ElapsedFraction, SeasonalityFallsBackWithoutProfileOrWeight)
{
    const Period jan = Period::month(2026, 1);
    const ElapsedFraction none = elapsedFraction(jan, makeDate(2026, 1, 10), PacingMethod::Seasonality);
    EXPECT_EQ(none.fraction, (Fraction{10, 31}));
    EXPECT_EQ(none.method, PacingMethod::CalendarDays);
    EXPECT_EQ(none.fallback, PacingFallback::NoSeasonalityProfile);

    const auto noJanuary = SeasonalityProfile::fromWeights({0, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 500, 500});
    const ElapsedFraction zero = elapsedFraction(jan, makeDate(2026, 1, 10), PacingMethod::Seasonality, {}, noJanuary);
    EXPECT_EQ(zero.fraction, (Fraction{10, 31}));
    EXPECT_EQ(zero.fallback, PacingFallback::NoSeasonalWeight);
}

TEST(ExpectedToDate, RoundsHalfAwayFromZero)
{
    EXPECT_EQ(expectedToDate(1'000'000, Fraction{10, 31}), 322581); // 322580.6
    EXPECT_EQ(expectedToDate(5, Fraction{1, 2}), 3);
    EXPECT_EQ(expectedToDate(-5, Fraction{1, 2}), -3);
    EXPECT_EQ(expectedToDate(std::numeric_limits<std::int64_t>::max(), Fraction{1, 1}),
              std::numeric_limits<std::int64_t>::max());
}
