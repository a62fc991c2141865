#pragma once

#include "engine/Metric.h"
#include "engine/Pacing.h"
#include "engine/SalesData.h"
#include "engine/Target.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace attain::engine {

/// How KPIs are judged: the as-of date comes from the caller (never from the clock), so a
/// report can be re-run for any day.
struct KpiSettings
{
    Date asOf{};
    PacingMethod pacing = PacingMethod::WorkingDays;
    WorkCalendar calendar{};
    std::optional<SeasonalityProfile> seasonality{};
    int trailingDays = 60; ///< the recent window whose daily rate "at risk" is measured against
    StatusThresholds thresholds{};
};

/// One target's KPI card: actual to date against target, pace, growth and status, with the
/// numbers behind the status.
struct Kpi
{
    MetricId metric = MetricId::Revenue;
    std::int64_t target = 0;
    MetricValue actual{0, 0, 0}; ///< from the period's start to the as-of date
    std::optional<std::int64_t> attainmentBp;
    std::optional<std::int64_t> gap; ///< target − actual
    std::optional<PaceReport> pace;  ///< additive metrics: expected-to-date, pace, projections, rates
    std::optional<LevelStatus> level; ///< ratio and average metrics: value against target
    Status status = Status::NoData;
    /// The previous period of the same kind (month over month, quarter over quarter …) and the
    /// same period a year earlier, each over the same number of days as have elapsed now, so
    /// a half-finished month is compared with the first half of the one before.
    MetricValue previous{0, 0, 0};
    MetricValue yearEarlier{0, 0, 0};
    std::optional<std::int64_t> growthVsPreviousBp;
    std::optional<std::int64_t> growthYearOverYearBp;
};

/// Computes a target's KPI from prepared sales (which must be ok()). Additive metrics are paced
/// against the elapsed share of the period (by calendar days, working days or seasonality);
/// the others are graded as they stand, lower-is-better metrics (sales cycle) inverted.
[[nodiscard]] Kpi computeKpi(const Target &target, const PreparedSales &sales, const KpiSettings &settings);

/// computeKpi() for every target, with the same results, for lists: the values that add up day
/// by day come from one cube of daily columns per dimension (all reps, all teams …) instead of
/// several cubes over all the sales per target. Retention and market share are still measured
/// per target.
[[nodiscard]] std::vector<Kpi> computeKpis(std::span<const Target> targets, const PreparedSales &sales,
                                           const KpiSettings &settings);

} // namespace attain::engine
