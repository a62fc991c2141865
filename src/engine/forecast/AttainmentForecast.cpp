#include "engine/forecast/AttainmentForecast.h"

#include <algorithm>
#include <stdexcept>

namespace attain::engine::forecast {

namespace {

/// Forecasts are estimates: doubles are fine here (amounts stay integers everywhere else).
Series toSeries(std::span<const std::int64_t> history, int seasonLength)
{
    Series series;
    series.period = seasonLength > 0 ? seasonLength : 1;
    series.values.reserve(history.size());
    for (const std::int64_t value : history)
        series.values.push_back(static_cast<double>(value));
    return series;
}

} // namespace

AttainmentOutlook forecastAttainment(std::span<const std::int64_t> history, int seasonLength,
                                     std::int64_t actualSoFar, int remaining, std::int64_t target, Method method,
                                     const SimulationSettings &settings)
{
    const auto so = static_cast<double>(actualSoFar);
    const auto goal = static_cast<double>(target);
    if (remaining <= 0)
        return {so >= goal ? 1.0 : 0.0, so, so, so};
    const auto model = fitModel(toSeries(history, seasonLength), method);
    if (!model) // no history at all: nothing to forecast from
        return {so >= goal ? 1.0 : 0.0, so, so, so};
    return attainmentOutlook(*model, so, remaining, goal, settings);
}

HistoryForecast forecastHistory(const AchievabilityInput &input, int horizon, Method method)
{
    if (input.seasonLength == 0 || input.targetLength == 0)
        throw std::invalid_argument("forecastHistory: season and target lengths must be positive");
    HistoryForecast result;
    if (input.history.empty() || input.history.size() < input.seasonLength * input.thresholds.minimumForecastSeasons)
        return result;
    const int length = std::max(horizon, static_cast<int>(input.targetLength));
    FittedForecast fitted = fitAndForecast(toSeries(input.history, static_cast<int>(input.seasonLength)), length, method);
    result.model = std::move(fitted.model);
    if (result.model)
        result.forecast = std::move(fitted.forecast);
    return result;
}

AchievabilityResult assessWithForecast(const AchievabilityInput &input, const HistoryForecast &forecast,
                                       const SimulationSettings &settings)
{
    AchievabilityResult result = assessAchievability(input);
    if (!forecast.model)
        return result;
    const AttainmentOutlook outlook = attainmentOutlook(*forecast.model, 0.0, static_cast<int>(input.targetLength),
                                                        static_cast<double>(input.target), settings);
    result.forecastTotal = ForecastRange{outlook.total10, outlook.total50, outlook.total90};
    return withProbability(std::move(result), outlook.probability, input.thresholds);
}

AchievabilityResult assessWithForecast(const AchievabilityInput &input, Method method,
                                       const SimulationSettings &settings)
{
    return assessWithForecast(input, forecastHistory(input, 0, method), settings);
}

} // namespace attain::engine::forecast
