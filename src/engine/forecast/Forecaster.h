#pragma once

#include "engine/forecast/Forecast.h"
#include "engine/forecast/SeriesFile.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attain::engine::forecast {

/// The methods a user (or the CLI's --method) can ask for.
enum class Method {
    Auto,          ///< the default: the combination below
    Combination,   ///< weighted mean of automatic ETS, Theta and damped ETS (1 : 2 : 1), bounds too
    Ets,           ///< automatic ETS: the family member with the lowest AICc
    DampedEts,     ///< the best damped-trend ETS model
    Theta,         ///< the M3-winning Theta method with seasonal adjustment
    Naive,         ///< last value
    SeasonalNaive, ///< value one season back
};

[[nodiscard]] std::optional<Method> methodFromName(std::string_view name);
/// "auto, comb, ets, damped, theta, naive, snaive" for help texts.
[[nodiscard]] std::string methodNames();

/// Fits `method` to the series; if it cannot (too short, all missing), falls back to naive.
/// Null only when the series has no observation at all.
[[nodiscard]] std::unique_ptr<FittedModel> fitModel(const Series &series, Method method);

/// A forecast that is always usable: finite numbers, ordered intervals (lo95 ≤ lo80 ≤ point ≤
/// hi80 ≤ hi95). When the chosen method fails or produces anything non-finite, naive takes
/// over; a series with no observation forecasts 0 without intervals.
[[nodiscard]] Forecast forecastSeries(const Series &series, int horizon, Method method);

/// A forecast and the model that made it.
struct FittedForecast
{
    std::unique_ptr<FittedModel> model; ///< null only for a series with no observation
    Forecast forecast;
};

/// forecastSeries() that keeps its model, so sample paths (probabilities) come from the same
/// model as the forecast shown next to them.
[[nodiscard]] FittedForecast fitAndForecast(const Series &series, int horizon, Method method);

/// Forecasts every series on `threads` worker threads (each takes the next series from a
/// shared counter); the result is in input order and does not depend on the thread count.
[[nodiscard]] std::vector<Forecast> forecastAll(const std::vector<NamedSeries> &series, Method method,
                                                unsigned threads);

} // namespace attain::engine::forecast
