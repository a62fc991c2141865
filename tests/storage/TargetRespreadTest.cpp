// An approved change re-spreads an additive target's children around the locked ones.

#include "storage/SqlHelpers.h"
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

ValueChange change(std::int64_t value, bool approve)
{
    return {value, RevisionReason::ResourceChange, QStringLiteral("new hires"), Actor{QStringLiteral("Ma"), {}},
            approve};
}

using Respread = TargetTree;

} // namespace

/// 1000 → 1101 with West (300) locked: East (500) and North (200) share 801 as 5 : 2, i.e.
/// 572.14… and 228.86…, so 572 and 229 (the left-over unit to the larger remainder); East's reps
/// (300 : 200) then share 572 as 343.2 and 228.8, so 343 and 229.
TEST_F(Respread, LockedChildKeepsItsValueAndTheOthersShareTheRest)
{
    TargetRepository targets = repository();
    targets.setLocked(QStringLiteral("W"), true, m_manager);
    const QString proposal = targets.updateValue(QStringLiteral("C"), change(1101, false));
    const int changed = targets.decideRevision(proposal, true, m_manager);

    EXPECT_EQ(value(QStringLiteral("C")), 1101);
    EXPECT_EQ(value(QStringLiteral("E")), 572);
    EXPECT_EQ(value(QStringLiteral("W")), 300);
    EXPECT_EQ(value(QStringLiteral("N")), 229);
    EXPECT_EQ(value(QStringLiteral("R1")), 343);
    EXPECT_EQ(value(QStringLiteral("R2")), 229);
    EXPECT_EQ(value(QStringLiteral("R3")), 300); // below the locked child nothing moves
    EXPECT_EQ(changed, 4);
    EXPECT_TRUE(targets.revisions(QStringLiteral("W")).empty());
    const auto east = targets.revisions(QStringLiteral("E"));
    ASSERT_EQ(east.size(), 1u);
    EXPECT_EQ(east[0].oldValue, 500);
    EXPECT_EQ(east[0].newValue, 572);
    EXPECT_EQ(east[0].reason, RevisionReason::ResourceChange);
    EXPECT_EQ(east[0].status, QStringLiteral("approved"));
    EXPECT_EQ(east[0].approvedBy, QStringLiteral("Ma"));
}

TEST_F(Respread, AllLockedChildrenRefuseTheApprovalAndWriteNothing)
{
    TargetRepository targets = repository();
    for (const char *id : {"E", "W", "N"})
        targets.setLocked(QLatin1String(id), true, m_manager);
    const QString proposal = targets.updateValue(QStringLiteral("C"), change(1200, false));
    const TableChecksum before = TableChecksum::of(db());
    const QString expected = QStringLiteral(
        "Cannot re-spread target \u201CCompany 2026\u201D: all its children (\u201CEast 2026\u201D, "
        "\u201CWest 2026\u201D, \u201CNorth 2026\u201D) are locked and would no longer add up to it. Unlock one of "
        "them first.");
    EXPECT_EQ(refusalOf([&] { targets.decideRevision(proposal, true, m_manager); }), expected);
    EXPECT_EQ(refusalOf([&] { targets.updateValue(QStringLiteral("C"), change(1200, true)); }), expected);
    EXPECT_EQ(TableChecksum::of(db()), before);
    EXPECT_EQ(targets.revisions(QStringLiteral("C")).back().status, QStringLiteral("proposed"));

    // A value the locked children still add up to needs no re-spread.
    targets.updateValue(QStringLiteral("C"), change(1000, true));
    EXPECT_EQ(value(QStringLiteral("C")), 1000);
}

TEST_F(Respread, LockedChildrenAboveTheNewValueRefuse)
{
    TargetRepository targets = repository();
    targets.setLocked(QStringLiteral("E"), true, m_manager);
    targets.setLocked(QStringLiteral("W"), true, m_manager);
    const TableChecksum before = TableChecksum::of(db());
    EXPECT_EQ(refusalOf([&] { targets.updateValue(QStringLiteral("C"), change(799, true)); }),
              QStringLiteral("Cannot re-spread target \u201CCompany 2026\u201D: its locked children \u201CEast "
                             "2026\u201D, \u201CWest 2026\u201D add up to more than its new value. Unlock one of them "
                             "or choose another value."));
    EXPECT_EQ(TableChecksum::of(db()), before);

    // Exactly the locked sum leaves nothing for North.
    targets.updateValue(QStringLiteral("C"), change(800, true));
    EXPECT_EQ(value(QStringLiteral("N")), 0);
}

/// A refusal deep in the tree (East's reps are all locked) undoes the levels above it too.
TEST_F(Respread, LockedGrandchildrenRefuseTheWholeApproval)
{
    TargetRepository targets = repository();
    targets.setLocked(QStringLiteral("R1"), true, m_manager);
    targets.setLocked(QStringLiteral("R2"), true, m_manager);
    const TableChecksum before = TableChecksum::of(db());
    EXPECT_THROW(targets.updateValue(QStringLiteral("C"), change(2000, true)), StorageError);
    EXPECT_EQ(TableChecksum::of(db()), before);
    EXPECT_EQ(value(QStringLiteral("C")), 1000);
    EXPECT_EQ(value(QStringLiteral("W")), 300);
}

/// The company split over teams (E 500, W 300, N 200) and also over channels (online 600,
/// direct 400): two breakdowns, each re-spread to add up to the new 1100 on its own, and
/// re-decomposing the channels leaves the teams alone.
TEST_F(Respread, EachBreakdownOfAParentAddsUpOnItsOwn)
{
    execStatement(db(), QStringLiteral("INSERT INTO channels (id, code, name) VALUES ('ch1', 'ON', 'Online'), "
                                       "('ch2', 'DI', 'Direct')"));
    const auto channel = [this](const QString &uuid) {
        engine::Scope scope;
        scope.channel = m_ids.add(IdMap::Kind::Channel, uuid);
        return scope;
    };
    TargetRepository targets = repository();
    targets.insert({make(QStringLiteral("CH1"), QStringLiteral("C"), channel(QStringLiteral("ch1")),
                         engine::Period::year(2026), 600, QStringLiteral("Online 2026")),
                    make(QStringLiteral("CH2"), QStringLiteral("C"), channel(QStringLiteral("ch2")),
                         engine::Period::year(2026), 400, QStringLiteral("Direct 2026"))},
                   m_ids);
    targets.updateValue(QStringLiteral("C"), change(1100, true));
    EXPECT_EQ(value(QStringLiteral("E")) + value(QStringLiteral("W")) + value(QStringLiteral("N")), 1100);
    EXPECT_EQ(value(QStringLiteral("E")), 550);
    EXPECT_EQ(value(QStringLiteral("CH1")), 660);
    EXPECT_EQ(value(QStringLiteral("CH2")), 440);

    // Breaking it down over channels again replaces the channel children only.
    const int changed = targets.replaceChildren(
        QStringLiteral("C"),
        {make(QStringLiteral("CH1"), QStringLiteral("C"), channel(QStringLiteral("ch1")), engine::Period::year(2026), 700,
              QStringLiteral("Online 2026")),
         make(QStringLiteral("CH2"), QStringLiteral("C"), channel(QStringLiteral("ch2")), engine::Period::year(2026), 400,
              QStringLiteral("Direct 2026"))},
        m_ids, m_manager);
    EXPECT_EQ(changed, 2);
    EXPECT_EQ(value(QStringLiteral("CH1")), 700);
    EXPECT_EQ(value(QStringLiteral("E")), 550);
    EXPECT_EQ(value(QStringLiteral("W")), 330);
    EXPECT_EQ(value(QStringLiteral("N")), 220);
}
