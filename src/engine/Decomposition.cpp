#include "engine/Decomposition.h"

#include "engine/WideInt.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace attain::engine {

namespace {

// Shares are total × weight / Σweights: products of two 64-bit values need 128 bits.
using UWide = UInt128;

SplitResult failure(SplitError error, std::int64_t detail = 0)
{
    return { {}, error, detail };
}

/// Largest-remainder split of a non-negative amount; weights are non-negative with a positive sum.
std::vector<std::int64_t> largestRemainder(std::uint64_t amount, std::span<const std::int64_t> weights, UWide weightSum)
{
    const std::size_t n = weights.size();
    std::vector<std::int64_t> values(n);
    std::vector<UWide> remainders(n);
    std::uint64_t assigned = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const UWide exact = static_cast<UWide>(amount) * static_cast<UWide>(weights[i]);
        values[i] = static_cast<std::int64_t>(static_cast<std::uint64_t>(exact / weightSum));
        remainders[i] = exact % weightSum;
        assigned += static_cast<std::uint64_t>(values[i]);
    }
    // At most n - 1 units are left; give them to the largest remainders, earlier child first.
    std::uint64_t left = amount - assigned;
    if (left > 0) {
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), std::size_t { 0 });
        std::stable_sort(
            order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
        for (std::size_t k = 0; k < n && left > 0; ++k, --left)
            ++values[order[k]];
    }
    return values;
}

} // namespace

SplitResult splitByWeights(std::int64_t total, std::span<const std::int64_t> weights)
{
    if (weights.empty())
        return failure(SplitError::NoChildren);
    UWide weightSum = 0;
    for (std::int64_t weight : weights) {
        if (weight < 0)
            return failure(SplitError::NegativeWeight);
        weightSum += static_cast<UWide>(weight);
    }
    if (weightSum == 0)
        return failure(SplitError::AllWeightsZero);
    // A negative total (a planned net return, say) splits as the mirror of its magnitude, so
    // the rounding is symmetric.
    std::vector<std::int64_t> values = largestRemainder(magnitude(total), weights, weightSum);
    if (total < 0)
        for (std::int64_t &value : values)
            value = -value;
    return { std::move(values), std::nullopt, 0 };
}

SplitResult splitByHistory(std::int64_t total, std::span<const std::int64_t> history)
{
    std::vector<std::int64_t> weights(history.begin(), history.end());
    for (std::int64_t &weight : weights)
        weight = std::max<std::int64_t>(weight, 0);
    return splitByWeights(total, weights);
}

SplitResult splitEqually(std::int64_t total, std::size_t count)
{
    const std::vector<std::int64_t> ones(count, 1);
    return splitByWeights(total, ones);
}

SplitResult splitByPercentages(std::int64_t total, std::span<const std::int64_t> basisPoints)
{
    // Only the 100 % rule is specific to percentages; splitByWeights checks the rest.
    if (!basisPoints.empty()
        && std::none_of(basisPoints.begin(), basisPoints.end(), [](std::int64_t p) { return p < 0; })) {
        WideSum sum;
        for (std::int64_t p : basisPoints)
            sum.add(p);
        if (!sum.equals(10000))
            return failure(SplitError::PercentagesNot100, sum.clamped());
    }
    return splitByWeights(total, basisPoints);
}

SplitResult splitWithLocks(std::int64_t total, std::span<const SplitChild> children)
{
    if (children.empty())
        return failure(SplitError::NoChildren);
    WideSum locked;
    std::vector<std::int64_t> weights;
    std::vector<std::size_t> unlocked;
    for (std::size_t i = 0; i < children.size(); ++i) {
        if (children[i].locked) {
            locked.add(*children[i].locked);
        } else {
            if (children[i].weight < 0)
                return failure(SplitError::NegativeWeight);
            unlocked.push_back(i);
            weights.push_back(children[i].weight);
        }
    }
    WideSum rest = locked.negated();
    rest.add(total);
    const std::int64_t lockedDetail = locked.clamped();
    if (unlocked.empty()) {
        if (rest.sign() != 0)
            return failure(SplitError::NothingLeftToSpread, lockedDetail);
    } else if ((total >= 0 && rest.sign() < 0) || (total < 0 && rest.sign() > 0)) {
        return failure(SplitError::LockedExceedParent, lockedDetail);
    }

    SplitResult result { std::vector<std::int64_t>(children.size()), std::nullopt, 0 };
    for (std::size_t i = 0; i < children.size(); ++i)
        if (children[i].locked)
            result.values[i] = *children[i].locked;
    if (unlocked.empty())
        return result;
    if (std::all_of(weights.begin(), weights.end(), [](std::int64_t w) { return w == 0; }))
        std::fill(weights.begin(), weights.end(), 1);
    // |rest| <= |total| here, so it fits in 64 bits.
    const SplitResult spread = splitByWeights(rest.clamped(), weights);
    for (std::size_t k = 0; k < unlocked.size(); ++k)
        result.values[unlocked[k]] = spread.values[k];
    return result;
}

std::vector<Mismatch> findMismatches(std::span<const TreeNode> nodes)
{
    std::unordered_map<std::string, WideSum> sums;
    std::unordered_map<std::string, bool> hasChildren;
    for (const TreeNode &node : nodes) {
        if (!node.parentId.empty()) {
            sums[node.parentId].add(node.value);
            hasChildren[node.parentId] = true;
        }
    }
    std::vector<Mismatch> mismatches;
    for (const TreeNode &node : nodes) {
        const auto found = sums.find(node.id);
        if (found == sums.end() || found->second.equals(node.value))
            continue;
        mismatches.push_back({ node.id, node.value, found->second.clamped() });
    }
    return mismatches;
}

std::vector<TreeNode> rollUp(std::vector<TreeNode> nodes)
{
    std::unordered_map<std::string, std::size_t> index;
    std::unordered_map<std::string, std::vector<std::size_t>> children;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        index[nodes[i].id] = i;
        if (!nodes[i].parentId.empty())
            children[nodes[i].parentId].push_back(i);
    }
    // Post-order over an explicit stack: deep trees must not overflow the call stack.
    enum class State : char { New, Open, Done };
    std::vector<State> state(nodes.size(), State::New);
    for (std::size_t root = 0; root < nodes.size(); ++root) {
        if (state[root] != State::New)
            continue;
        std::vector<std::size_t> stack { root };
        while (!stack.empty()) {
            const std::size_t current = stack.back();
            const auto kids = children.find(nodes[current].id);
            if (state[current] == State::New) {
                state[current] = State::Open;
                if (kids != children.end())
                    for (std::size_t child : kids->second)
                        if (state[child] == State::New)
                            stack.push_back(child);
                continue;
            }
            stack.pop_back();
            if (state[current] == State::Done)
                continue;
            state[current] = State::Done;
            if (kids == children.end())
                continue;
            bool cyclic = false;
            WideSum sum;
            for (std::size_t child : kids->second) {
                if (state[child] != State::Done)
                    cyclic = true;
                sum.add(nodes[child].value);
            }
            if (!cyclic) // saturates rather than wrapping around on absurd totals
                nodes[current].value = sum.clamped();
        }
    }
    return nodes;
}

} // namespace attain::engine
