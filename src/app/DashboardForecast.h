#pragma once

#include "engine/Date.h"
#include "engine/Period.h"
#include "engine/forecast/Forecast.h"
#include "engine/forecast/Probability.h"
#include "storage/DashboardTypes.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace attain::ui {

/// The rest of a period as the revenue forecast sees it, added up from where the known months
/// end, for the dashboard's line chart; with the chance of reaching the target. It is the
/// engine's forecastAttainment: the months before the as-of month are known, the as-of month and
/// the ones after are simulated from a model of the monthly history (so the line starts at the
/// end of the last complete month, not at today).
struct CumulativeForecast
{
    engine::Date start{};  ///< the day the forecast starts from
    double startValue = 0; ///< revenue of the period's complete months (minor units)
    /// The last day of each remaining month (clipped to the period), with the cumulative total's
    /// median and 80 % / 95 % ranges there, in minor units.
    std::vector<engine::Date> dates;
    std::vector<double> median, lo80, hi80, lo95, hi95;
    /// P(period total ≥ target), 0 … 1; nullopt without a target or a forecast.
    std::optional<double> probability;

    [[nodiscard]] bool empty() const { return dates.empty(); }
};

/// The model behind the forecast, fitted once to a monthly history (season 12, the engine's
/// default method); null when the history has no month at all.
[[nodiscard]] std::shared_ptr<const engine::forecast::FittedModel> fitRevenueHistory(
    std::span<const std::int64_t> monthlyHistory);

/// The cumulative forecast of `series` over `period` from `model` (fitRevenueHistory of the
/// series' history). Empty when nothing of the period is left or there is no model. The
/// probability is engine::forecast::attainmentOutlook's with the same model and settings, so it
/// equals forecastAttainment(history, 12, actualCompleteMonths, remainingMonths, target).
[[nodiscard]] CumulativeForecast forecastCumulative(const storage::DashboardSeries &series, const engine::Period &period,
                                                    engine::Date asOf, const engine::forecast::FittedModel *model,
                                                    const engine::forecast::SimulationSettings &settings = {});

} // namespace attain::ui
