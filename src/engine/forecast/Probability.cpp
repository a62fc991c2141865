#include "engine/forecast/Probability.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace attain::engine::forecast {

namespace {

/// Quantile of sorted values by linear interpolation between order statistics (R type 7).
double quantile(const std::vector<double> &sorted, double p)
{
    const double position = p * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

} // namespace

AttainmentOutlook attainmentOutlook(
    const FittedModel &model, double actualSoFar, int horizon, double target, const SimulationSettings &settings)
{
    if (horizon <= 0 || settings.paths <= 0)
        return { actualSoFar >= target ? 1.0 : 0.0, actualSoFar, actualSoFar, actualSoFar };

    const auto h = static_cast<std::size_t>(horizon);
    const auto count = static_cast<std::size_t>(settings.paths);
    std::vector<double> paths(h * count);
    model.simulate(horizon, settings.paths, settings.seed, paths);

    std::vector<double> totals(count, actualSoFar);
    std::size_t reached = 0;
    for (std::size_t row = 0; row < count; ++row) {
        for (std::size_t i = 0; i < h; ++i)
            totals[row] += paths[row * h + i];
        if (totals[row] >= target)
            ++reached;
    }
    std::sort(totals.begin(), totals.end());
    return { static_cast<double>(reached) / static_cast<double>(count), quantile(totals, 0.1), quantile(totals, 0.5),
        quantile(totals, 0.9) };
}

} // namespace attain::engine::forecast
