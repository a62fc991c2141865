#pragma once

#include "engine/Achievability.h"
#include "engine/forecast/Forecaster.h"
#include "engine/forecast/Probability.h"

#include <cstdint>
#include <span>

namespace attain::engine::forecast {

/// How likely a period's target is, from the history of its base periods (months, usually):
/// the model chosen by `method` is fitted to the history, and the actual so far plus
/// `remaining` simulated base periods is compared with the target. For a period that has not
/// started, `actualSoFar` is 0 and `remaining` its length; for a partly elapsed one, the
/// history runs to the last complete base period and `remaining` counts the rest.
[[nodiscard]] AttainmentOutlook forecastAttainment(std::span<const std::int64_t> history, int seasonLength,
                                                   std::int64_t actualSoFar, int remaining, std::int64_t target,
                                                   Method method = Method::Auto,
                                                   const SimulationSettings &settings = {});

/// The achievability assessment (Achievability.h) with `probabilityOfAttainment` filled in
/// from the forecast of the target period.
[[nodiscard]] AchievabilityResult assessWithForecast(const AchievabilityInput &input, Method method = Method::Auto,
                                                     const SimulationSettings &settings = {});

} // namespace attain::engine::forecast
