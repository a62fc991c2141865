#include "app/DashboardForecast.h"

#include "engine/forecast/Forecaster.h"
#include "engine/forecast/Intervals.h"

#include <algorithm>

namespace attain::ui {

namespace {

engine::Date firstOfMonth(engine::Date date)
{
    return engine::makeDate(static_cast<int>(date.year()), static_cast<unsigned>(date.month()), 1);
}

engine::Date nextMonth(engine::Date firstDay)
{
    const unsigned month = static_cast<unsigned>(firstDay.month());
    const int year = static_cast<int>(firstDay.year());
    return month == 12 ? engine::makeDate(year + 1, 1, 1) : engine::makeDate(year, month + 1, 1);
}

} // namespace

std::shared_ptr<const engine::forecast::FittedModel> fitRevenueHistory(std::span<const std::int64_t> monthlyHistory)
{
    engine::forecast::Series series;
    series.period = 12;
    series.values.reserve(monthlyHistory.size());
    for (const std::int64_t value : monthlyHistory)
        series.values.push_back(static_cast<double>(value));
    return engine::forecast::fitModel(series, engine::forecast::Method::Auto);
}

CumulativeForecast forecastCumulative(const storage::DashboardSeries &series, const engine::Period &period,
                                      engine::Date asOf, const engine::forecast::FittedModel *model,
                                      const engine::forecast::SimulationSettings &settings)
{
    CumulativeForecast result;
    const int horizon = series.remainingMonths;
    if (!model || horizon <= 0 || settings.paths <= 0)
        return result;
    // The remaining months as storage counts them: from the as-of month (or the period's first)
    // to the period's end.
    engine::Date month = std::max(firstOfMonth(asOf), firstOfMonth(period.first));
    result.start = engine::addDays(std::max(month, period.first), -1);
    result.startValue = static_cast<double>(series.actualCompleteMonths);
    for (int i = 0; i < horizon; ++i, month = nextMonth(month))
        result.dates.push_back(std::min(engine::addDays(nextMonth(month), -1), period.last));

    const auto h = static_cast<std::size_t>(horizon);
    const auto count = static_cast<std::size_t>(settings.paths);
    std::vector<double> paths(h * count);
    model->simulate(horizon, settings.paths, settings.seed, paths);
    // Quantiles of the running total month by month: the band of a sum is not the sum of the
    // monthly bands.
    std::vector<double> totals(count, result.startValue);
    std::vector<double> sorted(count);
    for (std::size_t i = 0; i < h; ++i) {
        for (std::size_t row = 0; row < count; ++row)
            totals[row] += paths[row * h + i];
        sorted = totals;
        std::sort(sorted.begin(), sorted.end());
        result.median.push_back(engine::forecast::sortedQuantile(sorted, 0.5));
        result.lo80.push_back(engine::forecast::sortedQuantile(sorted, 0.1));
        result.hi80.push_back(engine::forecast::sortedQuantile(sorted, 0.9));
        result.lo95.push_back(engine::forecast::sortedQuantile(sorted, 0.025));
        result.hi95.push_back(engine::forecast::sortedQuantile(sorted, 0.975));
    }
    if (series.target)
        result.probability = engine::forecast::attainmentOutlook(*model, result.startValue, horizon,
                                                                 static_cast<double>(*series.target), settings)
                                 .probability;
    return result;
}

} // namespace attain::ui
