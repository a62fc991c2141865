// Who may change which target value, and locks: TargetRepository's rules (issue 6).

#include "storage/StorageError.h"
#include "storage/TargetRepository.h"

#include "TableChecksum.h"
#include "TargetFixture.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

#include <map>

using namespace attain;
using namespace attain::storage;
using attain::storage::test::refusalOf;
using attain::storage::test::TableChecksum;
using attain::storage::test::TargetTree;

namespace {

ValueChange change(std::int64_t value, const Actor &by, bool approve)
{
    return {value, RevisionReason::MarketChange, QStringLiteral("why"), by, approve};
}

using TargetRules = TargetTree;

} // namespace

TEST_F(TargetRules, InsertStoresCadenceAndVerdictAndStartsUnlocked)
{
    StoredTarget stored = make(QStringLiteral("Q"), {}, {}, engine::Period::quarter(2026, 3), 1234,
                               QStringLiteral("Company Q3"));
    stored.originalValue = 5; // insert() sets the original itself
    stored.locked = true;     // … and stores every target unlocked
    stored.lockedBy = QStringLiteral("someone");
    stored.reviewCadence = QStringLiteral("biweekly");
    stored.achievabilityVerdict = QStringLiteral("unrealistic");
    stored.achievabilityNote = QStringLiteral("a new market opens in July");
    repository().insert({stored}, m_ids);

    IdMap ids;
    const auto found = repository().find(QStringLiteral("Q"), ids);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->originalValue, 1234);
    EXPECT_FALSE(found->locked);
    EXPECT_TRUE(found->lockedBy.isEmpty());
    EXPECT_TRUE(found->lockedAt.isEmpty());
    EXPECT_EQ(found->reviewCadence, QStringLiteral("biweekly"));
    EXPECT_EQ(found->achievabilityVerdict, QStringLiteral("unrealistic"));
    EXPECT_EQ(found->achievabilityNote, QStringLiteral("a new market opens in July"));
    const auto east = repository().find(QStringLiteral("E"), ids);
    ASSERT_TRUE(east);
    EXPECT_TRUE(east->reviewCadence.isEmpty());
    EXPECT_TRUE(east->achievabilityVerdict.isEmpty());
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM targets WHERE review_cadence IS NULL AND "
                                    "achievability_verdict IS NULL AND achievability_note = '' AND id <> ?"),
                     QStringLiteral("Q")),
              8);

    StoredTarget badCadence = make(QStringLiteral("Q2"), {}, {}, engine::Period::quarter(2026, 4), 1, QStringLiteral("x"));
    badCadence.reviewCadence = QStringLiteral("daily");
    EXPECT_THROW(repository().insert({badCadence}, m_ids), StorageError);
}

TEST_F(TargetRules, OriginalValueSurvivesApprovedRevisions)
{
    TargetRepository targets = repository();
    targets.updateValue(QStringLiteral("C"), change(1100, m_manager, true));
    const QString proposal = targets.updateValue(QStringLiteral("C"), change(1300, m_manager, false));
    targets.decideRevision(proposal, true, m_manager);

    IdMap ids;
    const auto company = targets.find(QStringLiteral("C"), ids);
    ASSERT_TRUE(company);
    EXPECT_EQ(company->target.value, 1300);
    EXPECT_EQ(company->originalValue, 1000);
    for (const StoredTarget &stored : targets.loadStored(ids)) {
        SCOPED_TRACE(stored.target.id);
        // Re-spread children changed too; every original stays what insert() stored.
        const std::map<std::string, std::int64_t> inserted{{"C", 1000}, {"E", 500}, {"W", 300}, {"N", 200},
                                                           {"R1", 300}, {"R2", 200}, {"R3", 300}, {"K", 80}};
        EXPECT_EQ(stored.originalValue, inserted.at(stored.target.id));
    }
    EXPECT_EQ(value(QStringLiteral("E")), 650);
}

TEST_F(TargetRules, LockRefusesProposalsAndApprovals)
{
    TargetRepository targets = repository();
    const QString waiting = targets.updateValue(QStringLiteral("E"), change(550, m_manager, false));
    targets.setLocked(QStringLiteral("E"), true, m_manager);
    IdMap ids;
    const auto east = targets.find(QStringLiteral("E"), ids);
    ASSERT_TRUE(east);
    EXPECT_TRUE(east->locked);
    EXPECT_EQ(east->lockedBy, QStringLiteral("Ma"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                    .match(east->lockedAt)
                    .hasMatch())
        << east->lockedAt.toStdString();
    const QString expected = QStringLiteral("Target \u201CEast 2026\u201D is locked by Ma since %1; unlock it first.")
                                 .arg(east->lockedAt.left(10));

    const TableChecksum before = TableChecksum::of(db());
    EXPECT_EQ(refusalOf([&] { targets.updateValue(QStringLiteral("E"), change(600, m_manager, false)); }), expected);
    EXPECT_EQ(refusalOf([&] { targets.updateValue(QStringLiteral("E"), change(600, m_manager, true)); }), expected);
    EXPECT_EQ(refusalOf([&] { targets.decideRevision(waiting, true, m_manager); }), expected);
    EXPECT_EQ(TableChecksum::of(db()), before);
    EXPECT_EQ(value(QStringLiteral("E")), 500);
}

TEST_F(TargetRules, RejectingIsAllowedWhileLocked)
{
    TargetRepository targets = repository();
    const QString waiting = targets.updateValue(QStringLiteral("E"), change(550, m_manager, false));
    targets.setLocked(QStringLiteral("E"), true, m_manager);
    EXPECT_EQ(targets.decideRevision(waiting, false, Actor{QStringLiteral("Zhou"), {}}), 0);
    const auto trail = targets.revisions(QStringLiteral("E"));
    ASSERT_EQ(trail.size(), 1u);
    EXPECT_EQ(trail[0].status, QStringLiteral("rejected"));
    EXPECT_EQ(trail[0].approvedBy, QStringLiteral("Zhou"));
    EXPECT_EQ(value(QStringLiteral("E")), 500);
    EXPECT_EQ(number(QStringLiteral("SELECT locked FROM targets WHERE id = ?"), QStringLiteral("E")), 1);
}

TEST_F(TargetRules, ManagerUnlocksAndTheValueMayChangeAgain)
{
    TargetRepository targets = repository();
    targets.setLocked(QStringLiteral("E"), true, m_manager);
    IdMap ids;
    const QString lockedAt = targets.find(QStringLiteral("E"), ids)->lockedAt;
    // Locking again keeps who locked it first, and when.
    targets.setLocked(QStringLiteral("E"), true, Actor{QStringLiteral("Zhou"), {}});
    EXPECT_EQ(targets.find(QStringLiteral("E"), ids)->lockedBy, QStringLiteral("Ma"));
    EXPECT_EQ(targets.find(QStringLiteral("E"), ids)->lockedAt, lockedAt);

    targets.setLocked(QStringLiteral("E"), false, Actor{QStringLiteral("Zhou"), {}});
    const auto east = targets.find(QStringLiteral("E"), ids);
    ASSERT_TRUE(east);
    EXPECT_FALSE(east->locked);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM targets WHERE id = ? AND locked = 0 AND locked_by IS NULL "
                                    "AND locked_at IS NULL"),
                     QStringLiteral("E")),
              1);
    targets.updateValue(QStringLiteral("E"), change(600, m_manager, true));
    EXPECT_EQ(value(QStringLiteral("E")), 600);
    EXPECT_THROW(targets.setLocked(QStringLiteral("no-such-target"), true, m_manager), StorageError);
}

TEST_F(TargetRules, RepCannotApproveOrReject)
{
    TargetRepository targets = repository();
    const QString proposal = targets.updateValue(QStringLiteral("R1"), change(400, m_li, false));
    const TableChecksum before = TableChecksum::of(db());
    EXPECT_EQ(refusalOf([&] { targets.decideRevision(proposal, true, m_li); }),
              QStringLiteral("A rep cannot change their own target \u201CLi 2026\u201D: a manager decides on its "
                             "revisions."));
    EXPECT_EQ(refusalOf([&] { targets.decideRevision(proposal, false, m_li); }),
              QStringLiteral("Only a manager can approve or reject a revision of target \u201CLi 2026\u201D."));
    EXPECT_EQ(refusalOf([&] { targets.decideRevision(proposal, true, m_wang); }),
              QStringLiteral("Only a manager can approve or reject a revision of target \u201CLi 2026\u201D."));
    EXPECT_EQ(refusalOf([&] { targets.updateValue(QStringLiteral("R1"), change(400, m_li, true)); }),
              QStringLiteral("A rep cannot change their own target \u201CLi 2026\u201D: propose the change for a "
                             "manager to approve."));
    EXPECT_EQ(TableChecksum::of(db()), before);

    EXPECT_EQ(targets.decideRevision(proposal, true, m_manager), 0);
    EXPECT_EQ(value(QStringLiteral("R1")), 400);
}

TEST_F(TargetRules, RepProposesOnlyForTheirOwnTargets)
{
    TargetRepository targets = repository();
    targets.updateValue(QStringLiteral("R1"), change(350, m_li, false)); // scoped to Li
    targets.updateValue(QStringLiteral("K"), change(90, m_li, false));   // a team target Li owns
    const auto trail = targets.revisions(QStringLiteral("R1"));
    ASSERT_EQ(trail.size(), 1u);
    EXPECT_EQ(trail[0].proposedBy, QStringLiteral("Li"));
    EXPECT_EQ(trail[0].status, QStringLiteral("proposed"));
    EXPECT_EQ(value(QStringLiteral("R1")), 300);
    EXPECT_EQ(targets.revisions(QStringLiteral("K")).size(), 1u);

    const TableChecksum before = TableChecksum::of(db());
    EXPECT_EQ(refusalOf([&] { targets.updateValue(QStringLiteral("R2"), change(1, m_li, false)); }),
              QStringLiteral("Target \u201CWang 2026\u201D is not Li's: a rep can only propose changes to their own "
                             "targets."));
    EXPECT_EQ(refusalOf([&] { targets.updateValue(QStringLiteral("E"), change(1, m_li, false)); }),
              QStringLiteral("Target \u201CEast 2026\u201D is not Li's: a rep can only propose changes to their own "
                             "targets."));
    EXPECT_EQ(TableChecksum::of(db()), before);
}

TEST_F(TargetRules, RepCannotLock)
{
    TargetRepository targets = repository();
    EXPECT_EQ(refusalOf([&] { targets.setLocked(QStringLiteral("R1"), true, m_li); }),
              QStringLiteral("Only a manager can lock or unlock target \u201CLi 2026\u201D."));
    EXPECT_EQ(number(QStringLiteral("SELECT locked FROM targets WHERE id = ?"), QStringLiteral("R1")), 0);
    targets.setLocked(QStringLiteral("R1"), true, m_manager);
    EXPECT_THROW(targets.setLocked(QStringLiteral("R1"), false, m_li), StorageError);
    EXPECT_EQ(number(QStringLiteral("SELECT locked FROM targets WHERE id = ?"), QStringLiteral("R1")), 1);
}
