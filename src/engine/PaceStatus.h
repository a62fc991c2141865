#pragma once

#include <cstdint>
#include <optional>

namespace attain::engine {

/// Where a target stands. The four grades come from comparing a ratio in basis points with
/// `StatusThresholds`; NotStarted and Finished are the ungraded ends of a period.
enum class Status {
    Ahead,
    OnTrack,
    AtRisk,
    OffTrack,
    NotStarted, ///< the period has not begun on the as-of date
    Finished,   ///< the period is over and there is no positive target to grade against
    NoData,     ///< a level metric with nothing to measure yet (a conversion rate before any deal closed)
};

/// The lower bounds, in basis points, of the graded statuses; user-configurable. A ratio
/// exactly on a bound gets the better status (pace 9500 with the defaults is OnTrack).
/// Defaults: Ahead from 110 %, OnTrack from 95 % (a few days' noise is not a warning), AtRisk
/// from 80 % (behind, but a strong finish can recover), OffTrack below.
struct StatusThresholds
{
    std::int64_t aheadBp = 11000;
    std::int64_t onTrackBp = 9500;
    std::int64_t atRiskBp = 8000;

    /// True when the bounds do not contradict each other (ahead ≥ on track ≥ at risk). Others
    /// still classify deterministically (the best band reached wins) but make little sense.
    [[nodiscard]] bool valid() const { return aheadBp >= onTrackBp && onTrackBp >= atRiskBp; }

    friend bool operator==(const StatusThresholds &, const StatusThresholds &) = default;
};

/// The grade of a ratio: Ahead, OnTrack, AtRisk or OffTrack.
[[nodiscard]] Status gradeByThresholds(std::int64_t ratioBp, const StatusThresholds &thresholds);

/// What decided a status, so the UI can explain it.
enum class StatusBasis {
    Pace,               ///< actual / expected-to-date during the period
    FinalAttainment,    ///< actual / target once the period is over
    LevelAttainment,    ///< a level metric's value against its target
    TargetMet,          ///< the target is already reached during the period
    NothingExpectedYet, ///< in the period, but nothing was expected by the as-of date
    BeforePeriod,       ///< the as-of date is before the period
    NoRatio,            ///< no ratio exists (target ≤ 0, or a level value ≤ 0 where lower is better): met or not decides
};

/// The numbers behind a status. For AtRisk and OffTrack: `measuredBp` is the ratio that fell
/// short and `nextThresholdBp` the bound it would have needed for the next better status; the
/// pace report adds the required and trailing daily rates.
struct StatusReason
{
    StatusBasis basis = StatusBasis::Pace;
    std::optional<std::int64_t> measuredBp;
    /// The bound of the next better status; nullopt at Ahead or when nothing was graded.
    std::optional<std::int64_t> nextThresholdBp;

    friend bool operator==(const StatusReason &, const StatusReason &) = default;
};

/// The grade of `ratioBp` with its reason (basis, the ratio and the next bound up).
[[nodiscard]] StatusReason gradedReason(StatusBasis basis, std::int64_t ratioBp, const StatusThresholds &thresholds);

/// The status of a level metric (a ratio or average such as conversion rate, average deal
/// size, sales-cycle days or CSAT): its current value against the target, with no pacing over
/// time. Both values are in the metric's own unit.
struct LevelStatus
{
    Status status = Status::OnTrack;
    StatusReason reason;
    /// actual / target when higher is better, target / actual when lower is better (a 30-day
    /// cycle against a 36-day target is 12000 = 120 %); nullopt when that ratio is undefined.
    std::optional<std::int64_t> attainmentBp;
};

/// Grades a level metric with the same thresholds as pacing. When no ratio exists (target ≤ 0,
/// or actual ≤ 0 for lower-is-better), the status is Ahead if the target is met (actual ≥
/// target, or ≤ for lower-is-better) and OffTrack otherwise.
[[nodiscard]] LevelStatus levelStatus(std::int64_t target, std::int64_t actual, bool higherIsBetter,
                                      const StatusThresholds &thresholds = {});

} // namespace attain::engine
