// Breaking a target down again: TargetRepository::replaceChildren.

#include "storage/StorageError.h"
#include "storage/TargetRepository.h"

#include "TableChecksum.h"
#include "TargetFixture.h"

#include <gtest/gtest.h>

using namespace attain;
using namespace attain::storage;
using attain::storage::test::refusalOf;
using attain::storage::test::TableChecksum;
using attain::storage::test::TargetTree;

namespace {

/// The fixture's tree, with West (300, team t2) also split by quarter: WQ1 … WQ4, 75 each,
/// next to its scope split into Zhao's R3.
class ReDecomposition : public TargetTree
{
protected:
    void SetUp() override
    {
        TargetTree::SetUp();
        std::vector<StoredTarget> quarters;
        for (int q = 1; q <= 4; ++q)
            quarters.push_back(quarter(QStringLiteral("WQ%1").arg(q), q, 75));
        repository().insert(quarters, m_ids);
    }

    /// A quarter of West, as the decomposition editor makes it (method "manual").
    StoredTarget quarter(const QString &id, int q, std::int64_t value)
    {
        StoredTarget child = make(id, QStringLiteral("W"), team(QStringLiteral("t2")), engine::Period::quarter(2026, q),
                                  value, QStringLiteral("West Q%1").arg(q));
        child.decompositionMethod = QStringLiteral("manual");
        return child;
    }
};

} // namespace

/// Q1 stays (same value: no revision), Q2 changes (an approved "Re-decomposed" revision on its
/// old id), Q3 and Q4 give way to a second half-year (deleted, Q4 with its audit trail; H2
/// inserted), and Zhao's R3 on the other axis is untouched.
TEST_F(ReDecomposition, ReplaceChildrenKeepsIdsAuditsAndDeletes)
{
    TargetRepository targets = repository();
    targets.updateValue(QStringLiteral("WQ4"), {80, RevisionReason::Other, QStringLiteral("x"), m_manager, true});
    ASSERT_EQ(number(QStringLiteral("SELECT count(*) FROM target_revisions WHERE target_id = ?"), QStringLiteral("WQ4")),
              1);

    StoredTarget half = make(QStringLiteral("H2"), QStringLiteral("W"), team(QStringLiteral("t2")),
                             *engine::Period::custom(engine::makeDate(2026, 7, 1), engine::makeDate(2026, 12, 31)),
                             135, QStringLiteral("West H2"));
    half.decompositionMethod = QStringLiteral("manual");
    const int changed = targets.replaceChildren(
        QStringLiteral("W"),
        {quarter(QStringLiteral("new-q1"), 1, 75), quarter(QStringLiteral("new-q2"), 2, 90), half}, m_ids, m_manager);

    EXPECT_EQ(changed, 4); // Q2 updated, Q3 and Q4 deleted, H2 inserted
    EXPECT_EQ(value(QStringLiteral("WQ1")), 75);
    EXPECT_EQ(value(QStringLiteral("WQ2")), 90);
    EXPECT_EQ(value(QStringLiteral("new-q1")), -1); // matched children keep their ids
    EXPECT_EQ(value(QStringLiteral("new-q2")), -1);
    EXPECT_EQ(value(QStringLiteral("WQ3")), -1);
    EXPECT_EQ(value(QStringLiteral("WQ4")), -1);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM target_revisions WHERE target_id = ?"), QStringLiteral("WQ4")),
              0);
    EXPECT_EQ(value(QStringLiteral("H2")), 135);
    EXPECT_EQ(value(QStringLiteral("R3")), 300);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM targets WHERE parent_id = ?"), QStringLiteral("W")), 4);

    EXPECT_TRUE(targets.revisions(QStringLiteral("WQ1")).empty());
    const auto trail = targets.revisions(QStringLiteral("WQ2"));
    ASSERT_EQ(trail.size(), 1u);
    EXPECT_EQ(trail[0].oldValue, 75);
    EXPECT_EQ(trail[0].newValue, 90);
    EXPECT_EQ(trail[0].reason, RevisionReason::Other);
    EXPECT_EQ(trail[0].reasonText, QStringLiteral("Re-decomposed"));
    EXPECT_EQ(trail[0].proposedBy, QStringLiteral("Ma"));
    EXPECT_EQ(trail[0].approvedBy, QStringLiteral("Ma"));
    EXPECT_EQ(trail[0].status, QStringLiteral("approved"));

    IdMap ids;
    const auto q2 = targets.find(QStringLiteral("WQ2"), ids);
    ASSERT_TRUE(q2);
    EXPECT_EQ(q2->originalValue, 75);
    EXPECT_EQ(q2->title, QStringLiteral("West Q2"));
    const auto h2 = targets.find(QStringLiteral("H2"), ids);
    ASSERT_TRUE(h2);
    EXPECT_EQ(h2->originalValue, 135);

    // The same children again change nothing.
    EXPECT_EQ(targets.replaceChildren(QStringLiteral("W"),
                                      {quarter(QStringLiteral("WQ1"), 1, 75), quarter(QStringLiteral("WQ2"), 2, 90), half},
                                      m_ids, m_manager),
              0);
}

TEST_F(ReDecomposition, RefusesChildrenItWouldChangeUnderALockOrAPendingRevision)
{
    TargetRepository targets = repository();
    targets.setLocked(QStringLiteral("WQ2"), true, m_manager);
    targets.updateValue(QStringLiteral("WQ3"), {70, RevisionReason::Other, QStringLiteral("x"), m_manager, false});
    const TableChecksum before = TableChecksum::of(db());
    EXPECT_EQ(refusalOf([&] {
                  targets.replaceChildren(QStringLiteral("W"),
                                          {quarter(QStringLiteral("WQ1"), 1, 75), quarter(QStringLiteral("WQ2"), 2, 90),
                                           quarter(QStringLiteral("WQ3"), 3, 60), quarter(QStringLiteral("WQ4"), 4, 75)},
                                          m_ids, m_manager);
              }),
              QStringLiteral("Cannot break target \u201CWest 2026\u201D down again: \u201CWest Q2\u201D is locked; "
                             "\u201CWest Q3\u201D has revisions waiting for a decision. Nothing was changed."));
    // Deleting them is refused as well.
    EXPECT_THROW(targets.replaceChildren(QStringLiteral("W"), {quarter(QStringLiteral("WQ1"), 1, 300)}, m_ids, m_manager),
                 StorageError);
    EXPECT_EQ(TableChecksum::of(db()), before);

    // Children that keep their values may be locked or wait for a decision.
    EXPECT_EQ(targets.replaceChildren(QStringLiteral("W"),
                                      {quarter(QStringLiteral("WQ1"), 1, 70), quarter(QStringLiteral("WQ2"), 2, 75),
                                       quarter(QStringLiteral("WQ3"), 3, 75), quarter(QStringLiteral("WQ4"), 4, 80)},
                                      m_ids, m_manager),
              2);
    EXPECT_EQ(value(QStringLiteral("WQ1")), 70);
    EXPECT_EQ(value(QStringLiteral("WQ4")), 80);
}

TEST_F(ReDecomposition, RefusesChildrenWithTargetsOfTheirOwn)
{
    const TableChecksum before = TableChecksum::of(db());
    // East (500) has Li's and Wang's targets below it; West keeps its value, North has none below.
    EXPECT_EQ(refusalOf([&] {
                  repository().replaceChildren(
                      QStringLiteral("C"),
                      {make(QStringLiteral("e"), QStringLiteral("C"), team(QStringLiteral("t1")),
                            engine::Period::year(2026), 600, QStringLiteral("East")),
                       make(QStringLiteral("w"), QStringLiteral("C"), team(QStringLiteral("t2")),
                            engine::Period::year(2026), 300, QStringLiteral("West")),
                       make(QStringLiteral("n"), QStringLiteral("C"), team(QStringLiteral("t3")),
                            engine::Period::year(2026), 100, QStringLiteral("North"))},
                      m_ids, m_manager);
              }),
              QStringLiteral("Cannot break target \u201CCompany 2026\u201D down again: \u201CEast 2026\u201D has "
                             "targets of its own. Nothing was changed."));
    EXPECT_EQ(TableChecksum::of(db()), before);
}

TEST_F(ReDecomposition, ChecksWhoAndWhat)
{
    TargetRepository targets = repository();
    const TableChecksum before = TableChecksum::of(db());
    const std::vector<StoredTarget> quarters{quarter(QStringLiteral("WQ1"), 1, 150), quarter(QStringLiteral("WQ2"), 2, 150)};
    EXPECT_EQ(refusalOf([&] { targets.replaceChildren(QStringLiteral("W"), quarters, m_ids, m_li); }),
              QStringLiteral("Only a manager can break down target \u201CWest 2026\u201D."));
    EXPECT_EQ(refusalOf([&] { targets.replaceChildren(QStringLiteral("W"), {}, m_ids, m_manager); }),
              QStringLiteral("No children to break target \u201CWest 2026\u201D down into."));
    EXPECT_EQ(refusalOf([&] { targets.replaceChildren(QStringLiteral("E"), quarters, m_ids, m_manager); }),
              QStringLiteral("Target \u201CWest Q1\u201D is not a child of target \u201CEast 2026\u201D."));
    std::vector<StoredTarget> mixed = quarters;
    mixed.push_back(make(QStringLiteral("z"), QStringLiteral("W"), rep(QStringLiteral("r3")), engine::Period::year(2026),
                         1, QStringLiteral("Zhao")));
    EXPECT_EQ(refusalOf([&] { targets.replaceChildren(QStringLiteral("W"), mixed, m_ids, m_manager); }),
              QStringLiteral("The new children of target \u201CWest 2026\u201D split it along different axes (scope, "
                             "period or both); break it down along one at a time."));
    const std::vector<StoredTarget> twice{quarter(QStringLiteral("a"), 1, 150), quarter(QStringLiteral("b"), 1, 150)};
    EXPECT_EQ(refusalOf([&] { targets.replaceChildren(QStringLiteral("W"), twice, m_ids, m_manager); }),
              QStringLiteral("Two new children of target \u201CWest 2026\u201D have the same scope and period."));
    EXPECT_THROW(targets.replaceChildren(QStringLiteral("no-such-target"), quarters, m_ids, m_manager), StorageError);
    EXPECT_EQ(TableChecksum::of(db()), before);
}
