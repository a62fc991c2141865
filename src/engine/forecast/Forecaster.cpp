#include "engine/forecast/Forecaster.h"

#include "engine/Decomposition.h"
#include "engine/forecast/Ets.h"
#include "engine/forecast/Naive.h"
#include "engine/forecast/Theta.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <thread>

namespace attain::engine::forecast {

namespace {

constexpr std::pair<std::string_view, Method> kNames[] = {
    {"auto", Method::Auto},   {"comb", Method::Combination}, {"ets", Method::Ets},
    {"damped", Method::DampedEts}, {"theta", Method::Theta}, {"naive", Method::Naive},
    {"snaive", Method::SeasonalNaive},
};

/// A weighted mean of several models: point forecasts and interval bounds averaged with the
/// weights (see docs/forecasting.md), sample paths drawn from the members in proportion to
/// their weights (a mixture).
class CombinedModel final : public FittedModel
{
public:
    struct Member
    {
        std::unique_ptr<FittedModel> model;
        int weight = 1;
    };

    explicit CombinedModel(std::vector<Member> members) : m_members(std::move(members))
    {
        for (const Member &member : m_members)
            m_totalWeight += member.weight;
    }

    Forecast forecast(int horizon) const override
    {
        Forecast result;
        result.method = name();
        const auto size = static_cast<std::size_t>(std::max(horizon, 0));
        for (auto *field : {&result.point, &result.lo80, &result.hi80, &result.lo95, &result.hi95})
            field->assign(size, 0.0);
        for (const Member &member : m_members) {
            const Forecast f = member.model->forecast(horizon);
            const double share = static_cast<double>(member.weight) / static_cast<double>(m_totalWeight);
            for (std::size_t h = 0; h < size; ++h) {
                result.point[h] += share * f.point[h];
                result.lo80[h] += share * f.lo80[h];
                result.hi80[h] += share * f.hi80[h];
                result.lo95[h] += share * f.lo95[h];
                result.hi95[h] += share * f.hi95[h];
            }
        }
        return result;
    }

    void simulate(int horizon, int count, std::uint64_t seed, std::span<double> paths) const override
    {
        if (horizon <= 0 || count <= 0)
            return;
        // Never more rows than `paths` holds; rows are shared out in proportion to the weights
        // by largest remainder, so even a handful of paths keeps the mixture's proportions.
        const auto h = static_cast<std::size_t>(horizon);
        const std::int64_t rowsWanted = std::min<std::int64_t>(count, static_cast<std::int64_t>(paths.size() / h));
        std::vector<std::int64_t> weights;
        for (const Member &member : m_members)
            weights.push_back(member.weight);
        const SplitResult rows = splitByWeights(rowsWanted, weights);
        std::size_t offset = 0;
        for (std::size_t m = 0; m < m_members.size() && rows.ok(); ++m) {
            const auto memberRows = static_cast<std::size_t>(rows.values[m]);
            if (memberRows == 0)
                continue;
            m_members[m].model->simulate(horizon, static_cast<int>(memberRows), seed + m,
                                         paths.subspan(offset, memberRows * h));
            offset += memberRows * h;
        }
    }

    std::string name() const override
    {
        std::string text = "Comb(";
        for (std::size_t i = 0; i < m_members.size(); ++i)
            text += (i ? "," : "") + (m_members[i].weight > 1 ? std::to_string(m_members[i].weight) + "×" : "")
                  + m_members[i].model->name();
        return text + ")";
    }

private:
    std::vector<Member> m_members;
    int m_totalWeight = 0;
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
        // Weights 1 : 2 : 1 (ETS : Theta : damped); see docs/forecasting.md for how they were chosen.
        std::vector<CombinedModel::Member> members;
        EtsSelection ets = selectEts(series); // one pass over the family gives both ETS members
        if (ets.best)
            members.push_back({std::move(ets.best), 1});
        if (auto theta = ThetaModel::fit(series))
            members.push_back({std::move(theta), 2});
        if (ets.bestDamped)
            members.push_back({std::move(ets.bestDamped), 1});
        if (members.size() == 1)
            model = std::move(members.front().model);
        else if (!members.empty())
            model = std::make_unique<CombinedModel>(std::move(members));
        break;
    }
    case Method::Ets: model = fitAutoEts(series); break;
    case Method::DampedEts: model = selectEts(series).bestDamped; break;
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
    return fitAndForecast(series, horizon, method).forecast;
}

FittedForecast fitAndForecast(const Series &series, int horizon, Method method)
{
    horizon = std::max(horizon, 0);
    try {
        if (auto model = fitModel(series, method)) {
            Forecast forecast = model->forecast(horizon);
            if (usable(forecast, horizon))
                return {std::move(model), std::move(forecast)};
        }
    } catch (const std::exception &) {
        // A method that fails in an unforeseen way (even out of memory) must not cost the
        // other series their forecasts: naive takes over below.
    }
    try {
        if (auto naive = NaiveModel::fit(series, false)) {
            Forecast forecast = naive->forecast(horizon);
            if (usable(forecast, horizon))
                return {std::move(naive), std::move(forecast)};
        }
    } catch (const std::exception &) {
        // Falls through to the flat forecast.
    }
    FittedForecast nothing; // no observation at all: a flat zero, and no pretence of intervals
    nothing.forecast.point.assign(static_cast<std::size_t>(horizon), 0.0);
    nothing.forecast.method = "None";
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
