#include "storage/DashboardFacts.h"
#include "storage/Database.h"
#include "storage/DemoDatabase.h"
#include "storage/PurchaseDays.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"
#include "storage/import/Importer.h"

#include "DashboardFixture.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

#include <memory>

using namespace attain;
using namespace attain::storage;
using attain::storage::test::compareFacts;
using attain::storage::test::seedDashboardFixture;
using attain::storage::test::TempFolder;

namespace {

std::vector<std::string> lines(const QStringList &rows)
{
    std::vector<std::string> result;
    for (const QString &row : rows)
        result.push_back(row.toStdString());
    return result;
}

/// Every fact table equals its direct computation from the records.
void expectFactsCurrent(const QSqlDatabase &db)
{
    EXPECT_FALSE(DashboardFacts(db).stale());
    for (const auto &comparison : compareFacts(db)) {
        SCOPED_TRACE(comparison.table.toStdString());
        EXPECT_EQ(lines(comparison.facts), lines(comparison.expected));
    }
}

QVariant value(const QSqlDatabase &db, const QString &sql)
{
    return scalar(db, sql);
}

/// Runs `statements` as one writer would: the change, then the refresh, in one transaction.
void change(const QSqlDatabase &db, const QStringList &statements)
{
    Transaction transaction(db);
    for (const QString &sql : statements)
        execStatement(db, sql);
    EXPECT_TRUE(DashboardFacts(db).stale());
    DashboardFacts(db).refresh();
    transaction.commit();
}

class DashboardFactsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_folder.path(QStringLiteral("facts.attain")), Database::Mode::CreateIfMissing);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        m_database = std::move(opened.database);
    }

    [[nodiscard]] QSqlDatabase db() const { return m_database->connection(); }

    TempFolder m_folder;
    std::unique_ptr<Database> m_database;
};

} // namespace

TEST(PurchaseDays, FrequentDaysAreABitmap)
{
    PurchaseDays days;
    for (int day = 20000; day <= 20040; day += 2) // every other day
        days.add(day);
    days.add(20000); // repeats are fine
    const PurchaseDays::Encoded encoded = days.encode();
    EXPECT_EQ(encoded.firstDay, 20000);
    ASSERT_EQ(encoded.days.size(), 6u); // a marker and 40 bits for days 20001 … 20040
    EXPECT_EQ(encoded.days[0], 0);
    EXPECT_EQ(encoded.days[1], 0xAA); // 20002, 20004, 20006, 20008 are bits 1, 3, 5, 7
    const auto has = [&](int from, int to) { return PurchaseDays::anyBetween(20000, encoded.days, from, to); };
    EXPECT_TRUE(has(20000, 20000));
    EXPECT_FALSE(has(20001, 20001));
    EXPECT_TRUE(has(20001, 20002));
    EXPECT_TRUE(has(20040, 20040));
    EXPECT_FALSE(has(20041, 20100));
    EXPECT_FALSE(has(19000, 19999));
    EXPECT_TRUE(has(19000, 30000));
    EXPECT_FALSE(has(20039, 20039));
}

TEST(PurchaseDays, RareDaysAreGaps)
{
    PurchaseDays days;
    for (int day : { 21000, 20000, 20300 })
        days.add(day);
    const PurchaseDays::Encoded encoded = days.encode();
    EXPECT_EQ(encoded.firstDay, 20000);
    // A marker, then 300 (0xAC 0x02) and 700 (0xBC 0x05) as LEB128 varints.
    EXPECT_EQ(encoded.days, (std::vector<std::uint8_t> { 1, 0xAC, 0x02, 0xBC, 0x05 }));
    const auto has = [&](int from, int to) { return PurchaseDays::anyBetween(20000, encoded.days, from, to); };
    EXPECT_TRUE(has(20000, 20000));
    EXPECT_FALSE(has(20001, 20299));
    EXPECT_TRUE(has(20299, 20300));
    EXPECT_FALSE(has(20301, 20999));
    EXPECT_TRUE(has(20999, 22000));
    EXPECT_FALSE(has(21001, 22000));
    PurchaseDays once;
    once.add(20500);
    EXPECT_EQ(once.encode().days, (std::vector<std::uint8_t> { 1 }));
    EXPECT_TRUE(PurchaseDays::anyBetween(20500, once.encode().days, 20500, 20500));
    EXPECT_FALSE(PurchaseDays::anyBetween(20500, once.encode().days, 20501, 20600));
}

TEST_F(DashboardFactsTest, FixtureFactsEqualADirectComputation)
{
    seedDashboardFixture(db());
    expectFactsCurrent(db());
    // The fixture's facts as worked out by hand: East's whole deals of 2026-07 (d07 and the USD
    // d08 in their own currencies), Bo's share of d07 and d13, and c4's first win d09, which
    // d19 ties on the same day but follows in rowid order.
    EXPECT_EQ(value(db(),
                  QStringLiteral("SELECT sum(revenue_minor) FROM deal_facts_monthly WHERE month = '2026-07' "
                                 "AND team_id = 't-east' AND currency = 'CNY'"))
                  .toLongLong(),
        12000000);
    EXPECT_EQ(value(db(),
                  QStringLiteral("SELECT sum(revenue_minor) FROM deal_facts_monthly WHERE month = '2026-07' "
                                 "AND currency = 'USD'"))
                  .toLongLong(),
        1000000);
    EXPECT_EQ(value(db(),
                  QStringLiteral("SELECT sum(revenue_bp) FROM rep_facts_monthly WHERE rep_id = 'r-bo' "
                                 "AND month BETWEEN '2026-07' AND '2026-09'"))
                  .toLongLong(),
        (7200000LL + 9000000LL + 5500000LL) * 10000);
    EXPECT_EQ(
        value(db(), QStringLiteral("SELECT deal_id FROM customer_first_wins WHERE customer_id = 'c4'")).toString(),
        QStringLiteral("d09"));
    EXPECT_EQ(value(db(), QStringLiteral("SELECT sum(won_count) FROM deal_facts_monthly WHERE month = '2026-06'"))
                  .toLongLong(),
        1); // the return d06 is revenue but not a deal won
}

TEST_F(DashboardFactsTest, FullRebuildGivesTheSameFactsAsTheRefreshes)
{
    seedDashboardFixture(db());
    const auto before = compareFacts(db());
    {
        Transaction transaction(db());
        DashboardFacts(db()).rebuildAll();
        transaction.commit();
    }
    const auto after = compareFacts(db());
    ASSERT_EQ(before.size(), after.size());
    for (std::size_t i = 0; i < before.size(); ++i)
        EXPECT_EQ(lines(before[i].facts), lines(after[i].facts)) << before[i].table.toStdString();
}

TEST_F(DashboardFactsTest, TriggersRecordWhatChangedAndRefreshRebuildsIt)
{
    seedDashboardFixture(db());
    {
        Transaction transaction(db());
        execStatement(db(),
            QStringLiteral(
                "INSERT INTO deals (id, owner_rep_id, team_id, customer_id, channel_id, product_line_id, region_id, "
                "amount_minor, currency, stage, created_on, closed_on) VALUES ('n1', 'r-cy', 't-west', 'c3', "
                "'ch-direct', "
                "'p-hw', 'g-west', 700000, 'CNY', 'won', '2026-10-01', '2026-10-20')"));
        EXPECT_EQ(value(db(), QStringLiteral("SELECT group_concat(kind || ':' || key) FROM facts_dirty")).toString(),
            QStringLiteral("customer:c3,deals_month:2026-10"));
        DashboardFacts(db()).refresh();
        transaction.commit();
    }
    expectFactsCurrent(db());
}

TEST_F(DashboardFactsTest, AnEarlierWinMovesTheNewCustomerToItsMonth)
{
    seedDashboardFixture(db());
    EXPECT_EQ(value(db(), QStringLiteral("SELECT sum(new_customers) FROM deal_facts_monthly WHERE month = '2026-05'"))
                  .toLongLong(),
        1); // c2's first win d03
    change(db(),
        { QStringLiteral(
            "INSERT INTO deals (id, owner_rep_id, team_id, customer_id, channel_id, product_line_id, "
            "region_id, amount_minor, currency, stage, created_on, closed_on) VALUES ('n2', 'r-ann', "
            "'t-east', 'c2', 'ch-direct', 'p-cloud', 'g-east', 100000, 'CNY', 'won', '2026-04-01', '2026-04-03')") });
    expectFactsCurrent(db());
    EXPECT_EQ(value(db(), QStringLiteral("SELECT sum(new_customers) FROM deal_facts_monthly WHERE month = '2026-05'"))
                  .toLongLong(),
        0);
    EXPECT_EQ(value(db(),
                  QStringLiteral("SELECT sum(new_customers_bp) FROM rep_facts_monthly WHERE month = '2026-04' "
                                 "AND rep_id = 'r-ann'"))
                  .toLongLong(),
        10000);
}

TEST_F(DashboardFactsTest, UpdatesDeletesCreditsAndRegionsAreRefreshed)
{
    seedDashboardFixture(db());
    change(db(), { QStringLiteral("UPDATE deals SET amount_minor = 9900000 WHERE id = 'd11'") });
    expectFactsCurrent(db());
    change(db(), { QStringLiteral("UPDATE deals SET stage = 'lost' WHERE id = 'd09'") }); // c4's first win moves to d19
    expectFactsCurrent(db());
    change(db(), { QStringLiteral("UPDATE deals SET closed_on = '2026-10-02', stage = 'won' WHERE id = 'd14'") });
    expectFactsCurrent(db());
    change(db(), { QStringLiteral("DELETE FROM deal_credits WHERE deal_id = 'd13'") });
    expectFactsCurrent(db());
    change(db(),
        { QStringLiteral("INSERT INTO deal_credits (deal_id, rep_id, basis_points) VALUES ('d11', 'r-bo', 2500), "
                         "('d11', 'r-ann', 7500)") });
    expectFactsCurrent(db());
    change(db(), { QStringLiteral("DELETE FROM deals WHERE id = 'd07'") });
    expectFactsCurrent(db());
    change(db(), { QStringLiteral("UPDATE customers SET region_id = 'g-west' WHERE id = 'c1'") });
    expectFactsCurrent(db());
    change(db(),
        { QStringLiteral("INSERT INTO activities (id, rep_id, customer_id, type, occurred_on) VALUES "
                         "('a9', 'r-bo', 'c1', 'call', '2026-10-09')"),
            QStringLiteral("DELETE FROM feedback WHERE id = 'f2'") });
    expectFactsCurrent(db());
}

TEST_F(DashboardFactsTest, ManyChangedMonthsRebuildEverything)
{
    seedDashboardFixture(db());
    QStringList inserts;
    for (int month = 1; month <= DashboardFacts::kMaxMonthsOneByOne + 2; ++month)
        inserts << QStringLiteral("INSERT INTO deals (id, owner_rep_id, team_id, customer_id, amount_minor, currency, "
                                  "stage, created_on, closed_on) VALUES ('m%1', 'r-ann', 't-east', 'c1', 1000, 'CNY', "
                                  "'lost', '2024-01-01', '%2-%3-01')")
                       .arg(month)
                       .arg(2024 + (month - 1) / 12)
                       .arg((month - 1) % 12 + 1, 2, 10, QLatin1Char('0'));
    change(db(), inserts);
    expectFactsCurrent(db());
}

TEST_F(DashboardFactsTest, ImporterKeepsTheFactsCurrent)
{
    using namespace attain::storage::import;
    attain::storage::test::seedImportReferences(db());
    const auto import = [&](ImportKind kind, const QList<QStringList> &rows) {
        qsizetype next = 1;
        const Importer::RecordSource source = [&](CsvRecord &record) {
            if (next >= rows.size())
                return false;
            record.fields = rows[next];
            record.line = next + 1;
            ++next;
            return true;
        };
        return Importer(db()).run(kind, { rows.front(), 1 }, source, {});
    };
    const QStringList header { QStringLiteral("id"), QStringLiteral("customer"), QStringLiteral("amount"),
        QStringLiteral("closed_on"), QStringLiteral("created_on"), QStringLiteral("owner"), QStringLiteral("stage") };
    ImportReport report = import(ImportKind::Deals,
        { header,
            { QStringLiteral("D-1"), QStringLiteral("Acme"), QStringLiteral("1,000.00"), QStringLiteral("2026-03-05"),
                QStringLiteral("2026-02-01"), QStringLiteral("r1"), QStringLiteral("won") },
            { QStringLiteral("D-2"), QStringLiteral("Beta"), QStringLiteral("500.00"), QStringLiteral("2026-03-06"),
                QStringLiteral("2026-03-01"), QStringLiteral("r2"), QStringLiteral("won") },
            { QStringLiteral("D-3"), QStringLiteral("Acme"), QStringLiteral("80.00"), QStringLiteral("2026-04-07"),
                QStringLiteral("2026-03-01"), QStringLiteral("r2"), QStringLiteral("lost") } });
    ASSERT_TRUE(report.committed);
    expectFactsCurrent(db());
    EXPECT_EQ(value(db(), QStringLiteral("SELECT sum(revenue_minor) FROM deal_facts_monthly")).toLongLong(), 150000);

    // Re-importing with a changed amount and an earlier win for Beta updates the facts.
    report = import(ImportKind::Deals,
        { header,
            { QStringLiteral("D-1"), QStringLiteral("Acme"), QStringLiteral("1,200.00"), QStringLiteral("2026-03-05"),
                QStringLiteral("2026-02-01"), QStringLiteral("r1"), QStringLiteral("won") },
            { QStringLiteral("D-4"), QStringLiteral("Beta"), QStringLiteral("50.00"), QStringLiteral("2026-02-01"),
                QStringLiteral("2026-01-15"), QStringLiteral("r1"), QStringLiteral("won") } });
    ASSERT_TRUE(report.committed);
    expectFactsCurrent(db());
    EXPECT_EQ(value(db(), QStringLiteral("SELECT sum(revenue_minor) FROM deal_facts_monthly")).toLongLong(), 175000);

    report = import(ImportKind::Activities,
        { { QStringLiteral("rep"), QStringLiteral("customer"), QStringLiteral("type"), QStringLiteral("date") },
            { QStringLiteral("r1"), QStringLiteral("Acme"), QStringLiteral("call"), QStringLiteral("2026-03-09") },
            { QStringLiteral("r2"), QStringLiteral("Acme"), QStringLiteral("visit"), QStringLiteral("2026-03-10") } });
    ASSERT_TRUE(report.committed);
    expectFactsCurrent(db());
    EXPECT_EQ(value(db(), QStringLiteral("SELECT sum(activities) FROM activity_facts_monthly")).toLongLong(), 2);

    // A failed import writes neither rows nor facts.
    report = import(ImportKind::Deals,
        { header,
            { QStringLiteral("D-9"), QStringLiteral("Acme"), QStringLiteral("x"), QStringLiteral("2026-05-05"),
                QStringLiteral("2026-05-01"), QStringLiteral("r1"), QStringLiteral("won") } });
    EXPECT_FALSE(report.committed);
    expectFactsCurrent(db());
}

TEST(DashboardFactsMigration, OlderFixturesGetTheirFactsOnFirstOpen)
{
    const QDir fixtures(QStringLiteral(ATTAIN_STORAGE_FIXTURES));
    for (const QString &name : fixtures.entryList({ QStringLiteral("schema-v*.attain") }, QDir::Files)) {
        SCOPED_TRACE(name.toStdString());
        TempFolder folder;
        const QString copy = folder.path(name);
        ASSERT_TRUE(QFile::copy(fixtures.filePath(name), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Database::open(copy, Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        const QSqlDatabase db = opened.database->connection();
        expectFactsCurrent(db);
        EXPECT_GT(value(db, QStringLiteral("SELECT count(*) FROM deal_facts_daily")).toInt(), 0);
        EXPECT_GT(value(db, QStringLiteral("SELECT count(*) FROM customer_purchase_days")).toInt(), 0);
        EXPECT_GT(value(db, QStringLiteral("SELECT count(*) FROM activity_facts_monthly")).toInt(), 0);
    }
}

TEST(DashboardFactsDemo, DemoDatabaseIsWrittenWithItsFacts)
{
    TempFolder folder;
    engine::demo::Spec spec;
    spec.reps = 6;
    spec.years = 1;
    spec.asOf = engine::makeDate(2026, 6, 30);
    const QString path = folder.path(QStringLiteral("demo.attain"));
    ASSERT_EQ(createDemoDatabase(path, spec).status, DemoDatabaseResult::Status::Created);
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    ASSERT_TRUE(opened.database);
    const QSqlDatabase db = opened.database->connection();
    expectFactsCurrent(db);
    EXPECT_GT(value(db, QStringLiteral("SELECT count(*) FROM deal_credits")).toInt(), 0); // shares are covered
}
