#include "engine/forecast/Ets.h"

#include "engine/forecast/EtsCore.h"
#include "engine/forecast/EtsInit.h"
#include "engine/forecast/MissingValues.h"
#include "engine/forecast/NelderMead.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace attain::engine::forecast {

namespace {

/// The usual bounds of R's forecast::ets. beta < alpha and gamma < 1 − alpha are kept by
/// optimising the fractions beta/alpha and gamma/(1 − alpha) inside the same box, so the
/// optimiser only ever sees box constraints.
constexpr double lowerSmoothing = 1e-4;
constexpr double upperSmoothing = 0.9999;
constexpr double lowerPhi = 0.8;
constexpr double upperPhi = 0.98;
constexpr double infinity = std::numeric_limits<double>::infinity();
/// Evaluation budget per model. The criterion is n·log Σe², so a relative tolerance of 1e-6
/// stops far below any difference that matters to AICc; on M3 monthly data a fit then takes
/// about 190 evaluations and a whole automatic selection about 1.8 ms per series.
constexpr NelderMead::Options optimiserOptions{.maxEvaluations = 1000, .relativeTolerance = 1e-6};
/// Budget for polishing the selected seasonal model with its seasonal start states.
constexpr NelderMead::Options refineOptions{.maxEvaluations = 1500, .relativeTolerance = 1e-6};

/// Where each optimised value sits in the vector the optimiser sees.
struct Layout
{
    int beta = -1, gamma = -1, phi = -1, level = -1, trend = -1;
    int size = 1; // alpha is always first

    explicit Layout(EtsSpec spec)
    {
        if (spec.trend != TrendType::None)
            beta = size++;
        if (spec.season != SeasonType::None)
            gamma = size++;
        if (spec.trend == TrendType::Damped)
            phi = size++;
        level = size++;
        if (spec.trend != TrendType::None)
            trend = size++;
    }

    void decode(std::span<const double> x, EtsParams &params) const
    {
        params.alpha = x[0];
        if (beta >= 0)
            params.beta = x[static_cast<std::size_t>(beta)] * params.alpha;
        if (gamma >= 0)
            params.gamma = x[static_cast<std::size_t>(gamma)] * (1.0 - params.alpha);
        params.phi = phi >= 0 ? x[static_cast<std::size_t>(phi)] : 1.0;
        params.level = x[static_cast<std::size_t>(level)];
        if (trend >= 0)
            params.trend = x[static_cast<std::size_t>(trend)];
    }
};

bool strictlyPositive(std::span<const double> y)
{
    return std::all_of(y.begin(), y.end(), [](double v) { return v > 0.0; });
}

bool applicable(std::span<const double> y, int period, EtsSpec spec, bool positive)
{
    const bool multiplicative = spec.error == ErrorType::Multiplicative || spec.season == SeasonType::Multiplicative;
    if (y.size() < 2 || (multiplicative && !positive))
        return false;
    if (spec.error == ErrorType::Additive && spec.season == SeasonType::Multiplicative)
        return false;
    return spec.season == SeasonType::None || (period > 1 && y.size() >= 2 * static_cast<std::size_t>(period));
}

/// Maximum-likelihood fit of one applicable spec; the seasonal start states stay at their
/// decomposition values here (optimising them for every candidate would multiply the cost by
/// the period); refineSeason frees them for the selected model.
std::unique_ptr<EtsModel> fitSpec(std::span<const double> y, int period, EtsSpec spec, NelderMead &optimizer)
{
    const bool seasonal = spec.season != SeasonType::None;
    const int m = seasonal ? period : 1;
    EtsParams params = detail::etsInitialStates(y, period, spec);
    const Layout layout(spec);
    const auto size = static_cast<std::size_t>(layout.size);

    double scale = 0.0;
    for (double v : y)
        scale += std::abs(v);
    scale = std::max(scale / static_cast<double>(y.size()), 1e-8);

    std::array<double, 6> x{}, step{}, lower{}, upper{};
    const auto set = [&](int index, double start, double stepSize, double low, double high) {
        const auto i = static_cast<std::size_t>(index);
        x[i] = start;
        step[i] = stepSize;
        lower[i] = low;
        upper[i] = high;
    };
    // Starting values as in R: alpha small for seasonal models, beta about 0.1 but below alpha,
    // gamma about 0.05, phi near its upper bound.
    const double alpha = lowerSmoothing + 0.2 * (upperSmoothing - lowerSmoothing) / m;
    set(0, alpha, 0.1, lowerSmoothing, upperSmoothing);
    if (layout.beta >= 0)
        set(layout.beta, std::clamp(std::min(0.1, alpha - 1e-3) / alpha, 0.01, upperSmoothing), 0.1,
            lowerSmoothing, upperSmoothing);
    if (layout.gamma >= 0)
        set(layout.gamma, std::clamp(0.05 / (1.0 - alpha), 0.01, upperSmoothing), 0.1, lowerSmoothing,
            upperSmoothing);
    if (layout.phi >= 0)
        set(layout.phi, lowerPhi + 0.99 * (upperPhi - lowerPhi), 0.05, lowerPhi, upperPhi);
    set(layout.level, params.level, 0.1 * std::max(std::abs(params.level), 0.01 * scale), -infinity, infinity);
    if (layout.trend >= 0)
        set(layout.trend, params.trend, 0.1 * std::max(std::abs(params.trend), 0.01 * scale), -infinity, infinity);

    std::vector<double> season(seasonal ? static_cast<std::size_t>(period) : 0);
    const auto objective = [&](std::span<const double> candidate) {
        layout.decode(candidate, params);
        return detail::etsFilter(y, spec, params, season, {}).criterion;
    };
    optimizer.minimize(objective, std::span(x).first(size), std::span<const double>(step).first(size),
                       std::span<const double>(lower).first(size), std::span<const double>(upper).first(size),
                       optimiserOptions);
    layout.decode(std::span<const double>(x).first(size), params);
    return EtsModel::evaluate(y, period, spec, params);
}

/// Polishes a fitted seasonal model by optimising its seasonal start states too (period − 1 of
/// them; the last keeps the sum at 0 or at the period), starting from its fitted parameters.
/// Done for the selected model only, where the extra cost is paid once per series.
std::unique_ptr<EtsModel> refineSeason(std::span<const double> y, int period, const EtsModel &model,
                                       NelderMead &optimizer)
{
    const EtsSpec spec = model.spec();
    EtsParams params = model.params();
    const Layout layout(spec);
    const auto base = static_cast<std::size_t>(layout.size);
    const auto free = static_cast<std::size_t>(period - 1);
    const std::size_t size = base + free;
    const bool multiplicative = spec.season == SeasonType::Multiplicative;

    double scale = 0.0;
    for (double v : y)
        scale += std::abs(v);
    scale = std::max(scale / static_cast<double>(y.size()), 1e-8);

    std::vector<double> x(size), step(size), lower(size, -infinity), upper(size, infinity);
    x[0] = params.alpha;
    step[0] = 0.05;
    lower[0] = lowerSmoothing;
    upper[0] = upperSmoothing;
    const auto smoothing = [&](int index, double value, double low, double high) {
        const auto i = static_cast<std::size_t>(index);
        x[i] = std::clamp(value, low, high);
        step[i] = 0.05;
        lower[i] = low;
        upper[i] = high;
    };
    if (layout.beta >= 0)
        smoothing(layout.beta, params.beta / params.alpha, lowerSmoothing, upperSmoothing);
    smoothing(layout.gamma, params.gamma / (1.0 - params.alpha), lowerSmoothing, upperSmoothing);
    if (layout.phi >= 0)
        smoothing(layout.phi, params.phi, lowerPhi, upperPhi);
    x[static_cast<std::size_t>(layout.level)] = params.level;
    step[static_cast<std::size_t>(layout.level)] = 0.02 * std::max(std::abs(params.level), scale);
    if (layout.trend >= 0) {
        x[static_cast<std::size_t>(layout.trend)] = params.trend;
        step[static_cast<std::size_t>(layout.trend)] = 0.1 * std::max(std::abs(params.trend), 0.01 * scale);
    }
    for (std::size_t i = 0; i < free; ++i) {
        x[base + i] = params.season[i];
        step[base + i] = multiplicative ? 0.02 : 0.02 * scale;
    }

    std::vector<double> season(static_cast<std::size_t>(period));
    const auto decode = [&](std::span<const double> candidate) {
        layout.decode(candidate, params);
        double sum = 0.0;
        for (std::size_t i = 0; i < free; ++i) {
            params.season[i] = candidate[base + i];
            sum += candidate[base + i];
        }
        params.season[free] = (multiplicative ? static_cast<double>(period) : 0.0) - sum;
    };
    const auto objective = [&](std::span<const double> candidate) {
        decode(candidate);
        return detail::etsFilter(y, spec, params, season, {}).criterion;
    };
    optimizer.minimize(objective, x, step, lower, upper, refineOptions);
    decode(x);
    return EtsModel::evaluate(y, period, spec, params);
}

/// Flat forecast of a series whose observations are all equal: no noise, zero-width intervals.
std::unique_ptr<EtsModel> constantModel(std::span<const double> y, int period)
{
    EtsParams params;
    params.alpha = upperSmoothing;
    params.level = y.front();
    return EtsModel::evaluate(y, period, {}, params);
}

} // namespace

std::unique_ptr<EtsModel> fitEts(const Series &series, EtsSpec spec)
{
    const std::vector<double> y = fillGaps(series.values);
    if (!applicable(y, series.period, spec, strictlyPositive(y)))
        return nullptr;
    NelderMead optimizer;
    return fitSpec(y, series.period, spec, optimizer);
}

EtsSelection selectEts(const Series &series)
{
    EtsSelection selection;
    const std::vector<double> y = fillGaps(series.values);
    if (y.empty())
        return selection;
    const auto [low, high] = std::minmax_element(y.begin(), y.end());
    if (*high - *low <= 1e-12 * std::max(std::abs(*low), std::abs(*high))) {
        selection.best = constantModel(y, series.period);
        return selection;
    }

    const bool positive = strictlyPositive(y);
    const int n = static_cast<int>(y.size());
    NelderMead optimizer;
    std::unique_ptr<EtsModel> &best = selection.best;
    std::unique_ptr<EtsModel> &bestDamped = selection.bestDamped;
    for (ErrorType error : {ErrorType::Additive, ErrorType::Multiplicative}) {
        for (TrendType trend : {TrendType::None, TrendType::Additive, TrendType::Damped}) {
            for (SeasonType season : {SeasonType::None, SeasonType::Additive, SeasonType::Multiplicative}) {
                const EtsSpec spec{error, trend, season};
                // Like R, a model needs a few more observations than it has parameters.
                if (!applicable(y, series.period, spec, positive)
                    || n <= detail::etsParameterCount(spec, series.period) + 3)
                    continue;
                std::unique_ptr<EtsModel> model = fitSpec(y, series.period, spec, optimizer);
                if (!model || !std::isfinite(model->aicc()))
                    continue;
                // The best damped model is kept as well: the combination forecast uses it.
                if (trend == TrendType::Damped && (!bestDamped || model->aicc() < bestDamped->aicc())) {
                    if (!best || model->aicc() < best->aicc())
                        best = std::make_unique<EtsModel>(*model);
                    bestDamped = std::move(model);
                } else if (!best || model->aicc() < best->aicc()) {
                    best = std::move(model);
                }
            }
        }
    }
    if (best && best->spec().season != SeasonType::None)
        if (std::unique_ptr<EtsModel> refined = refineSeason(y, series.period, *best, optimizer);
            refined && refined->aicc() < best->aicc())
            best = std::move(refined);
    if (best)
        return selection;
    // Too short for any model's AICc: simple exponential smoothing still gives a forecast.
    if (n >= 2)
        if (std::unique_ptr<EtsModel> ses = fitSpec(y, series.period, {}, optimizer)) {
            selection.best = std::move(ses);
            return selection;
        }
    selection.best = constantModel(y, series.period);
    return selection;
}

std::unique_ptr<EtsModel> fitAutoEts(const Series &series)
{
    return selectEts(series).best;
}

} // namespace attain::engine::forecast
