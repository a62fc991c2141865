#pragma once

#include "engine/forecast/Forecast.h"

#include <cstdint>

namespace attain::engine::forecast {

/// How likely a target is, given what has been achieved so far and a model of the rest.
struct AttainmentOutlook
{
    double probability = 0.0; ///< P(period total ≥ target), 0 … 1
    double total10 = 0.0; ///< 10 % quantile of the period total
    double total50 = 0.0; ///< median of the period total
    double total90 = 0.0; ///< 90 % quantile of the period total
};

/// Simulation settings; the fixed default seed makes the same inputs give the same answer,
/// so a dashboard does not flicker between refreshes.
struct SimulationSettings
{
    int paths = 4000;
    std::uint64_t seed = 0x5EED'A77A'1AULL;
};

/// The chance that `actualSoFar` plus the model's next `horizon` base periods reaches
/// `target`, estimated from simulated sample paths, with quantiles of the period total.
/// With no period left (horizon ≤ 0) the total is known: probability 1 or 0, all quantiles
/// equal to `actualSoFar`. For a given seed the paths do not depend on the target, so the
/// probability never rises when the target does.
[[nodiscard]] AttainmentOutlook attainmentOutlook(
    const FittedModel &model, double actualSoFar, int horizon, double target, const SimulationSettings &settings = {});

} // namespace attain::engine::forecast
