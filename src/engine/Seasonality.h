#pragma once

#include "engine/Date.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace attain::engine {

/// One month's actual (minor units, or any additive count) in a history used to estimate
/// seasonality. Several entries for the same month (e.g. one per region) are added together.
struct MonthlyValue
{
    int year = 0;
    unsigned month = 0; ///< 1 … 12
    std::int64_t value = 0;
};

/// Why no seasonality profile could be estimated; the UI turns these into sentences.
enum class SeasonalityError {
    InvalidMonth,     ///< an entry has a month outside 1 … 12
    NoCompleteYear,   ///< no year has all 12 months in the history
    NonPositiveTotal, ///< complete years exist, but none has a total above zero
    TooLarge,         ///< a month's sum over the years does not fit in 64 bits
};

/// How the year is spread over the 12 calendar months: non-negative weights in basis points
/// that sum to exactly 10000. Decomposition over months uses the weights directly; pacing uses
/// them as a cumulative curve.
class SeasonalityProfile
{
public:
    /// Every month weighs the same: 10000 / 12, the first four months taking the leftover
    /// units (834, 834, 834, 834, 833, …), so the weights still sum to 10000.
    [[nodiscard]] static SeasonalityProfile flat();
    /// A profile from weights entered by hand; nullopt when one is negative or they do not sum
    /// to exactly 10000.
    [[nodiscard]] static std::optional<SeasonalityProfile> fromWeights(const std::array<std::int64_t, 12> &weights);

    /// The weight of `month` (1 … 12) in basis points; 0 outside that range.
    [[nodiscard]] std::int64_t weight(unsigned month) const;
    [[nodiscard]] std::span<const std::int64_t, 12> weights() const { return m_weights; }
    /// The weight of the days from `from` to `to` (both included): each month's weight spread
    /// evenly over its calendar days, in units of 1/377580 of a basis point-day (377580 is
    /// lcm(28, 29, 30, 31), so every day is a whole number of units). Partial months count by
    /// their days; 0 when `to` is before `from`. A century fits easily in 64 bits.
    [[nodiscard]] std::int64_t mass(Date from, Date to) const;

    friend bool operator==(const SeasonalityProfile &, const SeasonalityProfile &) = default;

private:
    explicit SeasonalityProfile(const std::array<std::int64_t, 12> &weights) : m_weights(weights) {}

    std::array<std::int64_t, 12> m_weights{};
};

/// A profile estimated from history, or the reason there is none.
struct SeasonalityEstimate
{
    std::optional<SeasonalityProfile> profile;
    std::optional<SeasonalityError> error;
    /// The complete years with a positive total that went into the profile, ascending.
    std::vector<int> yearsUsed;

    [[nodiscard]] bool ok() const { return profile.has_value(); }
};

/// Estimates the monthly profile from history by the ratio of sums: weight(m) is proportional
/// to the sum of month m's values over the usable years, rounded to basis points by
/// largest remainder (exact 10000 total).
///
/// - Only complete years count (all 12 months present) whose total is above zero; partial
///   years would over-weight the months they have.
/// - Ratio of sums rather than the average of yearly shares: a small or disrupted year then
///   moves the profile in proportion to its size instead of as much as a normal year.
/// - A negative month (returns above sales) counts as 0, so no weight is ever negative; the
///   year's total used for eligibility is the signed one.
[[nodiscard]] SeasonalityEstimate estimateSeasonality(std::span<const MonthlyValue> history);

} // namespace attain::engine
