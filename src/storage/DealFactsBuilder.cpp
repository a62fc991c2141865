#include "storage/DealFactsBuilder.h"

#include "engine/Date.h"
#include "engine/WideInt.h"
#include "storage/StorageError.h"
#include "storage/StringPool.h"
#include "storage/import/SqliteStatement.h"

#include <initializer_list>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace attain::storage {

namespace {

using import::SqliteStatement;
using Index = std::int32_t;

constexpr std::int64_t kWholeShare = 10000;

struct Sums
{
    std::int64_t revenue = 0, wonAmount = 0, won = 0, lost = 0, cycleDays = 0, newCustomers = 0;
};

struct DealKey
{
    Index day, team, channel, productLine, region, currency;
    friend bool operator==(const DealKey &, const DealKey &) = default;
};

struct RepKey
{
    Index day, rep, team, currency;
    friend bool operator==(const RepKey &, const RepKey &) = default;
};

std::size_t combine(std::initializer_list<Index> parts)
{
    std::size_t hash = 0;
    for (Index part : parts)
        hash = hash * 1000003u ^ static_cast<std::size_t>(static_cast<std::uint32_t>(part));
    return hash;
}

struct DealKeyHash
{
    std::size_t operator()(const DealKey &k) const
    {
        return combine({k.day, k.team, k.channel, k.productLine, k.region, k.currency});
    }
};

struct RepKeyHash
{
    std::size_t operator()(const RepKey &k) const { return combine({k.day, k.rep, k.team, k.currency}); }
};

struct Share
{
    Index rep;
    std::int64_t basisPoints;
};

/// sum += a × b, or a StorageError: a credit-weighted sum beyond 64 bits cannot be stored.
void add(std::int64_t &sum, std::int64_t a, std::int64_t b)
{
    if (!engine::addProduct(sum, a, b))
        throw StorageError(QStringLiteral("Dashboard facts: a sum of deal amounts does not fit in 64 bits"));
}

QString dayBound(const QString &month, bool last)
{
    return month + (last ? QStringLiteral("-31") : QStringLiteral("-01"));
}

} // namespace

void DealFactsBuilder::rebuildMonths(const QString &firstMonth, const QString &lastMonth)
{
    build(&firstMonth, &lastMonth);
}

void DealFactsBuilder::rebuildAll()
{
    build(nullptr, nullptr);
}

void DealFactsBuilder::build(const QString *firstMonth, const QString *lastMonth)
{
    const bool ranged = firstMonth != nullptr;
    const auto bindRange = [&](SqliteStatement &statement, bool months) {
        if (!ranged)
            return;
        statement.bindText(1, months ? *firstMonth : dayBound(*firstMonth, false));
        statement.bindText(2, months ? *lastMonth : dayBound(*lastMonth, true));
    };

    StringPool pool;
    // Credit shares by deal; a deal without shares belongs wholly to its owner. A range reads
    // only its deals' shares (deals first, by close date: CROSS JOIN keeps that order).
    std::unordered_map<std::string, std::vector<Share>, TransparentStringHash, std::equal_to<>> shares;
    {
        SqliteStatement read(m_db, ranged ? QStringLiteral("SELECT c.deal_id, c.rep_id, c.basis_points FROM deals d "
                                                           "CROSS JOIN deal_credits c ON c.deal_id = d.id "
                                                           "WHERE d.closed_on BETWEEN ?1 AND ?2")
                                          : QStringLiteral("SELECT deal_id, rep_id, basis_points FROM deal_credits"));
        bindRange(read, false);
        while (read.next())
            shares[std::string(read.columnText(0))].push_back({pool.intern(read.columnText(1)), read.columnInt(2)});
    }
    std::unordered_set<std::string, TransparentStringHash, std::equal_to<>> firstWins;
    {
        SqliteStatement read(m_db, QStringLiteral("SELECT deal_id FROM customer_first_wins"));
        while (read.next())
            firstWins.emplace(read.columnText(0));
    }

    std::unordered_map<DealKey, Sums, DealKeyHash> dealCells;
    std::unordered_map<RepKey, Sums, RepKeyHash> repCells;
    std::unordered_map<Index, int> dayNumbers; // interned date → day number
    const auto dayNumber = [&](Index date) {
        const auto found = dayNumbers.find(date);
        if (found != dayNumbers.end())
            return found->second;
        const auto parsed = engine::parseIsoDate(pool.text(date));
        if (!parsed)
            throw StorageError(QStringLiteral("Invalid deal date: %1").arg(QString::fromStdString(pool.text(date))));
        return dayNumbers.emplace(date, engine::toDayNumber(*parsed)).first->second;
    };

    // A whole-table pass when everything is rebuilt (faster than the close-date index and a
    // lookup per deal); the index for a few months.
    SqliteStatement deals(m_db, QStringLiteral("SELECT id, closed_on, created_on, team_id, owner_rep_id, channel_id, "
                                               "product_line_id, region_id, currency, stage, amount_minor FROM deals "
                                               "WHERE stage IN ('won', 'lost')%1")
                                    .arg(ranged ? QStringLiteral(" AND closed_on BETWEEN ?1 AND ?2") : QString()));
    bindRange(deals, false);
    while (deals.next()) {
        const std::string_view id = deals.columnText(0);
        const Index closed = pool.intern(deals.columnText(1));
        const bool won = deals.columnText(9) == "won";
        const std::int64_t amount = deals.columnInt(10);
        const bool wonDeal = won && amount >= 0; // a return is not a deal won
        const std::int64_t cycle = wonDeal ? dayNumber(closed) - dayNumber(pool.intern(deals.columnText(2))) : 0;
        const bool newCustomer = wonDeal && firstWins.contains(id);
        const Index team = pool.intern(deals.columnText(3));
        const Index currency = pool.intern(deals.columnText(8));

        Sums &whole = dealCells[{closed, team, pool.intern(deals.columnText(5)), pool.intern(deals.columnText(6)),
                                 pool.intern(deals.columnText(7)), currency}];
        const auto addTo = [&](Sums &sums, std::int64_t weight) {
            if (won)
                add(sums.revenue, amount, weight);
            if (wonDeal) {
                add(sums.wonAmount, amount, weight);
                add(sums.won, 1, weight);
                add(sums.cycleDays, cycle, weight);
                if (newCustomer)
                    add(sums.newCustomers, 1, weight);
            } else if (!won) {
                add(sums.lost, 1, weight);
            }
        };
        addTo(whole, 1);
        const auto found = shares.find(id);
        if (found == shares.end()) {
            addTo(repCells[{closed, pool.intern(deals.columnText(4)), team, currency}], kWholeShare);
        } else {
            for (const Share &share : found->second)
                addTo(repCells[{closed, share.rep, team, currency}], share.basisPoints);
        }
    }

    const QString days = ranged ? QStringLiteral(" WHERE day BETWEEN ?1 AND ?2") : QString();
    const QString months = ranged ? QStringLiteral(" WHERE month BETWEEN ?1 AND ?2") : QString();
    for (const char *table : {"deal_facts_daily", "rep_facts_daily"}) {
        SqliteStatement clear(m_db, QStringLiteral("DELETE FROM %1%2").arg(QLatin1String(table), days));
        bindRange(clear, false);
        clear.step();
    }
    for (const char *table : {"deal_facts_monthly", "rep_facts_monthly"}) {
        SqliteStatement clear(m_db, QStringLiteral("DELETE FROM %1%2").arg(QLatin1String(table), months));
        bindRange(clear, true);
        clear.step();
    }

    const auto bindSums = [](SqliteStatement &insert, int first, const Sums &sums) {
        insert.bindInt(first, sums.revenue);
        insert.bindInt(first + 1, sums.wonAmount);
        insert.bindInt(first + 2, sums.won);
        insert.bindInt(first + 3, sums.lost);
        insert.bindInt(first + 4, sums.cycleDays);
        insert.bindInt(first + 5, sums.newCustomers);
    };
    SqliteStatement insertDeal(m_db, QStringLiteral("INSERT INTO deal_facts_daily VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                                                    "?7, ?8, ?9, ?10, ?11, ?12)"));
    for (const auto &[key, sums] : dealCells) {
        insertDeal.bindText(1, pool.text(key.day));
        insertDeal.bindText(2, pool.text(key.team));
        insertDeal.bindText(3, pool.text(key.channel));
        insertDeal.bindText(4, pool.text(key.productLine));
        insertDeal.bindText(5, pool.text(key.region));
        insertDeal.bindText(6, pool.text(key.currency));
        bindSums(insertDeal, 7, sums);
        insertDeal.step();
    }
    SqliteStatement insertRep(m_db, QStringLiteral("INSERT INTO rep_facts_daily VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                                                   "?8, ?9, ?10)"));
    for (const auto &[key, sums] : repCells) {
        insertRep.bindText(1, pool.text(key.day));
        insertRep.bindText(2, pool.text(key.rep));
        insertRep.bindText(3, pool.text(key.team));
        insertRep.bindText(4, pool.text(key.currency));
        bindSums(insertRep, 5, sums);
        insertRep.step();
    }

    // Months are the sums of their days, so the monthly tables are rolled up in SQL.
    SqliteStatement dealMonths(m_db, QStringLiteral(
        "INSERT INTO deal_facts_monthly SELECT substr(day, 1, 7), team_id, channel_id, product_line_id, region_id, "
        "currency, sum(revenue_minor), sum(won_amount_minor), sum(won_count), sum(lost_count), sum(cycle_days), "
        "sum(new_customers) FROM deal_facts_daily%1 GROUP BY 1, 2, 3, 4, 5, 6").arg(days));
    bindRange(dealMonths, false);
    dealMonths.step();
    SqliteStatement repMonths(m_db, QStringLiteral(
        "INSERT INTO rep_facts_monthly SELECT substr(day, 1, 7), rep_id, team_id, currency, sum(revenue_bp), "
        "sum(won_amount_bp), sum(won_bp), sum(lost_bp), sum(cycle_days_bp), sum(new_customers_bp) "
        "FROM rep_facts_daily%1 GROUP BY 1, 2, 3, 4").arg(days));
    bindRange(repMonths, false);
    repMonths.step();
}

} // namespace attain::storage
