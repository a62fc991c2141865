// Deals: rep-mode visibility, rights (owner edits, shared only reads), validation, all-or-nothing
// writes, updated_at for data packs, and the dashboard facts they keep current.

#include "storage/DealRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

#include "TableChecksum.h"
#include "TargetFixture.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <memory>

using namespace attain::storage;
using attain::storage::test::refusalOf;
using attain::storage::test::TableChecksum;

namespace {

/// Reps Li (r1, team East) and Wang (r2, team East) and Zhao (r3, team West), manager Ma;
/// customers Acme (c1, region North) and Beta (c2); channel direct, product line pumps.
/// Deals: d1 Li's open deal, d2 Wang's open deal shared with Li, d3 Wang's own open deal,
/// d4 Li's deal won in October. An activity links d3. Today is 2026-11-25.
class DealRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_folder.path(QStringLiteral("deals.attain")), Database::Mode::CreateIfMissing);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        m_database = std::move(opened.database);
        execStatement(db(), QStringLiteral("INSERT INTO regions (id, code, name) VALUES ('north', 'N', 'North')"));
        execStatement(db(), QStringLiteral("INSERT INTO channels (id, code, name) VALUES ('direct', 'D', 'Direct')"));
        execStatement(db(), QStringLiteral("INSERT INTO product_lines (id, code, name) VALUES ('pumps', 'P', 'Pumps')"));
        execStatement(db(), QStringLiteral("INSERT INTO teams (id, code, name) VALUES ('t1', 'E', 'East'), ('t2', 'W', 'West')"));
        execStatement(db(), QStringLiteral("INSERT INTO reps (id, team_id, name, role, start_date) VALUES "
                                           "('r1', 't1', 'Li', 'rep', '2020-01-01'), "
                                           "('r2', 't1', 'Wang', 'rep', '2020-01-01'), "
                                           "('r3', 't2', 'Zhao', 'rep', '2020-01-01')"));
        execStatement(db(), QStringLiteral("INSERT INTO customers (id, name, region_id) VALUES "
                                           "('c1', 'Acme', 'north'), ('c2', 'Beta', NULL)"));
        execStatement(db(), QStringLiteral(
            "INSERT INTO deals (id, owner_rep_id, team_id, customer_id, amount_minor, currency, stage, created_on, "
            "closed_on, competitor) VALUES "
            "('d1', 'r1', 't1', 'c1', 100000, 'CNY', 'proposal', '2026-10-01', NULL, 'Rival Co'), "
            "('d2', 'r2', 't1', 'c1', 200000, 'CNY', 'negotiation', '2026-10-02', NULL, NULL), "
            "('d3', 'r2', 't1', 'c2', 300000, 'CNY', 'proposal', '2026-10-03', NULL, NULL), "
            "('d4', 'r1', 't1', 'c2', 400000, 'CNY', 'won', '2026-09-01', '2026-10-15', NULL)"));
        execStatement(db(), QStringLiteral("INSERT INTO deal_credits (deal_id, rep_id, basis_points) VALUES "
                                           "('d2', 'r2', 6000), ('d2', 'r1', 4000)"));
        execStatement(db(), QStringLiteral("INSERT INTO exchange_rates (from_currency, to_currency, month, rate_e8) "
                                           "VALUES ('USD', 'CNY', '2026-11', 720000000)"));
        execStatement(db(), QStringLiteral("INSERT INTO activities (id, rep_id, customer_id, deal_id, type, occurred_on) "
                                           "VALUES ('a1', 'r2', 'c2', 'd3', 'call', '2026-11-02')"));
    }

    [[nodiscard]] QSqlDatabase db() const { return m_database->connection(); }
    [[nodiscard]] DealRepository repository() const
    {
        DealRepository repository(db());
        repository.setToday(m_today);
        return repository;
    }
    [[nodiscard]] static Deal make(const QString &owner, const QString &customer, std::int64_t amount,
                                   const QString &stage = QStringLiteral("prospecting"))
    {
        Deal d;
        d.ownerRepId = owner;
        d.customerId = customer;
        d.amountMinor = amount;
        d.currency = QStringLiteral("CNY");
        d.stage = stage;
        d.channelId = QStringLiteral("direct");
        d.productLineId = QStringLiteral("pumps");
        return d;
    }
    [[nodiscard]] static QStringList idsOf(const std::vector<Deal> &rows)
    {
        QStringList ids;
        for (const Deal &d : rows)
            ids << d.id;
        return ids;
    }
    [[nodiscard]] qlonglong number(const QString &sql) const { return scalar(db(), sql).toLongLong(); }
    [[nodiscard]] qlonglong novemberRevenue() const
    {
        return number(QStringLiteral("SELECT coalesce(sum(revenue_minor), 0) FROM deal_facts_monthly "
                                     "WHERE month = '2026-11'"));
    }

    const QDate m_today {2026, 11, 25};
    const Actor m_manager {QStringLiteral("Ma"), {}};
    const Actor m_li {QStringLiteral("Li"), QStringLiteral("r1")};
    const Actor m_wang {QStringLiteral("Wang"), QStringLiteral("r2")};
    attain::storage::test::TempFolder m_folder;
    std::unique_ptr<Database> m_database;
};

} // namespace

TEST_F(DealRepositoryTest, ARepSeesOwnAndSharedDealsWhateverTheFilterAsks)
{
    const std::vector<Deal> lis = repository().list({}, m_li);
    EXPECT_EQ(idsOf(lis), (QStringList {QStringLiteral("d2"), QStringLiteral("d1"), QStringLiteral("d4")}));
    EXPECT_TRUE(lis[0].sharedWithActor);
    EXPECT_FALSE(lis[1].sharedWithActor);
    DealFilter wangs;
    wangs.ownerRepId = QStringLiteral("r2");
    EXPECT_EQ(idsOf(repository().list(wangs, m_li)), (QStringList {QStringLiteral("d2"), QStringLiteral("d1"),
                                                                     QStringLiteral("d4")}));
    DealFilter beta;
    beta.customerId = QStringLiteral("c2");
    EXPECT_EQ(idsOf(repository().list(beta, m_li)), QStringList {QStringLiteral("d4")});
    EXPECT_FALSE(repository().find(QStringLiteral("d3"), m_li).has_value());
    ASSERT_TRUE(repository().find(QStringLiteral("d2"), m_li).has_value());
    EXPECT_EQ(repository().find(QStringLiteral("d2"), m_li)->credits.size(), 2U);
}

TEST_F(DealRepositoryTest, AManagerSeesAllAndFilters)
{
    EXPECT_EQ(repository().list({}, m_manager).size(), 4U);
    DealFilter open;
    open.stage = QStringLiteral("open");
    EXPECT_EQ(idsOf(repository().list(open, m_manager)),
              (QStringList {QStringLiteral("d3"), QStringLiteral("d2"), QStringLiteral("d1")}));
    DealFilter won;
    won.stage = QStringLiteral("won");
    won.ownerRepId = QStringLiteral("r1");
    EXPECT_EQ(idsOf(repository().list(won, m_manager)), QStringList {QStringLiteral("d4")});
    // Closed in the range counts even when created before it.
    DealFilter october;
    october.from = QDate(2026, 10, 10);
    october.to = QDate(2026, 10, 31);
    EXPECT_EQ(idsOf(repository().list(october, m_manager)), QStringList {QStringLiteral("d4")});
    DealFilter text;
    text.text = QStringLiteral("rival");
    EXPECT_EQ(idsOf(repository().list(text, m_manager)), QStringList {QStringLiteral("d1")});
    text.text = QStringLiteral("BET");
    EXPECT_EQ(idsOf(repository().list(text, m_manager)), (QStringList {QStringLiteral("d3"), QStringLiteral("d4")}));
}

TEST_F(DealRepositoryTest, ARepEditsOnlyDealsTheyOwn)
{
    Deal shared = *repository().find(QStringLiteral("d2"), m_li);
    shared.amountMinor = 1;
    EXPECT_EQ(refusalOf([&] { repository().update(shared, m_li); }),
              QStringLiteral("Only the deal's owner, Wang, or a manager may change this shared deal."));
    Deal others = *repository().find(QStringLiteral("d3"), m_manager);
    others.amountMinor = 1;
    EXPECT_EQ(refusalOf([&] { repository().update(others, m_li); }),
              QStringLiteral("The deal no longer exists (it may have been deleted)."));
    EXPECT_EQ(number(QStringLiteral("SELECT sum(amount_minor) FROM deals WHERE id IN ('d2', 'd3')")), 500000);

    Deal own = *repository().find(QStringLiteral("d1"), m_li);
    own.amountMinor = 123456;
    own.ownerRepId = QStringLiteral("r2");
    EXPECT_FALSE(refusalOf([&] { repository().update(own, m_li); }).isEmpty()); // cannot give it away
    own.ownerRepId.clear();
    repository().update(own, m_li);
    EXPECT_EQ(number(QStringLiteral("SELECT amount_minor FROM deals WHERE id = 'd1'")), 123456);
    EXPECT_FALSE(scalar(db(), QStringLiteral("SELECT updated_at FROM deals WHERE id = 'd1'")).toString().isEmpty());

    // A manager may change any deal and give it to a rep of another team: the team follows.
    Deal moved = *repository().find(QStringLiteral("d3"), m_manager);
    moved.ownerRepId = QStringLiteral("r3");
    repository().update(moved, m_manager);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT team_id FROM deals WHERE id = 'd3'")).toString(), QStringLiteral("t2"));
}

TEST_F(DealRepositoryTest, NewDealsBelongToTheRepAndAManagerMustNameTheOwner)
{
    const QString id = repository().insert(make({}, QStringLiteral("c1"), 5000), m_li);
    const auto stored = repository().find(id, m_li);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->ownerRepId, QStringLiteral("r1"));
    EXPECT_EQ(stored->teamId, QStringLiteral("t1"));
    EXPECT_EQ(stored->regionId, QStringLiteral("north")); // the customer's
    EXPECT_EQ(stored->createdOn, m_today);
    EXPECT_TRUE(QDateTime::fromString(stored->updatedAt, Qt::ISODate).isValid());
    EXPECT_EQ(refusalOf([&] { repository().insert(make({}, QStringLiteral("c1"), 5000), m_manager); }),
              QStringLiteral("Choose the rep who owns the deal."));
    EXPECT_FALSE(refusalOf([&] { repository().insert(make(QStringLiteral("r2"), QStringLiteral("c1"), 5000), m_li); })
                     .isEmpty());
    const QString zhaos = repository().insert(make(QStringLiteral("r3"), QStringLiteral("c2"), 7000), m_manager);
    EXPECT_EQ(repository().find(zhaos, m_manager)->teamId, QStringLiteral("t2"));
}

TEST_F(DealRepositoryTest, OnlyAManagerDeletesAndOnlyDealsWithoutActivities)
{
    EXPECT_EQ(refusalOf([&] { repository().remove(QStringLiteral("d1"), m_li); }),
              QStringLiteral("A rep cannot delete deals; mark the deal lost instead."));
    EXPECT_EQ(refusalOf([&] { repository().remove(QStringLiteral("d3"), m_manager); }),
              QStringLiteral("The deal cannot be deleted: 1 activities are linked to it. Mark it lost instead."));
    const Deal shared = *repository().find(QStringLiteral("d2"), m_manager);
    repository().remove(QStringLiteral("d2"), m_manager);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM deals")), 3);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM deal_credits")), 0);
    // Undo of a delete stores it again with its shares.
    repository().insert(shared, m_manager);
    EXPECT_EQ(number(QStringLiteral("SELECT sum(basis_points) FROM deal_credits WHERE deal_id = 'd2'")), 10000);
}

TEST_F(DealRepositoryTest, ValidationNamesWhatIsWrongAndWritesNothing)
{
    const TableChecksum before = TableChecksum::of(db());
    const auto refusal = [&](const std::function<void(Deal &)> &change) {
        Deal deal = make({}, QStringLiteral("c1"), 1000);
        change(deal);
        return refusalOf([&] { repository().insert(deal, m_li); });
    };
    EXPECT_EQ(refusal([](Deal &d) { d.amountMinor = -1; }), QStringLiteral("The amount cannot be negative."));
    EXPECT_EQ(refusal([](Deal &d) { d.currency = QStringLiteral("C1Y"); }),
              QStringLiteral("The currency must be a three-letter code such as CNY, not “C1Y”."));
    EXPECT_EQ(refusal([](Deal &d) { d.currency = QStringLiteral("EUR"); }),
              QStringLiteral("Unknown currency EUR: this file has deals or exchange rates only in CNY, USD."));
    EXPECT_EQ(refusal([](Deal &d) { d.stage = QStringLiteral("closed"); }),
              QStringLiteral("Unknown stage: “closed”. Use prospecting, qualification, proposal, negotiation, won or lost."));
    EXPECT_EQ(refusal([](Deal &d) { d.stage = QStringLiteral("won"); }),
              QStringLiteral("A won or lost deal needs the date it closed."));
    EXPECT_EQ(refusal([](Deal &d) { d.stage = QStringLiteral("lost"); d.closedOn = QDate(2026, 12, 1); }),
              QStringLiteral("The close date 2026-12-01 is in the future; mark a deal won or lost once it closed."));
    EXPECT_EQ(refusal([](Deal &d) { d.customerId.clear(); }), QStringLiteral("Choose the deal's customer."));
    EXPECT_EQ(refusal([](Deal &d) { d.customerId = QStringLiteral("c9"); }), QStringLiteral("Unknown customer: c9."));
    EXPECT_EQ(refusal([](Deal &d) { d.channelId = QStringLiteral("web"); }), QStringLiteral("Unknown channel: web."));
    EXPECT_EQ(refusal([](Deal &d) { d.productLineId = QStringLiteral("x"); }), QStringLiteral("Unknown product line: x."));
    EXPECT_EQ(refusal([](Deal &d) { d.regionId = QStringLiteral("x"); }), QStringLiteral("Unknown region: x."));
    EXPECT_TRUE(before == TableChecksum::of(db()));

    // Lower-case currency is taken; an open stage clears the close date and the lost reason.
    Deal deal = make({}, QStringLiteral("c1"), 1000, QStringLiteral("proposal"));
    deal.currency = QStringLiteral("usd");
    deal.closedOn = QDate(2026, 11, 1);
    deal.lostReason = QStringLiteral("price");
    const QString id = repository().insert(deal, m_li);
    const Deal stored = *repository().find(id, m_li);
    EXPECT_EQ(stored.currency, QStringLiteral("USD"));
    EXPECT_FALSE(stored.closedOn.isValid());
    EXPECT_TRUE(stored.lostReason.isEmpty());
}

TEST_F(DealRepositoryTest, AFailedWriteLeavesNothing)
{
    // The facts refresh fails after the row was written: the row must go too.
    execStatement(db(), QStringLiteral("CREATE TEMP TRIGGER refuse_facts BEFORE INSERT ON deal_facts_monthly "
                                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
    const TableChecksum before = TableChecksum::of(db());
    Deal won = *repository().find(QStringLiteral("d1"), m_li);
    won.stage = QStringLiteral("won");
    won.closedOn = QDate(2026, 11, 20);
    EXPECT_FALSE(refusalOf([&] { repository().update(won, m_li); }).isEmpty());
    Deal closed = make({}, QStringLiteral("c1"), 1000, QStringLiteral("won"));
    closed.closedOn = m_today;
    EXPECT_FALSE(refusalOf([&] { repository().insert(closed, m_li); }).isEmpty());
    EXPECT_TRUE(before == TableChecksum::of(db()));
}

TEST_F(DealRepositoryTest, WinningADealRaisesTheDashboardRevenue)
{
    EXPECT_EQ(novemberRevenue(), 0);
    Deal won = *repository().find(QStringLiteral("d1"), m_li);
    won.stage = QStringLiteral("won");
    won.closedOn = QDate(2026, 11, 20);
    repository().update(won, m_li);
    EXPECT_EQ(novemberRevenue(), 100000);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM facts_dirty")), 0);
    won.stage = QStringLiteral("lost");
    won.lostReason = QStringLiteral("price");
    repository().update(won, m_li);
    EXPECT_EQ(novemberRevenue(), 0);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT lost_reason FROM deals WHERE id = 'd1'")).toString(), QStringLiteral("price"));
}
