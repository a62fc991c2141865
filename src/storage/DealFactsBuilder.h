#pragma once

#include <QString>

struct sqlite3;

namespace attain::storage {

/// Builds deal_facts_monthly/daily (whole deals by close month or day, team, channel, product
/// line, region and currency) and rep_facts_monthly/daily (each rep's credit share, in basis
/// points) from one pass over the closed deals, the way engine::MetricCube counts them: revenue
/// includes returns (won deals with negative amounts); deals won, won amount and cycle days
/// leave returns out; new customers come from customer_first_wins, which must be current.
/// Daily rows are cumulative within their month, one for every day from a key's first deal of
/// the month to the month's end, so a part of a month reads two rows per key. Runs inside the
/// caller's transaction; throws StorageError.
class DealFactsBuilder
{
public:
    explicit DealFactsBuilder(sqlite3 *db)
        : m_db(db)
    {
    }

    /// Replaces the facts of every month from `firstMonth` to `lastMonth` ("YYYY-MM").
    void rebuildMonths(const QString &firstMonth, const QString &lastMonth);
    /// Replaces all deal facts, reading the deals table once from start to end.
    void rebuildAll();

private:
    void build(const QString *firstMonth, const QString *lastMonth);

    sqlite3 *m_db;
};

} // namespace attain::storage
