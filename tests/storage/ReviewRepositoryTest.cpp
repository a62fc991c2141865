// Reviews and action items (issue 8): carry-over, overdue, scheduling and who may do what.

#include "storage/ReviewRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

#include "TableChecksum.h"
#include "TargetFixture.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace attain;
using namespace attain::storage;
using attain::storage::test::refusalOf;
using attain::storage::test::TableChecksum;
using attain::storage::test::TargetTree;

namespace {

engine::Date day(unsigned month, unsigned d, int year = 2026)
{
    return engine::makeDate(year, month, d);
}

ReviewScope teamScope(const QString &id)
{
    return { id, {} };
}

ReviewScope repScope(const QString &id)
{
    return { {}, id };
}

ActionItem item(const QString &text, const QString &owner = {}, std::optional<engine::Date> due = {})
{
    ActionItem result;
    result.text = text;
    result.ownerRepId = owner;
    result.dueOn = due;
    return result;
}

/// The fixture's teams t1 (East: reps r1 Li, r2 Wang) and t2 (West: r3 Zhao) and targets.
class Reviews : public TargetTree
{
protected:
    [[nodiscard]] ReviewRepository reviews() const { return ReviewRepository(db()); }

    QString review(ReviewKind kind, const ReviewScope &scope, engine::Date on, std::vector<ActionItem> items = {},
        ReviewStatus status = ReviewStatus::Held)
    {
        ReviewDraft draft;
        draft.kind = kind;
        draft.scope = scope;
        draft.heldOn = on;
        draft.status = status;
        draft.title = QStringLiteral("Review %1").arg(toSqlDate(on));
        draft.actionItems = std::move(items);
        return reviews().create(draft, m_manager, on);
    }
    /// The id of the item with `text` in review `reviewId`.
    QString itemId(const QString &reviewId, const QString &text) const
    {
        for (const ActionItem &stored : reviews().actionItems(reviewId, m_manager))
            if (stored.text == text)
                return stored.id;
        ADD_FAILURE() << "no item " << text.toStdString();
        return {};
    }
    static QStringList texts(const std::vector<CarriedItem> &items)
    {
        QStringList result;
        for (const CarriedItem &carried : items)
            result << carried.item.text;
        return result;
    }
    [[nodiscard]] qlonglong count(const QString &table) const
    {
        return scalar(db(), QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }
};

} // namespace

TEST_F(Reviews, OpenItemsCarryOverAcrossThreeReviewsUntilClosed)
{
    const QString a = review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 2),
        { item(QStringLiteral("call Acme"), QStringLiteral("r1")), item(QStringLiteral("fix quote")),
            item(QStringLiteral("visit Beta")), item(QStringLiteral("demo Gamma")) });
    ReviewRepository repo = reviews();
    repo.setActionStatus(itemId(a, QStringLiteral("fix quote")), ActionStatus::Done, m_manager, day(11, 5));
    repo.setActionStatus(itemId(a, QStringLiteral("visit Beta")), ActionStatus::Done, m_manager, day(11, 12));
    repo.setActionStatus(itemId(a, QStringLiteral("demo Gamma")), ActionStatus::InProgress, m_manager, day(11, 6));
    const QString b = review(
        ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 9), { item(QStringLiteral("send pricing")) });
    const QString c = review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 16));
    const qlonglong items = count(QStringLiteral("action_items"));

    EXPECT_TRUE(repo.carriedOver(a, m_manager).empty());
    // "visit Beta" was closed on the 12th: still open on the 9th, so B shows it (as done).
    const auto intoB = repo.carriedOver(b, m_manager);
    EXPECT_EQ(texts(intoB),
        (QStringList { QStringLiteral("call Acme"), QStringLiteral("visit Beta"), QStringLiteral("demo Gamma") }));
    for (const CarriedItem &carried : intoB) {
        EXPECT_EQ(carried.originReviewId, a);
        EXPECT_EQ(carried.originDate, day(11, 2));
    }
    EXPECT_EQ(intoB[1].item.status, ActionStatus::Done);
    EXPECT_EQ(intoB[1].item.doneOn, day(11, 12));
    const auto intoC = repo.carriedOver(c, m_manager);
    EXPECT_EQ(texts(intoC),
        (QStringList { QStringLiteral("call Acme"), QStringLiteral("demo Gamma"), QStringLiteral("send pricing") }));
    EXPECT_EQ(intoC[2].originReviewId, b);
    EXPECT_EQ(intoC[0].item.ownerName, QStringLiteral("Li"));
    // Computed, never copied.
    EXPECT_EQ(count(QStringLiteral("action_items")), items);
    EXPECT_EQ(repo.actionItems(c, m_manager).size(), 0U);

    // Closed on C's day: C still lists it (it was settled there), a later review does not.
    repo.setActionStatus(itemId(a, QStringLiteral("call Acme")), ActionStatus::Dropped, m_manager, day(11, 16));
    EXPECT_EQ(repo.carriedOver(c, m_manager).size(), 3U);
    const QString d = review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 23));
    EXPECT_EQ(texts(repo.carriedOver(d, m_manager)),
        (QStringList { QStringLiteral("demo Gamma"), QStringLiteral("send pricing") }));
}

TEST_F(Reviews, OtherScopesDoNotLeakIntoCarryOver)
{
    review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t2")), day(11, 2), { item(QStringLiteral("west item")) });
    review(ReviewKind::Periodic, {}, day(11, 1), { item(QStringLiteral("company item")) });
    review(ReviewKind::OneOnOne, repScope(QStringLiteral("r1")), day(11, 3), { item(QStringLiteral("li item")) });
    review(ReviewKind::OneOnOne, repScope(QStringLiteral("r2")), day(11, 3), { item(QStringLiteral("wang item")) });
    review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 2), { item(QStringLiteral("east item")) });
    // A later review of another kind but the same scope (the team's monthly review) sees it.
    review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 20), { item(QStringLiteral("future")) });

    const QString east = review(ReviewKind::Periodic, teamScope(QStringLiteral("t1")), day(11, 10));
    EXPECT_EQ(texts(reviews().carriedOver(east, m_manager)), QStringList { QStringLiteral("east item") });
    const QString li = review(ReviewKind::OneOnOne, repScope(QStringLiteral("r1")), day(11, 17));
    EXPECT_EQ(texts(reviews().carriedOver(li, m_manager)), QStringList { QStringLiteral("li item") });
    const QString company = review(ReviewKind::Periodic, {}, day(12, 1));
    EXPECT_EQ(texts(reviews().carriedOver(company, m_manager)), QStringList { QStringLiteral("company item") });
}

TEST_F(Reviews, ClosingRecordsTheDayAndReopeningClearsIt)
{
    const QString a
        = review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 2), { item(QStringLiteral("x")) });
    const QString id = itemId(a, QStringLiteral("x"));
    ReviewRepository repo = reviews();
    repo.setActionStatus(id, ActionStatus::Done, m_manager, day(11, 4));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT done_at || status FROM action_items")).toString(),
        QStringLiteral("2026-11-04done"));
    // Closing again (dropped after done) keeps the first closing day.
    repo.setActionStatus(id, ActionStatus::Dropped, m_manager, day(11, 6));
    EXPECT_EQ(repo.actionItems(a, m_manager).front().doneOn, day(11, 4));
    repo.setActionStatus(id, ActionStatus::InProgress, m_manager, day(11, 7));
    EXPECT_TRUE(scalar(db(), QStringLiteral("SELECT done_at FROM action_items")).isNull());
    EXPECT_FALSE(repo.actionItems(a, m_manager).front().doneOn);
}

TEST_F(Reviews, OverdueMeansOpenAndDueBeforeTheAsOfDay)
{
    const QString a = review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 2),
        { item(QStringLiteral("late"), {}, day(11, 20)), item(QStringLiteral("today"), {}, day(11, 21)),
            item(QStringLiteral("later"), {}, day(11, 22)), item(QStringLiteral("no date")),
            item(QStringLiteral("done late"), {}, day(11, 10)) });
    reviews().setActionStatus(itemId(a, QStringLiteral("done late")), ActionStatus::Done, m_manager, day(11, 15));
    const QString b = review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 9));
    QStringList overdue;
    for (const CarriedItem &carried : reviews().carriedOver(b, m_manager))
        if (carried.item.isOverdue(day(11, 21)))
            overdue << carried.item.text;
    EXPECT_EQ(overdue, QStringList { QStringLiteral("late") });
    EXPECT_EQ(reviews().carriedOver(b, m_manager).size(), 5U); // "done late" closed after B's day
}

TEST_F(Reviews, NextDateFollowsTheCadenceWithMonthEndsAndLeapYears)
{
    EXPECT_EQ(nextReviewDate(ReviewKind::TeamMeeting, day(12, 28)), day(1, 4, 2027));
    EXPECT_EQ(nextReviewDate(ReviewKind::OneOnOne, day(2, 20, 2028)), day(3, 5, 2028));
    EXPECT_EQ(nextReviewDate(ReviewKind::Periodic, day(1, 31)), day(2, 28));
    EXPECT_EQ(nextReviewDate(ReviewKind::Periodic, day(1, 31, 2028)), day(2, 29, 2028));
    EXPECT_EQ(nextReviewDate(ReviewKind::Periodic, day(3, 31)), day(4, 30));
    EXPECT_EQ(nextReviewDate(ReviewKind::Periodic, day(12, 31)), day(1, 31, 2027));
    EXPECT_EQ(nextReviewDate(ReviewKind::Periodic, day(11, 15)), day(12, 15));

    const QString mbr
        = review(ReviewKind::Periodic, teamScope(QStringLiteral("t1")), day(1, 31, 2028), {}, ReviewStatus::Scheduled);
    const QString next = reviews().scheduleNext(mbr, QStringLiteral("MBR Feb"), m_manager);
    const auto stored = reviews().find(next, m_manager);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->heldOn, day(2, 29, 2028));
    EXPECT_EQ(stored->kind, ReviewKind::Periodic);
    EXPECT_EQ(stored->scope, teamScope(QStringLiteral("t1")));
    EXPECT_EQ(stored->status, ReviewStatus::Scheduled);
    EXPECT_EQ(stored->title, QStringLiteral("MBR Feb"));
    EXPECT_TRUE(refusalOf([&] {
        reviews().scheduleNext(mbr, QStringLiteral("again"), m_manager);
    }).contains(QStringLiteral("2028-02-29")));
}

TEST_F(Reviews, RepsSeeTheirOwnScopeAndChangeOnlyTheirItemsStatus)
{
    const QString east = review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 2),
        { item(QStringLiteral("li's"), QStringLiteral("r1")), item(QStringLiteral("wang's"), QStringLiteral("r2")) });
    const QString west = review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t2")), day(11, 2));
    const QString company = review(ReviewKind::Periodic, {}, day(11, 3));
    const QString liOne = review(ReviewKind::OneOnOne, repScope(QStringLiteral("r1")), day(11, 4));
    const QString wangOne = review(ReviewKind::OneOnOne, repScope(QStringLiteral("r2")), day(11, 4));

    QStringList seen;
    for (const Review &r : reviews().list({}, m_li))
        seen << r.id;
    std::sort(seen.begin(), seen.end());
    QStringList expected { east, company, liOne };
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(seen, expected);
    EXPECT_EQ(reviews().list({}, m_manager).size(), 5U);
    EXPECT_FALSE(reviews().find(west, m_li));
    EXPECT_FALSE(reviews().find(wangOne, m_li));
    EXPECT_THROW((void)reviews().carriedOver(wangOne, m_li), StorageError);
    // previous() takes the caller's Review: asking with Wang's scope does not reveal his one-on-one.
    Review later = *reviews().find(liOne, m_li);
    later.scope = repScope(QStringLiteral("r2"));
    later.heldOn = day(11, 20);
    EXPECT_FALSE(reviews().previous(later, m_li));
    ASSERT_TRUE(reviews().previous(later, m_manager));
    EXPECT_EQ(reviews().previous(later, m_manager)->id, wangOne);

    const TableChecksum before = TableChecksum::of(db());
    ReviewDraft draft;
    draft.kind = ReviewKind::OneOnOne;
    draft.scope = repScope(QStringLiteral("r1"));
    draft.heldOn = day(11, 30);
    draft.title = QStringLiteral("mine");
    EXPECT_TRUE(
        refusalOf([&] { reviews().create(draft, m_li, day(11, 1)); }).contains(QStringLiteral("Only a manager")));
    Review edited = *reviews().find(liOne, m_li);
    edited.notes = QStringLiteral("rewritten");
    EXPECT_THROW(reviews().update(edited, m_li), StorageError);
    ActionItem added = item(QStringLiteral("new"));
    added.reviewId = liOne;
    EXPECT_THROW(reviews().addActionItem(added, m_li, day(11, 5)), StorageError);
    EXPECT_THROW(reviews().removeActionItem(itemId(east, QStringLiteral("li's")), m_li), StorageError);
    ActionItem mine = reviews().actionItems(east, m_li).front();
    mine.text = QStringLiteral("changed");
    EXPECT_THROW(reviews().updateActionItem(mine, m_li), StorageError);
    EXPECT_TRUE(refusalOf([&] {
        reviews().setActionStatus(itemId(east, QStringLiteral("wang's")), ActionStatus::Done, m_li, day(11, 5));
    }).contains(QStringLiteral("not yours")));
    EXPECT_THROW(reviews().remove(wangOne, m_li), StorageError);
    EXPECT_EQ(TableChecksum::of(db()), before);

    reviews().setActionStatus(itemId(east, QStringLiteral("li's")), ActionStatus::Done, m_li, day(11, 5));
    EXPECT_EQ(reviews().actionItems(east, m_li).front().status, ActionStatus::Done);
}

TEST_F(Reviews, CreateIsOneTransactionAndChecksKindAgainstScope)
{
    review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 2), { item(QStringLiteral("x")) });
    const TableChecksum before = TableChecksum::of(db());
    ReviewDraft draft;
    draft.kind = ReviewKind::TeamMeeting;
    draft.scope = teamScope(QStringLiteral("t1"));
    draft.heldOn = day(11, 9);
    draft.title = QStringLiteral("East weekly");
    draft.actionItems = { item(QStringLiteral("fine"), QStringLiteral("r1")),
        item(QStringLiteral("bad owner"), QStringLiteral("nobody")) };
    EXPECT_TRUE(refusalOf([&] { reviews().create(draft, m_manager, day(11, 9)); }).contains(QStringLiteral("nobody")));
    EXPECT_EQ(TableChecksum::of(db()), before);

    draft.actionItems = { item(QStringLiteral("fine"), QStringLiteral("r1")) };
    draft.actionItems.front().targetId = QStringLiteral("E");
    draft.scope = repScope(QStringLiteral("r1"));
    EXPECT_THROW(reviews().create(draft, m_manager, day(11, 9)), StorageError); // a team review with a rep
    draft.kind = ReviewKind::Periodic;
    EXPECT_THROW(reviews().create(draft, m_manager, day(11, 9)), StorageError);
    draft.kind = ReviewKind::OneOnOne;
    draft.scope = teamScope(QStringLiteral("t1"));
    EXPECT_THROW(reviews().create(draft, m_manager, day(11, 9)), StorageError);
    draft.scope = repScope(QStringLiteral("r9"));
    EXPECT_THROW(reviews().create(draft, m_manager, day(11, 9)), StorageError);
    EXPECT_EQ(TableChecksum::of(db()), before);

    draft.scope = repScope(QStringLiteral("r1"));
    const QString id = reviews().create(draft, m_manager, day(11, 8));
    const auto items = reviews().actionItems(id, m_manager);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items.front().targetTitle, QStringLiteral("East 2026"));
    EXPECT_EQ(items.front().createdOn, day(11, 8));
    EXPECT_EQ(reviews().find(id, m_manager)->createdBy, QStringLiteral("Ma"));
}

TEST_F(Reviews, OnlyScheduledReviewsAreDeletedWithTheirItems)
{
    const QString held = review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 2));
    const QString planned = review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 9),
        { item(QStringLiteral("prep")) }, ReviewStatus::Scheduled);
    EXPECT_TRUE(refusalOf([&] { reviews().remove(held, m_manager); }).contains(QStringLiteral("held")));
    reviews().remove(planned, m_manager);
    EXPECT_EQ(count(QStringLiteral("reviews")), 1);
    EXPECT_EQ(count(QStringLiteral("action_items")), 0);
}

TEST_F(Reviews, UpdateSavesNotesAndStatusAndListFilters)
{
    const QString a
        = review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 23), {}, ReviewStatus::Scheduled);
    review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 16));
    review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 9));
    review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t2")), day(11, 30), {}, ReviewStatus::Scheduled);
    Review stored = *reviews().find(a, m_manager);
    stored.notes = QStringLiteral("pipeline looks thin");
    stored.decisions = QStringLiteral("move Li to key accounts");
    stored.status = ReviewStatus::Held;
    reviews().update(stored, m_manager);
    const Review again = *reviews().find(a, m_manager);
    EXPECT_EQ(again.notes, stored.notes);
    EXPECT_EQ(again.decisions, stored.decisions);
    EXPECT_EQ(again.status, ReviewStatus::Held);
    EXPECT_EQ(again.scopeName, QStringLiteral("East"));

    QStringList order;
    for (const Review &r : reviews().list({}, m_manager))
        order << toSqlDate(r.heldOn);
    // The scheduled one first, then the held ones newest first.
    EXPECT_EQ(order,
        (QStringList { QStringLiteral("2026-11-30"), QStringLiteral("2026-11-23"), QStringLiteral("2026-11-16"),
            QStringLiteral("2026-11-09") }));
    ReviewFilter filter;
    filter.scope = teamScope(QStringLiteral("t1"));
    filter.from = day(11, 10);
    EXPECT_EQ(reviews().list(filter, m_manager).size(), 2U);
    const auto previous = reviews().previous(again, m_manager);
    ASSERT_TRUE(previous);
    EXPECT_EQ(previous->heldOn, day(11, 16));
}

TEST_F(Reviews, ActivitiesBetweenCountsTheScopesRepsByType)
{
    execStatement(db(),
        QStringLiteral("INSERT INTO activities (id, rep_id, type, occurred_on, minutes) VALUES "
                       "('a1', 'r1', 'call', '2026-11-16', 10), ('a2', 'r1', 'call', '2026-11-17', 20), "
                       "('a3', 'r1', 'visit', '2026-11-23', 90), ('a4', 'r2', 'call', '2026-11-20', 15), "
                       "('a5', 'r3', 'call', '2026-11-20', 5), ('a6', 'r2', 'demo', '2026-11-24', 60)"));
    const auto team = reviews().activitiesBetween(teamScope(QStringLiteral("t1")), day(11, 16), day(11, 23), m_manager);
    ASSERT_EQ(team.size(), 3U); // after the 16th, up to the 23rd
    EXPECT_EQ(team[0].repName, QStringLiteral("Li"));
    EXPECT_EQ(team[0].type, QStringLiteral("call"));
    EXPECT_EQ(team[0].count, 1);
    EXPECT_EQ(team[0].minutes, 20);
    EXPECT_EQ(team[1].type, QStringLiteral("visit"));
    EXPECT_EQ(team[2].repId, QStringLiteral("r2"));
    EXPECT_EQ(reviews().activitiesBetween({}, day(11, 1), day(11, 30), m_manager).size(), 5U);
    EXPECT_EQ(reviews().activitiesBetween(repScope(QStringLiteral("r3")), day(11, 1), day(11, 30), m_manager).size(), 1U);
    // A rep gets their own and their team's tallies, not another rep's or another team's.
    EXPECT_NO_THROW((void)reviews().activitiesBetween(repScope(QStringLiteral("r1")), day(11, 1), day(11, 30), m_li));
    EXPECT_NO_THROW((void)reviews().activitiesBetween(teamScope(QStringLiteral("t1")), day(11, 1), day(11, 30), m_li));
    EXPECT_THROW((void)reviews().activitiesBetween(repScope(QStringLiteral("r3")), day(11, 1), day(11, 30), m_li),
        StorageError);
    EXPECT_THROW((void)reviews().activitiesBetween(teamScope(QStringLiteral("t2")), day(11, 1), day(11, 30), m_li),
        StorageError);
}

TEST_F(Reviews, UndoneDeleteRestoresTheSameItem)
{
    const QString a = review(ReviewKind::TeamMeeting, teamScope(QStringLiteral("t1")), day(11, 2),
        { item(QStringLiteral("x"), QStringLiteral("r2"), day(11, 9)) });
    ActionItem original = reviews().actionItems(a, m_manager).front();
    reviews().setActionStatus(original.id, ActionStatus::Done, m_manager, day(11, 3));
    original = reviews().actionItems(a, m_manager).front();
    reviews().removeActionItem(original.id, m_manager);
    EXPECT_EQ(reviews().addActionItem(original, m_manager, day(11, 20)), original.id);
    const ActionItem back = reviews().actionItems(a, m_manager).front();
    EXPECT_EQ(back.status, ActionStatus::Done);
    EXPECT_EQ(back.doneOn, day(11, 3));
    EXPECT_EQ(back.createdOn, day(11, 2));
    EXPECT_EQ(back.dueOn, day(11, 9));
    EXPECT_THROW(reviews().addActionItem(original, m_manager, day(11, 20)), StorageError);
}
