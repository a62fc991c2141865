#pragma once

#include "app/TargetHistory.h"
#include "engine/Metric.h"
#include "engine/Period.h"

#include <QString>

#include <cstdint>

class QChart;

namespace attain::ui {

/// Draws the monthly history of a metric and, over the target's months, the monthly level the
/// target asks for (its monthly average for summed metrics), replacing what `chart` showed.
void showAchievabilityChart(QChart *chart, engine::MetricId metric, const MonthlySeries &history,
    const engine::Period &target, std::int64_t monthlyTarget, const QString &currency);

} // namespace attain::ui
