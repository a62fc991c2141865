#pragma once

#include "storage/DashboardTypes.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace attain::storage {

/// The KPI dashboard's numbers for a period and a scope, read from the pre-aggregated facts
/// (DashboardFacts; docs/data-formats.md, "Dashboard data") — thousands of rows instead of
/// millions of deals, so a first dashboard over 2M deals takes tens of milliseconds
/// (docs/performance.md). Definitions are engine::MetricCube's: revenue counts returns, a rep
/// counts their credit share and every other scope a deal once, retention compares with the
/// previous period of the same kind, CSAT and activities have no channel or product line.
///
/// Every figure is "to date": from the period's start to the request's as-of date, compared
/// with the previous period of the same kind over the same number of days (engine::computeKpi's
/// rule). Amounts are in minor units of the request's currency: the facts keep sums per
/// currency and month and convert them with the month's exchange rate (or the latest earlier),
/// rounding once per month and currency rather than once per deal.
///
/// Each call reads in one transaction of its own (a consistent snapshot), on the thread that
/// opened the connection; the pages load it on a worker thread. Throws StorageError.
class DashboardRepository
{
public:
    explicit DashboardRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    /// Everything on the dashboard: tiles, line chart, the default breakdown, leaderboard and
    /// activities, sharing the queries they have in common.
    [[nodiscard]] DashboardSnapshot load(const DashboardRequest &request) const;

    /// The tiles in DashboardTileId order; `revenuePace` receives the revenue pace report when
    /// the scope has a revenue target.
    [[nodiscard]] std::vector<DashboardTile> tiles(const DashboardRequest &request, DashboardNotices *notices = nullptr,
        std::optional<engine::PaceReport> *revenuePace = nullptr) const;
    /// Cumulative revenue against the target and expected-to-date, daily for periods up to 92
    /// days, else monthly, with the forecast's inputs.
    [[nodiscard]] DashboardSeries series(const DashboardRequest &request, DashboardNotices *notices = nullptr) const;
    /// Revenue, previous revenue, deals and conversion of each child of the scope along `by`,
    /// with the child's own revenue target where it has one (children of the company, reps of a
    /// team). Reps within a channel, product line or region read the days of partial months from
    /// the deals themselves (0.3–0.4 s on 2.3M deals; docs/performance.md).
    [[nodiscard]] DashboardBreakdown breakdown(
        const DashboardRequest &request, DashboardDimension by, DashboardNotices *notices = nullptr) const;
    /// Reps of the scope's team (every rep without one; a rep's own team for a rep scope)
    /// ranked by attainment of their revenue targets, with previous period and monthly trend.
    /// Each rep's revenue is all that is credited to them, and channel, product line and region
    /// do not narrow it: a rep's target is for all their revenue.
    [[nodiscard]] std::vector<LeaderboardRow> leaderboard(
        const DashboardRequest &request, DashboardNotices *notices = nullptr) const;
    /// Activities logged against revenue credited, per rep of the leaderboard's team or company
    /// (all their revenue, as on the leaderboard).
    [[nodiscard]] std::vector<RepActivityRow> activityVsRevenue(
        const DashboardRequest &request, DashboardNotices *notices = nullptr) const;

    /// Every team, rep, channel, product line or region, by name (scope pickers).
    [[nodiscard]] std::vector<DashboardMember> members(DashboardDimension dimension) const;

    /// What a scope is broken down by when nothing else is asked: the company (or a channel,
    /// product line or region) by team, a team by rep, a rep — or a team within a channel,
    /// product line or region — by product line, then channel, then region; nullopt when every
    /// dimension is set. The defaults are all read from the facts.
    [[nodiscard]] static std::optional<DashboardDimension> defaultBreakdown(const DashboardScope &scope);
    /// The scope of one breakdown row: `scope` narrowed to `id` along `by`. Drilling to a rep
    /// drops the team: a rep's scope is all the revenue credited to them, which differs from
    /// their row in the team's breakdown only by deals shared with another team.
    [[nodiscard]] static DashboardScope drillDown(DashboardScope scope, DashboardDimension by, const QString &id);

private:
    QSqlDatabase m_db;
};

} // namespace attain::storage
