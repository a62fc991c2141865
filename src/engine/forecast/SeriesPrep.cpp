#include "engine/forecast/SeriesPrep.h"

#include <cmath>
#include <cstddef>

namespace attain::engine::forecast {

std::vector<double> interpolateMissing(std::span<const double> values)
{
    std::vector<double> filled(values.begin(), values.end());
    const std::size_t n = filled.size();
    std::size_t previous = n; // index of the last observed value, n while none was seen
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isnan(filled[i]))
            continue;
        if (previous == n) {
            for (std::size_t j = 0; j < i; ++j)
                filled[j] = filled[i];
        } else if (i > previous + 1) {
            const double step = (filled[i] - filled[previous]) / static_cast<double>(i - previous);
            for (std::size_t j = previous + 1; j < i; ++j)
                filled[j] = filled[previous] + step * static_cast<double>(j - previous);
        }
        previous = i;
    }
    if (previous == n)
        return {};
    for (std::size_t j = previous + 1; j < n; ++j)
        filled[j] = filled[previous];
    return filled;
}

} // namespace attain::engine::forecast
