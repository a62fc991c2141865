#pragma once

#include "app/TargetHistory.h"
#include "engine/Metric.h"
#include "engine/Period.h"
#include "engine/forecast/Forecast.h"

#include <QString>

#include <cstdint>

class QChart;

namespace attain::ui {

/// Draws, replacing what `chart` showed: the monthly history of a metric; over the target's
/// months the forecast (a point per month, mid-month) with its 80 % and 95 % bands (a one-month
/// band spans its month); and the monthly level the target asks for (its monthly average for
/// summed metrics). `forecast` holds one entry per month of `target`; an empty one draws no
/// forecast. Series have object names for tests: "actualSeries", "forecastSeries",
/// "band80Series", "band95Series", "targetSeries".
void showAchievabilityChart(QChart *chart, engine::MetricId metric, const MonthlySeries &history,
    const engine::forecast::Forecast &forecast, const engine::Period &target, std::int64_t monthlyTarget,
    const QString &currency);

/// The factor that turns a metric's stored values into the chart's axis units (million or
/// 10,000 yuan for money, as the overview chart), with the axis title.
struct ChartUnit
{
    double divisor = 1.0;
    QString title;
};
[[nodiscard]] ChartUnit achievabilityChartUnit(engine::MetricId metric, const QString &currency);

} // namespace attain::ui
