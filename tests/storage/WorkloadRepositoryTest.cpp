#include "storage/WorkloadRepository.h"

#include "storage/DashboardFacts.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include "TestDatabase.h"
#include "WorkloadFixture.h"

#include <gtest/gtest.h>

#include <memory>

using namespace attain;
using namespace attain::storage;
using attain::storage::test::seedWorkloadFixture;
using attain::storage::test::TempFolder;

namespace {

constexpr std::size_t kCall = 0, kVisit = 1;
const Actor kManager { QStringLiteral("Boss"), {} };

class WorkloadRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_folder.path(QStringLiteral("work.attain")), Database::Mode::CreateIfMissing);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        m_database = std::move(opened.database);
        seedWorkloadFixture(db());
    }

    [[nodiscard]] QSqlDatabase db() const { return m_database->connection(); }

    static WorkloadRequest east()
    {
        WorkloadRequest request;
        request.teamId = QStringLiteral("t-east");
        request.weeks = engine::isoWeeksEnding(engine::makeDate(2026, 11, 25), 2);
        return request;
    }

    static const engine::RepWorkload &find(const engine::WorkloadResult &result, const std::string &id)
    {
        for (const auto &rep : result.reps)
            if (rep.rep.id == id)
                return rep;
        throw std::runtime_error("no rep " + id);
    }

    TempFolder m_folder;
    std::unique_ptr<Database> m_database;
};

} // namespace

TEST_F(WorkloadRepositoryTest, SeededNormIsTenActivitiesAndEightHours)
{
    const engine::WorkloadNorms norms = WorkloadRepository(db()).norms();
    EXPECT_EQ(norms.total, (engine::WorkloadNorm{10, 480}));
    EXPECT_TRUE(norms.perType.empty());
}

TEST_F(WorkloadRepositoryTest, TeamFiguresEndToEndEqualHandComputed)
{
    const engine::WorkloadResult result = WorkloadRepository(db()).load(east(), kManager);
    // Ann, Bo, Dee: Cy is in another team, Old had left, Boss is a manager (and logged a call).
    ASSERT_EQ(result.reps.size(), 3U);
    EXPECT_EQ(result.reps[0].rep.name, "Ann");
    EXPECT_EQ(result.reps[2].rep.id, "r-dee");

    const engine::RepWorkload &ann = find(result, "r-ann");
    EXPECT_EQ(ann.weeks[0].figures.count[kCall], 8);
    EXPECT_EQ(ann.weeks[0].figures.minutes[kVisit], 180);
    EXPECT_EQ(ann.total.totalCount(), 16);
    EXPECT_EQ(ann.total.totalMinutes(), 680);
    EXPECT_DOUBLE_EQ(*ann.meanWeeklyMinutes, 340.0);
    EXPECT_EQ(ann.loadBp, 7083);
    EXPECT_EQ(ann.loadClass, engine::LoadClass::Light);
    EXPECT_EQ(ann.revenue, 1'500'000);
    EXPECT_EQ(ann.revenuePerHour, 132'353);

    const engine::RepWorkload &bo = find(result, "r-bo");
    EXPECT_EQ(bo.weeks[1].figures.totalCount(), 14);
    EXPECT_EQ(bo.total.totalMinutes(), 1300);
    EXPECT_EQ(bo.loadBp, 13542);
    EXPECT_EQ(bo.loadClass, engine::LoadClass::Overloaded);
    EXPECT_EQ(bo.revenue, 3'000'000);

    const engine::RepWorkload &dee = find(result, "r-dee");
    EXPECT_EQ(dee.weeks[0].workdays, 0);
    EXPECT_EQ(dee.workdays, 3);
    EXPECT_EQ(dee.loadBp, 694);
    EXPECT_EQ(dee.loadClass, engine::LoadClass::Idle);

    EXPECT_EQ(result.team.overloaded, (std::vector<std::string>{"r-bo"}));
    EXPECT_EQ(result.team.idle, (std::vector<std::string>{"r-dee"}));
    EXPECT_EQ(result.team.meanLoadBp, 7106); // (7083 + 13542 + 694) / 3
}

TEST_F(WorkloadRepositoryTest, AllTeamsIncludeCy)
{
    WorkloadRequest request = east();
    request.teamId.clear();
    const engine::WorkloadResult result = WorkloadRepository(db()).load(request, kManager);
    ASSERT_EQ(result.reps.size(), 4U);
    const engine::RepWorkload &cy = find(result, "r-cy");
    EXPECT_EQ(cy.total.totalCount(), 20);
    EXPECT_EQ(cy.loadBp, 6250); // 600 / 960
    EXPECT_EQ(cy.revenue, 9'000'000);
}

TEST_F(WorkloadRepositoryTest, NormsRoundTripAndChangeTheClasses)
{
    WorkloadRepository repository(db());
    engine::WorkloadNorms norms;
    norms.total = {8, 360};
    norms.perType[engine::ActivityType::Visit] = {3, 240};
    repository.setNorms(norms, Actor{QStringLiteral("Boss"), {}});
    const engine::WorkloadNorms back = repository.norms();
    EXPECT_EQ(back.total, (engine::WorkloadNorm{8, 360}));
    ASSERT_EQ(back.perType.size(), 1U);
    EXPECT_EQ(back.perType.at(engine::ActivityType::Visit), (engine::WorkloadNorm{3, 240}));
    // Ann: 680 / 720 = 94.44 % → Balanced now.
    const engine::WorkloadResult result = repository.load(east(), kManager);
    EXPECT_EQ(find(result, "r-ann").loadBp, 9444);
    EXPECT_EQ(find(result, "r-ann").loadClass, engine::LoadClass::Balanced);
    // Dropping the visit norm removes its row.
    norms.perType.clear();
    repository.setNorms(norms, Actor{QStringLiteral("Boss"), {}});
    EXPECT_TRUE(repository.norms().perType.empty());
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM workload_norms")).toInt(), 1);
}

TEST_F(WorkloadRepositoryTest, RefusesNegativeNormsAndRepsWithoutChangingAnything)
{
    WorkloadRepository repository(db());
    engine::WorkloadNorms norms;
    norms.total = {12, 600};
    norms.perType[engine::ActivityType::Call] = {-1, 0};
    EXPECT_THROW(repository.setNorms(norms, Actor{QStringLiteral("Boss"), {}}), StorageError);
    norms.perType.clear();
    norms.total = {12, -5};
    EXPECT_THROW(repository.setNorms(norms, Actor{QStringLiteral("Boss"), {}}), StorageError);
    norms.total = {12, 20000};
    EXPECT_THROW(repository.setNorms(norms, Actor{QStringLiteral("Boss"), {}}), StorageError);
    norms.total = {12, 600};
    try {
        repository.setNorms(norms, Actor{QStringLiteral("Ann"), QStringLiteral("r-ann")});
        FAIL() << "a rep changed the norms";
    } catch (const StorageError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("manager")));
    }
    EXPECT_EQ(repository.norms().total, (engine::WorkloadNorm{10, 480}));
}

TEST_F(WorkloadRepositoryTest, NoWeeksGiveNothing)
{
    WorkloadRequest request = east();
    request.weeks.clear();
    const engine::WorkloadResult result = WorkloadRepository(db()).load(request, kManager);
    EXPECT_TRUE(result.reps.empty());
    EXPECT_EQ(WorkloadRepository(db()).teams().size(), 2U);
}

// A rep gets their team's workload whatever team the request names; a rep without a team only
// their own row, not the whole company's.
TEST_F(WorkloadRepositoryTest, ARepGetsOnlyTheirOwnTeam)
{
    WorkloadRequest west = east();
    west.teamId = QStringLiteral("t-west");
    const engine::WorkloadResult asAnn = WorkloadRepository(db()).load(west, Actor { QStringLiteral("Ann"), QStringLiteral("r-ann") });
    std::vector<std::string> ids;
    for (const auto &rep : asAnn.reps)
        ids.push_back(rep.rep.id);
    EXPECT_EQ(ids, (std::vector<std::string> { "r-ann", "r-bo", "r-dee" }));

    execStatement(db(), QStringLiteral("UPDATE reps SET team_id = NULL WHERE id = 'r-cy'"));
    WorkloadRequest all = east();
    all.teamId.clear();
    const engine::WorkloadResult asCy = WorkloadRepository(db()).load(all, Actor { QStringLiteral("Cy"), QStringLiteral("r-cy") });
    ASSERT_EQ(asCy.reps.size(), 1U);
    EXPECT_EQ(asCy.reps[0].rep.id, "r-cy");
    EXPECT_EQ(asCy.reps[0].total.totalCount(), 20);
}
