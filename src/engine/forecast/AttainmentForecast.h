#pragma once

#include "engine/Achievability.h"
#include "engine/forecast/Forecaster.h"
#include "engine/forecast/Probability.h"

#include <cstdint>
#include <memory>
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

/// The forecast side of an achievability check: one model fitted to the history, and its
/// forecast of the base periods that follow (for a chart). It depends on the history only, so
/// one fit serves every proposed target value for the same history.
struct HistoryForecast
{
    /// Null when the history is shorter than thresholds.minimumForecastSeasons seasons: such a
    /// forecast does not count, and nothing is forecast.
    std::shared_ptr<const FittedModel> model;
    /// The model's forecast of the next max(horizon, targetLength) base periods; empty when
    /// there is no model.
    Forecast forecast;
};

/// Fits `method` to `input.history` (the target and its value play no part) as
/// fitAndForecast() does, naive taking over when the method fails.
[[nodiscard]] HistoryForecast forecastHistory(const AchievabilityInput &input, int horizon = 0,
                                              Method method = Method::Auto);

/// The achievability assessment (Achievability.h) with the forecast folded in: the chance that
/// the target's base periods reach `input.target`, simulated from `forecast.model`, and the
/// quantiles of their total; the verdict takes the probability into account (withProbability()).
/// `forecast` must come from forecastHistory() on the same history; without a model the
/// result is the history's alone.
[[nodiscard]] AchievabilityResult assessWithForecast(const AchievabilityInput &input, const HistoryForecast &forecast,
                                                     const SimulationSettings &settings = {});

/// forecastHistory() and assessWithForecast() in one call.
[[nodiscard]] AchievabilityResult assessWithForecast(const AchievabilityInput &input, Method method = Method::Auto,
                                                     const SimulationSettings &settings = {});

} // namespace attain::engine::forecast
