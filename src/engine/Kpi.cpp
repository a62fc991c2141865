#include "engine/Kpi.h"

#include "engine/Growth.h"
#include "engine/MetricCube.h"

#include <algorithm>
#include <vector>

namespace attain::engine {

namespace {

/// The first `days` days of `period` (all of it when it is shorter).
Period firstDays(const Period &period, int days)
{
    if (days >= period.dayCount())
        return period;
    return Period{Period::Kind::Custom, period.first, addDays(period.first, days - 1)};
}

MetricValue measure(const PreparedSales &sales, MetricId metric, const Scope &scope, std::vector<Period> periods)
{
    // The last period is the one measured; an earlier one only gives retention its base.
    const MetricCube cube(sales, scope, Dimension::Company, periods);
    return cube.value(metric, 0, periods.size() - 1);
}

/// Growth of revenue from `before` to `now`, as a GrowthRate value (ratio of sums).
MetricValue revenueGrowth(const PreparedSales &sales, const Scope &scope, const Period &before, const Period &now)
{
    const auto base = measure(sales, MetricId::Revenue, scope, {before}).value().value_or(0);
    const auto current = measure(sales, MetricId::Revenue, scope, {now}).value().value_or(0);
    if (base <= 0)
        return {0, 0, 0, 1};
    return {current - base, base, 0, 10000};
}

MetricValue valueOver(const PreparedSales &sales, MetricId metric, const Scope &scope, const Period &period,
                      const Period &previousFull)
{
    if (metric == MetricId::GrowthRate) {
        const auto earlier = sameKindYearEarlier(period);
        return earlier ? revenueGrowth(sales, scope, *earlier, period) : MetricValue{0, 0, 0};
    }
    if (metric == MetricId::RetentionRate)
        return measure(sales, metric, scope, {previousFull, period});
    return measure(sales, metric, scope, {period});
}

std::optional<std::int64_t> growthOf(const MetricValue &now, const MetricValue &before)
{
    const auto current = now.value();
    const auto base = before.value();
    if (!current || !base)
        return std::nullopt;
    return growthBasisPoints(*current, *base);
}

} // namespace

Kpi computeKpi(const Target &target, const PreparedSales &sales, const KpiSettings &settings)
{
    const MetricDefinition &metric = definition(target.metric);
    Kpi kpi;
    kpi.metric = target.metric;
    kpi.target = target.value;

    const Period &period = target.period;
    const int elapsedDays = std::clamp(daysBetween(period.first, settings.asOf) + 1, 0, period.dayCount());
    const Period previous = previousOfSameKind(period);
    if (elapsedDays > 0) {
        const Period toDate = firstDays(period, elapsedDays);
        kpi.actual = valueOver(sales, target.metric, target.scope, toDate, previous);
        kpi.previous = valueOver(sales, target.metric, target.scope, firstDays(previous, elapsedDays),
                                 previousOfSameKind(previous));
        if (const auto earlier = sameKindYearEarlier(period))
            kpi.yearEarlier = valueOver(sales, target.metric, target.scope, firstDays(*earlier, elapsedDays),
                                        previousOfSameKind(*earlier));
        kpi.growthVsPreviousBp = growthOf(kpi.actual, kpi.previous);
        kpi.growthYearOverYearBp = growthOf(kpi.actual, kpi.yearEarlier);
    } else if (metric.aggregation == Aggregation::Sum) {
        kpi.actual = {0, 1, 0}; // nothing has happened yet: zero, not unknown
    }

    const std::optional<std::int64_t> actual = kpi.actual.value();
    if (!actual) {
        kpi.status = settings.asOf < period.first ? Status::NotStarted : Status::NoData;
        return kpi;
    }
    kpi.gap = target.value - *actual;
    if (metric.cumulative) {
        PaceInput input;
        input.target = target.value;
        input.actualToDate = *actual;
        input.period = period;
        input.asOf = settings.asOf;
        input.method = settings.pacing;
        input.seasonality = settings.seasonality;
        input.thresholds = settings.thresholds;
        if (settings.trailingDays > 0) {
            const Period window{Period::Kind::Custom, addDays(settings.asOf, 1 - settings.trailingDays), settings.asOf};
            input.trailing = {measure(sales, target.metric, target.scope, {window}).value().value_or(0),
                              settings.trailingDays};
        }
        kpi.pace = paceReport(input, settings.calendar);
        kpi.attainmentBp = kpi.pace->attainmentBp;
        kpi.status = kpi.pace->status;
    } else {
        kpi.level = levelStatus(target.value, *actual, metric.higherIsBetter, settings.thresholds);
        kpi.attainmentBp = kpi.level->attainmentBp;
        kpi.status = kpi.level->status;
    }
    return kpi;
}

} // namespace attain::engine
