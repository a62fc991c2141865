#include "engine/forecast/Backtest.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace attain::engine::forecast {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double meanAbsoluteDifference(std::span<const double> values, std::size_t lag)
{
    double sum = 0.0;
    int count = 0;
    for (std::size_t t = lag; t < values.size(); ++t) {
        const double difference = values[t] - values[t - lag];
        if (std::isnan(difference))
            continue;
        sum += std::abs(difference);
        ++count;
    }
    return count > 0 ? sum / count : kNaN;
}

/// Running mean that ignores NaN terms and is NaN while empty.
struct Mean
{
    double sum = 0.0;
    int count = 0;

    void add(double value)
    {
        if (std::isnan(value))
            return;
        sum += value;
        ++count;
    }
    [[nodiscard]] double value() const { return count > 0 ? sum / count : kNaN; }
};

} // namespace

double smape(std::span<const double> actual, std::span<const double> forecast)
{
    Mean mean;
    for (std::size_t i = 0; i < std::min(actual.size(), forecast.size()); ++i) {
        if (std::isnan(actual[i]))
            continue;
        const double denominator = std::abs(actual[i]) + std::abs(forecast[i]);
        mean.add(denominator > 0.0 ? 200.0 * std::abs(actual[i] - forecast[i]) / denominator : 0.0);
    }
    return mean.value();
}

double maseScale(std::span<const double> insample, int period)
{
    const double seasonal = meanAbsoluteDifference(insample, static_cast<std::size_t>(std::max(period, 1)));
    if (seasonal > 0.0)
        return seasonal;
    return meanAbsoluteDifference(insample, 1);
}

double mase(
    std::span<const double> insample, int period, std::span<const double> actual, std::span<const double> forecast)
{
    const double scale = maseScale(insample, period);
    if (!(scale > 0.0))
        return kNaN;
    Mean mean;
    for (std::size_t i = 0; i < std::min(actual.size(), forecast.size()); ++i)
        mean.add(std::abs(actual[i] - forecast[i]));
    return mean.value() / scale;
}

double coverage(std::span<const double> actual, std::span<const double> lo, std::span<const double> hi)
{
    Mean mean;
    for (std::size_t i = 0; i < std::min({ actual.size(), lo.size(), hi.size() }); ++i)
        if (!std::isnan(actual[i]))
            mean.add(lo[i] <= actual[i] && actual[i] <= hi[i] ? 1.0 : 0.0);
    return mean.value();
}

BacktestResult backtest(const Series &series, const ModelFitter &fitter, int horizon, int origins)
{
    BacktestResult result;
    Mean smapes;
    Mean mases;
    Mean inside80;
    Mean inside95;
    const auto n = static_cast<long long>(series.values.size());
    for (int k = std::max(origins, 0) - 1; k >= 0 && horizon > 0; --k) {
        const long long trainLength = n - horizon - k;
        if (trainLength < 2)
            continue;
        const auto split = series.values.begin() + static_cast<std::ptrdiff_t>(trainLength);
        const Series training { std::vector<double>(series.values.begin(), split), series.period };
        const std::unique_ptr<FittedModel> model = fitter(training);
        if (!model)
            continue;
        const Forecast forecast = model->forecast(horizon);
        const std::span<const double> actual(series.values.data() + trainLength, static_cast<std::size_t>(horizon));
        smapes.add(smape(actual, forecast.point));
        mases.add(mase(training.values, series.period, actual, forecast.point));
        for (std::size_t i = 0; i < actual.size(); ++i) {
            if (std::isnan(actual[i]))
                continue;
            inside80.add(forecast.lo80[i] <= actual[i] && actual[i] <= forecast.hi80[i] ? 1.0 : 0.0);
            inside95.add(forecast.lo95[i] <= actual[i] && actual[i] <= forecast.hi95[i] ? 1.0 : 0.0);
        }
        ++result.origins;
    }
    result.smape = smapes.value();
    result.mase = mases.value();
    result.coverage80 = inside80.value();
    result.coverage95 = inside95.value();
    return result;
}

} // namespace attain::engine::forecast
