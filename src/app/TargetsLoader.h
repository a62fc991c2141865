#pragma once

#include "app/SalesSnapshot.h"
#include "engine/Date.h"
#include "engine/Kpi.h"
#include "storage/TargetRepository.h"

#include <QString>

#include <vector>

namespace attain::ui {

/// One target as the targets list shows it: what is stored and what the engine computed.
struct TargetRow
{
    storage::StoredTarget stored;
    QString scopeKind; ///< "company", "team", "rep" … (storage's scope_kind)
    /// Actual, attainment, pace and status on the as-of date; status NoData when the sales
    /// data could not be prepared (see TargetsData::notice).
    engine::Kpi kpi;
    int proposedRevisions = 0; ///< revisions waiting for a decision
    /// For a target at risk or off track: the first day of that run (engine::troubleSince).
    std::optional<engine::Date> troubleSince;
    QString ownerName; ///< the owner rep's name; empty without an owner
};

/// The recent window, in calendar days, whose daily rate "at risk" is measured against.
inline constexpr int kTrailingDays = 60;

/// Everything the targets page shows, loaded in one go off the UI thread.
struct TargetsData
{
    QString error; ///< non-empty when loading failed
    QString notice; ///< non-empty when targets loaded but actuals could not be computed
    bool stale = false; ///< superseded by a newer request before it finished
    engine::Date asOf {}; ///< the day actuals, pace and status are computed for
    QString currency;
    std::vector<TargetRow> rows;
    /// The sales the actuals were computed from, for the wizard and the decomposition editor;
    /// null when loading failed.
    std::shared_ptr<const SalesSnapshot> snapshot;
};

/// Opens its own connection (connections are per thread), loads the targets and the sales
/// data, and computes each target's KPI with engine::computeKpi as of `asOf` (working-day
/// pacing, a kTrailingDays window). Amounts are converted to `currency`, a month without a
/// rate using the latest earlier one.
[[nodiscard]] TargetsData loadTargets(const QString &databasePath, engine::Date asOf, const QString &currency);

} // namespace attain::ui
