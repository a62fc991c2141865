#include "engine/Decomposition.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <numeric>
#include <random>

using namespace attain::engine;

namespace {

std::int64_t sum(const std::vector<std::int64_t> &values)
{
    return std::accumulate(values.begin(), values.end(), std::int64_t{0});
}

} // namespace

TEST(Decomposition, EqualSplitIntoOneThreeSevenAndThousandChildrenSumsExactly)
{
    const std::int64_t total = 1'000'000'01; // ¥1,000,000.01 in fen: never divisible evenly
    for (std::size_t count : {1u, 3u, 7u, 1000u}) {
        const SplitResult result = splitEqually(total, count);
        ASSERT_TRUE(result.ok()) << count;
        ASSERT_EQ(result.values.size(), count);
        EXPECT_EQ(sum(result.values), total) << count;
        const auto [low, high] = std::minmax_element(result.values.begin(), result.values.end());
        EXPECT_LE(*high - *low, 1) << "equal shares differ by at most one unit";
    }
}

TEST(Decomposition, LargestRemainderGivesLeftoverUnitsToLargestFractions)
{
    // Exact shares 3.3, 3.3, 3.4 of 10 -> floors 3, 3, 3; the one left unit goes to the 0.4.
    const std::vector<std::int64_t> weights{33, 33, 34};
    const SplitResult result = splitByWeights(10, weights);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.values, (std::vector<std::int64_t>{3, 3, 4}));
}

TEST(Decomposition, TiesGoToTheEarlierChild)
{
    EXPECT_EQ(splitEqually(5, 3).values, (std::vector<std::int64_t>{2, 2, 1}));
}

TEST(Decomposition, HistoryShareFollowsLastYearsActuals)
{
    // Last year: East 600, West 300, North 100 -> this year's 2000 splits 1200/600/200.
    const std::vector<std::int64_t> history{600, 300, 100};
    EXPECT_EQ(splitByWeights(2000, history).values, (std::vector<std::int64_t>{1200, 600, 200}));
}

TEST(Decomposition, ZeroTotalGivesZeros)
{
    EXPECT_EQ(splitEqually(0, 4).values, (std::vector<std::int64_t>{0, 0, 0, 0}));
}

TEST(Decomposition, NegativeTotalMirrorsThePositiveSplit)
{
    const SplitResult result = splitEqually(-5, 3);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.values, (std::vector<std::int64_t>{-2, -2, -1}));
}

TEST(Decomposition, HugeAmountsAndWeightsDoNotOverflow)
{
    const std::int64_t total = std::numeric_limits<std::int64_t>::max();
    const std::vector<std::int64_t> weights{std::numeric_limits<std::int64_t>::max(), 1, 1};
    const SplitResult result = splitByWeights(total, weights);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(sum(result.values), total);
    const SplitResult minimum = splitEqually(std::numeric_limits<std::int64_t>::min(), 2);
    ASSERT_TRUE(minimum.ok());
    EXPECT_EQ(minimum.values[0] + minimum.values[1], std::numeric_limits<std::int64_t>::min());
}

TEST(Decomposition, BadWeightsAreRefusedWithAReason)
{
    EXPECT_EQ(splitEqually(100, 0).error, SplitError::NoChildren);
    const std::vector<std::int64_t> negative{5, -1};
    EXPECT_EQ(splitByWeights(100, negative).error, SplitError::NegativeWeight);
    const std::vector<std::int64_t> zeros{0, 0};
    EXPECT_EQ(splitByWeights(100, zeros).error, SplitError::AllWeightsZero);
}

TEST(Decomposition, ManualPercentagesMustSumToExactlyOneHundred)
{
    const std::vector<std::int64_t> good{5000, 2500, 2500};
    EXPECT_EQ(splitByPercentages(1001, good).values, (std::vector<std::int64_t>{501, 250, 250}));
    const std::vector<std::int64_t> short_{5000, 2500, 2250};
    const SplitResult result = splitByPercentages(1000, short_);
    EXPECT_EQ(result.error, SplitError::PercentagesNot100);
    EXPECT_EQ(result.detail, 9750) << "the UI can say: your percentages add up to 97.5 %";
    const std::vector<std::int64_t> over{6000, 6000};
    EXPECT_EQ(splitByPercentages(1000, over).error, SplitError::PercentagesNot100);
}

TEST(Decomposition, LockedChildrenKeepTheirValuesAndTheRestIsRespread)
{
    const std::vector<SplitChild> children{{300, 1}, {std::nullopt, 1}, {std::nullopt, 3}};
    const SplitResult result = splitWithLocks(1100, children);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.values, (std::vector<std::int64_t>{300, 200, 600}));
}

TEST(Decomposition, LockedChildrenThatExceedTheParentAreAnError)
{
    const std::vector<SplitChild> children{{900, 1}, {300, 1}, {std::nullopt, 1}};
    const SplitResult result = splitWithLocks(1000, children);
    EXPECT_EQ(result.error, SplitError::LockedExceedParent);
    EXPECT_EQ(result.detail, 1200);
}

TEST(Decomposition, AllLockedMustAddUp)
{
    const std::vector<SplitChild> fine{{400, 1}, {600, 1}};
    EXPECT_TRUE(splitWithLocks(1000, fine).ok());
    const std::vector<SplitChild> off{{400, 1}, {500, 1}};
    EXPECT_EQ(splitWithLocks(1000, off).error, SplitError::NothingLeftToSpread);
}

TEST(Decomposition, UnlockedChildrenWithoutHistorySplitTheRestEqually)
{
    const std::vector<SplitChild> children{{100, 0}, {std::nullopt, 0}, {std::nullopt, 0}};
    EXPECT_EQ(splitWithLocks(301, children).values, (std::vector<std::int64_t>{100, 101, 100}));
}

TEST(Decomposition, MismatchReportNamesParentAndDifference)
{
    const std::vector<TreeNode> tree{{"company", "", 1000}, {"east", "company", 600}, {"west", "company", 350},
                                     {"east-1", "east", 300},  {"east-2", "east", 300}};
    const std::vector<Mismatch> mismatches = findMismatches(tree);
    ASSERT_EQ(mismatches.size(), 1u);
    EXPECT_EQ(mismatches[0].parentId, "company");
    EXPECT_EQ(mismatches[0].childrenSum, 950);
    EXPECT_EQ(mismatches[0].difference(), -50);
}

TEST(Decomposition, RollUpSumsChildrenRecursively)
{
    const std::vector<TreeNode> tree{{"east-1", "east", 300}, {"company", "", 0}, {"east", "company", 0},
                                     {"west", "company", 350}, {"east-2", "east", 250}};
    const std::vector<TreeNode> rolled = rollUp(tree);
    EXPECT_EQ(rolled[1].value, 900);
    EXPECT_EQ(rolled[2].value, 550);
    EXPECT_EQ(rolled[3].value, 350);
    EXPECT_TRUE(findMismatches(rolled).empty());
}

TEST(Decomposition, RollUpLeavesCyclesAlone)
{
    const std::vector<TreeNode> cycle{{"a", "b", 5}, {"b", "a", 7}};
    const std::vector<TreeNode> rolled = rollUp(cycle);
    EXPECT_EQ(rolled.size(), 2u);
    // Whatever is kept, the call terminates and no value is invented.
    for (const TreeNode &node : rolled)
        EXPECT_TRUE(node.value == 5 || node.value == 7);
}

// Property: for many random trees and amounts, splitting top-down always reconciles exactly,
// and rolling the leaves back up reproduces every parent.
TEST(DecompositionProperty, RandomTreesSplitExactlyAndRollUpInvertsIt)
{
    std::mt19937_64 random(12345);
    for (int trial = 0; trial < 300; ++trial) {
        std::vector<TreeNode> tree{{"root", "", static_cast<std::int64_t>(random() % 10'000'000'000'000ULL)
                                                    - 2'000'000'000'000}};
        std::vector<std::size_t> frontier{0};
        const int depth = 1 + static_cast<int>(random() % 4);
        for (int level = 0; level < depth; ++level) {
            std::vector<std::size_t> next;
            for (std::size_t parent : frontier) {
                const std::size_t count = 1 + random() % 9;
                std::vector<std::int64_t> weights(count);
                for (auto &weight : weights)
                    weight = static_cast<std::int64_t>(random() % 1'000'000); // may be zero
                weights[0] += 1;                                              // but not all zero
                const SplitResult split = splitByWeights(tree[parent].value, weights);
                ASSERT_TRUE(split.ok());
                ASSERT_EQ(sum(split.values), tree[parent].value);
                for (std::size_t i = 0; i < count; ++i) {
                    next.push_back(tree.size());
                    tree.push_back({tree[parent].id + "." + std::to_string(i), tree[parent].id, split.values[i]});
                }
            }
            frontier = std::move(next);
        }
        ASSERT_TRUE(findMismatches(tree).empty()) << "trial " << trial;
        std::vector<TreeNode> leavesOnly = tree;
        for (TreeNode &node : leavesOnly)
            if (std::find(frontier.begin(), frontier.end(), &node - leavesOnly.data()) == frontier.end())
                node.value = 0;
        const std::vector<TreeNode> rolled = rollUp(leavesOnly);
        for (std::size_t i = 0; i < tree.size(); ++i)
            ASSERT_EQ(rolled[i].value, tree[i].value) << tree[i].id;
    }
}

TEST(DecompositionProperty, EachValueIsWithinOneUnitOfItsExactShare)
{
    std::mt19937_64 random(777);
    for (int trial = 0; trial < 500; ++trial) {
        const std::int64_t total = static_cast<std::int64_t>(random() % 1'000'000'000);
        std::vector<std::int64_t> weights(1 + random() % 50);
        for (auto &weight : weights)
            weight = 1 + static_cast<std::int64_t>(random() % 10'000);
        const std::int64_t weightSum = sum(weights);
        const SplitResult split = splitByWeights(total, weights);
        ASSERT_TRUE(split.ok());
        for (std::size_t i = 0; i < weights.size(); ++i) {
            const long double exact = static_cast<long double>(total) * weights[i] / weightSum;
            ASSERT_LT(std::abs(static_cast<long double>(split.values[i]) - exact), 1.0L);
        }
    }
}
