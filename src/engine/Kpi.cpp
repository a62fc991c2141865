#include "engine/Kpi.h"

#include "engine/DailyCube.h"
#include "engine/Growth.h"
#include "engine/MetricCube.h"

#include <algorithm>
#include <functional>
#include <map>
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

/// The metric for a scope over the last of `periods` (an earlier one only gives retention its
/// base). computeKpi builds a cube per call; computeKpis folds days of shared daily cubes.
using Measure = std::function<MetricValue(MetricId, const Scope &, const std::vector<Period> &)>;

MetricValue cubeMeasure(const PreparedSales &sales, MetricId metric, const Scope &scope,
                        const std::vector<Period> &periods)
{
    const MetricCube cube(sales, scope, Dimension::Company, periods);
    return cube.value(metric, 0, periods.size() - 1);
}

/// Growth of revenue from `before` to `now`, as a GrowthRate value (ratio of sums).
MetricValue revenueGrowth(const Measure &measure, const Scope &scope, const Period &before, const Period &now)
{
    const auto base = measure(MetricId::Revenue, scope, {before}).value().value_or(0);
    const auto current = measure(MetricId::Revenue, scope, {now}).value().value_or(0);
    if (base <= 0)
        return {0, 0, 0, 1};
    return {current - base, base, 0, 10000};
}

MetricValue valueOver(const Measure &measure, MetricId metric, const Scope &scope, const Period &period,
                      const Period &previousFull)
{
    if (metric == MetricId::GrowthRate) {
        const auto earlier = sameKindYearEarlier(period);
        return earlier ? revenueGrowth(measure, scope, *earlier, period) : MetricValue{0, 0, 0};
    }
    if (metric == MetricId::RetentionRate)
        return measure(metric, scope, {previousFull, period});
    return measure(metric, scope, {period});
}

std::optional<std::int64_t> growthOf(const MetricValue &now, const MetricValue &before)
{
    const auto current = now.value();
    const auto base = before.value();
    if (!current || !base)
        return std::nullopt;
    return growthBasisPoints(*current, *base);
}

Kpi kpiWith(const Target &target, const KpiSettings &settings, const Measure &measure)
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
        kpi.actual = valueOver(measure, target.metric, target.scope, toDate, previous);
        kpi.previous = valueOver(measure, target.metric, target.scope, firstDays(previous, elapsedDays),
                                 previousOfSameKind(previous));
        if (const auto earlier = sameKindYearEarlier(period))
            kpi.yearEarlier = valueOver(measure, target.metric, target.scope, firstDays(*earlier, elapsedDays),
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
            input.trailing = {measure(target.metric, target.scope, {window}).value().value_or(0),
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

/// The earliest and latest day computeKpi measures for `target` (to date, the previous period,
/// a year earlier, the trailing window, and a year before those for growth).
std::pair<Date, Date> daysMeasured(const Target &target, const KpiSettings &settings)
{
    Date first = target.period.first;
    for (Period period : { previousOfSameKind(target.period) }) {
        first = std::min(first, period.first);
        if (const auto earlier = sameKindYearEarlier(period))
            first = std::min(first, earlier->first);
    }
    if (auto earlier = sameKindYearEarlier(target.period)) {
        first = std::min(first, earlier->first);
        first = std::min(first, previousOfSameKind(*earlier).first);
        if (const auto twoYears = sameKindYearEarlier(*earlier))
            first = std::min(first, twoYears->first);
    }
    first = std::min(first, addDays(settings.asOf, 1 - std::max(settings.trailingDays, 1)));
    const Date last = std::max(std::min(settings.asOf, target.period.last), settings.asOf);
    return { first, last };
}

} // namespace

Kpi computeKpi(const Target &target, const PreparedSales &sales, const KpiSettings &settings)
{
    return kpiWith(target, settings, [&sales](MetricId metric, const Scope &scope, const std::vector<Period> &periods) {
        return cubeMeasure(sales, metric, scope, periods);
    });
}

std::vector<Kpi> computeKpis(std::span<const Target> targets, const PreparedSales &sales,
                             const KpiSettings &settings)
{
    // One daily cube per dimension (all reps, all teams …), spanning every day any target
    // measures; targets before the period starts need none.
    std::map<CubeKey, std::pair<Date, Date>> ranges;
    for (const Target &target : targets) {
        if (settings.asOf < target.period.first)
            continue;
        const auto [first, last] = daysMeasured(target, settings);
        const CubeKey key = cubeKeyOf(target.scope).first;
        const auto found = ranges.find(key);
        if (found == ranges.end())
            ranges.emplace(key, std::pair(first, last));
        else
            found->second = { std::min(found->second.first, first), std::max(found->second.second, last) };
    }
    std::map<CubeKey, DailyCube> cubes;
    for (const auto &[key, range] : ranges)
        cubes.try_emplace(key, sales, key.filter, key.groupBy, range.first, range.second);

    const Measure measure = [&](MetricId metric, const Scope &scope, const std::vector<Period> &periods) {
        const auto [key, group] = cubeKeyOf(scope);
        const auto found = cubes.find(key);
        if (periods.size() == 1 && foldsDaily(metric) && found != cubes.end()
            && found->second.covers(periods[0].first, periods[0].last)) {
            if (group < 0 || static_cast<std::size_t>(group) >= found->second.groupCount())
                return cubeMeasure(sales, metric, scope, periods); // no record of it: what a cube says
            return found->second.over(metric, group, periods[0].first, periods[0].last);
        }
        return cubeMeasure(sales, metric, scope, periods);
    };
    std::vector<Kpi> kpis;
    kpis.reserve(targets.size());
    for (const Target &target : targets)
        kpis.push_back(kpiWith(target, settings, measure));
    return kpis;
}

} // namespace attain::engine
