#include "app/TargetHistory.h"

#include "engine/ExchangeRates.h"
#include "engine/MetricCube.h"
#include "engine/SalesData.h"
#include "engine/forecast/AttainmentForecast.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace attain::ui {

namespace {

/// At most five years of months: enough for the growth distribution, and a cube of 60 months
/// stays small however many deals there are.
constexpr int kMaxHistoryMonths = 60;

int monthIndexOf(engine::Date date)
{
    return engine::monthIndex(static_cast<int>(date.year()), static_cast<unsigned>(date.month()));
}

engine::Period monthAt(int index)
{
    return engine::Period::month(index / 12, static_cast<unsigned>(index % 12 + 1));
}

} // namespace

TargetHistory::TargetHistory(const engine::PreparedSales &sales, engine::Date asOf)
    : m_sales(sales)
    , m_asOf(asOf)
{
    int firstDay = std::numeric_limits<int>::max();
    for (const engine::DealRecord &deal : sales.data().deals)
        firstDay = std::min(firstDay, deal.createdDay);
    for (const engine::ActivityRecord &activity : sales.data().activities)
        firstDay = std::min(firstDay, activity.day);
    const int lastMonth = monthIndexOf(asOf) - 1; // the as-of month is not complete yet
    if (firstDay == std::numeric_limits<int>::max())
        return;
    const int firstMonth = std::max(monthIndexOf(engine::fromDayNumber(firstDay)), lastMonth - kMaxHistoryMonths + 1);
    for (int month = firstMonth; month <= lastMonth; ++month)
        m_months.push_back(monthAt(month));
}

TargetHistory::~TargetHistory() = default;

const engine::MetricCube &TargetHistory::monthlyCube(const engine::Scope &scope) const
{
    for (const auto &[cached, cube] : m_cubes)
        if (cached == scope)
            return *cube;
    m_cubes.emplace_back(
        scope, std::make_unique<engine::MetricCube>(m_sales, scope, engine::Dimension::Company, m_months));
    return *m_cubes.back().second;
}

MonthlySeries TargetHistory::monthly(engine::MetricId metric, const engine::Scope &scope) const
{
    MonthlySeries series;
    if (m_months.empty())
        return series;
    const engine::MetricCube &cube = monthlyCube(scope);
    std::int64_t previous = 0;
    for (std::size_t i = 0; i < m_months.size(); ++i) {
        previous = cube.value(metric, 0, i).value().value_or(previous);
        series.months.push_back(m_months[i]);
        series.values.push_back(previous);
    }
    return series;
}

const engine::forecast::HistoryForecast &TargetHistory::forecastFor(
    const engine::AchievabilityInput &input, int months) const
{
    // Keyed by the numbers themselves: whatever the metric, scope or period, the same history
    // gives the same model.
    const std::span<const std::int64_t> history = input.history;
    if (!m_forecast || m_forecast->targetLength != input.targetLength || m_forecast->months != months
        || !std::equal(history.begin(), history.end(), m_forecast->history.begin(), m_forecast->history.end())) {
        m_forecast = CachedForecast { { history.begin(), history.end() }, input.targetLength, months,
            engine::forecast::forecastHistory(input, months) };
    }
    return m_forecast->forecast;
}

PeriodSoFar TargetHistory::soFar(
    engine::MetricId metric, const engine::Scope &scope, const engine::Period &period) const
{
    PeriodSoFar result;
    result.started = period.first <= m_asOf;
    result.current = period;
    if (result.started && m_asOf < period.last)
        result.current = *engine::Period::custom(period.first, m_asOf);
    result.lastYear = engine::sameKindYearEarlier(result.current);
    std::vector<engine::Period> periods;
    if (result.lastYear && result.lastYear->last < result.current.first)
        periods.push_back(*result.lastYear);
    else
        result.lastYear.reset();
    if (result.started)
        periods.push_back(result.current);
    if (periods.empty())
        return result;
    const engine::MetricCube cube(m_sales, scope, engine::Dimension::Company, periods);
    std::size_t index = 0;
    if (result.lastYear)
        result.lastYearValue = cube.value(metric, 0, index++).value();
    if (result.started)
        result.currentValue = cube.value(metric, 0, index).value();
    return result;
}

TargetAssessment TargetHistory::assess(
    engine::MetricId metric, const engine::Scope &scope, const engine::Period &period, std::int64_t target) const
{
    TargetAssessment assessment;
    const engine::MetricDefinition &definition = engine::definition(metric);
    const bool summed = definition.aggregation == engine::Aggregation::Sum;
    const int start = monthIndexOf(period.first);
    assessment.targetLength = summed ? static_cast<std::size_t>(monthIndexOf(period.last) - start + 1) : 1;
    if (!definition.higherIsBetter) {
        assessment.status = TargetAssessment::Status::LowerIsBetter;
        return assessment;
    }
    MonthlySeries all = monthly(metric, scope);
    // History ends right before the target starts, or with the last complete month.
    std::size_t used = 0;
    while (used < all.months.size() && monthIndexOf(all.months[used].first) < start)
        ++used;
    if (used == 0)
        return assessment;
    all.months.resize(used);
    all.values.resize(used);
    assessment.history = all;
    std::vector<std::int64_t> values = all.values;
    assessment.assumedMonths = start - monthIndexOf(all.months.back().first) - 1;
    for (int i = 0; i < assessment.assumedMonths; ++i)
        values.push_back(values.size() >= 12 ? values[values.size() - 12] : values.back());
    try {
        const engine::AchievabilityInput input { .history = values,
            .target = target,
            .seasonLength = 12,
            .targetLength = assessment.targetLength };
        // The chart shows every month of the period, also for a level judged on its first one.
        const int months = monthIndexOf(period.last) - start + 1;
        const engine::forecast::HistoryForecast &forecast = forecastFor(input, months);
        assessment.result = engine::forecast::assessWithForecast(input, forecast);
        assessment.forecast = forecast.forecast;
        assessment.status = TargetAssessment::Status::Assessed;
    } catch (const std::exception &) {
        // Only invalid lengths throw, which the inputs above rule out; say "no history" rather than crash.
        assessment.status = TargetAssessment::Status::NoHistory;
    }
    return assessment;
}

} // namespace attain::ui
