#include "engine/forecast/SesFit.h"

#include <array>
#include <cmath>

namespace attain::engine::forecast {

namespace {

/// Runs the smoother from `initialLevel` and returns the SSE and the final level.
SesFit run(std::span<const double> values, double alpha, double initialLevel)
{
    SesFit fit { alpha, initialLevel, initialLevel, 0.0 };
    for (double y : values) {
        const double error = y - fit.lastLevel;
        fit.sse += error * error;
        fit.lastLevel += alpha * error;
    }
    return fit;
}

/// The least-squares ℓ_0 for a given α. With ℓ_0 = 0 the errors are e⁰_t; a start of ℓ_0
/// lowers error t by (1 − α)^(t−1) ℓ_0, so ℓ_0 = Σ c_t e⁰_t / Σ c_t².
double bestInitialLevel(std::span<const double> values, double alpha)
{
    double level = 0.0;
    double weight = 1.0;
    double numerator = 0.0;
    double denominator = 0.0;
    for (double y : values) {
        const double error = y - level;
        numerator += weight * error;
        denominator += weight * weight;
        level += alpha * error;
        weight *= 1.0 - alpha;
    }
    return denominator > 0.0 ? numerator / denominator : 0.0;
}

SesFit fitForAlpha(std::span<const double> values, double alpha, std::optional<double> initialLevel)
{
    return run(values, alpha, initialLevel ? *initialLevel : bestInitialLevel(values, alpha));
}

} // namespace

SesFit fitSes(std::span<const double> values, std::optional<double> alpha, std::optional<double> initialLevel)
{
    if (alpha)
        return fitForAlpha(values, *alpha, initialLevel);

    constexpr int kGrid = 20;
    std::array<double, kGrid + 1> grid {};
    for (int i = 0; i <= kGrid; ++i)
        grid[static_cast<std::size_t>(i)] = kMinAlpha + (kMaxAlpha - kMinAlpha) * i / kGrid;
    SesFit best = fitForAlpha(values, grid[0], initialLevel);
    std::size_t bestIndex = 0;
    for (std::size_t i = 1; i < grid.size(); ++i) {
        const SesFit candidate = fitForAlpha(values, grid[i], initialLevel);
        if (candidate.sse < best.sse) {
            best = candidate;
            bestIndex = i;
        }
    }

    // Golden-section search between the grid neighbours of the best grid point.
    const double invPhi = (std::sqrt(5.0) - 1.0) / 2.0;
    double lo = grid[bestIndex == 0 ? 0 : bestIndex - 1];
    double hi = grid[bestIndex + 1 == grid.size() ? bestIndex : bestIndex + 1];
    double x1 = hi - invPhi * (hi - lo);
    double x2 = lo + invPhi * (hi - lo);
    SesFit f1 = fitForAlpha(values, x1, initialLevel);
    SesFit f2 = fitForAlpha(values, x2, initialLevel);
    for (int iteration = 0; iteration < 40 && hi - lo > 1e-7; ++iteration) {
        if (f1.sse < f2.sse) {
            hi = x2;
            x2 = x1;
            f2 = f1;
            x1 = hi - invPhi * (hi - lo);
            f1 = fitForAlpha(values, x1, initialLevel);
        } else {
            lo = x1;
            x1 = x2;
            f1 = f2;
            x2 = lo + invPhi * (hi - lo);
            f2 = fitForAlpha(values, x2, initialLevel);
        }
    }
    for (const SesFit &candidate : { f1, f2 })
        if (candidate.sse < best.sse)
            best = candidate;
    return best;
}

} // namespace attain::engine::forecast
