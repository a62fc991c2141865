#include "storage/Database.h"
#include "storage/DemoDatabase.h"
#include "storage/ExchangeRateRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/SalesDataRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/TargetRepository.h"

#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace attain;
using namespace attain::storage;
using attain::storage::test::TempFolder;

namespace {

/// A small generated company, opened.
class Repositories : public ::testing::Test
{
protected:
    void SetUp() override
    {
        engine::demo::Spec spec;
        spec.reps = 4;
        spec.years = 1;
        spec.seed = 11;
        spec.asOf = engine::makeDate(2026, 6, 30);
        const QString path = m_folder.path(QStringLiteral("demo.attain"));
        ASSERT_EQ(createDemoDatabase(path, spec).status, DemoDatabaseResult::Status::Created);
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        m_database = std::move(opened.database);
    }

    [[nodiscard]] QSqlDatabase db() const { return m_database->connection(); }
    [[nodiscard]] qlonglong number(const QString &sql) const { return scalar(db(), sql).toLongLong(); }

    TempFolder m_folder;
    std::unique_ptr<Database> m_database;
};

} // namespace

TEST(IdMap, AssignsDenseIdsPerKindBothWays)
{
    IdMap ids;
    EXPECT_EQ(ids.add(IdMap::Kind::Rep, QStringLiteral("a")), 0);
    EXPECT_EQ(ids.add(IdMap::Kind::Rep, QStringLiteral("b")), 1);
    EXPECT_EQ(ids.add(IdMap::Kind::Rep, QStringLiteral("a")), 0);
    EXPECT_EQ(ids.add(IdMap::Kind::Team, QStringLiteral("a")), 0);
    EXPECT_EQ(ids.add(IdMap::Kind::Team, QString()), engine::kNoId);
    EXPECT_EQ(ids.find(IdMap::Kind::Customer, QStringLiteral("a")), engine::kNoId);
    EXPECT_EQ(ids.uuid(IdMap::Kind::Rep, 1), QStringLiteral("b"));
    EXPECT_TRUE(ids.uuid(IdMap::Kind::Rep, 2).isEmpty());
    EXPECT_EQ(ids.size(IdMap::Kind::Rep), 2u);
}

TEST_F(Repositories, SalesDataMatchesSqlTotals)
{
    const LoadedSales sales = SalesDataRepository(db()).load();
    const auto &data = sales.data;
    qlonglong won = 0, wonAmount = 0;
    for (const engine::DealRecord &deal : data.deals)
        if (deal.stage == engine::DealStage::Won) {
            ++won;
            wonAmount += deal.amount;
        }
    EXPECT_EQ(won, number(QStringLiteral("SELECT count(*) FROM deals WHERE stage = 'won'")));
    EXPECT_EQ(wonAmount, number(QStringLiteral("SELECT sum(amount_minor) FROM deals WHERE stage = 'won'")));
    EXPECT_GT(won, 0);
    EXPECT_EQ(static_cast<qlonglong>(data.deals.size()), number(QStringLiteral("SELECT count(*) FROM deals")));
    EXPECT_EQ(static_cast<qlonglong>(data.credits.size()), number(QStringLiteral("SELECT count(*) FROM deal_credits")));
    EXPECT_EQ(static_cast<qlonglong>(data.customers.size()), number(QStringLiteral("SELECT count(*) FROM customers")));
    EXPECT_EQ(static_cast<qlonglong>(data.teamOfRep.size()), number(QStringLiteral("SELECT count(*) FROM reps")));
    EXPECT_EQ(
        static_cast<qlonglong>(data.activities.size()), number(QStringLiteral("SELECT count(*) FROM activities")));
    EXPECT_EQ(static_cast<qlonglong>(data.feedback.size()), number(QStringLiteral("SELECT count(*) FROM feedback")));

    // Customers keep their group through the dense ids.
    qlonglong grouped = 0;
    for (const engine::CustomerRecord &customer : data.customers)
        grouped += customer.group != engine::kNoId ? 1 : 0;
    EXPECT_EQ(grouped, number(QStringLiteral("SELECT count(*) FROM customers WHERE group_id IS NOT NULL")));

    // Every credit names a loaded deal; the data is fit for the engine.
    for (const engine::CreditShare &credit : data.credits)
        EXPECT_NE(credit.deal, engine::kNoId);
    const engine::PreparedSales prepared(data, "CNY", engine::ExchangeRates {});
    EXPECT_TRUE(prepared.ok()) << prepared.issues().size() << " issues";

    // A rep's dense id leads back to the same rep's team in SQL.
    const QString repUuid = sales.ids.uuid(IdMap::Kind::Rep, 0);
    QSqlQuery query = prepare(db(), QStringLiteral("SELECT team_id FROM reps WHERE id = ?"));
    query.addBindValue(repUuid);
    exec(query);
    ASSERT_TRUE(query.next());
    EXPECT_EQ(sales.ids.uuid(IdMap::Kind::Team, data.teamOfRep[0]), query.value(0).toString());
}

TEST_F(Repositories, ExchangeRatesRoundTripIntoTheEngine)
{
    ExchangeRateRepository rates(db());
    rates.set({ { QStringLiteral("USD"), QStringLiteral("CNY"), 2026, 3, 712'340'000 },
        { QStringLiteral("EUR"), QStringLiteral("CNY"), 2026, 3, 780'000'000 } });
    rates.set({ { QStringLiteral("USD"), QStringLiteral("CNY"), 2026, 3, 720'000'000 } }); // replaces
    const auto rows = rates.list();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1], (ExchangeRateRow { QStringLiteral("USD"), QStringLiteral("CNY"), 2026, 3, 720'000'000 }));
    const engine::ExchangeRates loaded = rates.load();
    const auto rate = loaded.rate("USD", "CNY", 2026, 3);
    ASSERT_TRUE(rate);
    EXPECT_EQ(rate->scaledRate, 720'000'000);
    EXPECT_FALSE(loaded.rate("USD", "CNY", 2026, 4));
}

TEST_F(Repositories, RejectedRateRollsBackTheWholeCommand)
{
    ExchangeRateRepository rates(db());
    EXPECT_THROW(rates.set({ { QStringLiteral("USD"), QStringLiteral("CNY"), 2026, 3, 712'340'000 },
                     { QStringLiteral("EUR"), QStringLiteral("CNY"), 2026, 3, -1 } }),
        StorageError);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM exchange_rates")), 0);
}

TEST_F(Repositories, TargetsLoadAsEngineTargets)
{
    IdMap ids;
    const auto targets = TargetRepository(db()).loadAll(ids);
    EXPECT_EQ(static_cast<qlonglong>(targets.size()), number(QStringLiteral("SELECT count(*) FROM targets")));
    ASSERT_FALSE(targets.empty());
    EXPECT_TRUE(targets.front().parentId.empty());
    qlonglong teamScoped = 0, sum = 0;
    for (const engine::Target &target : targets) {
        teamScoped += target.scope.team != engine::kNoId ? 1 : 0;
        sum += target.value;
    }
    EXPECT_EQ(teamScoped, number(QStringLiteral("SELECT count(*) FROM targets WHERE scope_kind = 'team'")));
    EXPECT_EQ(sum, number(QStringLiteral("SELECT sum(value) FROM targets")));
}

TEST_F(Repositories, ValueUpdateLeavesAnAuditRecord)
{
    TargetRepository repository(db());
    const QString id
        = scalar(db(), QStringLiteral("SELECT id FROM targets WHERE parent_id IS NULL LIMIT 1")).toString();
    const qlonglong before = number(QStringLiteral("SELECT value FROM targets WHERE parent_id IS NULL LIMIT 1"));
    repository.updateValue(id,
        { before + 500, RevisionReason::MarketChange, QStringLiteral("new competitor"),
            Actor { QStringLiteral("manager1"), {} }, true });
    repository.updateValue(id,
        { before + 900, RevisionReason::Difficulty, QStringLiteral("stretch"), Actor { QStringLiteral("manager2"), {} },
            false });
    IdMap ids;
    const auto stored = repository.find(id, ids);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->target.value, before + 500); // the proposal waits for approval

    const auto trail = repository.revisions(id);
    ASSERT_EQ(trail.size(), 2u);
    EXPECT_EQ(trail[0].oldValue, before);
    EXPECT_EQ(trail[0].newValue, before + 500);
    EXPECT_EQ(trail[0].reason, RevisionReason::MarketChange);
    EXPECT_EQ(trail[0].status, QStringLiteral("approved"));
    EXPECT_EQ(trail[0].approvedBy, QStringLiteral("manager1"));
    EXPECT_FALSE(trail[0].decidedAt.isEmpty());
    EXPECT_EQ(trail[1].status, QStringLiteral("proposed"));
    EXPECT_TRUE(trail[1].approvedBy.isEmpty());
    EXPECT_EQ(trail[1].oldValue, before + 500);

    // The approved change re-spread the company's children, each with a revision of its own.
    const qlonglong revisions = number(QStringLiteral("SELECT count(*) FROM target_revisions"));
    EXPECT_GT(revisions, 2);
    EXPECT_THROW(
        repository.updateValue(QStringLiteral("no-such-target"), { 1, RevisionReason::Other, {}, Actor {}, true }),
        StorageError);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM target_revisions")), revisions);
}

TEST_F(Repositories, InsertedTargetsRoundTrip)
{
    TargetRepository repository(db());
    IdMap ids;
    (void)repository.loadAll(ids);
    const QString repUuid = scalar(db(), QStringLiteral("SELECT id FROM reps ORDER BY id LIMIT 1")).toString();
    StoredTarget stored;
    stored.target.id = "11111111-2222-4333-8444-555555555555";
    stored.target.metric = engine::MetricId::DealsWon;
    stored.target.scope.rep = ids.add(IdMap::Kind::Rep, repUuid);
    stored.target.period = engine::Period::quarter(2026, 3);
    stored.target.value = 1200;
    stored.title = QStringLiteral("Q3 deals");
    stored.decompositionMethod = QStringLiteral("seasonality");
    stored.ownerRepId = repUuid;
    repository.insert({ stored }, ids);

    IdMap reloaded;
    const auto found = repository.find(QString::fromStdString(stored.target.id), reloaded);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->target.metric, engine::MetricId::DealsWon);
    EXPECT_EQ(found->target.period, engine::Period::quarter(2026, 3));
    EXPECT_EQ(found->target.value, 1200);
    EXPECT_EQ(reloaded.uuid(IdMap::Kind::Rep, found->target.scope.rep), repUuid);
    EXPECT_EQ(found->decompositionMethod, QStringLiteral("seasonality"));
    EXPECT_EQ(found->ownerRepId, repUuid);
}

/// A command that fails midway (the second target names a parent that does not exist) leaves
/// every table as it was.
TEST_F(Repositories, FailedTargetInsertRollsBack)
{
    const qlonglong before = number(QStringLiteral("SELECT count(*) FROM targets"));
    IdMap ids;
    StoredTarget good;
    good.target.id = "aaaaaaaa-0000-4000-8000-000000000001";
    good.target.period = engine::Period::year(2027);
    good.target.value = 100;
    good.title = QStringLiteral("Company 2027");
    StoredTarget orphan = good;
    orphan.target.id = "aaaaaaaa-0000-4000-8000-000000000002";
    orphan.target.parentId = "no-such-parent";
    EXPECT_THROW(TargetRepository(db()).insert({ good, orphan }, ids), StorageError);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM targets")), before);

    StoredTarget combined = good;
    combined.target.scope.team = ids.add(IdMap::Kind::Team, QStringLiteral("t"));
    combined.target.scope.channel = ids.add(IdMap::Kind::Channel, QStringLiteral("c"));
    EXPECT_THROW(TargetRepository(db()).insert({ good, combined }, ids), StorageError);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM targets")), before);
}

namespace {

/// The sum of a target's children of the same metric along its scope split (same period).
qlonglong scopeChildrenSum(const QSqlDatabase &db, const QString &parentId)
{
    QSqlQuery query = prepare(db,
        QStringLiteral("SELECT sum(c.value) FROM targets c JOIN targets p ON p.id = c.parent_id "
                       "WHERE c.parent_id = ? AND c.period_start = p.period_start AND c.period_end = p.period_end"));
    query.addBindValue(parentId);
    exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

TEST_F(Repositories, ApprovingAProposalSetsTheValueAndReSpreadsChildren)
{
    TargetRepository repository(db());
    const QString company
        = scalar(db(), QStringLiteral("SELECT id FROM targets WHERE parent_id IS NULL LIMIT 1")).toString();
    const qlonglong before = number(
        QStringLiteral("SELECT value FROM targets WHERE id = '%1'").arg(company));
    ASSERT_EQ(scopeChildrenSum(db(), company), before); // the demo's tree adds up
    const QString team = scalar(db(),
        QStringLiteral("SELECT id FROM targets WHERE parent_id = '%1' ORDER BY value DESC LIMIT 1").arg(company))
                             .toString();
    const qlonglong teamBefore = number(QStringLiteral("SELECT value FROM targets WHERE id = '%1'").arg(team));

    const qlonglong raised = before + before / 10 + 7; // odd, so the split has remainders
    const QString revision = repository.updateValue(company,
        { raised, RevisionReason::MarketChange, QStringLiteral("new region opens"),
            Actor { QStringLiteral("planner1"), {} }, false });
    EXPECT_EQ(number(QStringLiteral("SELECT value FROM targets WHERE id = '%1'").arg(company)), before);

    const int changed = repository.decideRevision(revision, true, Actor { QStringLiteral("manager1"), {} });
    EXPECT_GT(changed, 0);
    EXPECT_EQ(number(QStringLiteral("SELECT value FROM targets WHERE id = '%1'").arg(company)), raised);
    EXPECT_EQ(scopeChildrenSum(db(), company), raised);
    EXPECT_EQ(scopeChildrenSum(db(), team),
        number(QStringLiteral("SELECT value FROM targets WHERE id = '%1'").arg(team))); // grandchildren too
    const qlonglong teamAfter = number(QStringLiteral("SELECT value FROM targets WHERE id = '%1'").arg(team));
    EXPECT_NEAR(static_cast<double>(teamAfter), static_cast<double>(teamBefore) * raised / before, 1.0);

    const auto trail = repository.revisions(company);
    ASSERT_EQ(trail.size(), 1u);
    EXPECT_EQ(trail[0].status, QStringLiteral("approved"));
    EXPECT_EQ(trail[0].approvedBy, QStringLiteral("manager1"));
    EXPECT_EQ(trail[0].proposedBy, QStringLiteral("planner1"));
    EXPECT_FALSE(trail[0].decidedAt.isEmpty());
    const auto teamTrail = repository.revisions(team);
    ASSERT_EQ(teamTrail.size(), 1u);
    EXPECT_EQ(teamTrail[0].reasonText, QStringLiteral("new region opens"));
    EXPECT_EQ(teamTrail[0].newValue, teamAfter);
    EXPECT_EQ(static_cast<qlonglong>(changed),
        number(QStringLiteral("SELECT count(*) FROM target_revisions")) - 1);

    // A decided revision cannot be decided again; an unknown one is an error.
    EXPECT_THROW(repository.decideRevision(revision, false, Actor { QStringLiteral("manager2"), {} }), StorageError);
    EXPECT_THROW(repository.decideRevision(QStringLiteral("nope"), true, Actor { QStringLiteral("m"), {} }), StorageError);
}

TEST_F(Repositories, RejectingAProposalKeepsTheValue)
{
    TargetRepository repository(db());
    const QString id = scalar(db(), QStringLiteral("SELECT id FROM targets WHERE scope_kind = 'rep' LIMIT 1")).toString();
    const QString rep = scalar(db(), QStringLiteral("SELECT scope_id FROM targets WHERE id = '%1'").arg(id)).toString();
    const qlonglong before = number(QStringLiteral("SELECT value FROM targets WHERE id = '%1'").arg(id));
    const QString revision = repository.updateValue(id,
        { before * 2, RevisionReason::Difficulty, QStringLiteral("too easy"), Actor { QStringLiteral("rep1"), rep },
            false });
    EXPECT_EQ(repository.decideRevision(revision, false, Actor { QStringLiteral("manager1"), {} }), 0);
    EXPECT_EQ(number(QStringLiteral("SELECT value FROM targets WHERE id = '%1'").arg(id)), before);
    const auto trail = repository.revisions(id);
    ASSERT_EQ(trail.size(), 1u);
    EXPECT_EQ(trail[0].status, QStringLiteral("rejected"));
    EXPECT_EQ(trail[0].approvedBy, QStringLiteral("manager1"));
    EXPECT_FALSE(trail[0].decidedAt.isEmpty());
}

TEST_F(Repositories, StoredTargetsCarryTitleAndScopeName)
{
    IdMap ids;
    const auto stored = TargetRepository(db()).loadStored(ids);
    ASSERT_EQ(static_cast<qlonglong>(stored.size()), number(QStringLiteral("SELECT count(*) FROM targets")));
    for (const StoredTarget &target : stored) {
        EXPECT_FALSE(target.title.isEmpty());
        EXPECT_EQ(target.scopeName.isEmpty(), target.target.scope.isCompany());
    }
    const QString teamName = scalar(db(), QStringLiteral("SELECT name FROM teams ORDER BY name LIMIT 1")).toString();
    EXPECT_TRUE(std::any_of(stored.begin(), stored.end(),
        [&](const StoredTarget &target) { return target.scopeName == teamName; }));
}

TEST_F(Repositories, OrganisationListsTeamsAndRepsByNameWithTheirTeam)
{
    const OrganisationRepository organisation(db());
    const auto teams = organisation.teams();
    const auto reps = organisation.reps();
    ASSERT_EQ(static_cast<qlonglong>(teams.size()), number(QStringLiteral("SELECT COUNT(*) FROM teams")));
    ASSERT_EQ(static_cast<qlonglong>(reps.size()), number(QStringLiteral("SELECT COUNT(*) FROM reps")));
    for (std::size_t i = 1; i < teams.size(); ++i)
        EXPECT_LE(teams[i - 1].name, teams[i].name);
    for (const OrganisationUnit &rep : reps) {
        EXPECT_FALSE(rep.name.isEmpty());
        EXPECT_EQ(scalar(db(), QStringLiteral("SELECT team_id FROM reps WHERE id = '%1'").arg(rep.id)).toString(),
                  rep.teamId);
    }
}
