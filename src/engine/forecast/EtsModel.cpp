#include "engine/forecast/Ets.h"

#include "engine/forecast/EtsCore.h"
#include "engine/forecast/GaussianStream.h"
#include "engine/forecast/Intervals.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace attain::engine::forecast {

namespace {

/// Paths behind simulated intervals: enough for stable 2.5 % quantiles, fixed seed so the same
/// data always give the same intervals.
constexpr int intervalPaths = 2000;
constexpr std::uint64_t intervalSeed = 0x5EEDE75ULL;

} // namespace

std::string etsName(EtsSpec spec)
{
    const char *error = spec.error == ErrorType::Additive ? "A" : "M";
    const char *trend = spec.trend == TrendType::None ? "N" : spec.trend == TrendType::Additive ? "A" : "Ad";
    const char *season = spec.season == SeasonType::None ? "N" : spec.season == SeasonType::Additive ? "A" : "M";
    return std::string("ETS(") + error + "," + trend + "," + season + ")";
}

std::unique_ptr<EtsModel> EtsModel::evaluate(std::span<const double> values, int period, EtsSpec spec,
                                             const EtsParams &params)
{
    const bool seasonal = spec.season != SeasonType::None;
    if (values.empty() || (seasonal && (period <= 1 || params.season.size() != static_cast<std::size_t>(period))))
        return nullptr;

    std::unique_ptr<EtsModel> model(new EtsModel);
    model->m_spec = spec;
    model->m_params = params;
    if (spec.trend != TrendType::Damped)
        model->m_params.phi = 1.0;
    model->m_period = seasonal ? period : 1;
    model->m_season.assign(seasonal ? params.season.size() : 0, 0.0);
    model->m_fitted.assign(values.size(), 0.0);
    const detail::EtsFilterResult run =
        detail::etsFilter(values, spec, model->m_params, model->m_season, model->m_fitted);
    if (!std::isfinite(run.criterion))
        return nullptr;

    const int n = static_cast<int>(values.size());
    const int k = detail::etsParameterCount(spec, model->m_period);
    model->m_level = run.level;
    model->m_trend = run.trend;
    model->m_criterion = run.criterion;
    model->m_parameterCount = k;
    model->m_aicc = n - k - 1 > 0 ? run.criterion + 2.0 * k + 2.0 * k * (k + 1) / static_cast<double>(n - k - 1)
                                  : std::numeric_limits<double>::infinity();
    model->m_sigma2 = run.sumSquares / static_cast<double>(n - k > 0 ? n - k : n);
    return model;
}

Forecast EtsModel::forecast(int horizon) const
{
    Forecast result;
    result.method = name();
    if (horizon <= 0)
        return result;
    const auto h = static_cast<std::size_t>(horizon);
    result.point.resize(h);
    double damping = 0.0; // φ + φ² + … + φ^j
    double phiPower = 1.0;
    for (std::size_t j = 0; j < h; ++j) {
        phiPower *= m_params.phi;
        damping += phiPower;
        const double base = m_level + (m_spec.trend == TrendType::None ? 0.0 : damping * m_trend);
        const double seasonal = m_season.empty() ? 0.0 : m_season[j % m_season.size()];
        result.point[j] = m_spec.season == SeasonType::Additive         ? base + seasonal
                          : m_spec.season == SeasonType::Multiplicative ? base * seasonal
                                                                        : base;
    }
    // Classes 1 and 2 of Hyndman et al. have closed-form variances; the rest are simulated.
    const bool closedForm = m_spec.error == ErrorType::Additive ? m_spec.season != SeasonType::Multiplicative
                                                                : m_spec.season == SeasonType::None;
    if (m_sigma2 <= 0.0) {
        result.lo80 = result.hi80 = result.lo95 = result.hi95 = result.point;
    } else if (closedForm) {
        analyticIntervals(result);
    } else {
        simulatedIntervals(result);
    }
    return result;
}

void EtsModel::analyticIntervals(Forecast &forecast) const
{
    const std::size_t h = forecast.point.size();
    // c_j = α + β·φ_j + γ·[j is a multiple of the period] (Hyndman et al. 2008, table 6.2),
    // with φ_j = j for a plain trend and φ + … + φ^j when damped.
    std::vector<double> c2(h, 0.0); // c2[j − 1] = c_j²
    double damping = 0.0, phiPower = 1.0;
    for (std::size_t j = 1; j < h; ++j) {
        phiPower *= m_params.phi;
        damping += phiPower;
        double c = m_params.alpha;
        if (m_spec.trend != TrendType::None)
            c += m_params.beta * damping;
        if (m_spec.season != SeasonType::None && j % static_cast<std::size_t>(m_period) == 0)
            c += m_params.gamma;
        c2[j - 1] = c * c;
    }
    forecast.lo80.resize(h);
    forecast.hi80.resize(h);
    forecast.lo95.resize(h);
    forecast.hi95.resize(h);
    const bool additiveError = m_spec.error == ErrorType::Additive;
    std::vector<double> theta(additiveError ? 0 : h);
    double sumC2 = 0.0;
    for (std::size_t j = 0; j < h; ++j) {
        const double mu = forecast.point[j];
        double variance = 0.0;
        if (additiveError) {
            // Class 1: Var(h) = σ²·(1 + Σ_{i<h} c_i²).
            variance = m_sigma2 * (1.0 + sumC2);
            sumC2 += c2[j];
        } else {
            // Class 2 (multiplicative error, no season): θ_h = μ_h² + σ²·Σ_{i<h} c_i²·θ_{h−i},
            // Var(h) = (1 + σ²)·θ_h − μ_h².
            double weighted = 0.0;
            for (std::size_t i = 1; i <= j; ++i)
                weighted += c2[i - 1] * theta[j - i];
            theta[j] = mu * mu + m_sigma2 * weighted;
            variance = (1.0 + m_sigma2) * theta[j] - mu * mu;
        }
        const Bounds b = normalBounds(mu, std::sqrt(std::max(variance, 0.0)));
        forecast.lo80[j] = b.lo80;
        forecast.hi80[j] = b.hi80;
        forecast.lo95[j] = b.lo95;
        forecast.hi95[j] = b.hi95;
    }
}

void EtsModel::simulatedIntervals(Forecast &forecast) const
{
    const std::size_t h = forecast.point.size();
    std::vector<double> paths(h * intervalPaths);
    simulate(static_cast<int>(h), intervalPaths, intervalSeed, paths);
    forecast.lo80.resize(h);
    forecast.hi80.resize(h);
    forecast.lo95.resize(h);
    forecast.hi95.resize(h);
    std::vector<double> column(intervalPaths);
    for (std::size_t j = 0; j < h; ++j) {
        for (std::size_t i = 0; i < column.size(); ++i)
            column[i] = paths[i * h + j];
        const Bounds b = sampleBounds(column, forecast.point[j]);
        forecast.lo80[j] = b.lo80;
        forecast.hi80[j] = b.hi80;
        forecast.lo95[j] = b.lo95;
        forecast.hi95[j] = b.hi95;
    }
}

void EtsModel::simulate(int horizon, int count, std::uint64_t seed, std::span<double> paths) const
{
    if (horizon <= 0 || count <= 0)
        return;
    const auto h = static_cast<std::size_t>(horizon);
    const std::size_t rows = std::min(static_cast<std::size_t>(count), paths.size() / h);
    const double sd = std::sqrt(std::max(m_sigma2, 0.0));
    const bool multiplicativeError = m_spec.error == ErrorType::Multiplicative;
    GaussianStream normal(seed);
    std::vector<double> season(m_season.size());
    double unused = 0.0;
    for (std::size_t i = 0; i < rows; ++i) {
        double level = m_level, trend = m_trend;
        std::copy(m_season.begin(), m_season.end(), season.begin());
        for (std::size_t j = 0; j < h; ++j) {
            double &s = season.empty() ? unused : season[j % season.size()];
            const detail::EtsPrediction prediction = detail::etsPredict(m_spec, level, trend, m_params.phi, s);
            const double error = sd > 0.0 ? sd * normal.next() : 0.0;
            const double y = multiplicativeError ? prediction.value * (1.0 + error) : prediction.value + error;
            paths[i * h + j] = y;
            detail::etsUpdate(m_spec, m_params, y, prediction, level, trend, s);
        }
    }
}

} // namespace attain::engine::forecast
