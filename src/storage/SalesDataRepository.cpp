#include "storage/SalesDataRepository.h"

#include "storage/IsoDay.h"
#include "storage/RowPositions.h"
#include "storage/SqliteQuery.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "storage/UuidLookup.h"

#include <algorithm>
#include <limits>

namespace attain::storage {

namespace {

using Kind = IdMap::Kind;

/// Index of `id` in a vector sized to the dense ids, growing it when needed.
template<typename T>
T &slot(std::vector<T> &records, engine::Id id)
{
    const auto index = static_cast<std::size_t>(id);
    if (records.size() <= index)
        records.resize(index + 1);
    return records[index];
}

std::size_t rowCount(const QSqlDatabase &db, const char *sql)
{
    SqliteQuery count(db, sql);
    return count.next() ? static_cast<std::size_t>(count.integer(0)) : 0;
}

/// One load: the UUID lookups of each kind, filled as the tables are read, and the deals'
/// positions by rowid for their credits.
class Loader
{
public:
    Loader(const QSqlDatabase &db, LoadedSales &sales)
        : m_db(db)
        , m_sales(sales)
    {
    }

    void organisation();
    void deals();
    void credits();
    void activityAndFeedback();
    void market(const QString &currency);

private:
    const QSqlDatabase &m_db;
    LoadedSales &m_sales;
    UuidLookup m_regions { m_sales.ids, Kind::Region };
    UuidLookup m_channels { m_sales.ids, Kind::Channel };
    UuidLookup m_productLines { m_sales.ids, Kind::ProductLine };
    UuidLookup m_teams { m_sales.ids, Kind::Team };
    UuidLookup m_reps { m_sales.ids, Kind::Rep };
    UuidLookup m_groups { m_sales.ids, Kind::CustomerGroup };
    UuidLookup m_customers { m_sales.ids, Kind::Customer };
    RowPositions m_deals;
};

void Loader::organisation()
{
    // Every dimension is numbered in a stable order (by code or name, then id), so two loads
    // of the same database give the same dense ids.
    for (SqliteQuery q(m_db, "SELECT id FROM regions ORDER BY code, id"); q.next();)
        m_regions.add(q.text(0));
    for (SqliteQuery q(m_db, "SELECT id FROM channels ORDER BY code, id"); q.next();)
        m_channels.add(q.text(0));
    for (SqliteQuery q(m_db, "SELECT id FROM product_lines ORDER BY code, id"); q.next();)
        m_productLines.add(q.text(0));
    for (SqliteQuery q(m_db, "SELECT id FROM teams ORDER BY code, id"); q.next();)
        m_teams.add(q.text(0));
    for (SqliteQuery q(m_db, "SELECT id, team_id FROM reps ORDER BY name, id"); q.next();) {
        const engine::Id rep = m_reps.add(q.text(0));
        slot(m_sales.data.teamOfRep, rep) = m_teams.add(q.text(1));
    }
    for (SqliteQuery q(m_db, "SELECT id FROM customer_groups ORDER BY name, id"); q.next();)
        m_groups.add(q.text(0));
    for (SqliteQuery q(m_db, "SELECT id, region_id, group_id FROM customers ORDER BY id"); q.next();) {
        const engine::Id customer = m_customers.add(q.text(0));
        engine::CustomerRecord &record = slot(m_sales.data.customers, customer);
        record.region = m_regions.add(q.text(1));
        record.group = m_groups.add(q.text(2));
    }
}

void Loader::deals()
{
    auto &currencies = m_sales.data.currencies;
    auto &deals = m_sales.data.deals;
    deals.reserve(rowCount(m_db, "SELECT count(*) FROM deals")); // no doubling of ~50 bytes × millions
    SqliteQuery q(m_db,
        "SELECT rowid, owner_rep_id, team_id, customer_id, channel_id, product_line_id, region_id, stage, "
        "currency, created_on, closed_on, amount_minor FROM deals ORDER BY rowid");
    while (q.next()) {
        m_deals.append(q.integer(0));
        engine::DealRecord record;
        record.rep = m_reps.add(q.text(1));
        record.team = m_teams.add(q.text(2));
        record.customer = m_customers.add(q.text(3));
        record.channel = m_channels.add(q.text(4));
        record.productLine = m_productLines.add(q.text(5));
        record.region = m_regions.add(q.text(6));
        const std::string_view stage = q.text(7);
        record.stage = stage == "won" ? engine::DealStage::Won
            : stage == "lost"         ? engine::DealStage::Lost
                                      : engine::DealStage::Open;
        const std::string_view currency = q.text(8);
        auto found = std::find(currencies.begin(), currencies.end(), currency);
        if (found == currencies.end()) {
            if (currencies.size() > std::numeric_limits<std::uint16_t>::max())
                throw StorageError(QStringLiteral("Too many currencies"));
            currencies.emplace_back(currency);
            found = currencies.end() - 1;
        }
        record.currency = static_cast<std::uint16_t>(found - currencies.begin());
        record.createdDay = isoDayNumber(q.text(9), "deal creation");
        if (record.stage != engine::DealStage::Open)
            record.closedDay = isoDayNumber(q.text(10), "deal close");
        record.amount = q.integer(11);
        deals.push_back(record);
    }
}

void Loader::credits()
{
    // The deal by its rowid (a join on the deals' key) rather than a map of every deal's UUID;
    // NULL when the credit names no deal.
    for (SqliteQuery q(m_db,
             "SELECT d.rowid, c.rep_id, c.basis_points FROM deal_credits c LEFT JOIN deals d ON d.id = c.deal_id "
             "ORDER BY c.deal_id, c.rep_id");
         q.next();) {
        const engine::Id deal = q.isNull(0) ? engine::kNoId : m_deals.find(q.integer(0));
        m_sales.data.credits.push_back(
            { deal, m_reps.add(q.text(1)), static_cast<std::int32_t>(q.integer(2)) });
    }
}

void Loader::activityAndFeedback()
{
    for (SqliteQuery q(m_db, "SELECT rep_id, customer_id, occurred_on FROM activities ORDER BY occurred_on, id");
         q.next();) {
        m_sales.data.activities.push_back(
            { m_reps.add(q.text(0)), m_customers.add(q.text(1)), isoDayNumber(q.text(2), "activity") });
    }
    for (SqliteQuery q(m_db,
             "SELECT rep_id, customer_id, received_on, score FROM feedback ORDER BY received_on, id");
         q.next();) {
        m_sales.data.feedback.push_back({ m_reps.add(q.text(0)), m_customers.add(q.text(1)),
            isoDayNumber(q.text(2), "feedback"), static_cast<std::int32_t>(q.integer(3)) });
    }
}

void Loader::market(const QString &currency)
{
    const QByteArray wanted = currency.toUtf8();
    for (SqliteQuery q(m_db,
             "SELECT region_id, product_line_id, month, market_size_minor, currency FROM market_figures "
             "ORDER BY month, id");
         q.next();) {
        if (q.text(4) != std::string_view(wanted.constData(), static_cast<std::size_t>(wanted.size()))) {
            ++m_sales.skippedMarketFigures;
            continue;
        }
        const QString month = q.string(2);
        m_sales.data.market.push_back({ m_regions.add(q.text(0)), m_productLines.add(q.text(1)),
            engine::monthIndex(month.left(4).toInt(), month.mid(5, 2).toUInt()), q.integer(3) });
    }
}

} // namespace

LoadedSales SalesDataRepository::load(const QString &marketCurrency) const
{
    LoadedSales sales;
    sales.data.currencies.clear();
    {
        Transaction snapshot(m_db);
        Loader loader(m_db, sales);
        loader.organisation();
        loader.deals();
        loader.credits();
        loader.activityAndFeedback();
        loader.market(marketCurrency);
        snapshot.commit();
    }
    if (sales.data.currencies.empty())
        sales.data.currencies.emplace_back("CNY");
    return sales;
}

} // namespace attain::storage
