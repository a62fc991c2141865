#pragma once

#include "engine/forecast/Ets.h"

#include <span>

namespace attain::engine::forecast::detail {

/// Starting states for fitting `spec`, as R's forecast::ets chooses them: the seasonal states
/// from a classical decomposition (centred moving average) of the first two or three full
/// seasons, then level and trend from a straight line through the first max(10, 2·period)
/// seasonally adjusted values. Smoothing parameters are left at their defaults. The series
/// needs at least two full seasons when `spec` is seasonal.
[[nodiscard]] EtsParams etsInitialStates(std::span<const double> y, int period, EtsSpec spec);

} // namespace attain::engine::forecast::detail
