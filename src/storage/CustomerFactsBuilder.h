#pragma once

#include <QString>

#include <set>
#include <vector>

struct sqlite3;

namespace attain::storage {

/// Builds customer_first_wins (each customer's first won deal with a positive amount, ties by
/// rowid: the deal that wins a new customer) and customer_purchase_days (the days each
/// customer bought on, per company, team, channel, product line, region, team × one of those,
/// and rep credited: retention) from the won deals. Runs inside the caller's transaction; throws StorageError.
class CustomerFactsBuilder
{
public:
    explicit CustomerFactsBuilder(sqlite3 *db)
        : m_db(db)
    {
    }

    /// Replaces the facts of every customer in one pass over the deals table.
    void rebuildAll();
    /// Replaces the facts of these customers. Returns the months ("YYYY-MM") whose new-customer
    /// counts changed because a customer's first win moved, so their deal facts can be rebuilt.
    [[nodiscard]] std::set<QString> rebuild(const std::vector<QString> &customerIds);

private:
    sqlite3 *m_db;
};

} // namespace attain::storage
