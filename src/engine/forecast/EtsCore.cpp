#include "engine/forecast/EtsCore.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace attain::engine::forecast::detail {

namespace {

/// The recursion for one spec known at compile time, so the per-observation branches on the
/// model form disappear from the hot loop of the optimiser.
template<ErrorType Error, TrendType Trend, SeasonType Season>
EtsFilterResult filter(std::span<const double> y, const EtsParams &params, std::span<double> season,
                       std::span<double> fitted)
{
    constexpr double infinity = std::numeric_limits<double>::infinity();
    constexpr EtsSpec spec{Error, Trend, Season};
    constexpr bool seasonal = Season != SeasonType::None;
    constexpr bool multiplicativeError = Error == ErrorType::Multiplicative;
    constexpr bool multiplicativeSeason = Season == SeasonType::Multiplicative;
    const std::size_t m = seasonal ? season.size() : 1;
    if constexpr (seasonal)
        std::copy(params.season.begin(), params.season.end(), season.begin());

    EtsFilterResult result;
    double level = params.level;
    double trend = Trend == TrendType::None ? 0.0 : params.trend;
    double sumSquares = 0.0, sumSquaredValues = 0.0;
    // Σ log ŷ as the log of a running product, folded into a sum only when the product leaves
    // a safe range: one logarithm per many observations instead of one each.
    double sumLogPrediction = 0.0, product = 1.0;
    double unused = 0.0;
    std::size_t slot = 0;
    for (std::size_t t = 0; t < y.size(); ++t) {
        double &s = seasonal ? season[slot] : unused;
        const EtsPrediction prediction = etsPredict(spec, level, trend, params.phi, s);
        if (!fitted.empty())
            fitted[t] = prediction.value;
        if ((multiplicativeError && !(prediction.value > 1e-10))
            || (multiplicativeSeason && !(prediction.base > 1e-10 && s > 1e-10))) {
            result.criterion = infinity;
            return result;
        }
        double error = y[t] - prediction.value;
        if constexpr (multiplicativeError) {
            error /= prediction.value;
            product *= prediction.value;
            if (product > 1e150 || product < 1e-150) {
                sumLogPrediction += std::log(product);
                product = 1.0;
            }
        }
        sumSquares += error * error;
        sumSquaredValues += y[t] * y[t];
        etsUpdate(spec, params, y[t], prediction, level, trend, s);
        if (++slot == m)
            slot = 0;
    }
    if constexpr (seasonal)
        std::rotate(season.begin(), season.begin() + static_cast<std::ptrdiff_t>(slot), season.end());
    if constexpr (multiplicativeError)
        sumLogPrediction += std::log(product);

    // A perfect fit would make log Σe² = −∞; a floor far below any real noise keeps the
    // criterion finite, so perfect fits still compare by their parameter count.
    const double n = static_cast<double>(y.size());
    const double floor = 1e-20 * (multiplicativeError ? n : sumSquaredValues) + 1e-300;
    result.criterion = n * std::log(std::max(sumSquares, floor)) + 2.0 * sumLogPrediction;
    if (!std::isfinite(result.criterion))
        result.criterion = infinity;
    result.sumSquares = sumSquares;
    result.level = level;
    result.trend = trend;
    return result;
}

template<ErrorType Error, TrendType Trend>
EtsFilterResult filterBySeason(SeasonType season, std::span<const double> y, const EtsParams &params,
                               std::span<double> states, std::span<double> fitted)
{
    switch (season) {
    case SeasonType::Additive: return filter<Error, Trend, SeasonType::Additive>(y, params, states, fitted);
    case SeasonType::Multiplicative: return filter<Error, Trend, SeasonType::Multiplicative>(y, params, states, fitted);
    case SeasonType::None: break;
    }
    return filter<Error, Trend, SeasonType::None>(y, params, states, fitted);
}

template<ErrorType Error>
EtsFilterResult filterByTrend(EtsSpec spec, std::span<const double> y, const EtsParams &params,
                              std::span<double> states, std::span<double> fitted)
{
    switch (spec.trend) {
    case TrendType::Additive: return filterBySeason<Error, TrendType::Additive>(spec.season, y, params, states, fitted);
    case TrendType::Damped: return filterBySeason<Error, TrendType::Damped>(spec.season, y, params, states, fitted);
    case TrendType::None: break;
    }
    return filterBySeason<Error, TrendType::None>(spec.season, y, params, states, fitted);
}

} // namespace

EtsFilterResult etsFilter(std::span<const double> y, EtsSpec spec, const EtsParams &params, std::span<double> season,
                          std::span<double> fitted)
{
    if (spec.error == ErrorType::Multiplicative)
        return filterByTrend<ErrorType::Multiplicative>(spec, y, params, season, fitted);
    return filterByTrend<ErrorType::Additive>(spec, y, params, season, fitted);
}

int etsParameterCount(EtsSpec spec, int period)
{
    int count = 3; // alpha, initial level, error variance
    if (spec.trend != TrendType::None)
        count += 2; // beta, initial trend
    if (spec.trend == TrendType::Damped)
        count += 1; // phi
    if (spec.season != SeasonType::None)
        count += period; // gamma and period − 1 free seasonal states
    return count;
}

} // namespace attain::engine::forecast::detail
