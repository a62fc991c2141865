#pragma once

#include "engine/Achievability.h"
#include "engine/Metric.h"
#include "engine/Period.h"
#include "engine/Scope.h"
#include "engine/forecast/AttainmentForecast.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace attain::engine {
class MetricCube;
class PreparedSales;
} // namespace attain::engine

namespace attain::ui {

/// A metric's value over the part of a period already behind us, and over the same part a
/// year earlier.
struct PeriodSoFar
{
    bool started = false; ///< false: the period lies after the as-of date
    engine::Period current; ///< the elapsed part (the whole period when it has not started)
    std::optional<engine::Period> lastYear;
    std::optional<std::int64_t> currentValue; ///< none before the start, or when undefined
    std::optional<std::int64_t> lastYearValue; ///< none when undefined
};

/// Complete months of a metric for one scope, oldest first, ending with the month before the
/// as-of date.
struct MonthlySeries
{
    std::vector<engine::Period> months;
    std::vector<std::int64_t> values; ///< undefined months (no closed deal for a rate) carry the previous value
};

/// The engine's achievability verdict for a proposed value, with what it was computed on.
struct TargetAssessment
{
    enum class Status {
        Assessed,
        LowerIsBetter, ///< the verdict assumes growth is good; a sales cycle to cut is not assessed
        NoHistory, ///< no complete month before the target starts
    };
    Status status = Status::NoHistory;
    engine::AchievabilityResult result;
    /// Base months the target covers: the period's months for summed metrics, 1 for levels
    /// (a conversion rate is compared month for month, it does not add up over months).
    std::size_t targetLength = 1;
    /// Months between the last complete month and the target's start, assumed to repeat the
    /// same month a year earlier (the engine wants history right up to the target).
    int assumedMonths = 0;
    MonthlySeries history; ///< the actual months used, without the assumed ones
    /// The forecast for each month of the target period (not only the targetLength months a
    /// level metric is judged on), from the model behind the probability; empty when no
    /// forecast counts (less than a year of history).
    engine::forecast::Forecast forecast;
};

/// History and achievability for the target wizard, computed by the engine's MetricCube over
/// prepared sales. Monthly cubes are kept per scope, so moving between pages or typing a new
/// value does not recount the deals.
class TargetHistory
{
public:
    /// `sales` must be ok() and outlive this object; `asOf` is today as the caller knows it.
    TargetHistory(const engine::PreparedSales &sales, engine::Date asOf);
    ~TargetHistory();
    TargetHistory(const TargetHistory &) = delete;
    TargetHistory &operator=(const TargetHistory &) = delete;

    [[nodiscard]] engine::Date asOf() const { return m_asOf; }
    [[nodiscard]] PeriodSoFar soFar(
        engine::MetricId metric, const engine::Scope &scope, const engine::Period &period) const;
    [[nodiscard]] MonthlySeries monthly(engine::MetricId metric, const engine::Scope &scope) const;
    [[nodiscard]] TargetAssessment assess(
        engine::MetricId metric, const engine::Scope &scope, const engine::Period &period, std::int64_t target) const;

private:
    const engine::MetricCube &monthlyCube(const engine::Scope &scope) const;
    /// The model for this history, fitted once: typing another value does not refit it.
    const engine::forecast::HistoryForecast &forecastFor(const engine::AchievabilityInput &input, int months) const;

    const engine::PreparedSales &m_sales;
    engine::Date m_asOf;
    std::vector<engine::Period> m_months; ///< complete months with data, oldest first
    mutable std::vector<std::pair<engine::Scope, std::unique_ptr<engine::MetricCube>>> m_cubes;
    struct CachedForecast
    {
        std::vector<std::int64_t> history;
        std::size_t targetLength = 0;
        int months = 0;
        engine::forecast::HistoryForecast forecast;
    };
    mutable std::optional<CachedForecast> m_forecast;
};

} // namespace attain::ui
