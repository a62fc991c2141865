#include "engine/forecast/Theta.h"

#include "engine/forecast/GaussianStream.h"
#include "engine/forecast/Intervals.h"
#include "engine/forecast/MissingValues.h"

#include <algorithm>
#include <cmath>

namespace attain::engine::forecast {

namespace {

/// Least-squares slope of values against t = 0 … n − 1; 0 for fewer than two values.
double olsSlope(std::span<const double> values)
{
    const std::size_t n = values.size();
    if (n < 2)
        return 0.0;
    const double meanT = (static_cast<double>(n) - 1.0) / 2.0;
    double meanY = 0.0;
    for (double v : values)
        meanY += v;
    meanY /= static_cast<double>(n);
    double sxy = 0.0;
    double sxx = 0.0;
    for (std::size_t t = 0; t < n; ++t) {
        const double dt = static_cast<double>(t) - meanT;
        sxy += dt * (values[t] - meanY);
        sxx += dt * dt;
    }
    return sxy / sxx;
}

} // namespace

std::unique_ptr<ThetaModel> ThetaModel::fit(const Series &series, const ThetaOptions &options)
{
    const std::vector<double> filled = fillGaps(series.values);
    if (filled.empty())
        return nullptr;

    std::unique_ptr<ThetaModel> model(new ThetaModel());
    if (options.seasonalAdjustment)
        model->m_adjustment = SeasonalAdjustment::detect(filled, series.period);
    const std::vector<double> adjusted = model->m_adjustment.adjust(filled);

    model->m_length = adjusted.size();
    model->m_ses = fitSes(adjusted, options.alpha, options.initialLevel);
    model->m_slope = olsSlope(adjusted);
    // Two estimated parameters (α, ℓ_0), as in R's ets; with so few points that nothing is
    // left, the plain mean square is the only estimate there is.
    const std::size_t dof = adjusted.size() > 2 ? adjusted.size() - 2 : adjusted.size();
    model->m_sigma = std::sqrt(model->m_ses.sse / static_cast<double>(dof));
    return model;
}

double ThetaModel::adjustedPoint(int h) const
{
    const double alpha = std::max(m_ses.alpha, 1e-10);
    const double n = static_cast<double>(m_length);
    const double start = (1.0 - std::pow(1.0 - alpha, n)) / alpha;
    return m_ses.lastLevel + m_slope / 2.0 * (static_cast<double>(h - 1) + start);
}

Forecast ThetaModel::forecast(int horizon) const
{
    Forecast result;
    result.method = name();
    const auto count = static_cast<std::size_t>(std::max(horizon, 0));
    for (auto *column : { &result.point, &result.lo80, &result.hi80, &result.lo95, &result.hi95 })
        column->resize(count);
    const double alpha = m_ses.alpha;
    for (std::size_t i = 0; i < count; ++i) {
        const double factor = m_adjustment.factor(m_length + i);
        const double point = adjustedPoint(static_cast<int>(i) + 1);
        const double spread = m_sigma * std::sqrt(1.0 + alpha * alpha * static_cast<double>(i));
        const Bounds b = normalBounds(point, spread);
        result.point[i] = point * factor;
        result.lo80[i] = b.lo80 * factor;
        result.hi80[i] = b.hi80 * factor;
        result.lo95[i] = b.lo95 * factor;
        result.hi95[i] = b.hi95 * factor;
    }
    return result;
}

void ThetaModel::simulate(int horizon, int count, std::uint64_t seed, std::span<double> paths) const
{
    if (horizon <= 0 || count <= 0)
        return;
    const auto h = static_cast<std::size_t>(horizon);
    std::vector<double> points(h);
    std::vector<double> factors(h);
    for (std::size_t i = 0; i < h; ++i) {
        points[i] = adjustedPoint(static_cast<int>(i) + 1);
        factors[i] = m_adjustment.factor(m_length + i);
    }
    GaussianStream normal(seed);
    const auto rows = std::min(static_cast<std::size_t>(count), paths.size() / h);
    for (std::size_t row = 0; row < rows; ++row) {
        // Deviation of the level from its expected path, accumulated from earlier errors.
        double levelShift = 0.0;
        for (std::size_t i = 0; i < h; ++i) {
            const double error = m_sigma * normal.next();
            paths[row * h + i] = (points[i] + levelShift + error) * factors[i];
            levelShift += m_ses.alpha * error;
        }
    }
}

} // namespace attain::engine::forecast
