#pragma once

#include <optional>
#include <span>

namespace attain::engine::forecast {

/// Simple exponential smoothing ℓ_t = ℓ_{t−1} + α (y_t − ℓ_{t−1}) fitted by least squares on
/// the one-step errors — the core of the Theta method.
struct SesFit
{
    double alpha = 0.5;
    double initialLevel = 0.0; ///< ℓ_0, the forecast of the first value
    double lastLevel = 0.0; ///< ℓ_n, the flat forecast of every future value
    double sse = 0.0; ///< sum of squared one-step errors
};

/// Bounds of the smoothing parameter, as in R's ses/ets: α = 0 would ignore the data and
/// α = 1 turns SES into the naive method with a degenerate likelihood.
inline constexpr double kMinAlpha = 1e-4;
inline constexpr double kMaxAlpha = 0.9999;

/// Fits SES to `values` (no NaN, at least one value). Without `alpha`, α minimises the SSE
/// over [kMinAlpha, kMaxAlpha] (coarse grid, then golden-section search around the best grid
/// point — the SSE curve can have several local minima). Without `initialLevel`, ℓ_0 is the
/// exact least-squares value for each α: the errors are linear in ℓ_0, so it has a closed
/// form and the search stays one-dimensional.
[[nodiscard]] SesFit fitSes(std::span<const double> values, std::optional<double> alpha = std::nullopt,
    std::optional<double> initialLevel = std::nullopt);

} // namespace attain::engine::forecast
