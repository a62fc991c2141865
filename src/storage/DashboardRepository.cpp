#include "storage/DashboardRepository.h"

#include "storage/DashboardContext.h"
#include "storage/Transaction.h"

namespace attain::storage {

namespace {

/// Runs `compute` on a context inside one read transaction (a consistent snapshot).
template<typename Compute>
auto withContext(const QSqlDatabase &db, const DashboardRequest &request, DashboardNotices *notices, Compute compute)
{
    DashboardNotices local;
    DashboardNotices &target = notices ? *notices : local;
    Transaction snapshot(db);
    DashboardContext context(db, request, target);
    auto result = compute(context);
    snapshot.commit();
    return result;
}

} // namespace

DashboardSnapshot DashboardRepository::load(const DashboardRequest &request) const
{
    DashboardSnapshot snapshot;
    Transaction transaction(m_db);
    DashboardContext context(m_db, request, snapshot.notices);
    snapshot.period = request.period;
    snapshot.previousPeriod = context.previous;
    snapshot.elapsedDays = context.elapsedDays;
    snapshot.tiles = computeTiles(context, &snapshot.revenuePace);
    snapshot.series = computeSeries(context);
    if (const auto by = defaultBreakdown(request.scope))
        snapshot.breakdown = computeBreakdown(context, *by);
    snapshot.leaderboard = computeLeaderboard(context);
    snapshot.activity = computeActivity(context);
    transaction.commit();
    return snapshot;
}

std::vector<DashboardTile> DashboardRepository::tiles(
    const DashboardRequest &request, DashboardNotices *notices, std::optional<engine::PaceReport> *revenuePace) const
{
    return withContext(m_db, request, notices, [&](DashboardContext &c) { return computeTiles(c, revenuePace); });
}

DashboardSeries DashboardRepository::series(const DashboardRequest &request, DashboardNotices *notices) const
{
    return withContext(m_db, request, notices, [](DashboardContext &c) { return computeSeries(c); });
}

DashboardBreakdown DashboardRepository::breakdown(
    const DashboardRequest &request, DashboardDimension by, DashboardNotices *notices) const
{
    return withContext(m_db, request, notices, [by](DashboardContext &c) { return computeBreakdown(c, by); });
}

std::vector<LeaderboardRow> DashboardRepository::leaderboard(
    const DashboardRequest &request, DashboardNotices *notices) const
{
    return withContext(m_db, request, notices, [](DashboardContext &c) { return computeLeaderboard(c); });
}

std::vector<RepActivityRow> DashboardRepository::activityVsRevenue(
    const DashboardRequest &request, DashboardNotices *notices) const
{
    return withContext(m_db, request, notices, [](DashboardContext &c) { return computeActivity(c); });
}

std::vector<DashboardMember> DashboardRepository::members(DashboardDimension dimension) const
{
    return readMembers(m_db, dimension);
}

std::optional<DashboardDimension> DashboardRepository::defaultBreakdown(const DashboardScope &scope)
{
    const bool market = !scope.channelId.isEmpty() || !scope.productLineId.isEmpty() || !scope.regionId.isEmpty();
    if (scope.repId.isEmpty() && scope.teamId.isEmpty())
        return DashboardDimension::Team;
    // A team's reps, unless a channel, product line or region narrows it too: reps within those
    // are read from the deals (breakdown() on request), so the default stays on the facts.
    if (scope.repId.isEmpty() && !market)
        return DashboardDimension::Rep;
    if (scope.productLineId.isEmpty())
        return DashboardDimension::ProductLine;
    if (scope.channelId.isEmpty())
        return DashboardDimension::Channel;
    if (scope.regionId.isEmpty())
        return DashboardDimension::Region;
    return std::nullopt;
}

DashboardScope DashboardRepository::drillDown(DashboardScope scope, DashboardDimension by, const QString &id)
{
    switch (by) {
    case DashboardDimension::Team:
        scope.teamId = id;
        break;
    case DashboardDimension::Rep:
        // A rep's dashboard is all of their revenue (their targets are for all of it), so the
        // team they were reached through is dropped.
        scope.repId = id;
        scope.teamId.clear();
        break;
    case DashboardDimension::Channel:
        scope.channelId = id;
        break;
    case DashboardDimension::ProductLine:
        scope.productLineId = id;
        break;
    case DashboardDimension::Region:
        scope.regionId = id;
        break;
    }
    return scope;
}

} // namespace attain::storage
