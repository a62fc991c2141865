#pragma once

#include "engine/forecast/Forecast.h"

#include <memory>
#include <span>
#include <string>
#include <vector>

/// Exponential smoothing in state-space form (Hyndman, Koehler, Ord & Snyder 2008): every model
/// is a level, an optional (damped) trend and an optional season, each updated by the one-step
/// error, which enters additively or multiplicatively. The state-space form gives a likelihood,
/// so the models can be fitted and compared by AICc, and it gives the forecast distribution.
namespace attain::engine::forecast {

enum class ErrorType { Additive, Multiplicative };
enum class TrendType { None, Additive, Damped };
enum class SeasonType { None, Additive, Multiplicative };

/// One member of the family, e.g. {Multiplicative, Damped, Multiplicative} = ETS(M,Ad,M).
struct EtsSpec
{
    ErrorType error = ErrorType::Additive;
    TrendType trend = TrendType::None;
    SeasonType season = SeasonType::None;

    friend bool operator==(const EtsSpec &, const EtsSpec &) = default;
};

/// "ETS(A,Ad,M)"-style name of a specification.
[[nodiscard]] std::string etsName(EtsSpec spec);

/// Smoothing parameters and initial states of a model. `beta` is used only with a trend,
/// `gamma` and `season` only with a season, `phi` only when the trend is damped.
struct EtsParams
{
    double alpha = 0.5; ///< level smoothing
    double beta = 0.0;  ///< trend smoothing (error-correction form: b += beta·e for additive error)
    double gamma = 0.0; ///< season smoothing
    double phi = 1.0;   ///< damping of the trend
    double level = 0.0; ///< level before the first observation
    double trend = 0.0; ///< trend before the first observation
    /// Seasonal states before the first observation, one per period: season[j] applies to
    /// observation j (0-based). Additive states sum to 0, multiplicative ones to the period.
    std::vector<double> season;
};

/// An ETS model run over one series: its fit, final state and forecast distribution.
class EtsModel final : public FittedModel
{
public:
    /// Runs `spec` with the given parameters over `values` (no estimation, no missing values):
    /// the way to evaluate a model with known parameters. Returns nullptr when the combination
    /// cannot be run (a seasonal spec without period > 1 or with the wrong number of seasonal
    /// states, multiplicative parts on non-positive forecasts, an empty series).
    [[nodiscard]] static std::unique_ptr<EtsModel> evaluate(std::span<const double> values, int period, EtsSpec spec,
                                                            const EtsParams &params);

    [[nodiscard]] Forecast forecast(int horizon) const override;
    void simulate(int horizon, int count, std::uint64_t seed, std::span<double> paths) const override;
    [[nodiscard]] std::string name() const override { return etsName(m_spec); }

    [[nodiscard]] EtsSpec spec() const { return m_spec; }
    [[nodiscard]] const EtsParams &params() const { return m_params; }
    /// Corrected Akaike criterion; +∞ when the series is too short for the parameter count.
    [[nodiscard]] double aicc() const { return m_aicc; }
    /// −2·log-likelihood without the constant terms: n·log Σe² (+ 2·Σ log|ŷ| for multiplicative error).
    [[nodiscard]] double likelihoodCriterion() const { return m_criterion; }
    /// Variance of the one-step errors (relative errors for multiplicative error).
    [[nodiscard]] double sigma2() const { return m_sigma2; }
    /// In-sample one-step-ahead forecasts, one per observation.
    [[nodiscard]] const std::vector<double> &fitted() const { return m_fitted; }
    /// Parameters counted by the AICc: smoothing parameters, initial states and the variance.
    [[nodiscard]] int parameterCount() const { return m_parameterCount; }

private:
    EtsModel() = default;

    /// Closed-form intervals: additive error with linear states (class 1 of Hyndman et al.) and
    /// multiplicative error without a season (class 2), both as mean ± z·sd.
    void analyticIntervals(Forecast &forecast) const;
    /// Intervals from the quantiles of simulated paths (models with a multiplicative part).
    void simulatedIntervals(Forecast &forecast) const;

    EtsSpec m_spec;
    EtsParams m_params;
    int m_period = 1;
    double m_level = 0.0, m_trend = 0.0;
    std::vector<double> m_season; ///< final seasonal states: m_season[j] applies j + 1 steps ahead
    std::vector<double> m_fitted;
    double m_criterion = 0.0, m_aicc = 0.0, m_sigma2 = 0.0;
    int m_parameterCount = 0;
};

/// Fits `spec` by maximum likelihood (missing values interpolated first). nullptr when the spec
/// does not apply: multiplicative parts with non-positive data, an additive error with a
/// multiplicative season (numerically unstable), a season without period > 1 and two full
/// seasons of data, or fewer than two observations.
[[nodiscard]] std::unique_ptr<EtsModel> fitEts(const Series &series, EtsSpec spec);

/// The outcome of fitting the whole family: the model with the lowest AICc, and the best
/// damped-trend one (empty when none applies), which combinations use without refitting.
struct EtsSelection
{
    std::unique_ptr<EtsModel> best;
    std::unique_ptr<EtsModel> bestDamped;
};

/// Fits every applicable ETS model once; see fitAutoEts for the rules.
[[nodiscard]] EtsSelection selectEts(const Series &series);

/// Fits every applicable ETS model and keeps the one with the lowest AICc. Constant series get
/// a flat forecast with zero-width intervals; series too short for any model get simple
/// exponential smoothing. nullptr only when the series has no observation.
[[nodiscard]] std::unique_ptr<EtsModel> fitAutoEts(const Series &series);

} // namespace attain::engine::forecast
