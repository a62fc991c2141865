#include "storage/SalesDataRepository.h"

#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <limits>

namespace attain::storage {

namespace {

using Kind = IdMap::Kind;

QSqlQuery run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query = prepare(db, sql);
    query.setForwardOnly(true); // large tables: no client-side caching of rows already read
    exec(query);
    return query;
}

int dayOf(const QVariant &value, const char *what)
{
    const auto date = engine::parseIsoDate(value.toString().toStdString());
    if (!date)
        throw StorageError(QStringLiteral("Invalid %1 date: %2").arg(QLatin1String(what), value.toString()));
    return engine::toDayNumber(*date);
}

/// Index of `id` in a vector sized to the dense ids, growing it when needed.
template<typename T>
T &slot(std::vector<T> &records, engine::Id id)
{
    const auto index = static_cast<std::size_t>(id);
    if (records.size() <= index)
        records.resize(index + 1);
    return records[index];
}

} // namespace

LoadedSales SalesDataRepository::load(const QString &marketCurrency) const
{
    LoadedSales sales;
    sales.data.currencies.clear();
    Transaction snapshot(m_db);
    loadOrganisation(sales);
    loadDeals(sales);
    loadActivityAndFeedback(sales);
    loadMarket(sales, marketCurrency);
    snapshot.commit();
    if (sales.data.currencies.empty())
        sales.data.currencies.emplace_back("CNY");
    return sales;
}

void SalesDataRepository::loadOrganisation(LoadedSales &sales) const
{
    IdMap &ids = sales.ids;
    // Every dimension is numbered in a stable order (by code or name, then id), so two loads
    // of the same database give the same dense ids.
    for (QSqlQuery q = run(m_db, QStringLiteral("SELECT id FROM regions ORDER BY code, id")); q.next();)
        ids.add(Kind::Region, q.value(0).toString());
    for (QSqlQuery q = run(m_db, QStringLiteral("SELECT id FROM channels ORDER BY code, id")); q.next();)
        ids.add(Kind::Channel, q.value(0).toString());
    for (QSqlQuery q = run(m_db, QStringLiteral("SELECT id FROM product_lines ORDER BY code, id")); q.next();)
        ids.add(Kind::ProductLine, q.value(0).toString());
    for (QSqlQuery q = run(m_db, QStringLiteral("SELECT id FROM teams ORDER BY code, id")); q.next();)
        ids.add(Kind::Team, q.value(0).toString());
    for (QSqlQuery q = run(m_db, QStringLiteral("SELECT id, team_id FROM reps ORDER BY name, id")); q.next();) {
        const engine::Id rep = ids.add(Kind::Rep, q.value(0).toString());
        slot(sales.data.teamOfRep, rep) = ids.add(Kind::Team, q.value(1).toString());
    }
    for (QSqlQuery q = run(m_db, QStringLiteral("SELECT id FROM customer_groups ORDER BY name, id")); q.next();)
        ids.add(Kind::CustomerGroup, q.value(0).toString());
    for (QSqlQuery q = run(m_db, QStringLiteral("SELECT id, region_id, group_id FROM customers ORDER BY id"));
         q.next();) {
        const engine::Id customer = ids.add(Kind::Customer, q.value(0).toString());
        engine::CustomerRecord &record = slot(sales.data.customers, customer);
        record.region = ids.add(Kind::Region, q.value(1).toString());
        record.group = ids.add(Kind::CustomerGroup, q.value(2).toString());
    }
}

void SalesDataRepository::loadDeals(LoadedSales &sales) const
{
    IdMap &ids = sales.ids;
    auto &currencies = sales.data.currencies;
    QSqlQuery q = run(m_db,
        QStringLiteral("SELECT id, owner_rep_id, team_id, customer_id, channel_id, product_line_id, "
                       "region_id, stage, currency, created_on, closed_on, amount_minor "
                       "FROM deals ORDER BY rowid"));
    while (q.next()) {
        const engine::Id deal = ids.add(Kind::Deal, q.value(0).toString());
        engine::DealRecord record;
        record.rep = ids.add(Kind::Rep, q.value(1).toString());
        record.team = ids.add(Kind::Team, q.value(2).toString());
        record.customer = ids.add(Kind::Customer, q.value(3).toString());
        record.channel = ids.add(Kind::Channel, q.value(4).toString());
        record.productLine = ids.add(Kind::ProductLine, q.value(5).toString());
        record.region = ids.add(Kind::Region, q.value(6).toString());
        const QString stage = q.value(7).toString();
        record.stage = stage == QLatin1String("won") ? engine::DealStage::Won
            : stage == QLatin1String("lost")         ? engine::DealStage::Lost
                                                     : engine::DealStage::Open;
        const std::string currency = q.value(8).toString().toStdString();
        auto found = std::find(currencies.begin(), currencies.end(), currency);
        if (found == currencies.end()) {
            if (currencies.size() > std::numeric_limits<std::uint16_t>::max())
                throw StorageError(QStringLiteral("Too many currencies"));
            currencies.push_back(currency);
            found = currencies.end() - 1;
        }
        record.currency = static_cast<std::uint16_t>(found - currencies.begin());
        record.createdDay = dayOf(q.value(9), "deal creation");
        if (record.stage != engine::DealStage::Open)
            record.closedDay = dayOf(q.value(10), "deal close");
        record.amount = q.value(11).toLongLong();
        slot(sales.data.deals, deal) = record;
    }
    for (QSqlQuery c = run(m_db,
             QStringLiteral("SELECT deal_id, rep_id, basis_points FROM deal_credits "
                            "ORDER BY deal_id, rep_id"));
         c.next();) {
        sales.data.credits.push_back({ ids.find(Kind::Deal, c.value(0).toString()),
            ids.add(Kind::Rep, c.value(1).toString()), c.value(2).toInt() });
    }
}

void SalesDataRepository::loadActivityAndFeedback(LoadedSales &sales) const
{
    IdMap &ids = sales.ids;
    for (QSqlQuery q = run(m_db,
             QStringLiteral("SELECT rep_id, customer_id, occurred_on FROM activities "
                            "ORDER BY occurred_on, id"));
         q.next();) {
        sales.data.activities.push_back({ ids.add(Kind::Rep, q.value(0).toString()),
            ids.add(Kind::Customer, q.value(1).toString()), dayOf(q.value(2), "activity") });
    }
    for (QSqlQuery q = run(m_db,
             QStringLiteral("SELECT rep_id, customer_id, received_on, score FROM feedback "
                            "ORDER BY received_on, id"));
         q.next();) {
        sales.data.feedback.push_back({ ids.add(Kind::Rep, q.value(0).toString()),
            ids.add(Kind::Customer, q.value(1).toString()), dayOf(q.value(2), "feedback"), q.value(3).toInt() });
    }
}

void SalesDataRepository::loadMarket(LoadedSales &sales, const QString &marketCurrency) const
{
    IdMap &ids = sales.ids;
    QSqlQuery q = run(m_db,
        QStringLiteral("SELECT region_id, product_line_id, month, market_size_minor, currency "
                       "FROM market_figures ORDER BY month, id"));
    while (q.next()) {
        if (q.value(4).toString() != marketCurrency) {
            ++sales.skippedMarketFigures;
            continue;
        }
        const QString month = q.value(2).toString();
        sales.data.market.push_back(
            { ids.add(Kind::Region, q.value(0).toString()), ids.add(Kind::ProductLine, q.value(1).toString()),
                engine::monthIndex(month.left(4).toInt(), month.mid(5, 2).toUInt()), q.value(3).toLongLong() });
    }
}

} // namespace attain::storage
