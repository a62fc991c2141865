#pragma once

#include "engine/forecast/Forecast.h"

#include <functional>
#include <memory>
#include <span>

/// Accuracy measurement: the M3/M4 error metrics for one forecast, and rolling-origin
/// evaluation of a forecasting method on one series.
namespace attain::engine::forecast {

/// sMAPE as in the M3 competition: mean over h of 200·|y − f| / (|y| + |f|), a term being 0
/// when y = f = 0. Pairs whose actual is NaN are skipped; NaN when nothing is left.
[[nodiscard]] double smape(std::span<const double> actual, std::span<const double> forecast);

/// MASE scale: in-sample mean |x_t − x_{t−m}| with m = period (1 when period < 2), falling
/// back to lag 1 when the seasonal scale is 0 or undefined; pairs with a NaN are skipped.
/// 0 when even the lag-1 scale is 0 (a constant history) and NaN when no pair exists.
[[nodiscard]] double maseScale(std::span<const double> insample, int period);

/// MASE: mean over h of |y − f| divided by `maseScale(insample, period)`. NaN when the scale
/// is 0 or undefined, or no actual is present: the error is then not comparable to others.
[[nodiscard]] double mase(
    std::span<const double> insample, int period, std::span<const double> actual, std::span<const double> forecast);

/// Share (0 … 1) of present actuals with lo ≤ y ≤ hi (ends included); NaN when none.
[[nodiscard]] double coverage(std::span<const double> actual, std::span<const double> lo, std::span<const double> hi);

/// Fits a model to a history; null when it cannot (the origin is then skipped).
using ModelFitter = std::function<std::unique_ptr<FittedModel>(const Series &)>;

/// Accuracy of a method over several forecast origins of one series.
struct BacktestResult
{
    double smape = 0.0; ///< mean over origins of the per-origin sMAPE
    double mase = 0.0; ///< mean over origins with a defined MASE
    double coverage80 = 0.0; ///< share of actuals inside the 80 % intervals, all points pooled
    double coverage95 = 0.0; ///< share inside the 95 % intervals
    int origins = 0; ///< origins actually evaluated
};

/// Rolling-origin evaluation: for each of `origins` forecast origins, ending h periods before
/// the end of the series and stepping back one period at a time, refits on the data up to the
/// origin and scores the h forecasts against what followed. Origins that would leave fewer
/// than two training values, and those the fitter rejects, are skipped; a metric with no
/// scored origin is NaN.
[[nodiscard]] BacktestResult backtest(const Series &series, const ModelFitter &fitter, int horizon, int origins);

} // namespace attain::engine::forecast
