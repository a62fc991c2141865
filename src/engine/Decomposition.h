#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace attain::engine {

/// Why a split could not be made; the UI turns these into sentences.
enum class SplitError {
    NoChildren,          ///< nothing to split into
    NegativeWeight,      ///< a weight (history, seasonality, percentage) is below zero
    AllWeightsZero,      ///< e.g. no history at all: choose another method
    PercentagesNot100,   ///< manual percentages must sum to exactly 100 %
    LockedExceedParent,  ///< locked children already take more than the parent
    NothingLeftToSpread, ///< every child is locked, but the locked values do not add up to the parent
    WrongWeightCount,    ///< a weight list (e.g. history per sub-period) does not match the children
    NoProfile,           ///< a seasonality split without a seasonality profile
};

/// The values of a split, or the reason there are none.
struct SplitResult
{
    std::vector<std::int64_t> values;
    std::optional<SplitError> error;
    /// For PercentagesNot100: the sum that was given, in basis points; for the locked
    /// errors: the locked sum. Lets the UI say "your percentages add up to 97.5 %".
    std::int64_t detail = 0;

    [[nodiscard]] bool ok() const { return !error.has_value(); }
};

/// Splits `total` (minor units, may be negative) in proportion to non-negative `weights` by the
/// largest-remainder method: every child gets the floor of its exact share, and the units left
/// over go one each to the largest remainders (ties to the earlier child). The values always
/// sum to `total` exactly and never differ from the exact share by a whole unit or more.
[[nodiscard]] SplitResult splitByWeights(std::int64_t total, std::span<const std::int64_t> weights);

/// Shares of a reference history (e.g. each rep's or each month's actuals last year). A
/// negative history value (returns above sales) weighs 0, so no child is planned below zero
/// because of it; no positive history at all is AllWeightsZero.
[[nodiscard]] SplitResult splitByHistory(std::int64_t total, std::span<const std::int64_t> history);

/// Equal shares for `count` children (the first children get the extra units).
[[nodiscard]] SplitResult splitEqually(std::int64_t total, std::size_t count);

/// Manual percentages in basis points (10000 = 100 %); they must sum to exactly 10000.
[[nodiscard]] SplitResult splitByPercentages(std::int64_t total, std::span<const std::int64_t> basisPoints);

/// One child of a split where some values are fixed by hand.
struct SplitChild
{
    std::optional<std::int64_t> locked; ///< kept as is when set
    std::int64_t weight = 1;            ///< share of what the locked children leave
};

/// Keeps the locked children's values and spreads the rest of `total` over the others by
/// their weights (all unlocked weights zero: equally).
[[nodiscard]] SplitResult splitWithLocks(std::int64_t total, std::span<const SplitChild> children);

/// A node of a target tree, by id; an empty parentId marks a root.
struct TreeNode
{
    std::string id;
    std::string parentId;
    std::int64_t value = 0;
};

/// A parent whose children no longer add up to it.
struct Mismatch
{
    std::string parentId;
    std::int64_t parentValue = 0;
    std::int64_t childrenSum = 0;
    [[nodiscard]] std::int64_t difference() const { return childrenSum - parentValue; }
};

/// Every parent whose value differs from the sum of its children, in the order the parents
/// appear in `nodes`. Leaves are never mismatched.
[[nodiscard]] std::vector<Mismatch> findMismatches(std::span<const TreeNode> nodes);

/// Bottom-up roll-up: each parent's value becomes the sum of its children (recursively, so a
/// grandparent sums the rolled-up parents). Leaves keep their values. Cycles are not allowed
/// in a target tree; a node that is its own ancestor keeps its value.
[[nodiscard]] std::vector<TreeNode> rollUp(std::vector<TreeNode> nodes);

} // namespace attain::engine
