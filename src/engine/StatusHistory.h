#pragma once

#include "engine/Kpi.h"

#include <optional>
#include <span>
#include <vector>

namespace attain::engine {

/// A target's status on one day, as computeKpi() would have judged it with that day as as-of.
struct StatusDay
{
    Date day{};
    Status status = Status::NoData;
};

/// Whether a metric's to-date value can be rebuilt day by day from daily values: sums and
/// ratios of sums can; retention and growth (which compare with another period), averages
/// and the pipeline snapshot cannot.
[[nodiscard]] bool hasDailyStatus(MetricId metric);

/// The target's status on every day from max(`from`, period start) to the earlier of
/// settings.asOf and the period's end, oldest first, from one pass over the sales (a cube of
/// daily columns) rather than a computeKpi() per day. Empty when !hasDailyStatus(metric) or the
/// period has not started.
[[nodiscard]] std::vector<StatusDay> dailyStatuses(const Target &target, const PreparedSales &sales,
                                                   const KpiSettings &settings, Date from);

/// For each target, when its current trouble began: the first day of the unbroken run of
/// AtRisk or OffTrack days that ends on settings.asOf ("at risk since 3 November"). nullopt
/// for a target not in trouble on that day, one outside its period, or one whose metric has no
/// daily status. Targets with the same scope share one pass over the sales.
[[nodiscard]] std::vector<std::optional<Date>> troubleSince(std::span<const Target> targets,
                                                            const PreparedSales &sales, const KpiSettings &settings);

} // namespace attain::engine
