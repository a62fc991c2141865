#pragma once

#include "engine/Metric.h"
#include "engine/Period.h"
#include "engine/Scope.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace attain::engine {

/// A target: metric × scope × period × value (in the metric's unit, see Unit), in a tree.
struct Target
{
    std::string id;
    std::string parentId; ///< empty for a root
    MetricId metric = MetricId::Revenue;
    Scope scope;
    Period period;
    std::int64_t value = 0;
};

/// How a child narrows its parent: over time (same scope, a sub-period), over scope (same
/// period, a narrower scope), or both at once.
enum class SplitAxis { Time, Scope, Both };

/// Something in a target tree that is not allowed.
struct TargetIssue
{
    enum class Kind {
        DuplicateId,     ///< two targets share an id
        UnknownParent,   ///< parentId names no target
        Cycle,           ///< a target is its own ancestor
        MetricDiffers,   ///< a child measures another metric than its parent
        PeriodOutside,   ///< a child's period is not inside its parent's
        ScopeOutside,    ///< a child's scope is not inside its parent's (a rep of another team …)
        SameAsParent,    ///< a child with its parent's scope and period narrows nothing
    };
    Kind kind;
    std::string targetId;
};

/// A parent whose children along one axis no longer add up to it.
struct TargetMismatch
{
    std::string parentId;
    SplitAxis axis = SplitAxis::Time;
    std::int64_t parentValue = 0;
    std::int64_t childrenSum = 0;
    [[nodiscard]] std::int64_t difference() const { return childrenSum - parentValue; }
};

/// True when every record in `inner` is also in `outer`: each field `outer` sets is set to the
/// same value in `inner`, except that a rep of a team is inside that team (`teamOfRep` tells).
[[nodiscard]] bool scopeWithin(const Scope &inner, const Scope &outer, std::span<const Id> teamOfRep);

/// A checked tree of targets. Only additive metrics (Aggregation::Sum) reconcile: their
/// children along one axis must add up to the parent. Ratio and average metrics are not sums,
/// so children carry their own value (a team's 30 % conversion goal does not split into reps).
class TargetTree
{
public:
    /// `teamOfRep` (by rep id) lets a rep's target sit under their team's.
    TargetTree(std::vector<Target> targets, std::span<const Id> teamOfRep);

    [[nodiscard]] bool ok() const { return m_issues.empty(); }
    [[nodiscard]] const std::vector<TargetIssue> &issues() const { return m_issues; }
    [[nodiscard]] const std::vector<Target> &targets() const { return m_targets; }
    [[nodiscard]] const Target *find(const std::string &id) const;
    /// Children in input order.
    [[nodiscard]] std::vector<const Target *> children(const std::string &id) const;
    [[nodiscard]] SplitAxis axisOf(const Target &child) const;

    /// Every additive parent whose children along an axis differ from it, in input order.
    [[nodiscard]] std::vector<TargetMismatch> mismatches() const;
    /// Sets every additive parent to the sum of its children, bottom-up (a grandparent sums
    /// the rolled-up parents). A parent split along several axes takes, in this order, the time
    /// split, else the scope split, else the combined one; a disagreeing other split then shows
    /// in mismatches(). A tree with issues is returned unchanged.
    [[nodiscard]] std::vector<Target> rolledUp() const;

private:
    void check(std::span<const Id> teamOfRep);

    std::vector<Target> m_targets;
    std::vector<TargetIssue> m_issues;
};

} // namespace attain::engine
