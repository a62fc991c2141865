#include "engine/Target.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace attain::engine;

namespace {

Scope team(Id id)
{
    Scope scope;
    scope.team = id;
    return scope;
}

Scope rep(Id id)
{
    Scope scope;
    scope.rep = id;
    return scope;
}

/// Company 2026 revenue → two teams (over scope) → each team's four quarters (over time).
std::vector<Target> companyTree()
{
    std::vector<Target> targets{{"company", "", MetricId::Revenue, Scope{}, Period::year(2026), 1'000'000},
                                {"east", "company", MetricId::Revenue, team(0), Period::year(2026), 600'000},
                                {"west", "company", MetricId::Revenue, team(1), Period::year(2026), 400'000}};
    for (int q = 1; q <= 4; ++q) {
        targets.push_back({"east-q" + std::to_string(q), "east", MetricId::Revenue, team(0), Period::quarter(2026, q), 150'000});
        targets.push_back({"west-q" + std::to_string(q), "west", MetricId::Revenue, team(1), Period::quarter(2026, q), 100'000});
    }
    return targets;
}

const std::vector<Id> kTeamOfRep{0, 0, 1};

std::vector<TargetIssue::Kind> kinds(const TargetTree &tree)
{
    std::vector<TargetIssue::Kind> result;
    for (const TargetIssue &issue : tree.issues())
        result.push_back(issue.kind);
    return result;
}

} // namespace

TEST(TargetTree, ReconciledTreeHasNoIssuesOrMismatches)
{
    const TargetTree tree(companyTree(), kTeamOfRep);
    EXPECT_TRUE(tree.ok());
    EXPECT_TRUE(tree.mismatches().empty());
    EXPECT_EQ(tree.children("company").size(), 2u);
    EXPECT_EQ(tree.axisOf(*tree.find("east")), SplitAxis::Scope);
    EXPECT_EQ(tree.axisOf(*tree.find("east-q2")), SplitAxis::Time);
}

TEST(TargetTree, EditedQuarterShowsWhereAndByHowMuch)
{
    std::vector<Target> targets = companyTree();
    std::find_if(targets.begin(), targets.end(), [](const Target &t) { return t.id == "east-q3"; })->value = 180'000;
    const TargetTree tree(targets, kTeamOfRep);
    const std::vector<TargetMismatch> mismatches = tree.mismatches();
    ASSERT_EQ(mismatches.size(), 1u);
    EXPECT_EQ(mismatches[0].parentId, "east");
    EXPECT_EQ(mismatches[0].axis, SplitAxis::Time);
    EXPECT_EQ(mismatches[0].childrenSum, 630'000);
    EXPECT_EQ(mismatches[0].difference(), 30'000);
}

TEST(TargetTree, RollUpReachesTheGrandparent)
{
    std::vector<Target> targets = companyTree();
    std::find_if(targets.begin(), targets.end(), [](const Target &t) { return t.id == "west-q1"; })->value = 130'000;
    const TargetTree tree(targets, kTeamOfRep);
    const TargetTree rolled(tree.rolledUp(), kTeamOfRep);
    EXPECT_EQ(rolled.find("west")->value, 430'000);
    EXPECT_EQ(rolled.find("company")->value, 1'030'000);
    EXPECT_TRUE(rolled.mismatches().empty());
}

TEST(TargetTree, RatioTargetsDoNotReconcileBySum)
{
    const std::vector<Target> targets{
        {"team", "", MetricId::ConversionRate, team(0), Period::year(2026), 3000},
        {"rep0", "team", MetricId::ConversionRate, rep(0), Period::year(2026), 3000},
        {"rep1", "team", MetricId::ConversionRate, rep(1), Period::year(2026), 2500}};
    const TargetTree tree(targets, kTeamOfRep);
    EXPECT_TRUE(tree.ok());
    EXPECT_TRUE(tree.mismatches().empty());
    EXPECT_EQ(tree.rolledUp()[0].value, 3000);
}

TEST(TargetTree, StructuralIssuesAreNamed)
{
    std::vector<Target> targets{
        {"a", "", MetricId::Revenue, team(0), Period::year(2026), 100},
        {"a", "", MetricId::Revenue, team(0), Period::year(2027), 100},                 // duplicate id
        {"orphan", "nobody", MetricId::Revenue, team(0), Period::year(2026), 1},        // unknown parent
        {"units", "a", MetricId::Units, team(0), Period::month(2026, 1), 1},            // metric differs
        {"late", "a", MetricId::Revenue, team(0), Period::month(2027, 1), 1},           // period outside
        {"stranger", "a", MetricId::Revenue, rep(2), Period::month(2026, 1), 1},        // rep of team 1
        {"copy", "a", MetricId::Revenue, team(0), Period::year(2026), 1},               // narrows nothing
        {"x", "y", MetricId::Revenue, Scope{}, Period::year(2026), 1},
        {"y", "x", MetricId::Revenue, Scope{}, Period::year(2026), 1}};
    const TargetTree tree(targets, kTeamOfRep);
    EXPECT_FALSE(tree.ok());
    const std::vector<TargetIssue::Kind> found = kinds(tree);
    for (const TargetIssue::Kind kind :
         {TargetIssue::Kind::DuplicateId, TargetIssue::Kind::UnknownParent, TargetIssue::Kind::MetricDiffers,
          TargetIssue::Kind::PeriodOutside, TargetIssue::Kind::ScopeOutside, TargetIssue::Kind::SameAsParent,
          TargetIssue::Kind::Cycle})
        EXPECT_NE(std::find(found.begin(), found.end(), kind), found.end()) << static_cast<int>(kind);
    // A rolled-up tree with issues is returned unchanged.
    EXPECT_EQ(tree.rolledUp()[0].value, 100);
}

TEST(TargetTree, RepsOfATeamAreInsideItAndCombinationsNarrow)
{
    EXPECT_TRUE(scopeWithin(rep(1), team(0), kTeamOfRep));
    EXPECT_FALSE(scopeWithin(rep(2), team(0), kTeamOfRep));
    EXPECT_FALSE(scopeWithin(rep(7), team(0), kTeamOfRep)); // unknown rep: cannot be proven inside
    Scope eastOnline = team(0);
    eastOnline.channel = 1;
    EXPECT_TRUE(scopeWithin(eastOnline, team(0), kTeamOfRep));
    EXPECT_FALSE(scopeWithin(team(0), eastOnline, kTeamOfRep));
    EXPECT_TRUE(scopeWithin(eastOnline, Scope{}, kTeamOfRep));
}
