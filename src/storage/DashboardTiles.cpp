// The KPI tiles: each metric to date against the previous period over as many days, graded
// against the scope's target the way engine::computeKpi grades a target.
#include "storage/DashboardContext.h"

#include "engine/Growth.h"
#include "engine/PaceStatus.h"

#include <functional>

namespace attain::storage {

namespace {

using engine::MetricId;
using engine::MetricValue;

constexpr MetricValue kUndefined { 0, 0, 0, 1 };

struct Measured
{
    MetricValue current = kUndefined;
    MetricValue previous = kUndefined;
};

/// The revenue, deals and customers of one scope over the two ranges, with what they need.
struct TileInputs
{
    DealSums current, previous;
    std::optional<std::map<QString, PeopleSums>> peopleNow, peopleBefore;
    DashboardQueries::Retention retentionNow, retentionBefore;
    std::optional<std::int64_t> marketNow, marketBefore;
};

MetricValue marketShare(const DealSums &sums, const std::optional<std::int64_t> &market)
{
    if (!market || *market <= 0 || sums.overflow)
        return kUndefined;
    return { sums.revenueMinor(), *market, 0, 10000 };
}

MetricValue csat(const std::optional<std::map<QString, PeopleSums>> &people)
{
    if (!people)
        return kUndefined; // activities and feedback have no channel or product line
    PeopleSums sum;
    for (const auto &[rep, sums] : *people)
        sum.add(sums);
    return { sum.scoreSum, sum.scoreCount, 0, 100 };
}

Measured measure(MetricId metric, const TileInputs &in)
{
    switch (metric) {
    case MetricId::RetentionRate:
        return { { in.retentionNow.retained, in.retentionNow.base, 0, 10000 },
            { in.retentionBefore.retained, in.retentionBefore.base, 0, 10000 } };
    case MetricId::CustomerSatisfaction:
        return { csat(in.peopleNow), csat(in.peopleBefore) };
    case MetricId::MarketShare:
        return { marketShare(in.current, in.marketNow), marketShare(in.previous, in.marketBefore) };
    default:
        return { in.current.value(metric), in.previous.value(metric) };
    }
}

Trend trendOf(
    const std::optional<std::int64_t> &value, const std::optional<std::int64_t> &previous, bool higherIsBetter)
{
    if (!value || !previous)
        return Trend::Unknown;
    if (*value == *previous)
        return Trend::Same;
    return (*value > *previous) == higherIsBetter ? Trend::Better : Trend::Worse;
}

void setChange(DashboardTile &tile)
{
    if (tile.value && tile.previous) {
        tile.change = *tile.value - *tile.previous;
        tile.changeBp = engine::growthBasisPoints(*tile.value, *tile.previous);
    }
    tile.trend = trendOf(tile.value, tile.previous, tile.higherIsBetter);
}

/// The pace report of a summed metric on `asOf` within `period` (engine::computeKpi's).
engine::PaceReport pace(const DashboardRequest &request, const engine::Period &period, engine::Date asOf,
    std::int64_t target, std::int64_t actual, std::int64_t trailing)
{
    engine::PaceInput input;
    input.target = target;
    input.actualToDate = actual;
    input.period = period;
    input.asOf = asOf;
    input.method = request.pacing;
    input.seasonality = request.seasonality;
    input.thresholds = request.thresholds;
    if (request.trailingDays > 0)
        input.trailing = { trailing, request.trailingDays };
    return engine::paceReport(input, request.calendar);
}

} // namespace

std::vector<DashboardTile> computeTiles(DashboardContext &context, std::optional<engine::PaceReport> *revenuePace)
{
    const DashboardRequest &request = context.request;
    const DashboardScope &scope = request.scope;
    const bool started = context.elapsedDays > 0;
    DashboardQueries &queries = context.queries();

    TileInputs in;
    in.current = context.total(scope, context.toDate);
    in.previous = context.total(scope, context.previousToDate);
    in.peopleNow = queries.peopleSums(scope, context.toDate, false);
    in.peopleBefore = queries.peopleSums(scope, context.previousToDate, false);
    const engine::Period beforePrevious = engine::previousOfSameKind(context.previous);
    const DashboardQueries::RetentionWindows windows[]
        = { { { context.previous.first, context.previous.last }, context.toDate },
              { { beforePrevious.first, beforePrevious.last }, context.previousToDate } };
    const auto retention = queries.retention(scope, windows);
    in.retentionNow = retention[0];
    in.retentionBefore = retention[1];
    in.marketNow = queries.marketSize(scope, context.toDate);
    in.marketBefore = queries.marketSize(scope, context.previousToDate);

    // The trailing window of the pace report, and the same days before the previous period's
    // as-of day.
    const engine::Date previousAsOf = engine::addDays(context.previous.first, context.elapsedDays - 1);
    const auto trailing = [&](engine::Date asOf) {
        return context.total(scope, { engine::addDays(asOf, 1 - request.trailingDays), asOf });
    };
    const DealSums trailingNow = request.trailingDays > 0 ? trailing(request.asOf) : DealSums {};
    const DealSums trailingBefore = request.trailingDays > 0 && started ? trailing(previousAsOf) : DealSums {};

    const auto kind = DashboardTargets::kindOf(scope);
    const auto targetOf = [&](MetricId metric, const engine::Period &period) -> ResolvedTarget {
        if (!kind)
            return {};
        const auto found = context.targets().resolve(metric, kind->first, kind->second, period);
        return found.empty() ? ResolvedTarget {} : found.begin()->second;
    };

    std::vector<DashboardTile> tiles;
    const auto metricTile = [&](DashboardTileId id, MetricId metric) {
        const engine::MetricDefinition &definition = engine::definition(metric);
        DashboardTile tile;
        tile.id = id;
        tile.metric = metric;
        tile.unit = definition.unit;
        tile.higherIsBetter = definition.higherIsBetter;
        const Measured measured = measure(metric, in);
        if (started) {
            tile.value = measured.current.value();
            tile.previous = measured.previous.value();
        } else if (definition.aggregation == engine::Aggregation::Sum) {
            tile.value = 0; // nothing has happened yet: zero, not unknown
        }
        setChange(tile);
        const ResolvedTarget target = targetOf(metric, request.period);
        tile.target = target.value;
        tile.targetSource = target.source;
        if (!target.value)
            return tile;
        if (definition.cumulative) {
            const std::int64_t trailingValue = trailingNow.value(metric).value().value_or(0);
            const engine::PaceReport report
                = pace(request, request.period, request.asOf, *target.value, tile.value.value_or(0), trailingValue);
            tile.status = report.status;
            tile.reason = report.reason;
        } else if (tile.value) {
            const engine::LevelStatus level
                = engine::levelStatus(*target.value, *tile.value, definition.higherIsBetter, request.thresholds);
            tile.status = level.status;
            tile.reason = level.reason;
        } else {
            tile.status = started ? engine::Status::NoData : engine::Status::NotStarted;
        }
        return tile;
    };

    DashboardTile revenue = metricTile(DashboardTileId::Revenue, MetricId::Revenue);
    // Attainment, pace and gap are the revenue pace report's, now and in the previous period
    // (against that period's own target, on its same elapsed day).
    std::optional<engine::PaceReport> now, before;
    if (revenue.target) {
        now = pace(request, request.period, request.asOf, *revenue.target, revenue.value.value_or(0),
            trailingNow.revenueMinor());
        revenue.status = now->status;
        revenue.reason = now->reason;
        const ResolvedTarget previousTarget = targetOf(MetricId::Revenue, context.previous);
        if (started && previousTarget.value)
            before = pace(request, context.previous, previousAsOf, *previousTarget.value, revenue.previous.value_or(0),
                trailingBefore.revenueMinor());
    }
    const auto revenueTile = [&](DashboardTileId id, engine::Unit unit, bool higherIsBetter,
                                 const std::function<std::optional<std::int64_t>(const engine::PaceReport &)> &pick) {
        DashboardTile tile;
        tile.id = id;
        tile.unit = unit;
        tile.higherIsBetter = higherIsBetter;
        if (now) {
            tile.value = pick(*now);
            tile.status = now->status;
            tile.reason = now->reason;
            // Attainment and pace aim at 100 %; the gap's target is revenue's, shown on that tile.
            if (id != DashboardTileId::Gap) {
                tile.target = 10000;
                tile.targetSource = revenue.targetSource;
            }
        }
        if (before)
            tile.previous = pick(*before);
        setChange(tile);
        return tile;
    };

    tiles.push_back(revenue);
    tiles.push_back(revenueTile(DashboardTileId::Attainment, engine::Unit::BasisPoints, true,
        [](const engine::PaceReport &r) { return r.attainmentBp; }));
    tiles.push_back(revenueTile(
        DashboardTileId::Pace, engine::Unit::BasisPoints, true, [](const engine::PaceReport &r) { return r.paceBp; }));
    tiles.push_back(revenueTile(DashboardTileId::Gap, engine::Unit::Money, false,
        [](const engine::PaceReport &r) { return std::optional<std::int64_t>(r.gap); }));
    tiles.push_back(metricTile(DashboardTileId::DealsWon, MetricId::DealsWon));
    tiles.push_back(metricTile(DashboardTileId::ConversionRate, MetricId::ConversionRate));
    tiles.push_back(metricTile(DashboardTileId::AverageDealSize, MetricId::AverageDealSize));
    tiles.push_back(metricTile(DashboardTileId::SalesCycleDays, MetricId::SalesCycleDays));
    tiles.push_back(metricTile(DashboardTileId::NewCustomers, MetricId::NewCustomers));
    tiles.push_back(metricTile(DashboardTileId::RetentionRate, MetricId::RetentionRate));
    tiles.push_back(metricTile(DashboardTileId::Csat, MetricId::CustomerSatisfaction));
    tiles.push_back(metricTile(DashboardTileId::MarketShare, MetricId::MarketShare));
    if (revenuePace)
        *revenuePace = now;
    return tiles;
}

} // namespace attain::storage
