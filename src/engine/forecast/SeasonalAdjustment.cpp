#include "engine/forecast/SeasonalAdjustment.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace attain::engine::forecast {

std::vector<double> autocorrelations(std::span<const double> values, int maxLag)
{
    const std::size_t n = values.size();
    if (n == 0 || maxLag < 1)
        return {};
    double mean = 0.0;
    for (double v : values)
        mean += v;
    mean /= static_cast<double>(n);
    double denominator = 0.0;
    for (double v : values)
        denominator += (v - mean) * (v - mean);
    // Relative to the level, so a constant series with rounding noise counts as constant.
    if (!(denominator > 1e-24 * static_cast<double>(n) * std::max(1.0, mean * mean)))
        return {};
    std::vector<double> acf(static_cast<std::size_t>(maxLag), 0.0);
    for (std::size_t lag = 1; lag <= acf.size() && lag < n; ++lag) {
        double sum = 0.0;
        for (std::size_t t = 0; t + lag < n; ++t)
            sum += (values[t] - mean) * (values[t + lag] - mean);
        acf[lag - 1] = sum / denominator;
    }
    return acf;
}

bool isSeasonal(std::span<const double> values, int period)
{
    if (period < 2 || values.size() < 2 * static_cast<std::size_t>(period))
        return false;
    const std::vector<double> acf = autocorrelations(values, period);
    if (acf.empty())
        return false;
    double sumSquares = 0.0;
    for (int k = 0; k + 1 < period; ++k)
        sumSquares += acf[static_cast<std::size_t>(k)] * acf[static_cast<std::size_t>(k)];
    const double limit = 1.645 * std::sqrt((1.0 + 2.0 * sumSquares) / static_cast<double>(values.size()));
    return std::abs(acf.back()) > limit;
}

std::vector<double> multiplicativeIndices(std::span<const double> values, int period)
{
    const std::size_t n = values.size();
    const auto m = static_cast<std::size_t>(std::max(period, 0));
    if (m < 2 || n < 2 * m)
        return {};
    if (std::any_of(values.begin(), values.end(), [](double v) { return !(v > 0.0); }))
        return {};

    // Centred moving average: weights 1/m over m values for odd m; for even m, m + 1 values
    // with half weights at both ends, so the window stays centred on a whole period.
    const bool even = m % 2 == 0;
    const std::size_t half = m / 2;
    std::vector<double> ratioSum(m, 0.0);
    std::vector<int> ratioCount(m, 0);
    for (std::size_t t = half; t + half < n; ++t) {
        double trend = 0.0;
        for (std::size_t j = t - half; j <= t + half; ++j)
            trend += values[j];
        if (even)
            trend -= 0.5 * (values[t - half] + values[t + half]);
        trend /= static_cast<double>(m);
        ratioSum[t % m] += values[t] / trend;
        ++ratioCount[t % m];
    }
    std::vector<double> indices(m);
    double total = 0.0;
    for (std::size_t i = 0; i < m; ++i) {
        if (ratioCount[i] == 0)
            return {};
        indices[i] = ratioSum[i] / static_cast<double>(ratioCount[i]);
        total += indices[i];
    }
    const double mean = total / static_cast<double>(m);
    for (double &index : indices)
        index /= mean;
    return indices;
}

SeasonalAdjustment SeasonalAdjustment::detect(std::span<const double> values, int period)
{
    if (!isSeasonal(values, period))
        return {};
    return SeasonalAdjustment(multiplicativeIndices(values, period));
}

double SeasonalAdjustment::factor(std::size_t t) const
{
    return m_indices.empty() ? 1.0 : m_indices[t % m_indices.size()];
}

std::vector<double> SeasonalAdjustment::adjust(std::span<const double> values) const
{
    std::vector<double> adjusted(values.begin(), values.end());
    for (std::size_t t = 0; t < adjusted.size(); ++t)
        adjusted[t] /= factor(t);
    return adjusted;
}

} // namespace attain::engine::forecast
