#include "engine/forecast/Probability.h"

#include "engine/forecast/Intervals.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace attain::engine::forecast {


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
    return { static_cast<double>(reached) / static_cast<double>(count), sortedQuantile(totals, 0.1), sortedQuantile(totals, 0.5),
        sortedQuantile(totals, 0.9) };
}

} // namespace attain::engine::forecast
