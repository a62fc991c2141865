#include "storage/FeedbackRepository.h"
#include "storage/DashboardFacts.h"
#include "storage/DashboardRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

#include "DashboardFixture.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace attain;
using namespace attain::storage;
using attain::storage::test::compareFacts;
using attain::storage::test::seedDashboardFixture;
using attain::storage::test::TempFolder;

namespace {

engine::Date date(int y, unsigned m, unsigned d)
{
    return engine::makeDate(y, m, d);
}

const Actor kManager { QStringLiteral("Mia Manager"), {} };
const Actor kAnn { QStringLiteral("Ann"), QStringLiteral("r-ann") };

FeedbackEntry entry(const char *customer, const char *rep, engine::Date on, int score, bool complaint = false)
{
    FeedbackEntry e;
    e.customerId = QLatin1String(customer);
    e.repId = QLatin1String(rep);
    e.receivedOn = on;
    e.score = score;
    e.complaint = complaint;
    return e;
}

FeedbackPeriod period(const char *text)
{
    const engine::Period p = *engine::Period::parse(text);
    return { p.first, p.last };
}

/// The message of the StorageError `command` throws (empty when it throws none).
template<typename Command>
std::string refusal(Command command)
{
    try {
        command();
    } catch (const StorageError &error) {
        return error.message().toStdString();
    }
    return {};
}

class FeedbackRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_folder.path(QStringLiteral("fb.attain")), Database::Mode::CreateIfMissing);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        m_database = std::move(opened.database);
        // Q3 2026: f1 C1/Ann 5, f2 C2/Bo 3, f3 C3/Cy 4, f4 C4/no rep 2; May: f5 C1/Ann 4.
        seedDashboardFixture(db());
    }

    [[nodiscard]] QSqlDatabase db() const { return m_database->connection(); }
    [[nodiscard]] qint64 count(const QString &where = QStringLiteral("1")) const
    {
        return scalar(db(), QStringLiteral("SELECT count(*) FROM feedback WHERE ") + where).toLongLong();
    }

    /// The dashboard's CSAT tile for `scope` and the named period, as of 2026-11-25.
    [[nodiscard]] std::optional<std::int64_t> dashboardCsat(const char *periodText, const DashboardScope &scope) const
    {
        DashboardRequest request;
        request.period = *engine::Period::parse(periodText);
        request.scope = scope;
        request.asOf = date(2026, 11, 25);
        const auto tiles = DashboardRepository(db()).tiles(request);
        return tiles[static_cast<std::size_t>(DashboardTileId::Csat)].value;
    }

    /// Every scope the dashboard and the feedback summaries share, for every period, agrees.
    void expectEqualToDashboard() const
    {
        const FeedbackRepository repository(db());
        const std::vector<std::pair<DashboardScope, FeedbackScope>> scopes {
            { {}, {} },
            { { QStringLiteral("t-east"), {}, {}, {}, {} }, { {}, {}, QStringLiteral("t-east"), {} } },
            { { QStringLiteral("t-west"), {}, {}, {}, {} }, { {}, {}, QStringLiteral("t-west"), {} } },
            { { {}, QStringLiteral("r-ann"), {}, {}, {} }, { {}, QStringLiteral("r-ann"), {}, {} } },
            { { {}, QStringLiteral("r-bo"), {}, {}, {} }, { {}, QStringLiteral("r-bo"), {}, {} } },
            { { {}, {}, {}, {}, QStringLiteral("g-west") }, { {}, {}, {}, QStringLiteral("g-west") } },
        };
        for (const char *text : { "2026-05", "2026-07", "2026Q3", "2026-10", "2026Q4", "2026", "2025" }) {
            for (const auto &[dashboardScope, feedbackScope] : scopes) {
                SCOPED_TRACE(std::string(text) + " team " + dashboardScope.teamId.toStdString() + " rep "
                    + dashboardScope.repId.toStdString() + " region " + dashboardScope.regionId.toStdString());
                // The dashboard counts up to its as-of date; nothing is received after it here.
                const CsatSummary summary = repository.csat(feedbackScope, period(text), kManager);
                EXPECT_EQ(summary.csatHundredths(), dashboardCsat(text, dashboardScope));
            }
        }
    }

    TempFolder m_folder;
    std::unique_ptr<Database> m_database;
};

} // namespace

TEST_F(FeedbackRepositoryTest, CsatIsTheMeanScoreOfThePeriod)
{
    FeedbackRepository repository(db());
    repository.record(entry("c1", "r-ann", date(2026, 10, 3), 5), kManager);
    repository.record(entry("c2", "r-bo", date(2026, 10, 14), 4), kManager);
    repository.record(entry("c3", "r-cy", date(2026, 10, 31), 2, true), kManager);
    const CsatSummary october = repository.csat({}, period("2026-10"), kManager);
    EXPECT_EQ(october.scoreSum, 11);
    EXPECT_EQ(october.responses, 3);
    EXPECT_EQ(october.csatHundredths(), 367); // 11 / 3 = 3.666…
    EXPECT_EQ(october.complaints, 1);
    EXPECT_EQ(october.openComplaints, 1);
    EXPECT_FALSE(october.meanDaysToResolveTenths()); // nothing resolved yet
    // Q3 from the fixture: (5 + 3 + 4 + 2) / 4.
    EXPECT_EQ(repository.csat({}, period("2026Q3"), kManager).csatHundredths(), 350);
}

TEST_F(FeedbackRepositoryTest, AnEmptyPeriodHasNoCsatRatherThanZero)
{
    const FeedbackRepository repository(db());
    const CsatSummary december = repository.csat({}, period("2026-12"), kManager);
    EXPECT_EQ(december.responses, 0);
    EXPECT_FALSE(december.csatHundredths());
    EXPECT_TRUE(repository.csatByCustomer(period("2026-12"), kManager).empty());
    EXPECT_TRUE(repository.csatByRep(period("2026-12"), kManager).empty());
    EXPECT_FALSE(dashboardCsat("2026-12", {})); // the dashboard agrees: no value
}

TEST_F(FeedbackRepositoryTest, CsatByCustomerAndByRep)
{
    FeedbackRepository repository(db());
    repository.record(entry("c1", "r-ann", date(2026, 8, 1), 2, true), kManager);
    const auto customers = repository.csatByCustomer(period("2026Q3"), kManager);
    ASSERT_EQ(customers.size(), 4u);
    EXPECT_EQ(customers[0].name, QStringLiteral("C1"));
    EXPECT_EQ(customers[0].responses, 2);
    EXPECT_EQ(customers[0].csatHundredths(), 350); // (5 + 2) / 2
    EXPECT_EQ(customers[0].openComplaints, 1);
    EXPECT_EQ(customers[1].csatHundredths(), 300); // C2: 3
    EXPECT_EQ(customers[3].id, QStringLiteral("c4"));
    EXPECT_EQ(customers[3].csatHundredths(), 200);

    const auto reps = repository.csatByRep(period("2026"), kManager);
    ASSERT_EQ(reps.size(), 4u);
    EXPECT_TRUE(reps[0].id.isEmpty()); // f4 has no rep
    EXPECT_EQ(reps[0].csatHundredths(), 200);
    EXPECT_EQ(reps[1].name, QStringLiteral("Ann"));
    EXPECT_EQ(reps[1].responses, 3);
    EXPECT_EQ(reps[1].csatHundredths(), 367); // (4 + 5 + 2) / 3
    EXPECT_EQ(reps[2].csatHundredths(), 300); // Bo
    EXPECT_EQ(reps[3].csatHundredths(), 400); // Cy
    // Each customer's and each rep's CSAT is their scope's.
    for (const CsatSummary &rep : reps) {
        if (!rep.id.isEmpty()) {
            EXPECT_EQ(rep.csatHundredths(),
                repository.csat({ {}, rep.id, {}, {} }, period("2026"), kManager).csatHundredths());
        }
    }
}

TEST_F(FeedbackRepositoryTest, CsatEqualsTheDashboardTileBeforeAndAfterRecording)
{
    expectEqualToDashboard();
    FeedbackRepository repository(db());
    const auto before = dashboardCsat("2026Q3", {});
    const QString id = repository.record(entry("c2", "r-bo", date(2026, 9, 30), 1, true), kManager);
    repository.record(entry("c4", "r-cy", date(2026, 10, 2), 5), kManager);
    EXPECT_FALSE(DashboardFacts(db()).stale());
    EXPECT_NE(dashboardCsat("2026Q3", {}), before); // the facts were refreshed with the record
    expectEqualToDashboard();
    repository.edit(id, { QStringLiteral("c1"), QStringLiteral("r-ann"), date(2026, 5, 20), 3, true, {} }, kManager);
    expectEqualToDashboard();
    repository.remove(id, kManager);
    EXPECT_EQ(dashboardCsat("2026Q3", {}), before);
    expectEqualToDashboard();
}

TEST_F(FeedbackRepositoryTest, AComplaintMovesFromOpenToInProgressToResolved)
{
    FeedbackRepository repository(db());
    const QString first = repository.record(entry("c3", "r-cy", date(2026, 10, 5), 1, true), kManager);
    const QString second = repository.record(entry("c4", "r-cy", date(2026, 10, 6), 2, true), kManager);
    EXPECT_EQ(repository.find(first, kManager)->status(), ComplaintStatus::Open);
    EXPECT_FALSE(repository.find(first, kManager)->updatedAt.isEmpty());

    repository.resolve(first, { QStringLiteral("Replacement part sent"), std::nullopt, false }, kManager);
    EXPECT_EQ(repository.find(first, kManager)->status(), ComplaintStatus::InProgress);
    EXPECT_EQ(repository.csat({}, period("2026-10"), kManager).openComplaints, 2); // in progress is not closed

    repository.resolve(first, { QStringLiteral("Part replaced on site"), date(2026, 10, 8), true }, kManager);
    repository.resolve(second, { QStringLiteral("Credit note"), date(2026, 10, 10), true }, kManager);
    const FeedbackEntry resolved = *repository.find(first, kManager);
    EXPECT_EQ(resolved.status(), ComplaintStatus::Resolved);
    EXPECT_EQ(resolved.resolution, QStringLiteral("Part replaced on site"));
    EXPECT_EQ(resolved.resolvedOn, date(2026, 10, 8));
    const CsatSummary october = repository.csat({}, period("2026-10"), kManager);
    EXPECT_EQ(october.openComplaints, 0);
    EXPECT_EQ(october.resolveDaysSum, 7); // 3 + 4 days
    EXPECT_EQ(october.meanDaysToResolveTenths(), 35);

    repository.reopen(first, kManager);
    const FeedbackEntry reopened = *repository.find(first, kManager);
    EXPECT_EQ(reopened.status(), ComplaintStatus::InProgress); // what was done stays written
    EXPECT_FALSE(reopened.resolvedOn);
    EXPECT_EQ(repository.csat({}, period("2026-10"), kManager).openComplaints, 1);

    FeedbackFilter open;
    open.openComplaintsOnly = true;
    const auto openList = repository.list(open, kManager);
    ASSERT_EQ(openList.size(), 1u);
    EXPECT_EQ(openList[0].id, first);
    FeedbackFilter complaints;
    complaints.complaintsOnly = true;
    EXPECT_EQ(repository.list(complaints, kManager).size(), 2u);
}

TEST_F(FeedbackRepositoryTest, InvalidFeedbackIsRefusedWithAReasonAndNothingWritten)
{
    FeedbackRepository repository(db());
    const qint64 before = count();
    EXPECT_NE(
        refusal([&] { repository.record(entry("c1", "r-ann", date(2026, 10, 1), 0), kManager); }).find("from 1 to 5"),
        std::string::npos);
    EXPECT_NE(
        refusal([&] { repository.record(entry("c1", "r-ann", date(2026, 10, 1), 6), kManager); }).find("from 1 to 5"),
        std::string::npos);
    EXPECT_EQ(refusal([&] { repository.record(entry("c9", "r-ann", date(2026, 10, 1), 4), kManager); }),
        "Unknown customer: c9.");
    EXPECT_EQ(
        refusal([&] { repository.record(entry("c1", "r-zz", date(2026, 10, 1), 4), kManager); }), "Unknown rep: r-zz.");
    EXPECT_EQ(refusal([&] { repository.record(entry("", "r-ann", date(2026, 10, 1), 4), kManager); }),
        "Choose the customer the feedback came from.");
    EXPECT_EQ(count(), before);

    const QString praise = repository.record(entry("c1", "r-ann", date(2026, 10, 1), 5), kManager);
    EXPECT_NE(refusal([&] {
        repository.resolve(praise, { QStringLiteral("Thanked them"), date(2026, 10, 2), true }, kManager);
    }).find("Only a complaint can be resolved"),
        std::string::npos);
    const QString complaint = repository.record(entry("c2", "r-bo", date(2026, 10, 5), 2, true), kManager);
    EXPECT_EQ(refusal([&] {
        repository.resolve(complaint, { QStringLiteral("Called back"), date(2026, 10, 4), true }, kManager);
    }),
        "A complaint cannot be resolved on 2026-10-04, before it was received on 2026-10-05.");
    EXPECT_EQ(refusal([&] {
        repository.resolve(complaint, { QString(), date(2026, 10, 6), true }, kManager);
    }),
        "Say what was done to resolve the complaint.");
    EXPECT_EQ(refusal([&] {
        repository.resolve(complaint, { QStringLiteral("Done"), std::nullopt, true }, kManager);
    }),
        "Give the day the complaint was resolved.");
    EXPECT_EQ(repository.find(complaint, kManager)->status(), ComplaintStatus::Open);

    repository.resolve(complaint, { QStringLiteral("Called back"), date(2026, 10, 7), true }, kManager);
    // Received after it was resolved, or no longer a complaint while resolved: refused.
    EXPECT_NE(refusal([&] {
        repository.edit(
            complaint, { QStringLiteral("c2"), QStringLiteral("r-bo"), date(2026, 10, 9), 2, true, {} }, kManager);
    }).find("cannot have been received later"),
        std::string::npos);
    EXPECT_NE(refusal([&] {
        repository.edit(
            complaint, { QStringLiteral("c2"), QStringLiteral("r-bo"), date(2026, 10, 5), 2, false, {} }, kManager);
    }).find("stays a complaint"),
        std::string::npos);
    EXPECT_NE(refusal([&] { repository.reopen(praise, kManager); }).find("Only a complaint"), std::string::npos);
    const FeedbackEntry unchanged = *repository.find(complaint, kManager);
    EXPECT_EQ(unchanged.receivedOn, date(2026, 10, 5));
    EXPECT_TRUE(unchanged.complaint);
    EXPECT_EQ(unchanged.status(), ComplaintStatus::Resolved);
}

TEST_F(FeedbackRepositoryTest, ARepRecordsAsThemselvesAndChangesOnlyTheirOwn)
{
    FeedbackRepository repository(db());
    const QString own = repository.record(entry("c1", "r-ann", date(2026, 10, 1), 2, true), kAnn);
    EXPECT_EQ(repository.find(own, kManager)->repId, QStringLiteral("r-ann"));
    EXPECT_EQ(refusal([&] { repository.record(entry("c2", "r-bo", date(2026, 10, 1), 4), kAnn); }),
        "Ann can only record feedback as themselves, not for another rep.");
    EXPECT_EQ(refusal([&] { repository.record(entry("c2", "", date(2026, 10, 1), 4), kAnn); }),
        "Ann can only record feedback as themselves, not for another rep.");
    const QString bos = repository.record(entry("c2", "r-bo", date(2026, 10, 2), 1, true), kManager);
    const std::string notHers = "Ann can only change feedback attributed to them; this feedback is Bo's.";
    EXPECT_EQ(refusal([&] {
        repository.edit(bos, { QStringLiteral("c2"), QStringLiteral("r-bo"), date(2026, 10, 2), 5, true, {} }, kAnn);
    }),
        notHers);
    EXPECT_EQ(refusal([&] {
        repository.resolve(bos, { QStringLiteral("Apologised"), date(2026, 10, 3), true }, kAnn);
    }),
        notHers);
    EXPECT_EQ(refusal([&] { repository.remove(bos, kAnn); }), notHers);
    // Nor can she hand her own feedback to another rep.
    EXPECT_NE(refusal([&] {
        repository.edit(own, { QStringLiteral("c1"), QStringLiteral("r-bo"), date(2026, 10, 1), 2, true, {} }, kAnn);
    }),
        "");
    repository.resolve(own, { QStringLiteral("Visited"), date(2026, 10, 4), true }, kAnn);
    EXPECT_EQ(repository.find(own, kManager)->status(), ComplaintStatus::Resolved);
    EXPECT_EQ(repository.find(bos, kManager)->score, 1);

    const auto hers = repository.list({}, kAnn);
    EXPECT_EQ(static_cast<qint64>(hers.size()), count(QStringLiteral("rep_id = 'r-ann'")));
    EXPECT_TRUE(std::all_of(
        hers.begin(), hers.end(), [](const FeedbackEntry &e) { return e.repId == QStringLiteral("r-ann"); }));
    FeedbackFilter bosFilter;
    bosFilter.repId = QStringLiteral("r-bo");
    EXPECT_TRUE(repository.list(bosFilter, kAnn).empty()); // asking for Bo's shows her nothing
    EXPECT_EQ(static_cast<qint64>(repository.list({}, kManager).size()), count());
    const auto byRep = repository.csatByRep(period("2026"), kAnn);
    ASSERT_EQ(byRep.size(), 1u);
    EXPECT_EQ(byRep[0].id, QStringLiteral("r-ann"));
    EXPECT_EQ(repository.csat({}, period("2026"), kAnn).responses, count(QStringLiteral("rep_id = 'r-ann'")));
}

TEST_F(FeedbackRepositoryTest, AFailedFactsRefreshRollsTheWholeCommandBack)
{
    FeedbackRepository repository(db());
    const QString id = repository.record(entry("c1", "r-ann", date(2026, 10, 1), 4), kManager);
    const qint64 before = count();
    const auto factsBefore = compareFacts(db());
    // The facts refresh runs after the write in the same transaction: make it fail.
    execStatement(db(),
        QStringLiteral("CREATE TRIGGER break_facts BEFORE INSERT ON activity_facts_monthly "
                       "BEGIN SELECT RAISE(ABORT, 'facts unavailable'); END"));
    EXPECT_THROW(repository.record(entry("c2", "r-bo", date(2026, 10, 3), 1), kManager), StorageError);
    EXPECT_THROW(repository.edit(
                     id, { QStringLiteral("c1"), QStringLiteral("r-ann"), date(2026, 10, 1), 1, false, {} }, kManager),
        StorageError);
    execStatement(db(), QStringLiteral("DROP TRIGGER break_facts"));
    EXPECT_EQ(count(), before);
    EXPECT_EQ(repository.find(id, kManager)->score, 4);
    EXPECT_FALSE(DashboardFacts(db()).stale()); // the triggers' marks were rolled back too
    const auto factsAfter = compareFacts(db());
    ASSERT_EQ(factsAfter.size(), factsBefore.size());
    for (std::size_t i = 0; i < factsAfter.size(); ++i) {
        EXPECT_EQ(factsAfter[i].facts, factsBefore[i].facts);
        EXPECT_EQ(factsAfter[i].facts, factsAfter[i].expected);
    }
}

TEST_F(FeedbackRepositoryTest, UndoingADeletionRestoresTheSameRecord)
{
    FeedbackRepository repository(db());
    FeedbackEntry complaint = entry("c3", "r-cy", date(2026, 10, 5), 2, true);
    complaint.notes = QStringLiteral("Late delivery");
    const QString id = repository.record(complaint, kManager);
    repository.resolve(id, { QStringLiteral("Refunded shipping"), date(2026, 10, 9), true }, kManager);
    const FeedbackEntry stored = *repository.find(id, kManager);
    repository.remove(id, kManager);
    EXPECT_FALSE(repository.find(id, kManager));
    repository.record(stored, kManager);
    FeedbackEntry restored = *repository.find(id, kManager);
    restored.updatedAt = stored.updatedAt;
    EXPECT_EQ(restored, stored);
    EXPECT_NE(refusal([&] { repository.record(stored, kManager); }).find("exists already"), std::string::npos);
}

TEST_F(FeedbackRepositoryTest, RestoringPutsBackEveryFieldIncludingAnOlderResolution)
{
    FeedbackRepository repository(db());
    // Written before schema 5: resolved without a text or a date.
    execStatement(db(), QStringLiteral("UPDATE feedback SET complaint = 1, resolved = 1 WHERE id = 'f2'"));
    const FeedbackEntry before = *repository.find(QStringLiteral("f2"), kManager);
    EXPECT_EQ(before.status(), ComplaintStatus::Resolved);
    repository.resolve(before.id, { QStringLiteral("Called again"), date(2026, 8, 20), true }, kManager);
    repository.edit(
        before.id, { QStringLiteral("c2"), QStringLiteral("r-bo"), date(2026, 8, 11), 2, true, {} }, kManager);
    repository.restore(before, kManager);
    FeedbackEntry after = *repository.find(before.id, kManager);
    EXPECT_FALSE(after.updatedAt.isEmpty());
    after.updatedAt = before.updatedAt;
    EXPECT_EQ(after, before);
    expectEqualToDashboard();
    EXPECT_NE(refusal([&] { repository.restore(before, kAnn); }).find("Ann can only change"), std::string::npos);
}

TEST_F(FeedbackRepositoryTest, ListFiltersByCustomerRepAndDates)
{
    const FeedbackRepository repository(db());
    FeedbackFilter filter;
    filter.customerId = QStringLiteral("c1");
    auto c1 = repository.list(filter, kManager);
    ASSERT_EQ(c1.size(), 2u); // f1 (July), f5 (May), newest first
    EXPECT_EQ(c1[0].id, QStringLiteral("f1"));
    EXPECT_EQ(c1[0].customerName, QStringLiteral("C1"));
    EXPECT_EQ(c1[0].repName, QStringLiteral("Ann"));
    EXPECT_EQ(c1[1].id, QStringLiteral("f5"));
    filter.from = date(2026, 6, 1);
    ASSERT_EQ(repository.list(filter, kManager).size(), 1u);
    FeedbackFilter september;
    september.from = date(2026, 9, 1);
    september.to = date(2026, 9, 12); // f3 on the last day counts, f4 on the 13th does not
    const auto days = repository.list(september, kManager);
    ASSERT_EQ(days.size(), 1u);
    EXPECT_EQ(days[0].id, QStringLiteral("f3"));
    FeedbackFilter cy;
    cy.repId = QStringLiteral("r-cy");
    EXPECT_EQ(repository.list(cy, kManager).size(), 1u);
    EXPECT_EQ(repository.customers().size(), 4u);
}

// find() by id obeys the same rule as the list: a rep gets only feedback attributed to them.
TEST_F(FeedbackRepositoryTest, ARepFindsOnlyTheirOwnFeedbackById)
{
    FeedbackRepository repository(db());
    const QString anns = repository.record(entry("c1", "r-ann", date(2026, 10, 3), 5), kManager);
    const QString bos = repository.record(entry("c2", "r-bo", date(2026, 10, 14), 2), kManager);
    ASSERT_TRUE(repository.find(anns, kAnn));
    EXPECT_EQ(repository.find(anns, kAnn)->score, 5);
    EXPECT_FALSE(repository.find(bos, kAnn));
    ASSERT_TRUE(repository.find(bos, kManager));
    EXPECT_EQ(repository.find(bos, kManager)->repId, QStringLiteral("r-bo"));
}
