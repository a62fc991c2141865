#pragma once

#include <cstddef>
#include <span>
#include <utility>
#include <vector>

/// Classical seasonal adjustment for the Theta method: the seasonality test of the M3 Theta
/// method (as in R forecast::thetaf) and a multiplicative decomposition (as in R decompose).
namespace attain::engine::forecast {

/// Sample autocorrelations r_1 … r_maxLag (index 0 is lag 1), with the mean removed and the
/// lag-0 sum of squares as the denominator, like R's acf. Lags at or beyond the series length
/// are 0. Empty when the series has no variance (constant): correlation is undefined there.
[[nodiscard]] std::vector<double> autocorrelations(std::span<const double> values, int maxLag);

/// The 90 % seasonality test of the M3 Theta method: seasonal when
/// |r_m| > 1.645 · sqrt((1 + 2 Σ_{k<m} r_k²) / n). Only tried when period > 1 and the series
/// covers at least two seasons (n ≥ 2·period); false otherwise and for constant series.
[[nodiscard]] bool isSeasonal(std::span<const double> values, int period);

/// Multiplicative seasonal indices by classical decomposition: a centred moving average of
/// length `period` (2×m for even m) as the trend, values divided by it, averaged per season
/// position, then normalised to mean 1. indices[i] belongs to positions t with
/// t mod period == i (t counted from the first value). Empty when period < 2, the series is
/// shorter than two seasons or not strictly positive (ratios of non-positive values to a
/// trend have no meaning), or a position has no ratio.
[[nodiscard]] std::vector<double> multiplicativeIndices(std::span<const double> values, int period);

/// Seasonal indices to divide out before fitting and multiply back into forecasts. Empty
/// `indices` means no adjustment (every factor is 1).
class SeasonalAdjustment
{
public:
    SeasonalAdjustment() = default;
    explicit SeasonalAdjustment(std::vector<double> indices)
        : m_indices(std::move(indices))
    {
    }

    /// The Theta method's choice: indices when the series is strictly positive, passes
    /// `isSeasonal`, and decomposes; otherwise no adjustment.
    [[nodiscard]] static SeasonalAdjustment detect(std::span<const double> values, int period);

    [[nodiscard]] bool active() const { return !m_indices.empty(); }
    [[nodiscard]] const std::vector<double> &indices() const { return m_indices; }
    /// The factor at position t (counted from the series start; t ≥ n are future periods).
    [[nodiscard]] double factor(std::size_t t) const;

    /// values[t] / factor(t).
    [[nodiscard]] std::vector<double> adjust(std::span<const double> values) const;

private:
    std::vector<double> m_indices;
};

} // namespace attain::engine::forecast
