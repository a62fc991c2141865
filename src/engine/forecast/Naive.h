#pragma once

#include "engine/forecast/Forecast.h"

#include <memory>

namespace attain::engine::forecast {

/// The naive benchmarks every method must beat: the last value (random walk), or the value
/// one season back (seasonal random walk). Intervals are analytic: σ·sqrt(h) for naive,
/// σ·sqrt(k + 1) with k = ⌊(h − 1)/m⌋ for seasonal naive, σ² being the mean squared
/// in-sample one-step (one-season) difference, as in R forecast::naive / snaive.
class NaiveModel final : public FittedModel
{
public:
    /// Fits the method to `series` after filling missing values (`fillGaps`). `seasonal`
    /// asks for the seasonal version; it falls back to plain naive when period < 2 or the
    /// series is not longer than one season. Null only when there is no observation.
    [[nodiscard]] static std::unique_ptr<NaiveModel> fit(const Series &series, bool seasonal);

    [[nodiscard]] Forecast forecast(int horizon) const override;
    /// Random-walk paths: each step (each season position, for seasonal naive) adds a
    /// normal error of standard deviation σ to the previous value of that position.
    void simulate(int horizon, int count, std::uint64_t seed, std::span<double> paths) const override;
    /// "SNaive" or "Naive" — whichever was actually fitted.
    [[nodiscard]] std::string name() const override { return m_lastSeason.size() > 1 ? "SNaive" : "Naive"; }

    [[nodiscard]] double sigma() const { return m_sigma; }

private:
    NaiveModel() = default;

    std::vector<double> m_lastSeason; ///< the last m values (one value for plain naive)
    double m_sigma = 0.0;
};

} // namespace attain::engine::forecast
