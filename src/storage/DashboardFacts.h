#pragma once

#include <QSqlDatabase>

namespace attain::storage {

/// Keeps the dashboard's pre-aggregated facts (schema version 4; docs/data-formats.md,
/// "Dashboard data") equal to the records they are derived from. Triggers on deals,
/// deal_credits, activities, feedback and customers record in facts_dirty which months and
/// customers changed; refresh() rebuilds just those, inside the writer's own transaction, so
/// a committed change and its facts are never seen apart. Writers call refresh() before they
/// commit (the importer, the demo writer); Database::open catches up on anything left over
/// (the first open after the migration, or rows written with another tool).
class DashboardFacts
{
public:
    explicit DashboardFacts(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    /// Beyond these many changed months or customers one full rebuild (one pass over each
    /// table) is faster than rebuilding them one by one.
    static constexpr int kMaxMonthsOneByOne = 12;
    static constexpr int kMaxCustomersOneByOne = 1000;

    /// True when facts_dirty lists changes the facts do not reflect yet.
    [[nodiscard]] bool stale() const;
    /// Brings the facts up to date with facts_dirty and empties it. Throws StorageError.
    void refresh();
    /// Rebuilds every fact table from the records and empties facts_dirty. Throws StorageError.
    void rebuildAll();

private:
    void rebuildActivityMonths(const QString &firstMonth, const QString &lastMonth);

    QSqlDatabase m_db;
};

} // namespace attain::storage
