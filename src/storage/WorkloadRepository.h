#pragma once

#include "engine/Workload.h"
#include "storage/Actor.h"
#include "storage/DashboardTypes.h"

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <vector>

namespace attain::storage {

/// What the workload view asks for: a team (empty: every rep) and ISO weeks, revenue in one
/// reporting currency.
struct WorkloadRequest
{
    QString teamId;
    std::vector<engine::IsoWeek> weeks; ///< in order, each once
    QString currency = QStringLiteral("CNY");
};

/// The activities behind the workload view (engine::computeWorkload) and the norms it is
/// measured against (workload_norms: one row per activity type, '' for all types together).
/// Reads run in one transaction each (a consistent snapshot); setNorms is one command.
/// Throws StorageError.
class WorkloadRepository
{
public:
    explicit WorkloadRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    /// The reps (role 'rep': managers are not measured) of the team (all reps for an empty
    /// team) employed on some day of the weeks,
    /// their activities grouped by rep, day and type, the norms and each rep's won revenue over
    /// the weeks (credit shares, as on the dashboard's leaderboard). `notices` receives the
    /// amounts left out for a missing exchange rate.
    /// `dealsWon` (when given) receives each rep's credited deals won in hundredths (the
    /// dashboard's unit), for the activity-vs-revenue chart's details.
    /// A **rep** (`actor` with a rep id) gets their own team whatever the request names (only
    /// themselves when they have no team): the team's balance, not other teams' workload.
    [[nodiscard]] engine::WorkloadInput loadInput(const WorkloadRequest &request, const Actor &actor,
        DashboardNotices *notices = nullptr, std::map<QString, std::int64_t> *dealsWon = nullptr) const;
    /// The team of a rep (empty when the rep has none or is not known).
    [[nodiscard]] QString teamOf(const QString &repId) const;
    /// loadInput, computed.
    [[nodiscard]] engine::WorkloadResult load(
        const WorkloadRequest &request, const Actor &actor, DashboardNotices *notices = nullptr) const;

    /// The stored norms; a missing '' row is a zero (no) norm.
    [[nodiscard]] engine::WorkloadNorms norms() const;
    /// Replaces every norm in one transaction. Managers only; counts and minutes must be 0 or
    /// more (a week has at most 10,080 minutes). Types without an entry in `norms.perType` lose
    /// their own norm.
    void setNorms(const engine::WorkloadNorms &norms, const Actor &actor) const;

    /// The teams, for the team filter, by name.
    [[nodiscard]] std::vector<DashboardMember> teams() const;

private:
    [[nodiscard]] engine::WorkloadNorms readNorms() const;

    QSqlDatabase m_db;
};

} // namespace attain::storage
