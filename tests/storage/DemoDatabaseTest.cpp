#include "storage/DemoDatabase.h"
#include "storage/Database.h"
#include "storage/OverviewRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/SqlHelpers.h"

#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <QFile>

#include <map>

using namespace attain;
using namespace attain::storage;
using attain::storage::test::TempFolder;

namespace {

engine::demo::Spec smallSpec()
{
    engine::demo::Spec spec;
    spec.reps = 6;
    spec.years = 2;
    spec.seed = 99;
    spec.asOf = engine::makeDate(2026, 11, 25);
    return spec;
}

/// Independent totals straight from the generator, to check what SQL reads back.
class TotalsSink final : public engine::demo::Sink
{
public:
    void region(const engine::demo::Region &) override { }
    void channel(const engine::demo::Channel &) override { }
    void productLine(const engine::demo::ProductLine &) override { }
    void team(const engine::demo::Team &t) override { teamCode[t.id] = t.code; }
    void rep(const engine::demo::Rep &) override { ++reps; }
    void customer(const engine::demo::Customer &) override { }
    void deal(const engine::demo::Deal &d) override
    {
        ++deals;
        if (d.stage == "won" && d.closedOn && d.closedOn->year() == std::chrono::year { 2026 })
            won2026[teamCode[d.teamId]] += d.amountMinor;
    }
    void dealCredit(const engine::demo::DealCredit &) override { }
    void activity(const engine::demo::Activity &) override { ++activities; }
    void feedback(const engine::demo::Feedback &) override { }
    void target(const engine::demo::Target &t) override
    {
        if (t.scopeKind == "team" && t.period == engine::Period::year(2026))
            target2026[t.scopeId] = t.value;
    }
    bool progress(std::int64_t, std::int64_t) override { return true; }

    std::map<std::string, std::string> teamCode;
    std::map<std::string, std::int64_t> won2026, target2026;
    long long deals = 0, reps = 0, activities = 0;
};

} // namespace

TEST(DemoDatabase, WritesEverythingTheGeneratorProduces)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.attain"));
    const auto result = createDemoDatabase(path, smallSpec());
    ASSERT_EQ(result.status, DemoDatabaseResult::Status::Created) << result.message.toStdString();
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));

    TotalsSink expected;
    (void)engine::demo::generate(smallSpec(), expected);
    EXPECT_EQ(result.deals, expected.deals);

    auto opened = Database::open(path, Database::Mode::OpenExisting);
    ASSERT_TRUE(opened.database) << opened.message.toStdString();
    const QSqlDatabase db = opened.database->connection();
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM deals")).toLongLong(), expected.deals);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM reps")).toLongLong(), expected.reps);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM activities")).toLongLong(), expected.activities);

    // The overview's SQL aggregation must equal the generator's own sums, team by team.
    const OverviewRepository repository(db);
    const RevenueOverview overview = repository.teamRevenue(engine::Period::year(2026), QStringLiteral("CNY"));
    ASSERT_EQ(overview.teams.size(), expected.teamCode.size());
    for (const TeamRevenue &team : overview.teams) {
        SCOPED_TRACE(team.code.toStdString());
        EXPECT_EQ(team.actualMinor, expected.won2026[team.code.toStdString()]);
        ASSERT_TRUE(team.targetMinor.has_value());
        EXPECT_EQ(*team.targetMinor, expected.target2026[team.teamId.toStdString()]);
    }
    EXPECT_EQ(overview.otherCurrencyDeals, 0);
}

TEST(DemoDatabase, HasReviewsAroundTheAsOfDayWithAnOverdueItemCarriedOver)
{
    TempFolder folder;
    QStringList rows[2];
    for (int copy = 0; copy < 2; ++copy) {
        const QString path = folder.path(QStringLiteral("demo%1.attain").arg(copy));
        ASSERT_EQ(createDemoDatabase(path, smallSpec()).status, DemoDatabaseResult::Status::Created);
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.database);
        QSqlQuery query(opened.database->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT r.id, r.held_on, r.status, r.title, a.id, a.status, a.due_on "
                                              "FROM reviews r LEFT JOIN action_items a ON a.review_id = r.id "
                                              "ORDER BY r.id, a.id")));
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < 7; ++i)
                fields << query.value(i).toString();
            rows[copy] << fields.join(QLatin1Char('|'));
        }
        if (copy == 1)
            continue;
        // Next week's scheduled review of each team carries last week's open items, one overdue.
        const ReviewRepository reviews(opened.database->connection());
        const Actor manager { QStringLiteral("m"), {} };
        const engine::Date asOf = smallSpec().asOf;
        int scheduledTeamReviews = 0;
        for (const Review &review : reviews.list({}, manager)) {
            if (review.kind != ReviewKind::TeamMeeting || review.status != ReviewStatus::Scheduled)
                continue;
            ++scheduledTeamReviews;
            EXPECT_EQ(review.heldOn, engine::makeDate(2026, 11, 30));
            EXPECT_TRUE(review.title.contains(review.scopeName));
            const auto carried = reviews.carriedOver(review.id, manager);
            EXPECT_EQ(carried.size(), 3U);
            EXPECT_EQ(std::count_if(
                          carried.begin(), carried.end(), [&](const CarriedItem &c) { return c.item.isOverdue(asOf); }),
                1);
        }
        EXPECT_EQ(scheduledTeamReviews,
            scalar(opened.database->connection(), QStringLiteral("SELECT count(*) FROM teams")).toInt());
        EXPECT_EQ(scalar(opened.database->connection(),
                      QStringLiteral("SELECT count(*) FROM reviews WHERE kind = 'one_on_one'"))
                      .toInt(),
            2);
    }
    EXPECT_FALSE(rows[0].isEmpty());
    EXPECT_EQ(rows[0], rows[1]);
}

TEST(DemoDatabase, CancelLeavesNoFileBehind)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("cancelled.attain"));
    const auto result = createDemoDatabase(path, smallSpec(), [](std::int64_t done, std::int64_t) { return done < 5; });
    EXPECT_EQ(result.status, DemoDatabaseResult::Status::Cancelled);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));
}

TEST(DemoDatabase, RefusesToReplaceAnExistingFileUnlessAsked)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("keep.attain"));
    test::writeAll(path, "precious");
    const auto refused = createDemoDatabase(path, smallSpec());
    EXPECT_EQ(refused.status, DemoDatabaseResult::Status::Failed);
    EXPECT_EQ(test::readAll(path), QByteArray("precious"));

    const auto replaced = createDemoDatabase(path, smallSpec(), {}, true);
    EXPECT_EQ(replaced.status, DemoDatabaseResult::Status::Created);
    EXPECT_TRUE(Database::open(path, Database::Mode::OpenExisting).database);
}

TEST(DemoDatabase, InvalidSpecFailsWithAReason)
{
    TempFolder folder;
    auto spec = smallSpec();
    spec.reps = 0;
    const auto result = createDemoDatabase(folder.path(QStringLiteral("x.attain")), spec);
    EXPECT_EQ(result.status, DemoDatabaseResult::Status::Failed);
    EXPECT_FALSE(result.message.isEmpty());
}
