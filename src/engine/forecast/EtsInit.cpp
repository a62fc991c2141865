#include "engine/forecast/EtsInit.h"

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

namespace attain::engine::forecast::detail {

namespace {

/// Seasonal figure of a classical decomposition of `y` (a whole number of seasons, at least
/// two): the average detrended value at each position of the season, normalised to sum 0
/// (additive) or to the period (multiplicative).
std::vector<double> seasonalFigure(std::span<const double> y, std::size_t m, bool multiplicative)
{
    const std::size_t n = y.size();
    const std::size_t half = m / 2;
    std::vector<double> sum(m, 0.0);
    std::vector<int> count(m, 0);
    for (std::size_t t = half; t + half < n; ++t) {
        // Centred moving average over one season; for an even period the two end values
        // count half (a 2×m average), so every season position weighs the same.
        double trend = 0.0;
        if (m % 2 == 0) {
            trend = 0.5 * (y[t - half] + y[t + half]);
            for (std::size_t i = t - half + 1; i < t + half; ++i)
                trend += y[i];
        } else {
            for (std::size_t i = t - half; i <= t + half; ++i)
                trend += y[i];
        }
        trend /= static_cast<double>(m);
        if (multiplicative && trend == 0.0)
            continue;
        sum[t % m] += multiplicative ? y[t] / trend : y[t] - trend;
        ++count[t % m];
    }
    std::vector<double> figure(m, multiplicative ? 1.0 : 0.0);
    for (std::size_t i = 0; i < m; ++i)
        if (count[i] > 0)
            figure[i] = sum[i] / count[i];
    if (multiplicative) {
        for (double &f : figure)
            f = std::max(f, 1e-2);
        const double mean = std::accumulate(figure.begin(), figure.end(), 0.0) / static_cast<double>(m);
        for (double &f : figure)
            f /= mean;
    } else {
        const double mean = std::accumulate(figure.begin(), figure.end(), 0.0) / static_cast<double>(m);
        for (double &f : figure)
            f -= mean;
    }
    return figure;
}

} // namespace

EtsParams etsInitialStates(std::span<const double> y, int period, EtsSpec spec)
{
    EtsParams params;
    std::vector<double> adjusted(y.begin(), y.end());
    std::size_t usable = y.size();
    if (spec.season != SeasonType::None && period > 1) {
        const auto m = static_cast<std::size_t>(period);
        const bool multiplicative = spec.season == SeasonType::Multiplicative;
        usable = m * std::min<std::size_t>(3, y.size() / m);
        params.season = seasonalFigure(y.first(usable), m, multiplicative);
        for (std::size_t t = 0; t < usable; ++t)
            adjusted[t] = multiplicative ? y[t] / params.season[t % m] : y[t] - params.season[t % m];
    }
    const std::size_t maxn =
        std::min(std::max<std::size_t>(10, 2 * static_cast<std::size_t>(std::max(period, 1))), usable);
    if (maxn == 0)
        return params;

    // Least-squares line a + b·t through t = 1 … maxn; the level before the first observation is a.
    double meanT = 0.0, meanY = 0.0;
    for (std::size_t t = 0; t < maxn; ++t) {
        meanT += static_cast<double>(t + 1);
        meanY += adjusted[t];
    }
    meanT /= static_cast<double>(maxn);
    meanY /= static_cast<double>(maxn);
    if (spec.trend == TrendType::None) {
        params.level = meanY;
        return params;
    }
    double sxy = 0.0, sxx = 0.0;
    for (std::size_t t = 0; t < maxn; ++t) {
        const double dt = static_cast<double>(t + 1) - meanT;
        sxy += dt * (adjusted[t] - meanY);
        sxx += dt * dt;
    }
    params.trend = sxx > 0.0 ? sxy / sxx : 0.0;
    params.level = meanY - params.trend * meanT;
    const bool multiplicative = spec.error == ErrorType::Multiplicative || spec.season == SeasonType::Multiplicative;
    if (multiplicative && params.level + params.trend <= 0.0) {
        // A falling start line can cross zero; multiplicative models need a positive start.
        params.level = meanY;
        params.trend = 0.0;
    }
    return params;
}

} // namespace attain::engine::forecast::detail
