#include "storage/Database.h"
#include "storage/OverviewRepository.h"
#include "storage/SqlHelpers.h"

#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <QSqlQuery>

using namespace attain;
using namespace attain::storage;
using attain::storage::test::TempFolder;

namespace {

class OverviewRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_folder.path(QStringLiteral("o.attain")), Database::Mode::CreateIfMissing);
        ASSERT_TRUE(opened.database);
        m_database = std::move(opened.database);
        run(QStringLiteral("INSERT INTO teams (id, code, name) VALUES ('a', 'A', 'Alpha'), ('b', 'B', 'Beta')"));
        run(QStringLiteral("INSERT INTO reps (id, team_id, name, role, start_date) VALUES "
                           "('r1', 'a', 'Rep 1', 'rep', '2020-01-01'), ('r2', 'b', 'Rep 2', 'rep', '2020-01-01')"));
        run(QStringLiteral("INSERT INTO targets (id, metric, scope_kind, scope_id, title, period_start, period_end, "
                           "period_label, value) VALUES ('g1', 'revenue', 'team', 'a', 'A 2026', '2026-01-01', "
                           "'2026-12-31', '2026', 100000)"));
    }

    void run(const QString &sql) { execStatement(m_database->connection(), sql); }

    void deal(const QString &id, const QString &team, qint64 amount, const QString &stage, const QString &closed,
              const QString &currency = QStringLiteral("CNY"))
    {
        QSqlQuery query = prepare(m_database->connection(),
                                  QStringLiteral("INSERT INTO deals (id, owner_rep_id, team_id, amount_minor, currency, "
                                                 "stage, created_on, closed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(id);
        query.addBindValue(team == QLatin1String("a") ? QStringLiteral("r1") : QStringLiteral("r2"));
        query.addBindValue(team);
        query.addBindValue(amount);
        query.addBindValue(currency);
        query.addBindValue(stage);
        query.addBindValue(QStringLiteral("2025-06-01"));
        query.addBindValue(closed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(closed));
        exec(query);
    }

    TempFolder m_folder;
    std::unique_ptr<Database> m_database;
};

} // namespace

TEST_F(OverviewRepositoryTest, SumsWonDealsInThePeriodOnly)
{
    deal(QStringLiteral("d1"), QStringLiteral("a"), 30000, QStringLiteral("won"), QStringLiteral("2026-01-01"));
    deal(QStringLiteral("d2"), QStringLiteral("a"), 20000, QStringLiteral("won"), QStringLiteral("2026-12-31"));
    deal(QStringLiteral("d3"), QStringLiteral("a"), 99999, QStringLiteral("won"), QStringLiteral("2025-12-31"));
    deal(QStringLiteral("d4"), QStringLiteral("a"), 99999, QStringLiteral("lost"), QStringLiteral("2026-05-01"));
    deal(QStringLiteral("d5"), QStringLiteral("a"), 99999, QStringLiteral("proposal"), QString());
    deal(QStringLiteral("d6"), QStringLiteral("b"), 5000, QStringLiteral("won"), QStringLiteral("2026-03-01"));

    const OverviewRepository repository(m_database->connection());
    const RevenueOverview overview = repository.teamRevenue(engine::Period::year(2026), QStringLiteral("CNY"));
    ASSERT_EQ(overview.teams.size(), 2u);
    EXPECT_EQ(overview.teams[0].name, QStringLiteral("Alpha"));
    EXPECT_EQ(overview.teams[0].actualMinor, 50000);
    EXPECT_EQ(overview.teams[0].targetMinor, 100000);
    EXPECT_EQ(overview.teams[1].actualMinor, 5000);
    EXPECT_FALSE(overview.teams[1].targetMinor.has_value());
}

TEST_F(OverviewRepositoryTest, OtherCurrenciesAreCountedNotAdded)
{
    deal(QStringLiteral("d1"), QStringLiteral("a"), 30000, QStringLiteral("won"), QStringLiteral("2026-02-01"));
    deal(QStringLiteral("d2"), QStringLiteral("a"), 70000, QStringLiteral("won"), QStringLiteral("2026-02-01"),
         QStringLiteral("USD"));
    const OverviewRepository repository(m_database->connection());
    const RevenueOverview overview = repository.teamRevenue(engine::Period::year(2026), QStringLiteral("CNY"));
    EXPECT_EQ(overview.teams[0].actualMinor, 30000);
    EXPECT_EQ(overview.otherCurrencyDeals, 1);
}

TEST_F(OverviewRepositoryTest, EmptyPeriodGivesZeroNotMissingRows)
{
    const OverviewRepository repository(m_database->connection());
    const RevenueOverview overview = repository.teamRevenue(engine::Period::year(2031), QStringLiteral("CNY"));
    ASSERT_EQ(overview.teams.size(), 2u);
    EXPECT_EQ(overview.teams[0].actualMinor, 0);
    EXPECT_FALSE(overview.teams[0].targetMinor.has_value());
}

TEST_F(OverviewRepositoryTest, YearsSpanTargetsAndClosedDealsNewestFirst)
{
    deal(QStringLiteral("d1"), QStringLiteral("a"), 1, QStringLiteral("won"), QStringLiteral("2023-02-01"));
    deal(QStringLiteral("d2"), QStringLiteral("a"), 1, QStringLiteral("lost"), QStringLiteral("2024-02-01"));
    const OverviewRepository repository(m_database->connection());
    EXPECT_EQ(repository.yearsWithData(), (QList<int>{2026, 2024, 2023}));
}
