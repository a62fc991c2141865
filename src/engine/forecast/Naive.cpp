#include "engine/forecast/Naive.h"

#include "engine/forecast/GaussianStream.h"
#include "engine/forecast/Intervals.h"
#include "engine/forecast/MissingValues.h"

#include <algorithm>
#include <cmath>

namespace attain::engine::forecast {

std::unique_ptr<NaiveModel> NaiveModel::fit(const Series &series, bool seasonal)
{
    const std::vector<double> filled = fillGaps(series.values);
    if (filled.empty())
        return nullptr;
    const std::size_t n = filled.size();
    const std::size_t lag = seasonal && series.period > 1 && n > static_cast<std::size_t>(series.period)
        ? static_cast<std::size_t>(series.period)
        : 1;

    std::unique_ptr<NaiveModel> model(new NaiveModel());
    model->m_lastSeason.assign(filled.end() - static_cast<std::ptrdiff_t>(lag), filled.end());
    double sumSquares = 0.0;
    for (std::size_t t = lag; t < n; ++t)
        sumSquares += (filled[t] - filled[t - lag]) * (filled[t] - filled[t - lag]);
    // A single value has no differences: no spread can be estimated, so the intervals
    // collapse onto the point instead of becoming NaN.
    model->m_sigma = n > lag ? std::sqrt(sumSquares / static_cast<double>(n - lag)) : 0.0;
    return model;
}

Forecast NaiveModel::forecast(int horizon) const
{
    Forecast result;
    result.method = name();
    const auto count = static_cast<std::size_t>(std::max(horizon, 0));
    const std::size_t m = m_lastSeason.size();
    for (std::size_t i = 0; i < count; ++i) {
        const double point = m_lastSeason[i % m];
        // Steps since the last observation of this season position (every step for naive).
        const double steps = static_cast<double>(i / m + 1);
        const double spread = m_sigma * std::sqrt(steps);
        const Bounds b = normalBounds(point, spread);
        result.point.push_back(point);
        result.lo80.push_back(b.lo80);
        result.hi80.push_back(b.hi80);
        result.lo95.push_back(b.lo95);
        result.hi95.push_back(b.hi95);
    }
    return result;
}

void NaiveModel::simulate(int horizon, int count, std::uint64_t seed, std::span<double> paths) const
{
    if (horizon <= 0 || count <= 0)
        return;
    const auto h = static_cast<std::size_t>(horizon);
    const std::size_t m = m_lastSeason.size();
    GaussianStream normal(seed);
    const auto rows = std::min(static_cast<std::size_t>(count), paths.size() / h);
    for (std::size_t row = 0; row < rows; ++row) {
        double *path = paths.data() + row * h;
        for (std::size_t i = 0; i < h; ++i) {
            const double previous = i < m ? m_lastSeason[i] : path[i - m];
            path[i] = previous + m_sigma * normal.next();
        }
    }
}

} // namespace attain::engine::forecast
