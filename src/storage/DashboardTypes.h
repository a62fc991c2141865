#pragma once

#include "engine/ExchangeRates.h"
#include "engine/Metric.h"
#include "engine/PaceStatus.h"
#include "engine/Pacing.h"
#include "engine/Period.h"
#include "engine/Seasonality.h"
#include "engine/WorkCalendar.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace attain::storage {

/// What a dashboard looks at. Every id that is set narrows it (team East × channel Online);
/// none set is the whole company. Ids are the rows' UUIDs. A rep scope counts the rep's credit
/// share of shared deals; every other scope counts a deal once (engine::MetricCube's rules).
struct DashboardScope
{
    QString teamId, repId, channelId, productLineId, regionId;

    [[nodiscard]] bool isCompany() const
    {
        return teamId.isEmpty() && repId.isEmpty() && channelId.isEmpty() && productLineId.isEmpty()
            && regionId.isEmpty();
    }
    friend bool operator==(const DashboardScope &, const DashboardScope &) = default;
};

/// What a breakdown groups by, and what a drill-down narrows.
enum class DashboardDimension { Team, Rep, Channel, ProductLine, Region };

/// A team, rep, channel, product line or region, for pickers and row labels.
struct DashboardMember
{
    QString id;
    QString code; ///< code; a rep's e-mail
    QString name;
    QString teamId; ///< reps only
    friend bool operator==(const DashboardMember &, const DashboardMember &) = default;
};

/// One dashboard computation. `asOf` is "today" (never read from the clock here): actuals run
/// from the period's start to it, and the previous period is compared over as many days.
struct DashboardRequest
{
    engine::Period period;
    DashboardScope scope;
    engine::Date asOf {};
    QString currency = QStringLiteral("CNY"); ///< reporting currency; other amounts are converted
    // How revenue is paced and judged: as engine::KpiSettings, so the dashboard and the targets
    // list agree.
    engine::PacingMethod pacing = engine::PacingMethod::WorkingDays;
    engine::WorkCalendar calendar {};
    std::optional<engine::SeasonalityProfile> seasonality {};
    engine::StatusThresholds thresholds {};
    int trailingDays = 60; ///< the recent window behind "required vs recent daily rate"
    int trendMonths = 6; ///< months in each leaderboard row's trend
    int historyMonths = 36; ///< complete months of history for the forecast
};

/// The tiles, in display order.
enum class DashboardTileId {
    Revenue,
    Attainment, ///< revenue / target (basis points)
    Pace, ///< revenue / expected-to-date (basis points)
    Gap, ///< target − revenue (money; lower is better)
    DealsWon,
    ConversionRate,
    AverageDealSize,
    SalesCycleDays,
    NewCustomers,
    RetentionRate,
    Csat,
    MarketShare,
};

/// Where a target for the requested period came from.
enum class TargetSource {
    None, ///< no target covers the period
    Exact, ///< a target for exactly this scope and period (several are added, as the overview does)
    SumOfParts, ///< targets that tile the period exactly (three months for a quarter)
    ProRated, ///< part of a target for a longer period: by calendar days for sums, as it is for ratios
};

/// Better or worse than the previous period, by the metric's direction.
enum class Trend { Better, Same, Worse, Unknown };

/// One KPI tile: the value to date, the previous period over the same number of days, and
/// the status against the target when the scope has one.
struct DashboardTile
{
    DashboardTileId id = DashboardTileId::Revenue;
    /// The metric behind the tile; attainment, pace and gap are revenue's.
    engine::MetricId metric = engine::MetricId::Revenue;
    engine::Unit unit = engine::Unit::Money; ///< values are integers in this unit (engine::unitScale)
    bool higherIsBetter = true;
    std::optional<std::int64_t> value; ///< nullopt: undefined (no closed deal for a conversion rate …)
    std::optional<std::int64_t> previous; ///< the previous period of the same kind, same number of days
    std::optional<std::int64_t> change; ///< value − previous in `unit` (percentage points for rates)
    std::optional<std::int64_t> changeBp; ///< relative change (engine growthBasisPoints); none from ≤ 0
    Trend trend = Trend::Unknown;
    std::optional<std::int64_t> target; ///< the scope's target for the metric and period, in `unit`
    TargetSource targetSource = TargetSource::None;
    /// Graded against the target: paced for sums (revenue, deals, new customers), as a level for
    /// ratios; nullopt without a target.
    std::optional<engine::Status> status;
    engine::StatusReason reason;
};

/// One point of the cumulative line chart.
struct DashboardPoint
{
    engine::Date date {}; ///< the day, or the last day of the month
    std::optional<std::int64_t> actual; ///< revenue from the period's start to `date`; none after as-of
    std::optional<std::int64_t> expected; ///< target × the share of the period elapsed by `date`
};

/// The cumulative actual vs target vs expected-to-date line, with what a forecast of the rest
/// of the period needs (engine::forecast::forecastAttainment(monthlyHistory, 12,
/// actualCompleteMonths, remainingMonths, *target)).
struct DashboardSeries
{
    enum class Step { Day, Month };
    Step step = Step::Day; ///< daily for periods up to 92 days (a month, a quarter), else monthly
    std::vector<DashboardPoint> points; ///< every step of the whole period
    std::optional<std::int64_t> target;
    /// Revenue of the `historyMonths` complete months before the as-of month, oldest first;
    /// months before the first record are 0.
    std::vector<std::int64_t> monthlyHistory;
    /// The period's revenue in months that ended before the as-of month, and the months left
    /// (the as-of month included) — the forecast's starting point and horizon.
    std::int64_t actualCompleteMonths = 0;
    int remainingMonths = 0;
};

/// One child of a breakdown (a team of the company, a rep of a team …), for bars and drill-down.
struct DashboardBreakdownRow
{
    QString id; ///< UUID; empty for records without one (deals without a channel …)
    QString code; ///< code of teams, channels, product lines and regions; e-mail of reps
    QString name;
    std::int64_t revenue = 0; ///< minor units; a rep's credit share
    std::int64_t previousRevenue = 0; ///< previous period, same number of days
    std::optional<std::int64_t> changeBp;
    std::int64_t dealsWon = 0; ///< hundredths (a 40 % share of a deal is 40)
    std::optional<std::int64_t> conversionBp;
    std::optional<std::int64_t> target; ///< the child's revenue target, when it has one of its own
    TargetSource targetSource = TargetSource::None;
    std::optional<std::int64_t> attainmentBp;
};

struct DashboardBreakdown
{
    DashboardDimension dimension = DashboardDimension::Team;
    std::vector<DashboardBreakdownRow> rows; ///< by revenue, highest first
};

/// A rep on the leaderboard of the scope's company or team.
struct LeaderboardRow
{
    int rank = 0; ///< 1 = best attainment (reps without a target follow, by revenue)
    QString repId, name, teamId, teamName;
    std::int64_t revenue = 0;
    std::int64_t previousRevenue = 0;
    std::optional<std::int64_t> changeBp;
    std::optional<std::int64_t> target;
    std::optional<std::int64_t> attainmentBp;
    /// Revenue of the last `trendMonths` months up to the as-of month (which is partial), oldest first.
    std::vector<std::int64_t> trend;
};

/// Activities a rep logged against the revenue credited to them, for a scatter plot.
struct RepActivityRow
{
    QString repId, name;
    std::int64_t activities = 0; ///< count (not hundredths)
    std::int64_t revenue = 0;
    std::int64_t dealsWon = 0; ///< hundredths
};

/// What the numbers leave out, for the UI to say so.
struct DashboardNotices
{
    /// Currency and month with no exchange rate (not even an earlier month's): those amounts
    /// are left out of every sum.
    std::vector<engine::MissingRate> missingRates;
    /// Market figures in another currency than the reporting one (not converted, as the engine does).
    std::int64_t skippedMarketFigures = 0;
    /// Records changed without their facts being refreshed (see DashboardFacts): numbers may lag.
    bool factsStale = false;
};

/// Everything on the dashboard for one request.
struct DashboardSnapshot
{
    engine::Period period;
    engine::Period previousPeriod; ///< of the same kind, compared over `elapsedDays`
    int elapsedDays = 0; ///< days of the period up to the as-of date
    std::vector<DashboardTile> tiles; ///< DashboardTileId order
    std::optional<engine::PaceReport> revenuePace; ///< with a revenue target: rates, projections, reason
    DashboardSeries series;
    DashboardBreakdown breakdown; ///< by defaultBreakdown(scope); empty rows when there is none
    std::vector<LeaderboardRow> leaderboard;
    std::vector<RepActivityRow> activity;
    DashboardNotices notices;
};

} // namespace attain::storage
