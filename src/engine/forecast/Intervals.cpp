#include "engine/forecast/Intervals.h"

#include <algorithm>
#include <cmath>

namespace attain::engine::forecast {

double sortedQuantile(std::span<const double> sorted, double p)
{
    const double position = p * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

Bounds sampleBounds(std::span<double> values, double point)
{
    std::sort(values.begin(), values.end());
    Bounds b{};
    b.lo95 = std::min(sortedQuantile(values, 0.025), point);
    b.lo80 = std::clamp(sortedQuantile(values, 0.10), b.lo95, point);
    b.hi95 = std::max(sortedQuantile(values, 0.975), point);
    b.hi80 = std::clamp(sortedQuantile(values, 0.90), point, b.hi95);
    return b;
}

} // namespace attain::engine::forecast
