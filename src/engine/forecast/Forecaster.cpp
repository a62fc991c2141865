#include "engine/forecast/Forecaster.h"

#include "engine/forecast/Ets.h"
#include "engine/forecast/Naive.h"
#include "engine/forecast/Theta.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

namespace attain::engine::forecast {

namespace {

constexpr std::pair<std::string_view, Method> kNames[] = {
    {"auto", Method::Auto},   {"comb", Method::Combination}, {"ets", Method::Ets},
    {"damped", Method::DampedEts}, {"theta", Method::Theta}, {"naive", Method::Naive},
    {"snaive", Method::SeasonalNaive},
};

/// The damped-trend ETS model with the lowest AICc among those that apply to the data.
std::unique_ptr<FittedModel> fitDamped(const Series &series)
{
    std::unique_ptr<EtsModel> best;
    for (const ErrorType error : {ErrorType::Additive, ErrorType::Multiplicative})
        for (const SeasonType season : {SeasonType::None, SeasonType::Additive, SeasonType::Multiplicative}) {
            auto model = fitEts(series, {error, TrendType::Damped, season});
            if (model && std::isfinite(model->aicc()) && (!best || model->aicc() < best->aicc()))
                best = std::move(model);
        }
    return best;
}

/// The mean of several models: point forecasts and interval bounds averaged (a common and
/// well-calibrated way to combine; see docs/forecasting.md), sample paths drawn from the
/// members in turn (a mixture).
class CombinedModel final : public FittedModel
{
public:
    explicit CombinedModel(std::vector<std::unique_ptr<FittedModel>> members) : m_members(std::move(members)) {}

    Forecast forecast(int horizon) const override
    {
        Forecast result;
        result.method = name();
        const auto size = static_cast<std::size_t>(horizon);
        for (auto *field : {&result.point, &result.lo80, &result.hi80, &result.lo95, &result.hi95})
            field->assign(size, 0.0);
        for (const auto &member : m_members) {
            const Forecast f = member->forecast(horizon);
            for (std::size_t h = 0; h < size; ++h) {
                result.point[h] += f.point[h] / static_cast<double>(m_members.size());
                result.lo80[h] += f.lo80[h] / static_cast<double>(m_members.size());
                result.hi80[h] += f.hi80[h] / static_cast<double>(m_members.size());
                result.lo95[h] += f.lo95[h] / static_cast<double>(m_members.size());
                result.hi95[h] += f.hi95[h] / static_cast<double>(m_members.size());
            }
        }
        return result;
    }

    void simulate(int horizon, int count, std::uint64_t seed, std::span<double> paths) const override
    {
        const auto members = static_cast<int>(m_members.size());
        for (int m = 0; m < members; ++m) {
            const int rows = count / members + (m < count % members ? 1 : 0);
            if (rows == 0)
                continue;
            std::vector<double> own(static_cast<std::size_t>(rows) * static_cast<std::size_t>(horizon));
            m_members[static_cast<std::size_t>(m)]->simulate(horizon, rows, seed + static_cast<std::uint64_t>(m), own);
            for (int r = 0; r < rows; ++r)
                std::copy_n(own.begin() + static_cast<std::ptrdiff_t>(r) * horizon, horizon,
                            paths.begin() + static_cast<std::ptrdiff_t>(r * members + m) * horizon);
        }
    }

    std::string name() const override
    {
        std::string text = "Comb(";
        for (std::size_t i = 0; i < m_members.size(); ++i)
            text += (i ? "," : "") + m_members[i]->name();
        return text + ")";
    }

private:
    std::vector<std::unique_ptr<FittedModel>> m_members;
};

bool usable(const Forecast &f, int horizon)
{
    const auto size = static_cast<std::size_t>(horizon);
    if (f.point.size() != size)
        return false;
    const bool intervals = f.lo80.size() == size && f.hi80.size() == size && f.lo95.size() == size
                        && f.hi95.size() == size;
    for (std::size_t h = 0; h < size; ++h) {
        if (!std::isfinite(f.point[h]))
            return false;
        if (intervals && !(std::isfinite(f.lo95[h]) && std::isfinite(f.hi95[h]) && f.lo95[h] <= f.lo80[h]
                           && f.lo80[h] <= f.point[h] && f.point[h] <= f.hi80[h] && f.hi80[h] <= f.hi95[h]))
            return false;
    }
    return true;
}

} // namespace

std::optional<Method> methodFromName(std::string_view name)
{
    for (const auto &[text, method] : kNames)
        if (text == name)
            return method;
    return std::nullopt;
}

std::string methodNames()
{
    std::string text;
    for (const auto &[name, method] : kNames)
        text += (text.empty() ? "" : ", ") + std::string(name);
    return text;
}

std::unique_ptr<FittedModel> fitModel(const Series &series, Method method)
{
    std::unique_ptr<FittedModel> model;
    switch (method) {
    case Method::Auto:
    case Method::Combination: {
        std::vector<std::unique_ptr<FittedModel>> members;
        if (auto ets = fitAutoEts(series))
            members.push_back(std::move(ets));
        if (auto theta = ThetaModel::fit(series))
            members.push_back(std::move(theta));
        if (auto damped = fitDamped(series))
            members.push_back(std::move(damped));
        if (members.size() == 1)
            model = std::move(members.front());
        else if (!members.empty())
            model = std::make_unique<CombinedModel>(std::move(members));
        break;
    }
    case Method::Ets: model = fitAutoEts(series); break;
    case Method::DampedEts: model = fitDamped(series); break;
    case Method::Theta: model = ThetaModel::fit(series); break;
    case Method::Naive: model = NaiveModel::fit(series, false); break;
    case Method::SeasonalNaive: model = NaiveModel::fit(series, true); break;
    }
    if (!model)
        model = NaiveModel::fit(series, false);
    return model;
}

Forecast forecastSeries(const Series &series, int horizon, Method method)
{
    if (auto model = fitModel(series, method)) {
        Forecast forecast = model->forecast(horizon);
        if (usable(forecast, horizon))
            return forecast;
        if (auto naive = NaiveModel::fit(series, false)) {
            forecast = naive->forecast(horizon);
            if (usable(forecast, horizon))
                return forecast;
        }
    }
    Forecast nothing; // no observation at all: a flat zero, and no pretence of intervals
    nothing.point.assign(static_cast<std::size_t>(std::max(horizon, 0)), 0.0);
    nothing.method = "None";
    return nothing;
}

std::vector<Forecast> forecastAll(const std::vector<NamedSeries> &series, Method method, unsigned threads)
{
    std::vector<Forecast> results(series.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < series.size(); i = next++)
            results[i] = forecastSeries(series[i].series, series[i].horizon, method);
    };
    std::vector<std::thread> workers;
    for (unsigned t = 1; t < std::max(1u, threads); ++t)
        workers.emplace_back(work);
    work();
    for (std::thread &worker : workers)
        worker.join();
    return results;
}

} // namespace attain::engine::forecast
