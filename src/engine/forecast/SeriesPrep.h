#pragma once

#include <span>
#include <vector>

namespace attain::engine::forecast {

/// Fills the missing values (NaN) of a series so that models which need every observation can
/// be fitted: gaps between two observations are bridged by a straight line, and leading or
/// trailing gaps take the nearest observed value (there is no slope to extend safely).
/// A series with no observation at all comes back empty, so callers see there is nothing to fit.
[[nodiscard]] std::vector<double> interpolateMissing(std::span<const double> values);

} // namespace attain::engine::forecast
