#include "storage/DealFactsBuilder.h"

#include "engine/Date.h"
#include "engine/ExchangeRates.h"
#include "engine/Period.h"
#include "engine/WideInt.h"
#include "storage/StorageError.h"
#include "storage/StringPool.h"
#include "storage/import/SqliteStatement.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdio>
#include <initializer_list>
#include <map>
#include <tuple>
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
        return combine({ k.team, k.channel, k.productLine, k.region, k.currency, k.month });
    }
};

struct RepKeyHash
{
    std::size_t operator()(const RepKey &k) const { return combine({ k.rep, k.team, k.currency, k.month }); }
};

struct RepMarketKeyHash
{
    std::size_t operator()(const RepMarketKey &k) const
    {
        return combine({ k.rep, k.team, k.channel, k.productLine, k.region, k.currency, k.month });
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
        SqliteStatement read(m_db,
            ranged ? QStringLiteral("SELECT c.deal_id, c.rep_id, c.basis_points FROM deals d "
                                    "CROSS JOIN deal_credits c ON c.deal_id = d.id "
                                    "WHERE d.closed_on BETWEEN ?1 AND ?2")
                   : QStringLiteral("SELECT deal_id, rep_id, basis_points FROM deal_credits"));
        bindRange(read, false);
        while (read.next())
            shares[std::string(read.columnText(0))].push_back({ pool.intern(read.columnText(1)), read.columnInt(2) });
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
            .emplace(date,
                CloseDay { engine::toDayNumber(*parsed), engine::monthIndex(year, month),
                    engine::toDayNumber(engine::Period::month(year, month).last) })
            .first->second;
    };

    // A whole-table pass when everything is rebuilt (faster than the close-date index and a
    // lookup per deal); the index for a few months.
    SqliteStatement deals(m_db,
        QStringLiteral("SELECT id, closed_on, created_on, team_id, owner_rep_id, channel_id, "
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
        Sums &whole = dealCells[{ team, channel, productLine, region, currency, closed.month }][closed.day];
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
            addTo(repCells[{ rep, team, currency, closed.month }][closed.day], basisPoints);
            addTo(repMarketCells[{ rep, team, channel, productLine, region, currency, closed.month }], basisPoints);
        };
        if (found == shares.end()) {
            addShare(pool.intern(deals.columnText(4)), kWholeShare);
        } else {
            for (const Share &share : found->second) {
                addShare(share.rep, share.basisPoints);
                creditDays.push_back({ share.rep, closedOn, std::string(id), share.basisPoints });
            }
        }
    }

    const QString days = ranged ? QStringLiteral(" WHERE day BETWEEN ?1 AND ?2") : QString();
    const QString months = ranged ? QStringLiteral(" WHERE month BETWEEN ?1 AND ?2") : QString();
    {
        SqliteStatement clear(m_db,
            QStringLiteral("DELETE FROM deal_credit_days%1")
                .arg(ranged ? QStringLiteral(" WHERE closed_on BETWEEN ?1 AND ?2") : QString()));
        bindRange(clear, false);
        clear.step();
    }
    for (const char *table : { "deal_facts_daily", "rep_facts_daily" }) {
        SqliteStatement clear(m_db, QStringLiteral("DELETE FROM %1%2").arg(QLatin1String(table), days));
        bindRange(clear, false);
        clear.step();
    }
    for (const char *table : { "deal_facts_monthly", "rep_facts_monthly", "rep_market_facts_monthly" }) {
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
    std::unordered_map<int, std::string> isoDays, monthTexts; // node-based: the strings stay put
    const auto iso = [&](int day) -> const std::string * {
        auto found = isoDays.find(day);
        if (found == isoDays.end())
            found = isoDays.emplace(day, engine::toIsoString(engine::fromDayNumber(day))).first;
        return &found->second;
    };
    const auto monthText = [&](int monthIndex) -> const std::string * {
        auto found = monthTexts.find(monthIndex);
        if (found == monthTexts.end()) {
            char text[16];
            std::snprintf(text, sizeof text, "%04d-%02d", monthIndex / 12, monthIndex % 12 + 1);
            found = monthTexts.emplace(monthIndex, text).first;
        }
        return &found->second;
    };
    const auto monthEndOf = [](int monthIndex) {
        return engine::toDayNumber(
            engine::Period::month(monthIndex / 12, static_cast<unsigned>(monthIndex % 12 + 1)).last);
    };
    const auto cumulate = [&](const std::map<int, Sums> &days, int monthEnd, const auto &writeDay) {
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

    // Rows are inserted in primary-key order: appending to each B-tree instead of landing all
    // over it (a full rebuild writes half a million rows).
    struct Row
    {
        std::array<const std::string *, 7> keys {};
        Sums sums;
    };
    const auto insertSorted = [&](const char *table, std::vector<Row> &rows, int keyCount) {
        std::sort(rows.begin(), rows.end(), [keyCount](const Row &a, const Row &b) {
            for (int k = 0; k < keyCount; ++k)
                if (const int order
                    = a.keys[static_cast<std::size_t>(k)]->compare(*b.keys[static_cast<std::size_t>(k)]);
                    order != 0)
                    return order < 0;
            return false;
        });
        QStringList parameters;
        for (int p = 1; p <= keyCount + 6; ++p)
            parameters << QStringLiteral("?%1").arg(p);
        SqliteStatement insert(m_db,
            QStringLiteral("INSERT INTO %1 VALUES (%2)")
                .arg(QLatin1String(table), parameters.join(QStringLiteral(", "))));
        for (const Row &row : rows) {
            for (int k = 0; k < keyCount; ++k)
                insert.bindText(k + 1, *row.keys[static_cast<std::size_t>(k)]);
            bindSums(insert, keyCount + 1, row.sums);
            insert.step();
        }
        rows = {};
    };

    std::vector<Row> dayRows, monthRows;
    for (const auto &[key, cells] : dealCells) {
        const std::array<const std::string *, 5> keys { &pool.text(key.team), &pool.text(key.channel),
            &pool.text(key.productLine), &pool.text(key.region), &pool.text(key.currency) };
        const auto row = [&](const std::string *time, const Sums &sums) {
            return Row { { time, keys[0], keys[1], keys[2], keys[3], keys[4], nullptr }, sums };
        };
        const Sums month = cumulate(cells, monthEndOf(key.month),
            [&](const std::string *day, const Sums &sums) { dayRows.push_back(row(day, sums)); });
        monthRows.push_back(row(monthText(key.month), month));
    }
    insertSorted("deal_facts_daily", dayRows, 6);
    insertSorted("deal_facts_monthly", monthRows, 6);
    for (const auto &[key, cells] : repCells) {
        const auto row = [&](const std::string *time, const Sums &sums) {
            return Row { { time, &pool.text(key.rep), &pool.text(key.team), &pool.text(key.currency) }, sums };
        };
        const Sums month = cumulate(cells, monthEndOf(key.month),
            [&](const std::string *day, const Sums &sums) { dayRows.push_back(row(day, sums)); });
        monthRows.push_back(row(monthText(key.month), month));
    }
    insertSorted("rep_facts_daily", dayRows, 4);
    insertSorted("rep_facts_monthly", monthRows, 4);
    for (const auto &[key, sums] : repMarketCells)
        monthRows.push_back(
            Row { { monthText(key.month), &pool.text(key.rep), &pool.text(key.team), &pool.text(key.channel),
                      &pool.text(key.productLine), &pool.text(key.region), &pool.text(key.currency) },
                sums });
    insertSorted("rep_market_facts_monthly", monthRows, 7);

    std::sort(creditDays.begin(), creditDays.end(), [&](const CreditDay &a, const CreditDay &b) {
        return std::tie(pool.text(a.rep), pool.text(a.closedOn), a.deal)
            < std::tie(pool.text(b.rep), pool.text(b.closedOn), b.deal);
    });
    SqliteStatement creditDay(m_db, QStringLiteral("INSERT INTO deal_credit_days VALUES (?1, ?2, ?3, ?4)"));
    for (const CreditDay &credit : creditDays) {
        creditDay.bindText(1, pool.text(credit.rep));
        creditDay.bindText(2, pool.text(credit.closedOn));
        creditDay.bindText(3, credit.deal);
        creditDay.bindInt(4, credit.basisPoints);
        creditDay.step();
    }
}

} // namespace attain::storage
