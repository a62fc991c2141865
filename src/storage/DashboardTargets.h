#pragma once

#include "engine/Metric.h"
#include "engine/Period.h"
#include "storage/DashboardTypes.h"

#include <QString>

#include <map>
#include <optional>

struct sqlite3;

namespace attain::storage {

/// A target value for a period it may not have been set for.
struct ResolvedTarget
{
    std::optional<std::int64_t> value; ///< in the metric's unit
    TargetSource source = TargetSource::None;
};

/// Finds the target of a metric, scope and period in the targets table, in this order: a
/// target for exactly that period (several are added); targets that tile the period without
/// gaps or overlaps (months of a quarter; the coarsest tiling wins), for sums only; the shortest
/// target period containing it — pro-rated by calendar days for sums (a 2026 target gives
/// 2026Q3 92/365 of it), taken as it is for ratios (a conversion target holds every quarter).
class DashboardTargets
{
public:
    explicit DashboardTargets(sqlite3 *db)
        : m_db(db)
    {
    }

    /// The scope kind of targets for a dashboard scope ("company", "team", "rep", "channel",
    /// "product_line", "region") and its id; nullopt for combinations, which have no targets.
    [[nodiscard]] static std::optional<std::pair<QString, QString>> kindOf(const DashboardScope &scope);

    /// The target of each scope id of `kind` (every id when `scopeId` is nullopt; "" for the
    /// company) for `period`; ids without any target are absent.
    [[nodiscard]] std::map<QString, ResolvedTarget> resolve(engine::MetricId metric, const QString &kind,
        const std::optional<QString> &scopeId, const engine::Period &period) const;

private:
    sqlite3 *m_db;
    // Tiles, series and breakdowns ask for the same targets; each is read once per computation.
    mutable std::map<QString, std::map<QString, ResolvedTarget>> m_resolved;
};

} // namespace attain::storage
