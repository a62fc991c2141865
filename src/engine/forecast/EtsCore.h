#pragma once

#include "engine/forecast/Ets.h"

#include <span>

/// The ETS state recursion shared by fitting, forecasting and simulation. Internal to the
/// forecast module: callers use Ets.h.
namespace attain::engine::forecast::detail {

/// The one-step forecast and the part of it without the season (level + φ·trend).
struct EtsPrediction
{
    double base = 0.0;
    double value = 0.0;
};

[[nodiscard]] inline EtsPrediction etsPredict(EtsSpec spec, double level, double trend, double phi, double seasonal)
{
    const double base = spec.trend == TrendType::None ? level : level + phi * trend;
    switch (spec.season) {
    case SeasonType::Additive: return {base, base + seasonal};
    case SeasonType::Multiplicative: return {base, base * seasonal};
    case SeasonType::None: break;
    }
    return {base, base};
}

/// Updates the states after observing `y`, in the form of R's forecast::ets, which is the same
/// for both error types (the error type only changes the likelihood and the simulated noise).
inline void etsUpdate(EtsSpec spec, const EtsParams &p, double y, EtsPrediction prediction, double &level,
                      double &trend, double &seasonal)
{
    double deseasonalised = y;
    if (spec.season == SeasonType::Additive)
        deseasonalised = y - seasonal;
    else if (spec.season == SeasonType::Multiplicative && seasonal != 0.0)
        deseasonalised = y / seasonal;
    const double surprise = deseasonalised - prediction.base;
    level = prediction.base + p.alpha * surprise;
    if (spec.trend != TrendType::None)
        trend = p.phi * trend + p.beta * surprise;
    if (spec.season == SeasonType::Additive)
        seasonal += p.gamma * (y - prediction.base - seasonal);
    else if (spec.season == SeasonType::Multiplicative && prediction.base != 0.0)
        seasonal += p.gamma * (y / prediction.base - seasonal);
}

/// What a run over the observations leaves behind.
struct EtsFilterResult
{
    double criterion = 0.0;  ///< n·log Σe² (+ 2·Σ log ŷ); +∞ when the run is not admissible
    double sumSquares = 0.0; ///< Σe² (relative errors for multiplicative error)
    double level = 0.0;
    double trend = 0.0;
};

/// Runs the recursion over `y` from the states in `params`. `season` is scratch of the period's
/// size, left holding the final seasonal states with season[j] applying j + 1 steps ahead.
/// `fitted` is empty or receives the one-step forecasts.
[[nodiscard]] EtsFilterResult etsFilter(std::span<const double> y, EtsSpec spec, const EtsParams &params,
                                        std::span<double> season, std::span<double> fitted);

/// Number of parameters the AICc counts for `spec` with seasonal period `period`.
[[nodiscard]] int etsParameterCount(EtsSpec spec, int period);

} // namespace attain::engine::forecast::detail
