#include "engine/Pacing.h"

#include <gtest/gtest.h>

#include <limits>

using namespace attain::engine;

namespace {

/// March 2026 (31 days), 3,100,000 target = 100,000 a day; by Mar 10, 1,000,000 is expected.
PaceInput march(std::int64_t actual)
{
    PaceInput input;
    input.target = 3'100'000;
    input.actualToDate = actual;
    input.period = Period::month(2026, 3);
    input.asOf = makeDate(2026, 3, 10);
    input.trailing = {4'800'000, 60}; // 80,000 a day lately
    return input;
}

Status marchStatus(std::int64_t actual, const StatusThresholds &thresholds = {})
{
    PaceInput input = march(actual);
    input.thresholds = thresholds;
    return paceReport(input).status;
}

StatusReason reason(StatusBasis basis, std::optional<std::int64_t> measured, std::optional<std::int64_t> next)
{
    return {basis, measured, next};
}

} // namespace

TEST(PaceReport, AtRiskWithTheNumbersBehindIt)
{
    const PaceReport report = paceReport(march(850'000));
    EXPECT_EQ(report.elapsed.fraction, (Fraction{10, 31}));
    EXPECT_EQ(report.expectedToDate, 1'000'000);
    EXPECT_EQ(report.paceBp, 8500);
    EXPECT_EQ(report.attainmentBp, 2742); // 850,000 / 3,100,000
    EXPECT_EQ(report.gap, 2'250'000);
    EXPECT_EQ(report.status, Status::AtRisk);
    EXPECT_EQ(report.reason, reason(StatusBasis::Pace, 8500, 9500));

    EXPECT_EQ(report.rates.unit, DayKind::Calendar);
    EXPECT_EQ(report.rates.remainingCalendarDays, 21); // Mar 11 … 31
    EXPECT_EQ(report.rates.remainingWorkingDays, 15);  // three whole weeks
    EXPECT_EQ(report.rates.trailingDays, 60);
    EXPECT_EQ(report.rates.requiredPerDay, 107143); // 2,250,000 / 21
    EXPECT_EQ(report.rates.trailingPerDay, 80000);
    // (2,250,000 / 21) / (4,800,000 / 60) = 1.33929: needs 33.93 % more per day.
    EXPECT_EQ(report.rates.extraNeededBp, 3393);

    EXPECT_EQ(report.projectedLinear, 2'635'000);   // 850,000 × 31 / 10
    EXPECT_EQ(report.projectedTrailing, 2'530'000); // 850,000 + 80,000 × 21
}

TEST(PaceReport, WorkingDaysAroundGoldenWeek)
{
    WorkCalendar calendar;
    for (unsigned day = 1; day <= 7; ++day)
        calendar.addHoliday(makeDate(2026, 10, day));
    calendar.addWorkingDay(makeDate(2026, 9, 27));
    calendar.addWorkingDay(makeDate(2026, 10, 10));

    PaceInput input;
    input.target = 1'800'000; // 18 working days in October: 100,000 each
    input.actualToDate = 150'000;
    input.period = Period::month(2026, 10);
    input.asOf = makeDate(2026, 10, 9);
    input.method = PacingMethod::WorkingDays;
    // Sep 26 … Oct 9 holds 6 working days: Sep 27 (make-up), 28, 29, 30, Oct 8, 9.
    input.trailing = {540'000, 14};
    const PaceReport report = paceReport(input, calendar);

    EXPECT_EQ(report.elapsed.fraction, (Fraction{1, 9}));
    EXPECT_EQ(report.expectedToDate, 200'000);
    EXPECT_EQ(report.paceBp, 7500);
    EXPECT_EQ(report.status, Status::OffTrack);
    EXPECT_EQ(report.reason, reason(StatusBasis::Pace, 7500, 8000));
    EXPECT_EQ(report.rates.unit, DayKind::Working);
    EXPECT_EQ(report.rates.remainingCalendarDays, 22);
    EXPECT_EQ(report.rates.remainingWorkingDays, 16);
    EXPECT_EQ(report.rates.trailingDays, 6);
    EXPECT_EQ(report.rates.requiredPerDay, 103125); // 1,650,000 / 16
    EXPECT_EQ(report.rates.trailingPerDay, 90000);
    EXPECT_EQ(report.rates.extraNeededBp, 1458); // 103,125 / 90,000 = 1.14583
    EXPECT_EQ(report.projectedLinear, 1'350'000);
    EXPECT_EQ(report.projectedTrailing, 1'590'000); // 150,000 + 90,000 × 16

    input.asOf = makeDate(2026, 10, 7); // only holidays and a weekend so far
    input.actualToDate = 0;
    const PaceReport early = paceReport(input, calendar);
    EXPECT_EQ(early.expectedToDate, 0);
    EXPECT_FALSE(early.paceBp.has_value());
    EXPECT_FALSE(early.projectedLinear.has_value());
    EXPECT_EQ(early.status, Status::OnTrack);
    EXPECT_EQ(early.reason.basis, StatusBasis::NothingExpectedYet);
}

TEST(PaceReport, SeasonalityPacesByTheCurve)
{
    PaceInput input;
    input.target = 10'000'000;
    input.actualToDate = 4'400'000;
    input.period = Period::year(2026);
    input.asOf = makeDate(2026, 6, 30);
    input.method = PacingMethod::Seasonality;
    input.seasonality = SeasonalityProfile::fromWeights({500, 500, 1000, 700, 700, 1000, 700, 700, 1000, 800, 1100, 1300});
    const PaceReport report = paceReport(input);
    EXPECT_EQ(report.expectedToDate, 4'400'000);
    EXPECT_EQ(report.paceBp, 10000);
    EXPECT_EQ(report.status, Status::OnTrack);
    EXPECT_EQ(report.reason, reason(StatusBasis::Pace, 10000, 11000));
    EXPECT_EQ(report.projectedLinear, 10'000'000);
    EXPECT_EQ(report.rates.unit, DayKind::Calendar);
    EXPECT_EQ(report.rates.remainingCalendarDays, 184);
    // By calendar days the same actual is only 4,400,000 / 4,958,904 = 88.73 %.
    input.method = PacingMethod::CalendarDays;
    EXPECT_EQ(paceReport(input).paceBp, 8873);
}

TEST(PaceReport, StatusBoundariesBelongToTheBetterStatus)
{
    EXPECT_EQ(marchStatus(1'100'000), Status::Ahead);   // 11000
    EXPECT_EQ(marchStatus(1'099'950), Status::Ahead);   // 10999.5 rounds to 11000
    EXPECT_EQ(marchStatus(1'099'900), Status::OnTrack); // 10999
    EXPECT_EQ(marchStatus(950'000), Status::OnTrack);   // 9500
    EXPECT_EQ(marchStatus(949'900), Status::AtRisk);    // 9499
    EXPECT_EQ(marchStatus(800'000), Status::AtRisk);    // 8000
    EXPECT_EQ(marchStatus(799'900), Status::OffTrack);  // 7999
}

TEST(PaceReport, ThresholdsAreConfigurable)
{
    const StatusThresholds strict{12000, 10000, 9000};
    EXPECT_EQ(marchStatus(1'200'000, strict), Status::Ahead);
    EXPECT_EQ(marchStatus(1'100'000, strict), Status::OnTrack);
    EXPECT_EQ(marchStatus(950'000, strict), Status::AtRisk);
    EXPECT_EQ(marchStatus(899'900, strict), Status::OffTrack);
    PaceInput input = march(950'000);
    input.thresholds = strict;
    EXPECT_EQ(paceReport(input).reason, reason(StatusBasis::Pace, 9500, 10000));
}

TEST(PaceReport, BeforeThePeriodIsNotStarted)
{
    PaceInput input = march(0);
    input.asOf = makeDate(2026, 2, 20);
    const PaceReport report = paceReport(input);
    EXPECT_EQ(report.status, Status::NotStarted);
    EXPECT_EQ(report.reason.basis, StatusBasis::BeforePeriod);
    EXPECT_EQ(report.expectedToDate, 0);
    EXPECT_FALSE(report.paceBp.has_value());
    EXPECT_FALSE(report.projectedLinear.has_value());
    EXPECT_EQ(report.rates.remainingCalendarDays, 31);
    EXPECT_EQ(report.rates.remainingWorkingDays, 22);
    EXPECT_EQ(report.rates.requiredPerDay, 100000);
}

TEST(PaceReport, AfterThePeriodTheFinalAttainmentIsGraded)
{
    PaceInput input = march(3'000'000);
    input.asOf = makeDate(2026, 4, 5);
    const PaceReport report = paceReport(input);
    EXPECT_EQ(report.elapsed.fraction, (Fraction{1, 1}));
    EXPECT_EQ(report.status, Status::OnTrack);
    EXPECT_EQ(report.reason, reason(StatusBasis::FinalAttainment, 9677, 11000));
    EXPECT_EQ(report.rates.remainingCalendarDays, 0);
    EXPECT_FALSE(report.rates.requiredPerDay.has_value());
    EXPECT_FALSE(report.rates.extraNeededBp.has_value());

    input.actualToDate = 2'400'000;
    EXPECT_EQ(paceReport(input).reason, reason(StatusBasis::FinalAttainment, 7742, 8000));
    EXPECT_EQ(paceReport(input).status, Status::OffTrack);
    input.actualToDate = 3'500'000;
    EXPECT_EQ(paceReport(input).status, Status::Ahead);
    EXPECT_EQ(paceReport(input).reason, reason(StatusBasis::FinalAttainment, 11290, std::nullopt));

    input.target = 0;
    EXPECT_EQ(paceReport(input).status, Status::Finished);
    EXPECT_EQ(paceReport(input).reason.basis, StatusBasis::NoRatio);
}

TEST(PaceReport, LastDayHasNoDaysLeft)
{
    PaceInput input = march(3'000'000);
    input.asOf = makeDate(2026, 3, 31);
    const PaceReport report = paceReport(input);
    EXPECT_EQ(report.expectedToDate, 3'100'000);
    EXPECT_EQ(report.paceBp, 9677);
    EXPECT_EQ(report.status, Status::OnTrack);
    EXPECT_EQ(report.rates.remainingCalendarDays, 0);
    EXPECT_EQ(report.rates.remainingWorkingDays, 0);
    EXPECT_FALSE(report.rates.requiredPerDay.has_value());
    EXPECT_FALSE(report.rates.extraNeededBp.has_value());
    EXPECT_EQ(report.projectedLinear, 3'000'000);
    EXPECT_EQ(report.projectedTrailing, 3'000'000);
}

TEST(PaceReport, TargetAlreadyExceededIsAheadWithNothingRequired)
{
    const PaceReport report = paceReport(march(3'200'000));
    EXPECT_EQ(report.status, Status::Ahead);
    EXPECT_EQ(report.reason, reason(StatusBasis::TargetMet, 10323, std::nullopt));
    EXPECT_EQ(report.gap, -100'000);
    EXPECT_EQ(report.rates.requiredPerDay, 0);
    EXPECT_EQ(report.rates.extraNeededBp, -10000);
}

TEST(PaceReport, EmptyTrailingWindowLeavesTheRequiredRate)
{
    PaceInput input = march(850'000);
    input.trailing = {0, 60};
    const PaceReport quiet = paceReport(input);
    EXPECT_EQ(quiet.rates.trailingPerDay, 0);
    EXPECT_FALSE(quiet.rates.extraNeededBp.has_value());
    EXPECT_EQ(quiet.rates.requiredPerDay, 107143);
    EXPECT_EQ(quiet.projectedTrailing, 850'000);
    EXPECT_EQ(quiet.status, Status::AtRisk);
    EXPECT_EQ(quiet.reason, reason(StatusBasis::Pace, 8500, 9500));

    input.trailing = {};
    const PaceReport none = paceReport(input);
    EXPECT_EQ(none.rates.trailingDays, 0);
    EXPECT_FALSE(none.rates.trailingPerDay.has_value());
    EXPECT_FALSE(none.rates.extraNeededBp.has_value());
    EXPECT_FALSE(none.projectedTrailing.has_value());
}

TEST(PaceReport, ZeroAndNegativeActuals)
{
    const PaceReport zero = paceReport(march(0));
    EXPECT_EQ(zero.paceBp, 0);
    EXPECT_EQ(zero.status, Status::OffTrack);
    EXPECT_EQ(zero.reason, reason(StatusBasis::Pace, 0, 8000));
    EXPECT_EQ(zero.projectedLinear, 0);

    const PaceReport returns = paceReport(march(-100'000));
    EXPECT_EQ(returns.paceBp, -1000);
    EXPECT_EQ(returns.status, Status::OffTrack);
    EXPECT_EQ(returns.gap, 3'200'000);
    EXPECT_EQ(returns.rates.requiredPerDay, 152381); // 3,200,000 / 21
    EXPECT_EQ(returns.projectedLinear, -310'000);
}

TEST(PaceReport, ZeroAndNegativeTargets)
{
    PaceInput input = march(0);
    input.target = 0;
    const PaceReport zero = paceReport(input);
    EXPECT_EQ(zero.expectedToDate, 0);
    EXPECT_FALSE(zero.paceBp.has_value());
    EXPECT_FALSE(zero.attainmentBp.has_value());
    EXPECT_EQ(zero.status, Status::Ahead);
    EXPECT_EQ(zero.reason.basis, StatusBasis::TargetMet);
    EXPECT_EQ(zero.rates.requiredPerDay, 0);

    input.target = -1000;
    input.actualToDate = -2000;
    const PaceReport missed = paceReport(input);
    EXPECT_EQ(missed.status, Status::OffTrack);
    EXPECT_EQ(missed.reason.basis, StatusBasis::NoRatio);
    EXPECT_EQ(missed.rates.requiredPerDay, 48); // 1000 / 21
    input.actualToDate = -500;
    EXPECT_EQ(paceReport(input).status, Status::Ahead);
}

TEST(PaceReport, ExtremeAmountsNeitherOverflowNorDivideByZero)
{
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    PaceInput input = march(std::numeric_limits<std::int64_t>::min());
    input.target = max;
    input.trailing = {max, 1};
    const PaceReport report = paceReport(input);
    EXPECT_EQ(report.gap, max); // saturated
    EXPECT_FALSE(report.projectedLinear.has_value());
    EXPECT_FALSE(report.projectedTrailing.has_value());
    EXPECT_FALSE(report.rates.extraNeededBp.has_value());
    EXPECT_EQ(report.rates.trailingPerDay, max);
    EXPECT_EQ(report.status, Status::OffTrack);
}
