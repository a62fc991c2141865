#pragma once

#include "engine/Date.h"
#include "engine/PaceStatus.h"
#include "engine/Period.h"
#include "engine/Seasonality.h"
#include "engine/WorkCalendar.h"

#include <cstdint>
#include <optional>

namespace attain::engine {

/// How much of a period's target should be done by a date.
enum class PacingMethod {
    CalendarDays, ///< every calendar day counts the same
    WorkingDays,  ///< only working days count (weekends, holidays and make-up days from WorkCalendar)
    Seasonality,  ///< each month's seasonal weight, spread evenly over its calendar days
};

/// Why the method actually used differs from the one asked for; the fallback is always
/// CalendarDays, so a pace can still be given.
enum class PacingFallback {
    None,
    NoWorkingDays,        ///< WorkingDays, but the period has no working day
    NoSeasonalityProfile, ///< Seasonality, but no profile was given
    NoSeasonalWeight,     ///< Seasonality, but every month the period touches weighs 0
};

/// An exact non-negative ratio in lowest terms; the denominator is always positive. Pacing keeps
/// fractions exact so expected amounts carry no floating-point drift.
struct Fraction
{
    std::int64_t numerator = 0;
    std::int64_t denominator = 1;

    /// Rounded half away from zero (a third is 3333).
    [[nodiscard]] std::int64_t basisPoints() const;

    friend bool operator==(const Fraction &, const Fraction &) = default;
};

/// The expected share of a period that has elapsed, and the method that produced it.
struct ElapsedFraction
{
    Fraction fraction;
    PacingMethod method = PacingMethod::CalendarDays; ///< the method used, after any fallback
    PacingFallback fallback = PacingFallback::None;
};

/// The share of `period` elapsed at the end of `asOf` (asOf counts as elapsed): 0 before the
/// period, 1 from its last day on (0 for an empty period whose last day is before its first).
/// - CalendarDays: days elapsed / days in the period.
/// - WorkingDays: working days elapsed / working days in the period.
/// - Seasonality: Σ weight(m) × (days of m elapsed) / (days in m) over the months the period
///   touches, divided by the same sum over the whole period; partial months at the period's
///   ends count by their days, so a fiscal year or an ISO week across New Year works the same.
///   Weights are spread over calendar, not working, days: they were measured on whole months.
[[nodiscard]] ElapsedFraction elapsedFraction(const Period &period, Date asOf, PacingMethod method,
                                              const WorkCalendar &calendar = {},
                                              const std::optional<SeasonalityProfile> &seasonality = std::nullopt);

/// target × fraction in minor units, rounded half away from zero (exact in 128 bits).
[[nodiscard]] std::int64_t expectedToDate(std::int64_t target, const Fraction &fraction);

/// The actual of the `days` calendar days ending on the as-of date (e.g. the last 60 days),
/// which the caller sums; the window may reach back before the period.
struct TrailingWindow
{
    std::int64_t actual = 0;
    int days = 0;
};

/// The unit of the daily rates: working days for WorkingDays pacing, else calendar days.
enum class DayKind { Calendar, Working };

/// What the rest of the period needs against what the recent past delivered.
struct RateOutlook
{
    DayKind unit = DayKind::Calendar;
    int remainingCalendarDays = 0; ///< after the as-of date, to the end of the period
    int remainingWorkingDays = 0;
    int trailingDays = 0; ///< the trailing window's length in `unit` days
    /// max(gap, 0) / remaining days, per day; 0 once the target is met; nullopt when the target
    /// is not met and no day (of the unit) is left.
    std::optional<std::int64_t> requiredPerDay;
    /// Trailing actual / trailing days; nullopt when the window has no day of the unit.
    std::optional<std::int64_t> trailingPerDay;
    /// required / trailing − 1 in basis points from the exact rates (+3800: needs 38 % more per
    /// day than lately); nullopt without a required rate or a positive trailing rate.
    std::optional<std::int64_t> extraNeededBp;
};

/// Everything a pace report for a cumulative (summed) metric is computed from.
struct PaceInput
{
    std::int64_t target = 0;
    std::int64_t actualToDate = 0;
    Period period{};
    Date asOf{};
    PacingMethod method = PacingMethod::CalendarDays;
    std::optional<SeasonalityProfile> seasonality;
    TrailingWindow trailing;
    StatusThresholds thresholds;
};

/// Pace, projections and status of a cumulative metric on the as-of date.
struct PaceReport
{
    ElapsedFraction elapsed;
    std::int64_t expectedToDate = 0;
    /// actual / expected-to-date; nullopt when nothing (or a negative amount) is expected yet.
    std::optional<std::int64_t> paceBp;
    /// actual / target; nullopt for a target ≤ 0.
    std::optional<std::int64_t> attainmentBp;
    /// target − actual, saturated to the 64-bit range; negative once exceeded.
    std::int64_t gap = 0;
    RateOutlook rates;
    /// actual / elapsed fraction: the period's total if the pace so far holds; nullopt before
    /// anything has elapsed.
    std::optional<std::int64_t> projectedLinear;
    /// actual + trailing rate × remaining days; nullopt without a trailing rate.
    std::optional<std::int64_t> projectedTrailing;
    Status status = Status::NotStarted;
    StatusReason reason;
};

/// The pace report. Status rules, in order:
/// 1. as-of before the period: NotStarted;
/// 2. as-of after the period: the final attainment graded by the thresholds, or Finished when
///    the target is ≤ 0;
/// 3. target already met (actual ≥ target): Ahead;
/// 4. target ≤ 0 (and not met): OffTrack;
/// 5. nothing expected yet (e.g. only non-working days so far): OnTrack;
/// 6. otherwise the pace graded by the thresholds.
[[nodiscard]] PaceReport paceReport(const PaceInput &input, const WorkCalendar &calendar = {});

} // namespace attain::engine
