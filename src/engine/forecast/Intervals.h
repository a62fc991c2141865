#pragma once

#include <span>

namespace attain::engine::forecast {

/// Standard normal quantiles for the central 80 % and 95 % intervals.
inline constexpr double kZ80 = 1.2815515655446004; // 90 % quantile
inline constexpr double kZ95 = 1.9599639845400540; // 97.5 % quantile

/// Bounds of a central interval: the point ± z × spread.
struct Bounds
{
    double lo80, hi80, lo95, hi95;
};

/// The 80 % and 95 % bounds of a normal forecast distribution.
[[nodiscard]] constexpr Bounds normalBounds(double point, double spread)
{
    return {point - kZ80 * spread, point + kZ80 * spread, point - kZ95 * spread, point + kZ95 * spread};
}

/// Quantile `p` of ascending `sorted` values, interpolating between order statistics as R's
/// type 7 does.
[[nodiscard]] double sortedQuantile(std::span<const double> sorted, double p);

/// The 80 % and 95 % bounds of simulated values (sorted in place), kept on either side of
/// `point` so the ordering lo95 ≤ lo80 ≤ point ≤ hi80 ≤ hi95 holds despite sampling noise.
[[nodiscard]] Bounds sampleBounds(std::span<double> values, double point);

} // namespace attain::engine::forecast
