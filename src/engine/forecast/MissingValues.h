#pragma once

#include <span>
#include <vector>

namespace attain::engine::forecast {

/// The series with every NaN replaced, so models that need consecutive observations can run
/// on histories with gaps (a month nobody entered). Interior gaps are filled by linear
/// interpolation between the neighbouring observations; leading and trailing gaps take the
/// nearest observation, because extrapolating a slope from two points invents a trend.
/// Empty when there is no observation at all (empty or all-NaN input): there is nothing to
/// forecast from, and callers must not mistake zeros for data.
[[nodiscard]] std::vector<double> fillGaps(std::span<const double> values);

} // namespace attain::engine::forecast
