// SalesDataRepository::load() on small hand-written databases, compared with records written
// out by hand (checked against the QSqlQuery implementation before the raw sqlite3 one
// replaced it), so a faster load cannot silently change a dense id, an order or a field.
#include "storage/Database.h"
#include "storage/SalesDataRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

using namespace attain;
using namespace attain::storage;
using attain::storage::test::TempFolder;
using Kind = IdMap::Kind;

namespace {

int day(int year, unsigned month, unsigned dayOfMonth)
{
    return engine::toDayNumber(engine::makeDate(year, month, dayOfMonth));
}

// Records as text, so a mismatch names the field and the record.
std::string show(const engine::DealRecord &d)
{
    std::ostringstream out;
    out << "rep " << d.rep << " team " << d.team << " customer " << d.customer << " channel " << d.channel
        << " product " << d.productLine << " region " << d.region << " stage " << static_cast<int>(d.stage)
        << " currency " << d.currency << " units " << d.units << " created " << d.createdDay << " closed "
        << d.closedDay << " amount " << d.amount;
    return out.str();
}
std::string show(const engine::CreditShare &c)
{
    return "deal " + std::to_string(c.deal) + " rep " + std::to_string(c.rep) + " bp " + std::to_string(c.basisPoints);
}
std::string show(const engine::CustomerRecord &c)
{
    return "region " + std::to_string(c.region) + " group " + std::to_string(c.group);
}
std::string show(const engine::ActivityRecord &a)
{
    return "rep " + std::to_string(a.rep) + " customer " + std::to_string(a.customer) + " day "
        + std::to_string(a.day);
}
std::string show(const engine::FeedbackRecord &f)
{
    return "rep " + std::to_string(f.rep) + " customer " + std::to_string(f.customer) + " day "
        + std::to_string(f.day) + " score " + std::to_string(f.score);
}
std::string show(const engine::MarketFigure &m)
{
    return "region " + std::to_string(m.region) + " product " + std::to_string(m.productLine) + " month "
        + std::to_string(m.monthIndex) + " size " + std::to_string(m.size);
}
std::string show(engine::Id id) { return std::to_string(id); }

template<typename T>
std::vector<std::string> shown(const std::vector<T> &records)
{
    std::vector<std::string> out;
    for (const T &record : records)
        out.push_back(show(record));
    return out;
}

engine::DealRecord deal(engine::Id rep, engine::Id team, engine::Id customer, engine::Id channel,
    engine::Id productLine, engine::Id region, engine::DealStage stage, std::uint16_t currency, int created,
    int closed, std::int64_t amount)
{
    engine::DealRecord record;
    record.rep = rep;
    record.team = team;
    record.customer = customer;
    record.channel = channel;
    record.productLine = productLine;
    record.region = region;
    record.stage = stage;
    record.currency = currency;
    record.createdDay = created;
    record.closedDay = closed;
    record.amount = amount;
    return record;
}

/// A new, empty database (current schema) for each test.
class SalesLoad : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_folder.path(QStringLiteral("sales.attain")), Database::Mode::CreateIfMissing);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        m_database = std::move(opened.database);
    }

    [[nodiscard]] QSqlDatabase db() const { return m_database->connection(); }
    void run(const char *sql) const { execStatement(db(), QString::fromUtf8(sql)); }

    /// Reference tables inserted out of their load order (by code or name, then id), so the
    /// dense ids below come from the ORDER BY and not from the insertion order.
    void seedOrganisation() const
    {
        run("INSERT INTO regions (id, code, name) VALUES ('g2', 'R-B', 'South'), ('g9', 'R-A', 'North')");
        run("INSERT INTO channels (id, code, name) VALUES ('ch2', 'ONLINE', 'Online'), ('ch9', 'DIRECT', 'Direct')");
        run("INSERT INTO product_lines (id, code, name) VALUES ('p2', 'SW', 'Software'), ('p9', 'HW', 'Hardware')");
        run("INSERT INTO teams (id, code, name, region_id) VALUES ('t2', 'WEST', 'West', 'g2'), "
            "('t9', 'EAST', 'East', 'g9')");
        run("INSERT INTO reps (id, team_id, name, role, start_date) VALUES "
            "('r1', 't2', 'Zhao', 'rep', '2020-01-01'), ('r2', 't9', 'Li', 'rep', '2020-01-01'), "
            "('r3', 't9', 'Wang', 'rep', '2020-01-01'), ('r4', NULL, 'Ma', 'manager', '2020-01-01')");
        run("INSERT INTO customer_groups (id, name) VALUES ('cg2', 'SMB'), ('cg9', 'Key accounts')");
        run("INSERT INTO customers (id, name, region_id, group_id) VALUES ('c3', 'Gamma', 'g2', NULL), "
            "('c1', 'Acme', 'g9', 'cg2'), ('c2', 'Beta', NULL, 'cg9')");
    }

    TempFolder m_folder;
    std::unique_ptr<Database> m_database;
};

// Dense ids by the load's order (never the ids' order): regions g9 (R-A) 0, g2 1; channels
// ch9 (DIRECT) 0, ch2 1; product lines p9 (HW) 0, p2 1; teams t9 (EAST) 0, t2 1; reps Li r2 0,
// Ma r4 1, Wang r3 2, Zhao r1 3; groups cg9 (Key accounts) 0, cg2 1; customers by id c1 0,
// c2 1, c3 2.

TEST_F(SalesLoad, SharedDealsReturnsTwoCurrenciesAndNullReferencesLoadAsBefore)
{
    seedOrganisation();
    // Rowid order d-b, d-a, d-c, d-d, d-e is the deals' order (not their ids' order).
    run("INSERT INTO deals (id, owner_rep_id, team_id, customer_id, channel_id, product_line_id, region_id, "
        "amount_minor, currency, stage, created_on, closed_on) VALUES "
        "('d-b', 'r1', 't2', 'c1', 'ch9', 'p2', 'g2', 100000, 'CNY', 'won', '2026-01-05', '2026-02-10'), "
        "('d-a', 'r2', 't9', 'c2', 'ch2', 'p9', 'g9', 500000, 'USD', 'won', '2026-01-20', '2026-03-01'), "
        "('d-c', 'r3', 't9', 'c1', 'ch9', 'p9', 'g9', -20000, 'CNY', 'won', '2026-03-02', '2026-03-05'), "
        "('d-d', 'r2', 't9', NULL, NULL, NULL, NULL, 30000, 'CNY', 'proposal', '2026-04-01', NULL), "
        "('d-e', 'r4', NULL, 'c3', 'ch2', 'p2', 'g2', 7000, 'USD', 'lost', '2026-02-01', '2026-04-15')");
    // Inserted out of (deal id, rep id) order, which is the load's order.
    run("INSERT INTO deal_credits (deal_id, rep_id, basis_points) VALUES ('d-e', 'r4', 5000), "
        "('d-a', 'r3', 4000), ('d-e', 'r1', 5000), ('d-a', 'r2', 6000)");
    run("INSERT INTO activities (id, rep_id, customer_id, type, occurred_on) VALUES "
        "('a1', 'r3', 'c2', 'call', '2026-02-03'), ('a2', 'r1', NULL, 'visit', '2026-01-15'), "
        "('a0', 'r4', 'c3', 'email', '2026-02-03')");
    run("INSERT INTO feedback (id, customer_id, rep_id, received_on, score) VALUES "
        "('f1', 'c3', 'r2', '2026-03-10', 4), ('f2', 'c1', NULL, '2026-03-09', 2)");
    run("INSERT INTO market_figures (id, region_id, product_line_id, month, market_size_minor, currency) VALUES "
        "('m1', 'g9', NULL, '2026-02', 9000000, 'CNY'), ('m2', 'g2', 'p2', '2026-01', 5000, 'USD'), "
        "('m0', NULL, 'p9', '2025-12', 12000, 'CNY')");

    const LoadedSales sales = SalesDataRepository(db()).load(QStringLiteral("CNY"));
    const engine::SalesData &data = sales.data;
    using engine::DealStage;
    const std::vector<engine::DealRecord> deals {
        deal(3, 1, 0, 0, 1, 1, DealStage::Won, 0, day(2026, 1, 5), day(2026, 2, 10), 100000),
        deal(0, 0, 1, 1, 0, 0, DealStage::Won, 1, day(2026, 1, 20), day(2026, 3, 1), 500000),
        deal(2, 0, 0, 0, 0, 0, DealStage::Won, 0, day(2026, 3, 2), day(2026, 3, 5), -20000),
        deal(0, 0, -1, -1, -1, -1, DealStage::Open, 0, day(2026, 4, 1), 0, 30000),
        deal(1, -1, 2, 1, 1, 1, DealStage::Lost, 1, day(2026, 2, 1), day(2026, 4, 15), 7000),
    };
    EXPECT_EQ(shown(data.deals), shown(deals));
    EXPECT_EQ(data.currencies, (std::vector<std::string> { "CNY", "USD" }));
    EXPECT_EQ(shown(data.credits),
        shown(std::vector<engine::CreditShare> { { 1, 0, 6000 }, { 1, 2, 4000 }, { 4, 3, 5000 }, { 4, 1, 5000 } }));
    EXPECT_EQ(shown(data.customers), shown(std::vector<engine::CustomerRecord> { { 0, 1 }, { -1, 0 }, { 1, -1 } }));
    EXPECT_EQ(shown(data.teamOfRep), shown(std::vector<engine::Id> { 0, -1, 0, 1 }));
    EXPECT_EQ(shown(data.activities),
        shown(std::vector<engine::ActivityRecord> {
            { 3, -1, day(2026, 1, 15) }, { 1, 2, day(2026, 2, 3) }, { 2, 1, day(2026, 2, 3) } }));
    EXPECT_EQ(shown(data.feedback),
        shown(std::vector<engine::FeedbackRecord> { { -1, 0, day(2026, 3, 9), 2 }, { 0, 2, day(2026, 3, 10), 4 } }));
    EXPECT_EQ(shown(data.market),
        shown(std::vector<engine::MarketFigure> {
            { -1, 0, engine::monthIndex(2025, 12), 12000 }, { 0, -1, engine::monthIndex(2026, 2), 9000000 } }));
    EXPECT_EQ(sales.skippedMarketFigures, 1);

    // The ids lead back to the same UUIDs, which targets loaded later resolve through.
    const IdMap &ids = sales.ids;
    const auto uuids = [&ids](Kind kind) {
        std::vector<std::string> out;
        for (std::size_t i = 0; i < ids.size(kind); ++i)
            out.push_back(ids.uuid(kind, static_cast<engine::Id>(i)).toStdString());
        return out;
    };
    EXPECT_EQ(uuids(Kind::Region), (std::vector<std::string> { "g9", "g2" }));
    EXPECT_EQ(uuids(Kind::Channel), (std::vector<std::string> { "ch9", "ch2" }));
    EXPECT_EQ(uuids(Kind::ProductLine), (std::vector<std::string> { "p9", "p2" }));
    EXPECT_EQ(uuids(Kind::Team), (std::vector<std::string> { "t9", "t2" }));
    EXPECT_EQ(uuids(Kind::Rep), (std::vector<std::string> { "r2", "r4", "r3", "r1" }));
    EXPECT_EQ(uuids(Kind::CustomerGroup), (std::vector<std::string> { "cg9", "cg2" }));
    EXPECT_EQ(uuids(Kind::Customer), (std::vector<std::string> { "c1", "c2", "c3" }));
    EXPECT_EQ(ids.find(Kind::Team, QStringLiteral("t2")), 1);
    EXPECT_EQ(ids.find(Kind::Customer, QStringLiteral("c3")), 2);
}

TEST_F(SalesLoad, EmptyDatabaseHasTheDefaultCurrency)
{
    const LoadedSales sales = SalesDataRepository(db()).load();
    EXPECT_EQ(sales.data.currencies, (std::vector<std::string> { "CNY" }));
    EXPECT_TRUE(sales.data.deals.empty());
    EXPECT_TRUE(sales.data.customers.empty());
    EXPECT_EQ(sales.ids.size(Kind::Rep), 0u);
}

// Written with foreign keys off (an old import, a hand edit): an unknown reference gets the
// next dense id of its kind in the order it is met, as a new entity would; a credit of an
// unknown deal names no deal. The engine's checks then report them.
TEST_F(SalesLoad, DanglingReferencesGetNewIdsInTheOrderMet)
{
    seedOrganisation();
    run("PRAGMA foreign_keys = OFF");
    run("INSERT INTO customers (id, name, region_id, group_id) VALUES ('c4', 'Delta', 'g-gone', 'cg-gone')");
    run("INSERT INTO deals (id, owner_rep_id, team_id, customer_id, channel_id, product_line_id, region_id, "
        "amount_minor, currency, stage, created_on, closed_on) VALUES "
        "('d1', 'r-gone', 't-gone', 'c-gone', 'ch-gone', 'p-gone', 'g-gone', 100, 'CNY', 'won', "
        "'2026-01-05', '2026-01-06'), "
        "('d2', 'r1', 't-gone', 'c-gone2', 'ch9', 'p9', 'g3', 200, 'EUR', 'won', '2026-01-07', '2026-01-08')");
    run("INSERT INTO deal_credits (deal_id, rep_id, basis_points) VALUES ('d-gone', 'r1', 10000), "
        "('d2', 'r-gone2', 10000)");
    run("INSERT INTO activities (id, rep_id, customer_id, type, occurred_on) VALUES "
        "('a1', 'r-gone3', 'c-gone', 'call', '2026-02-03')");
    run("INSERT INTO market_figures (id, region_id, product_line_id, month, market_size_minor, currency) VALUES "
        "('m1', 'g4', 'p-gone2', '2026-02', 10, 'CNY')");
    run("PRAGMA foreign_keys = ON");

    const LoadedSales sales = SalesDataRepository(db()).load();
    const engine::SalesData &data = sales.data;
    // Regions: g9 0, g2 1, then g-gone 2 (customer c4), g3 3 (d2), g4 4 (market).
    EXPECT_EQ(shown(data.customers),
        shown(std::vector<engine::CustomerRecord> { { 0, 1 }, { -1, 0 }, { 1, -1 }, { 2, 2 } }));
    using engine::DealStage;
    EXPECT_EQ(shown(data.deals),
        shown(std::vector<engine::DealRecord> {
            deal(4, 2, 4, 2, 2, 2, DealStage::Won, 0, day(2026, 1, 5), day(2026, 1, 6), 100),
            deal(3, 2, 5, 0, 0, 3, DealStage::Won, 1, day(2026, 1, 7), day(2026, 1, 8), 200) }));
    EXPECT_EQ(data.currencies, (std::vector<std::string> { "CNY", "EUR" }));
    // Ordered by deal id: 'd-gone' < 'd2'.
    EXPECT_EQ(shown(data.credits),
        shown(std::vector<engine::CreditShare> { { -1, 3, 10000 }, { 1, 5, 10000 } }));
    EXPECT_EQ(shown(data.activities), shown(std::vector<engine::ActivityRecord> { { 6, 4, day(2026, 2, 3) } }));
    EXPECT_EQ(shown(data.market),
        shown(std::vector<engine::MarketFigure> { { 4, 3, engine::monthIndex(2026, 2), 10 } }));
    EXPECT_EQ(shown(data.teamOfRep), shown(std::vector<engine::Id> { 0, -1, 0, 1 }));
    const IdMap &ids = sales.ids;
    EXPECT_EQ(ids.uuid(Kind::Region, 2), QStringLiteral("g-gone"));
    EXPECT_EQ(ids.uuid(Kind::CustomerGroup, 2), QStringLiteral("cg-gone"));
    EXPECT_EQ(ids.uuid(Kind::Rep, 4), QStringLiteral("r-gone"));
    EXPECT_EQ(ids.uuid(Kind::Rep, 5), QStringLiteral("r-gone2"));
    EXPECT_EQ(ids.uuid(Kind::Rep, 6), QStringLiteral("r-gone3"));
    EXPECT_EQ(ids.uuid(Kind::Team, 2), QStringLiteral("t-gone"));
    EXPECT_EQ(ids.uuid(Kind::Customer, 4), QStringLiteral("c-gone"));
    EXPECT_EQ(ids.uuid(Kind::Customer, 5), QStringLiteral("c-gone2"));
    EXPECT_EQ(ids.uuid(Kind::ProductLine, 3), QStringLiteral("p-gone2"));
    EXPECT_EQ(ids.size(Kind::Region), 5u);
}

// Deleted deals leave gaps in the rowids; the credits still name the right deals.
TEST_F(SalesLoad, CreditsFollowTheirDealsAcrossDeletedRows)
{
    seedOrganisation();
    run("INSERT INTO deals (rowid, id, owner_rep_id, amount_minor, currency, stage, created_on) VALUES "
        "(10, 'd-x', 'r1', 1, 'CNY', 'proposal', '2026-01-01'), (11, 'd-gone', 'r1', 2, 'CNY', 'proposal', "
        "'2026-01-01'), (12, 'd-y', 'r2', 3, 'CNY', 'proposal', '2026-01-01'), (40, 'd-z', 'r3', 4, 'CNY', "
        "'proposal', '2026-01-01'), (41, 'd-w', 'r4', 5, 'CNY', 'proposal', '2026-01-01')");
    run("INSERT INTO deal_credits (deal_id, rep_id, basis_points) VALUES ('d-w', 'r4', 10000), "
        "('d-z', 'r3', 10000), ('d-y', 'r2', 10000), ('d-x', 'r1', 10000), ('d-gone', 'r1', 10000)");
    run("DELETE FROM deals WHERE id = 'd-gone'"); // its credit goes with it (ON DELETE CASCADE)

    const LoadedSales sales = SalesDataRepository(db()).load();
    std::vector<std::int64_t> amounts;
    for (const engine::DealRecord &deal : sales.data.deals)
        amounts.push_back(deal.amount);
    EXPECT_EQ(amounts, (std::vector<std::int64_t> { 1, 3, 4, 5 }));
    // By deal id: d-w (3), d-x (0), d-y (1), d-z (2).
    EXPECT_EQ(shown(sales.data.credits),
        shown(std::vector<engine::CreditShare> { { 3, 1, 10000 }, { 0, 3, 10000 }, { 1, 0, 10000 }, { 2, 2, 10000 } }));
}

TEST_F(SalesLoad, MalformedDateIsAStorageError)
{
    seedOrganisation();
    run("INSERT INTO deals (id, owner_rep_id, amount_minor, currency, stage, created_on) VALUES "
        "('d1', 'r1', 100, 'CNY', 'proposal', '2026-02-30')");
    EXPECT_THROW((void)SalesDataRepository(db()).load(), StorageError);
}

} // namespace
