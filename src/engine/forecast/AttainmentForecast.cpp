#include "engine/forecast/AttainmentForecast.h"

namespace attain::engine::forecast {

AttainmentOutlook forecastAttainment(std::span<const std::int64_t> history, int seasonLength,
                                     std::int64_t actualSoFar, int remaining, std::int64_t target, Method method,
                                     const SimulationSettings &settings)
{
    const auto so = static_cast<double>(actualSoFar);
    const auto goal = static_cast<double>(target);
    if (remaining <= 0)
        return {so >= goal ? 1.0 : 0.0, so, so, so};
    // Forecasts are estimates: doubles are fine here (amounts stay integers everywhere else).
    Series series;
    series.period = seasonLength > 0 ? seasonLength : 1;
    series.values.reserve(history.size());
    for (const std::int64_t value : history)
        series.values.push_back(static_cast<double>(value));
    const auto model = fitModel(series, method);
    if (!model) // no history at all: nothing to forecast from
        return {so >= goal ? 1.0 : 0.0, so, so, so};
    return attainmentOutlook(*model, so, remaining, goal, settings);
}

AchievabilityResult assessWithForecast(const AchievabilityInput &input, Method method,
                                       const SimulationSettings &settings)
{
    AchievabilityResult result = assessAchievability(input);
    if (!input.history.empty())
        result.probabilityOfAttainment = forecastAttainment(input.history, static_cast<int>(input.seasonLength), 0,
                                                            static_cast<int>(input.targetLength), input.target,
                                                            method, settings)
                                             .probability;
    return result;
}

} // namespace attain::engine::forecast
