#pragma once

#include "engine/ExchangeRates.h"
#include "storage/DashboardQueries.h"
#include "storage/DashboardTargets.h"
#include "storage/DashboardTypes.h"

#include <QSqlDatabase>

#include <map>
#include <optional>
#include <vector>

namespace attain::storage {

/// One dashboard computation: the request's periods worked out once, the queries, and a memo
/// of the deal sums the panels share (the leaderboard and the activities both need every
/// rep's revenue). Lives for one read transaction.
class DashboardContext
{
public:
    DashboardContext(const QSqlDatabase &db, const DashboardRequest &request, DashboardNotices &notices);

    const DashboardRequest &request;
    const engine::Period previous; ///< previousOfSameKind(period)
    const int elapsedDays; ///< of the period, up to the as-of date
    const DayRange toDate; ///< the period's first elapsedDays days
    const DayRange previousToDate; ///< the previous period's first elapsedDays days

    [[nodiscard]] DashboardQueries &queries() { return m_queries; }
    [[nodiscard]] const DashboardTargets &targets() const { return m_targets; }

    /// DashboardQueries::dealSums, remembered for the life of the context.
    [[nodiscard]] const DashboardQueries::Grouped &dealSums(const DashboardScope &scope, DayRange range,
        std::optional<DashboardDimension> by = std::nullopt,
        DashboardQueries::Bucket bucket = DashboardQueries::Bucket::Month);
    [[nodiscard]] DealSums total(const DashboardScope &scope, DayRange range);

    /// The team whose reps a leaderboard ranks: the scope's, a rep's own, or none (the company).
    [[nodiscard]] QString leaderboardTeam();
    /// Members of a dimension by id (names for rows).
    [[nodiscard]] const std::map<QString, DashboardMember> &members(DashboardDimension dimension);

private:
    QSqlDatabase m_db;
    engine::ExchangeRates m_rates;
    DashboardQueries m_queries;
    DashboardTargets m_targets;
    std::map<QString, DashboardQueries::Grouped> m_sums;
    std::map<DashboardDimension, std::map<QString, DashboardMember>> m_members;
};

/// The pieces of a snapshot; DashboardRepository runs them in one transaction.
[[nodiscard]] std::vector<DashboardTile> computeTiles(
    DashboardContext &context, std::optional<engine::PaceReport> *revenuePace);
[[nodiscard]] DashboardSeries computeSeries(DashboardContext &context);
[[nodiscard]] DashboardBreakdown computeBreakdown(DashboardContext &context, DashboardDimension by);
[[nodiscard]] std::vector<LeaderboardRow> computeLeaderboard(DashboardContext &context);
[[nodiscard]] std::vector<RepActivityRow> computeActivity(DashboardContext &context);

/// Every member of a dimension, by name.
[[nodiscard]] std::vector<DashboardMember> readMembers(const QSqlDatabase &db, DashboardDimension dimension);

} // namespace attain::storage
