#include "engine/PaceStatus.h"

#include <gtest/gtest.h>

using namespace attain::engine;

TEST(StatusThresholds, DefaultsAndValidity)
{
    const StatusThresholds defaults;
    EXPECT_EQ(defaults.aheadBp, 11000);
    EXPECT_EQ(defaults.onTrackBp, 9500);
    EXPECT_EQ(defaults.atRiskBp, 8000);
    EXPECT_TRUE(defaults.valid());
    EXPECT_TRUE((StatusThresholds{10000, 10000, 10000}.valid()));
    EXPECT_FALSE((StatusThresholds{9000, 9500, 8000}.valid()));
    EXPECT_FALSE((StatusThresholds{11000, 7000, 8000}.valid()));
}

TEST(StatusThresholds, GradedReasonNamesTheNextBound)
{
    const StatusThresholds defaults;
    EXPECT_EQ(gradedReason(StatusBasis::Pace, 11500, defaults), (StatusReason{StatusBasis::Pace, 11500, std::nullopt}));
    EXPECT_EQ(gradedReason(StatusBasis::Pace, 10000, defaults), (StatusReason{StatusBasis::Pace, 10000, 11000}));
    EXPECT_EQ(gradedReason(StatusBasis::Pace, 9000, defaults), (StatusReason{StatusBasis::Pace, 9000, 9500}));
    EXPECT_EQ(gradedReason(StatusBasis::Pace, -50, defaults), (StatusReason{StatusBasis::Pace, -50, 8000}));
}

TEST(LevelStatus, HigherIsBetterComparesActualWithTarget)
{
    // Conversion rate in basis points: 25 % target.
    const LevelStatus low = levelStatus(2500, 2000, true);
    EXPECT_EQ(low.attainmentBp, 8000);
    EXPECT_EQ(low.status, Status::AtRisk); // exactly on the at-risk bound
    EXPECT_EQ(low.reason, (StatusReason{StatusBasis::LevelAttainment, 8000, 9500}));
    EXPECT_EQ(levelStatus(2500, 2375, true).status, Status::OnTrack); // 9500
    EXPECT_EQ(levelStatus(2500, 2750, true).status, Status::Ahead);   // 11000
    EXPECT_EQ(levelStatus(2500, 1999, true).status, Status::OffTrack); // 7996
    EXPECT_EQ(levelStatus(100, -10, true).attainmentBp, -1000);
}

TEST(LevelStatus, LowerIsBetterInvertsTheRatio)
{
    // Sales-cycle days against a 36-day target.
    EXPECT_EQ(levelStatus(36, 30, false).attainmentBp, 12000);
    EXPECT_EQ(levelStatus(36, 30, false).status, Status::Ahead);
    EXPECT_EQ(levelStatus(36, 36, false).status, Status::OnTrack);
    const LevelStatus slow = levelStatus(36, 40, false);
    EXPECT_EQ(slow.attainmentBp, 9000);
    EXPECT_EQ(slow.status, Status::AtRisk);
    EXPECT_EQ(slow.reason, (StatusReason{StatusBasis::LevelAttainment, 9000, 9500}));
    EXPECT_EQ(levelStatus(36, 45, false).status, Status::AtRisk);   // 8000
    EXPECT_EQ(levelStatus(36, 46, false).status, Status::OffTrack); // 7826
    EXPECT_EQ(levelStatus(36, 36, false, {12000, 10000, 9000}).reason,
              (StatusReason{StatusBasis::LevelAttainment, 10000, 12000}));
}

TEST(LevelStatus, WithoutARatioOnlyMetOrNotCounts)
{
    const LevelStatus instant = levelStatus(36, 0, false);
    EXPECT_FALSE(instant.attainmentBp.has_value());
    EXPECT_EQ(instant.status, Status::Ahead);
    EXPECT_EQ(instant.reason.basis, StatusBasis::NoRatio);
    EXPECT_EQ(levelStatus(0, 5, false).status, Status::OffTrack);
    EXPECT_EQ(levelStatus(0, 5, true).status, Status::Ahead);
    EXPECT_EQ(levelStatus(-5, -10, true).status, Status::OffTrack);
}
