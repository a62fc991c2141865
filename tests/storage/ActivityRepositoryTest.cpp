// Activities: rep-mode visibility, rights, validation, all-or-nothing writes and the dashboard
// facts they keep current (issue 8).

#include "storage/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

#include "TableChecksum.h"
#include "TargetFixture.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace attain::storage;
using attain::storage::test::refusalOf;
using attain::storage::test::TableChecksum;

namespace {

/// Reps Li (r1) and Wang (r2) of team East, manager Ma; customers Acme (c1, region North) and
/// Beta (c2); deals: d1 Li's open deal with Acme, d2 Wang's open deal with Acme shared with Li,
/// d3 Wang's own open deal with Acme, d4 Wang's deal with Beta, d5 Li's deal with Acme won long
/// ago. Today is 2026-11-25. Li has two activities, Wang one.
class ActivityRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_folder.path(QStringLiteral("activities.attain")), Database::Mode::CreateIfMissing);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        m_database = std::move(opened.database);
        execStatement(db(), QStringLiteral("INSERT INTO regions (id, code, name) VALUES ('north', 'N', 'North')"));
        execStatement(db(), QStringLiteral("INSERT INTO teams (id, code, name) VALUES ('t1', 'E', 'East')"));
        execStatement(db(), QStringLiteral("INSERT INTO reps (id, team_id, name, role, start_date) VALUES "
                                           "('r1', 't1', 'Li', 'rep', '2020-01-01'), "
                                           "('r2', 't1', 'Wang', 'rep', '2020-01-01')"));
        execStatement(db(), QStringLiteral("INSERT INTO customers (id, name, region_id) VALUES "
                                           "('c1', 'Acme', 'north'), ('c2', 'Beta', NULL)"));
        execStatement(db(), QStringLiteral(
            "INSERT INTO deals (id, owner_rep_id, customer_id, amount_minor, currency, stage, created_on, closed_on) "
            "VALUES ('d1', 'r1', 'c1', 100, 'CNY', 'proposal', '2026-10-01', NULL), "
            "('d2', 'r2', 'c1', 200, 'CNY', 'negotiation', '2026-10-02', NULL), "
            "('d3', 'r2', 'c1', 300, 'CNY', 'proposal', '2026-10-03', NULL), "
            "('d4', 'r2', 'c2', 400, 'CNY', 'proposal', '2026-10-04', NULL), "
            "('d5', 'r1', 'c1', 500, 'CNY', 'won', '2025-01-01', '2025-02-01')"));
        execStatement(db(), QStringLiteral("INSERT INTO deal_credits (deal_id, rep_id, basis_points) VALUES "
                                           "('d2', 'r2', 5000), ('d2', 'r1', 5000)"));
        m_liCall = repository().insert(make(QStringLiteral("r1"), QStringLiteral("call"), QDate(2026, 11, 20),
                                            QStringLiteral("c1")), m_manager);
        m_liVisit = repository().insert(make(QStringLiteral("r1"), QStringLiteral("visit"), QDate(2026, 11, 21),
                                             QStringLiteral("c2")), m_manager);
        m_wangDemo = repository().insert(make(QStringLiteral("r2"), QStringLiteral("demo"), QDate(2026, 11, 22),
                                              QStringLiteral("c1")), m_manager);
    }

    [[nodiscard]] QSqlDatabase db() const { return m_database->connection(); }
    [[nodiscard]] ActivityRepository repository() const
    {
        ActivityRepository repository(db());
        repository.setToday(m_today);
        return repository;
    }
    [[nodiscard]] static Activity make(const QString &rep, const QString &type, QDate on, const QString &customer,
                                       const QString &deal = {})
    {
        Activity a;
        a.repId = rep;
        a.type = type;
        a.occurredOn = on;
        a.customerId = customer;
        a.dealId = deal;
        a.minutes = 30;
        a.outcome = QStringLiteral("positive");
        a.notes = QStringLiteral("notes of %1").arg(type);
        return a;
    }
    [[nodiscard]] static QStringList idsOf(const std::vector<Activity> &rows)
    {
        QStringList ids;
        for (const Activity &a : rows)
            ids << a.id;
        return ids;
    }
    [[nodiscard]] static QStringList dealIds(const std::vector<DealChoice> &rows)
    {
        QStringList ids;
        for (const DealChoice &d : rows)
            ids << d.id;
        return ids;
    }
    [[nodiscard]] qlonglong number(const QString &sql) const { return scalar(db(), sql).toLongLong(); }
    [[nodiscard]] qlonglong factCount(const QString &repId) const
    {
        QSqlQuery query = prepare(db(), QStringLiteral("SELECT coalesce(sum(activities), 0) FROM activity_facts_monthly "
                                                       "WHERE month = '2026-11' AND rep_id = ?"));
        query.addBindValue(repId);
        exec(query);
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    const QDate m_today {2026, 11, 25};
    const Actor m_manager {QStringLiteral("Ma"), {}};
    const Actor m_li {QStringLiteral("Li"), QStringLiteral("r1")};
    const Actor m_wang {QStringLiteral("Wang"), QStringLiteral("r2")};
    attain::storage::test::TempFolder m_folder;
    std::unique_ptr<Database> m_database;
    QString m_liCall, m_liVisit, m_wangDemo;
};

} // namespace

TEST_F(ActivityRepositoryTest, ARepSeesOnlyTheirOwnWhateverTheFilterAsks)
{
    EXPECT_EQ(idsOf(repository().list({}, m_li)), (QStringList {m_liVisit, m_liCall}));
    ActivityFilter wangs;
    wangs.repId = QStringLiteral("r2");
    EXPECT_EQ(idsOf(repository().list(wangs, m_li)), (QStringList {m_liVisit, m_liCall}));
    EXPECT_EQ(idsOf(repository().list({}, m_wang)), QStringList {m_wangDemo});
    EXPECT_FALSE(repository().find(m_wangDemo, m_li));
    ASSERT_TRUE(repository().find(m_liCall, m_li));
    EXPECT_EQ(repository().find(m_liCall, m_li)->customerName, QStringLiteral("Acme"));
}

TEST_F(ActivityRepositoryTest, AManagerSeesAllAndFilters)
{
    EXPECT_EQ(idsOf(repository().list({}, m_manager)), (QStringList {m_wangDemo, m_liVisit, m_liCall}));
    ActivityFilter filter;
    filter.repId = QStringLiteral("r2");
    EXPECT_EQ(idsOf(repository().list(filter, m_manager)), QStringList {m_wangDemo});
    filter = {};
    filter.from = QDate(2026, 11, 21);
    filter.to = QDate(2026, 11, 21);
    EXPECT_EQ(idsOf(repository().list(filter, m_manager)), QStringList {m_liVisit});
    filter = {};
    filter.type = QStringLiteral("call");
    EXPECT_EQ(idsOf(repository().list(filter, m_manager)), QStringList {m_liCall});
    filter = {};
    filter.customerId = QStringLiteral("c1");
    EXPECT_EQ(idsOf(repository().list(filter, m_manager)), (QStringList {m_wangDemo, m_liCall}));
    filter = {};
    filter.text = QStringLiteral("BET"); // Beta's name, any case
    EXPECT_EQ(idsOf(repository().list(filter, m_manager)), QStringList {m_liVisit});
    filter.text = QStringLiteral("of demo"); // the notes
    EXPECT_EQ(idsOf(repository().list(filter, m_manager)), QStringList {m_wangDemo});
}

TEST_F(ActivityRepositoryTest, ARepChangesNothingOfAnotherRepEvenById)
{
    const TableChecksum before = TableChecksum::of(db());
    Activity wangs = *repository().find(m_wangDemo, m_manager);
    wangs.minutes = 5;
    EXPECT_EQ(refusalOf([&] { repository().update(wangs, m_li); }),
              QStringLiteral("The activity no longer exists (it may have been deleted)."));
    EXPECT_EQ(refusalOf([&] { repository().remove(m_wangDemo, m_li); }),
              QStringLiteral("The activity no longer exists (it may have been deleted)."));
    // Taking over another rep's activity, or giving one's own away.
    Activity mine = *repository().find(m_liCall, m_li);
    mine.repId = QStringLiteral("r2");
    EXPECT_EQ(refusalOf([&] { repository().update(mine, m_li); }), QStringLiteral("A rep logs only their own activities."));
    EXPECT_EQ(refusalOf([&] { repository().insert(make(QStringLiteral("r2"), QStringLiteral("call"), m_today, {}), m_li); }),
              QStringLiteral("A rep logs only their own activities."));
    EXPECT_TRUE(before == TableChecksum::of(db()));
}

TEST_F(ActivityRepositoryTest, ARepsNewActivityIsTheirsAndAManagerMustNameTheRep)
{
    const QString id = repository().insert(make({}, QStringLiteral("email"), m_today, QStringLiteral("c1")), m_li);
    EXPECT_EQ(repository().find(id, m_manager)->repId, QStringLiteral("r1"));
    EXPECT_FALSE(repository().find(id, m_manager)->updatedAt.isEmpty());
    EXPECT_EQ(refusalOf([&] { repository().insert(make({}, QStringLiteral("email"), m_today, {}), m_manager); }),
              QStringLiteral("Choose the rep who did the activity."));
    const QString wangs = repository().insert(make(QStringLiteral("r2"), QStringLiteral("email"), m_today, {}), m_manager);
    EXPECT_EQ(repository().find(wangs, m_wang)->repId, QStringLiteral("r2"));
}

TEST_F(ActivityRepositoryTest, EditsAndDeletesOwnAndManagerAny)
{
    Activity mine = *repository().find(m_liCall, m_li);
    mine.minutes = 45;
    mine.type = QStringLiteral("meeting");
    mine.notes = QStringLiteral("moved to a meeting");
    repository().update(mine, m_li);
    const Activity stored = *repository().find(m_liCall, m_manager);
    EXPECT_EQ(stored.minutes, 45);
    EXPECT_EQ(stored.type, QStringLiteral("meeting"));
    EXPECT_EQ(stored.notes, QStringLiteral("moved to a meeting"));
    repository().remove(m_liCall, m_li);
    EXPECT_FALSE(repository().find(m_liCall, m_manager));
    repository().remove(m_wangDemo, m_manager);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM activities")), 1);
}

TEST_F(ActivityRepositoryTest, ValidationNamesWhatIsWrongAndWritesNothing)
{
    const TableChecksum before = TableChecksum::of(db());
    auto refused = [&](Activity a) { return refusalOf([&] { repository().insert(a, m_manager); }); };
    Activity a = make(QStringLiteral("r1"), QStringLiteral("call"), m_today, QStringLiteral("c1"));
    a.repId = QStringLiteral("nobody");
    EXPECT_EQ(refused(a), QStringLiteral("Unknown rep: nobody."));
    a = make(QStringLiteral("r1"), QStringLiteral("fax"), m_today, QStringLiteral("c1"));
    EXPECT_TRUE(refused(a).startsWith(QStringLiteral("Unknown activity type: “fax”.")));
    a = make(QStringLiteral("r1"), QStringLiteral("call"), m_today, QStringLiteral("c9"));
    EXPECT_EQ(refused(a), QStringLiteral("Unknown customer: c9."));
    a = make(QStringLiteral("r1"), QStringLiteral("call"), m_today, QStringLiteral("c1"), QStringLiteral("d9"));
    EXPECT_EQ(refused(a), QStringLiteral("Unknown deal: d9."));
    a = make(QStringLiteral("r1"), QStringLiteral("call"), m_today, QStringLiteral("c1"), QStringLiteral("d4"));
    EXPECT_EQ(refused(a), QStringLiteral("The deal belongs to another customer; choose one of this customer's deals."));
    a = make(QStringLiteral("r1"), QStringLiteral("call"), m_today, QStringLiteral("c1"));
    a.minutes = 1441;
    EXPECT_EQ(refused(a), QStringLiteral("The duration must be 0 to 1440 minutes, not 1441."));
    a.minutes = -1;
    EXPECT_EQ(refused(a), QStringLiteral("The duration must be 0 to 1440 minutes, not -1."));
    a = make(QStringLiteral("r1"), QStringLiteral("call"), m_today.addDays(2), QStringLiteral("c1"));
    EXPECT_TRUE(refused(a).startsWith(QStringLiteral("The activity's date 2026-11-27 is in the future")));
    a = make(QStringLiteral("r1"), QStringLiteral("call"), QDate(), QStringLiteral("c1"));
    EXPECT_EQ(refused(a), QStringLiteral("The activity needs a date."));
    a = make(QStringLiteral("r1"), QStringLiteral("call"), m_today, QStringLiteral("c1"));
    a.outcome = QStringLiteral("great");
    EXPECT_TRUE(refused(a).startsWith(QStringLiteral("Unknown outcome")));
    // A rep links only deals they own or share.
    a = make({}, QStringLiteral("call"), m_today, QStringLiteral("c1"), QStringLiteral("d3"));
    EXPECT_EQ(refusalOf([&] { repository().insert(a, m_li); }), QStringLiteral("That deal is neither yours nor shared with you."));
    EXPECT_TRUE(before == TableChecksum::of(db()));

    // The limits themselves are accepted: 0 and 1440 minutes, tomorrow; a deal alone names its customer.
    a = make(QStringLiteral("r1"), QStringLiteral("call"), m_today.addDays(1), {}, QStringLiteral("d2"));
    a.minutes = 1440;
    const QString id = repository().insert(a, m_li);
    EXPECT_EQ(repository().find(id, m_li)->customerId, QStringLiteral("c1"));
    a.id.clear();
    a.minutes = 0;
    a.outcome.clear();
    EXPECT_FALSE(repository().insert(a, m_manager).isEmpty());
}

TEST_F(ActivityRepositoryTest, AFailedWriteLeavesNothing)
{
    // The facts refresh fails after the row was written: the row must go too.
    execStatement(db(), QStringLiteral("CREATE TEMP TRIGGER refuse_facts BEFORE INSERT ON activity_facts_monthly "
                                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
    const TableChecksum before = TableChecksum::of(db());
    EXPECT_FALSE(refusalOf([&] {
                     repository().insert(make(QStringLiteral("r1"), QStringLiteral("call"), m_today, QStringLiteral("c1")),
                                         m_li);
                 }).isEmpty());
    EXPECT_FALSE(refusalOf([&] { repository().remove(m_liCall, m_li); }).isEmpty());
    Activity edited = *repository().find(m_liCall, m_li);
    edited.occurredOn = QDate(2026, 10, 3);
    EXPECT_FALSE(refusalOf([&] { repository().update(edited, m_li); }).isEmpty());
    EXPECT_TRUE(before == TableChecksum::of(db()));
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM activities")), 3);
}

TEST_F(ActivityRepositoryTest, WritesRefreshTheDashboardFacts)
{
    EXPECT_EQ(factCount(QStringLiteral("r1")), 2);
    const QString id = repository().insert(make({}, QStringLiteral("call"), m_today, QStringLiteral("c1")), m_li);
    EXPECT_EQ(factCount(QStringLiteral("r1")), 3);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM facts_dirty")), 0);
    Activity moved = *repository().find(id, m_li);
    moved.occurredOn = QDate(2026, 10, 30);
    repository().update(moved, m_li);
    EXPECT_EQ(factCount(QStringLiteral("r1")), 2);
    repository().remove(m_wangDemo, m_manager);
    EXPECT_EQ(factCount(QStringLiteral("r2")), 0);
}

TEST_F(ActivityRepositoryTest, DealPickerOffersOpenAndRecentDealsARepMayLink)
{
    // Li: own d1 and shared d2 of Acme; d5 closed too long ago; Wang's own d3 is not offered.
    QStringList li = dealIds(repository().deals(QStringLiteral("c1"), m_li));
    std::sort(li.begin(), li.end());
    EXPECT_EQ(li, (QStringList {QStringLiteral("d1"), QStringLiteral("d2")}));
    QStringList all = dealIds(repository().deals(QStringLiteral("c1"), m_manager));
    std::sort(all.begin(), all.end());
    EXPECT_EQ(all, (QStringList {QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3")}));
    // The deal an edited activity already has stays on offer.
    EXPECT_TRUE(dealIds(repository().deals(QStringLiteral("c1"), m_li, QStringLiteral("d5"))).contains(QStringLiteral("d5")));
    EXPECT_EQ(dealIds(repository().deals(QStringLiteral("c2"), m_li)), QStringList {});
    const auto customers = repository().customers();
    ASSERT_EQ(customers.size(), 2U);
    EXPECT_EQ(customers[0].name, QStringLiteral("Acme"));
    EXPECT_EQ(customers[1].id, QStringLiteral("c2"));
}

// The manager linked Li's call to Wang's own deal d3 (Li helped on it). Li may still correct the
// notes or minutes of her call, keeping the link the manager set; she may not link it anew.
TEST_F(ActivityRepositoryTest, ARepEditsTheirActivityKeepingALinkTheManagerSet)
{
    // The picker offers Li Wang's deal only as the deal her activity already has.
    EXPECT_FALSE(dealIds(repository().deals(QStringLiteral("c1"), m_li, QStringLiteral("d3"))).contains(QStringLiteral("d3")));
    Activity call = *repository().find(m_liCall, m_manager);
    call.dealId = QStringLiteral("d3");
    repository().update(call, m_manager);
    EXPECT_TRUE(dealIds(repository().deals(QStringLiteral("c1"), m_li, QStringLiteral("d3"))).contains(QStringLiteral("d3")));
    EXPECT_FALSE(dealIds(repository().deals(QStringLiteral("c1"), m_li)).contains(QStringLiteral("d3")));

    Activity edited = *repository().find(m_liCall, m_li);
    edited.notes = QStringLiteral("helped Wang with the pricing");
    edited.minutes = 45;
    EXPECT_NO_THROW(repository().update(edited, m_li));
    EXPECT_EQ(repository().find(m_liCall, m_li)->notes, QStringLiteral("helped Wang with the pricing"));
    EXPECT_EQ(repository().find(m_liCall, m_li)->dealId, QStringLiteral("d3"));

    // Moving another of her activities onto d3 is still refused.
    Activity visit = *repository().find(m_liVisit, m_li);
    visit.customerId = QStringLiteral("c1");
    visit.dealId = QStringLiteral("d3");
    EXPECT_THROW(repository().update(visit, m_li), StorageError);
    // And so is a new activity on it.
    EXPECT_THROW((void)repository().insert(make(QStringLiteral("r1"), QStringLiteral("call"), QDate(2026, 11, 24),
                                                QStringLiteral("c1"), QStringLiteral("d3")), m_li),
                 StorageError);
}
