#include "storage/DealFactsBuilder.h"

#include "engine/Date.h"
#include "engine/ExchangeRates.h"
#include "engine/Period.h"
#include "engine/WideInt.h"
#include "storage/StorageError.h"
#include "storage/StringPool.h"
#include "storage/import/SqliteStatement.h"

#include <cstdio>
#include <initializer_list>
#include <map>
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

/// The key columns of a fact row without its day, and the month (engine::monthIndex) the row
/// accumulates in.
struct DealKey
{
    Index team, channel, productLine, region, currency;
    int month;
    friend bool operator==(const DealKey &, const DealKey &) = default;
};

struct RepKey
{
    Index rep, team, currency;
    int month;
    friend bool operator==(const RepKey &, const RepKey &) = default;
};

struct RepMarketKey
{
    Index rep, team, channel, productLine, region, currency;
    int month;
    friend bool operator==(const RepMarketKey &, const RepMarketKey &) = default;
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
        return combine({k.team, k.channel, k.productLine, k.region, k.currency, k.month});
    }
};

struct RepKeyHash
{
    std::size_t operator()(const RepKey &k) const { return combine({k.rep, k.team, k.currency, k.month}); }
};

struct RepMarketKeyHash
{
    std::size_t operator()(const RepMarketKey &k) const
    {
        return combine({k.rep, k.team, k.channel, k.productLine, k.region, k.currency, k.month});
    }
};

/// A close date: its day number, month and the month's last day.
struct CloseDay
{
    int day = 0;
    int month = 0;
    int monthEnd = 0;
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

void accumulate(Sums &total, const Sums &day)
{
    add(total.revenue, day.revenue, 1);
    add(total.wonAmount, day.wonAmount, 1);
    add(total.won, day.won, 1);
    add(total.lost, day.lost, 1);
    add(total.cycleDays, day.cycleDays, 1);
    add(total.newCustomers, day.newCustomers, 1);
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

    // Each key's days of each month; the rows written are cumulative from the month's start.
    std::unordered_map<DealKey, std::map<int, Sums>, DealKeyHash> dealCells;
    std::unordered_map<RepKey, std::map<int, Sums>, RepKeyHash> repCells;
    std::unordered_map<RepMarketKey, Sums, RepMarketKeyHash> repMarketCells; // months only
    struct CreditDay
    {
        Index rep, closedOn;
        std::string deal;
        std::int64_t basisPoints;
    };
    std::vector<CreditDay> creditDays;
    std::unordered_map<Index, CloseDay> dates; // interned date → its day, month and month end
    const auto dateOf = [&](Index date) -> const CloseDay & {
        const auto found = dates.find(date);
        if (found != dates.end())
            return found->second;
        const auto parsed = engine::parseIsoDate(pool.text(date));
        if (!parsed)
            throw StorageError(QStringLiteral("Invalid deal date: %1").arg(QString::fromStdString(pool.text(date))));
        const int year = static_cast<int>(parsed->year());
        const auto month = static_cast<unsigned>(parsed->month());
        return dates
            .emplace(date, CloseDay{engine::toDayNumber(*parsed), engine::monthIndex(year, month),
                                    engine::toDayNumber(engine::Period::month(year, month).last)})
            .first->second;
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
        const Index closedOn = pool.intern(deals.columnText(1));
        const CloseDay closed = dateOf(closedOn);
        const bool won = deals.columnText(9) == "won";
        const std::int64_t amount = deals.columnInt(10);
        const bool wonDeal = won && amount >= 0; // a return is not a deal won
        const std::int64_t cycle = wonDeal ? closed.day - dateOf(pool.intern(deals.columnText(2))).day : 0;
        const bool newCustomer = wonDeal && firstWins.contains(id);
        const Index team = pool.intern(deals.columnText(3));
        const Index currency = pool.intern(deals.columnText(8));

        const Index channel = pool.intern(deals.columnText(5));
        const Index productLine = pool.intern(deals.columnText(6));
        const Index region = pool.intern(deals.columnText(7));
        Sums &whole = dealCells[{team, channel, productLine, region, currency, closed.month}][closed.day];
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
        const auto addShare = [&](Index rep, std::int64_t basisPoints) {
            addTo(repCells[{rep, team, currency, closed.month}][closed.day], basisPoints);
            addTo(repMarketCells[{rep, team, channel, productLine, region, currency, closed.month}], basisPoints);
        };
        if (found == shares.end()) {
            addShare(pool.intern(deals.columnText(4)), kWholeShare);
        } else {
            for (const Share &share : found->second) {
                addShare(share.rep, share.basisPoints);
                creditDays.push_back({share.rep, closedOn, std::string(id), share.basisPoints});
            }
        }
    }

    const QString days = ranged ? QStringLiteral(" WHERE day BETWEEN ?1 AND ?2") : QString();
    const QString months = ranged ? QStringLiteral(" WHERE month BETWEEN ?1 AND ?2") : QString();
    {
        SqliteStatement clear(m_db, QStringLiteral("DELETE FROM deal_credit_days%1")
                                        .arg(ranged ? QStringLiteral(" WHERE closed_on BETWEEN ?1 AND ?2") : QString()));
        bindRange(clear, false);
        clear.step();
    }
    for (const char *table : {"deal_facts_daily", "rep_facts_daily"}) {
        SqliteStatement clear(m_db, QStringLiteral("DELETE FROM %1%2").arg(QLatin1String(table), days));
        bindRange(clear, false);
        clear.step();
    }
    for (const char *table : {"deal_facts_monthly", "rep_facts_monthly", "rep_market_facts_monthly"}) {
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
    // Every day from a key's first deal in a month to the month's end gets a row with the sums
    // so far that month, so any part of a month is one row per key at its last day minus one at
    // the day before its first; the month's total is its last row.
    std::unordered_map<int, std::string> isoDays;
    const auto iso = [&](int day) -> const std::string & {
        auto found = isoDays.find(day);
        if (found == isoDays.end())
            found = isoDays.emplace(day, engine::toIsoString(engine::fromDayNumber(day))).first;
        return found->second;
    };
    const auto writeMonth = [&](const std::map<int, Sums> &days, int monthEnd, const auto &writeDay) {
        Sums running;
        auto next = days.begin();
        for (int day = days.begin()->first; day <= monthEnd; ++day) {
            if (next != days.end() && next->first == day) {
                accumulate(running, next->second);
                ++next;
            }
            writeDay(iso(day), running);
        }
        return running;
    };
    const auto monthEndOf = [](int monthIndex) {
        return engine::toDayNumber(
            engine::Period::month(monthIndex / 12, static_cast<unsigned>(monthIndex % 12 + 1)).last);
    };
    const auto monthText = [](int monthIndex) {
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02d", monthIndex / 12, monthIndex % 12 + 1);
        return std::string(text);
    };

    SqliteStatement dealDay(m_db, QStringLiteral("INSERT INTO deal_facts_daily VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                                                 "?9, ?10, ?11, ?12)"));
    SqliteStatement dealMonth(m_db, QStringLiteral("INSERT INTO deal_facts_monthly VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                                                   "?7, ?8, ?9, ?10, ?11, ?12)"));
    for (const auto &[key, days] : dealCells) {
        const auto write = [&](SqliteStatement &insert, const std::string &time, const Sums &sums) {
            insert.bindText(1, time);
            insert.bindText(2, pool.text(key.team));
            insert.bindText(3, pool.text(key.channel));
            insert.bindText(4, pool.text(key.productLine));
            insert.bindText(5, pool.text(key.region));
            insert.bindText(6, pool.text(key.currency));
            bindSums(insert, 7, sums);
            insert.step();
        };
        const Sums month = writeMonth(days, monthEndOf(key.month),
                                [&](const std::string &day, const Sums &sums) { write(dealDay, day, sums); });
        write(dealMonth, monthText(key.month), month);
    }
    SqliteStatement repDay(m_db, QStringLiteral("INSERT INTO rep_facts_daily VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                                                "?9, ?10)"));
    SqliteStatement repMonth(m_db, QStringLiteral("INSERT INTO rep_facts_monthly VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                                                  "?8, ?9, ?10)"));
    for (const auto &[key, days] : repCells) {
        const auto write = [&](SqliteStatement &insert, const std::string &time, const Sums &sums) {
            insert.bindText(1, time);
            insert.bindText(2, pool.text(key.rep));
            insert.bindText(3, pool.text(key.team));
            insert.bindText(4, pool.text(key.currency));
            bindSums(insert, 5, sums);
            insert.step();
        };
        const Sums month = writeMonth(days, monthEndOf(key.month),
                                [&](const std::string &day, const Sums &sums) { write(repDay, day, sums); });
        write(repMonth, monthText(key.month), month);
    }
    SqliteStatement creditDay(m_db, QStringLiteral("INSERT INTO deal_credit_days VALUES (?1, ?2, ?3, ?4)"));
    for (const CreditDay &credit : creditDays) {
        creditDay.bindText(1, pool.text(credit.rep));
        creditDay.bindText(2, pool.text(credit.closedOn));
        creditDay.bindText(3, credit.deal);
        creditDay.bindInt(4, credit.basisPoints);
        creditDay.step();
    }
    SqliteStatement repMarket(m_db, QStringLiteral("INSERT INTO rep_market_facts_monthly VALUES (?1, ?2, ?3, ?4, ?5, "
                                                   "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"));
    for (const auto &[key, sums] : repMarketCells) {
        repMarket.bindText(1, monthText(key.month));
        repMarket.bindText(2, pool.text(key.rep));
        repMarket.bindText(3, pool.text(key.team));
        repMarket.bindText(4, pool.text(key.channel));
        repMarket.bindText(5, pool.text(key.productLine));
        repMarket.bindText(6, pool.text(key.region));
        repMarket.bindText(7, pool.text(key.currency));
        bindSums(repMarket, 8, sums);
        repMarket.step();
    }
}

} // namespace attain::storage
