#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

/// Statistical forecasting of equally spaced series (months, quarters, years). Forecasts are
/// estimates, so they are doubles; amounts turn back into integer minor units only when a
/// forecast is stored or compared with a target.
namespace attain::engine::forecast {

/// Observations oldest first; NaN marks a missing value. `period` is the seasonal period
/// (12 for months, 4 for quarters, 1 for none).
struct Series
{
    std::vector<double> values;
    int period = 1;
};

/// Point forecasts and central prediction intervals for horizons 1 … h (index 0 is h = 1).
struct Forecast
{
    std::vector<double> point;
    std::vector<double> lo80, hi80, lo95, hi95;
    std::string method; ///< e.g. "ETS(M,Ad,M)", "Theta", "SNaive"
};

/// A model fitted to one series: forecasts, and simulated future sample paths for
/// probabilities (how likely is a target).
class FittedModel
{
public:
    virtual ~FittedModel() = default;

    [[nodiscard]] virtual Forecast forecast(int horizon) const = 0;
    /// Fills `paths` (count rows × horizon columns, row-major) with simulated futures drawn
    /// from the model's forecast distribution; deterministic for a given seed.
    virtual void simulate(int horizon, int count, std::uint64_t seed, std::span<double> paths) const = 0;
    [[nodiscard]] virtual std::string name() const = 0;
};

} // namespace attain::engine::forecast
