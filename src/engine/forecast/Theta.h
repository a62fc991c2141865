#pragma once

#include "engine/forecast/Forecast.h"
#include "engine/forecast/SeasonalAdjustment.h"
#include "engine/forecast/SesFit.h"

#include <memory>
#include <optional>

namespace attain::engine::forecast {

/// Settings of the Theta method; the defaults are the standard method.
struct ThetaOptions
{
    std::optional<double> alpha; ///< fixed SES smoothing parameter; estimated when empty
    std::optional<double> initialLevel; ///< fixed SES start level ℓ_0; estimated when empty
    bool seasonalAdjustment = true; ///< false skips the seasonality test (never adjusts)
};

/// The standard Theta method of Assimakopoulos & Nikolopoulos (2000), winner of the M3
/// competition, in the equivalent form of Hyndman & Billah (2003) and R forecast::thetaf:
/// simple exponential smoothing with a drift of half the series' least-squares slope,
/// applied after multiplicative seasonal adjustment when the 90 % seasonality test says so.
///
/// Point forecast (seasonally adjusted scale): ℓ_n + b/2 · (h − 1 + (1 − (1 − α)^n) / α).
/// Intervals are the SES ones, σ·sqrt(1 + α²(h − 1)) with σ² = SSE / (n − 2), like thetaf;
/// they ignore the uncertainty of the drift and of the seasonal indices, so they are too
/// narrow: on the M3 monthly hold-out the nominal 80 % / 95 % intervals cover 75 % / 90 %
/// (quarterly 73 % / 87 %). Everything is multiplied back by the seasonal index of the
/// forecast period.
class ThetaModel final : public FittedModel
{
public:
    /// Fits the method to `series`; missing values are filled first (`fillGaps`). Null only
    /// when there is no observation at all.
    [[nodiscard]] static std::unique_ptr<ThetaModel> fit(const Series &series, const ThetaOptions &options = {});

    [[nodiscard]] Forecast forecast(int horizon) const override;
    /// Paths of the SES-with-drift state space model: y = ℓ + ε, ℓ ← ℓ + b/2 + α ε with
    /// normal ε of standard deviation σ, so their mean and spread match `forecast`.
    void simulate(int horizon, int count, std::uint64_t seed, std::span<double> paths) const override;
    [[nodiscard]] std::string name() const override { return "Theta"; }

    [[nodiscard]] const SesFit &ses() const { return m_ses; }
    /// Least-squares slope b of the (seasonally adjusted) series per period.
    [[nodiscard]] double slope() const { return m_slope; }
    /// Standard deviation of the one-step errors (seasonally adjusted scale).
    [[nodiscard]] double sigma() const { return m_sigma; }
    [[nodiscard]] const SeasonalAdjustment &seasonalAdjustment() const { return m_adjustment; }

private:
    ThetaModel() = default;

    /// Point forecast h steps ahead (h ≥ 1) on the adjusted scale.
    [[nodiscard]] double adjustedPoint(int h) const;

    SesFit m_ses;
    SeasonalAdjustment m_adjustment;
    double m_slope = 0.0;
    double m_sigma = 0.0;
    std::size_t m_length = 0;
};

} // namespace attain::engine::forecast
