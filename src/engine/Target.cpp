#include "engine/Target.h"

#include "engine/WideInt.h"

#include <algorithm>
#include <unordered_map>

namespace attain::engine {

namespace {

bool same(Id outer, Id inner)
{
    return outer == kNoId || outer == inner;
}

bool additive(MetricId metric)
{
    return definition(metric).aggregation == Aggregation::Sum;
}

} // namespace

bool scopeWithin(const Scope &inner, const Scope &outer, std::span<const Id> teamOfRep)
{
    bool teamOk = same(outer.team, inner.team);
    if (!teamOk && inner.team == kNoId && inner.rep != kNoId && static_cast<std::size_t>(inner.rep) < teamOfRep.size())
        teamOk = teamOfRep[static_cast<std::size_t>(inner.rep)] == outer.team;
    return teamOk && same(outer.rep, inner.rep) && same(outer.channel, inner.channel)
        && same(outer.productLine, inner.productLine) && same(outer.region, inner.region)
        && same(outer.customer, inner.customer) && same(outer.customerGroup, inner.customerGroup);
}

TargetTree::TargetTree(std::vector<Target> targets, std::span<const Id> teamOfRep)
    : m_targets(std::move(targets))
{
    check(teamOfRep);
}

const Target *TargetTree::find(const std::string &id) const
{
    const auto found = std::find_if(m_targets.begin(), m_targets.end(), [&](const Target &t) { return t.id == id; });
    return found == m_targets.end() ? nullptr : &*found;
}

std::vector<const Target *> TargetTree::children(const std::string &id) const
{
    std::vector<const Target *> result;
    for (const Target &target : m_targets)
        if (target.parentId == id && !id.empty())
            result.push_back(&target);
    return result;
}

SplitAxis TargetTree::axisOf(const Target &child) const
{
    const Target *parent = find(child.parentId);
    if (parent == nullptr || parent->scope == child.scope)
        return SplitAxis::Time;
    return parent->period == child.period ? SplitAxis::Scope : SplitAxis::Both;
}

void TargetTree::check(std::span<const Id> teamOfRep)
{
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < m_targets.size(); ++i)
        if (!index.emplace(m_targets[i].id, i).second)
            m_issues.push_back({TargetIssue::Kind::DuplicateId, m_targets[i].id});
    for (const Target &target : m_targets) {
        if (target.parentId.empty())
            continue;
        const auto found = index.find(target.parentId);
        if (found == index.end()) {
            m_issues.push_back({TargetIssue::Kind::UnknownParent, target.id});
            continue;
        }
        const Target &parent = m_targets[found->second];
        if (parent.metric != target.metric)
            m_issues.push_back({TargetIssue::Kind::MetricDiffers, target.id});
        if (target.period.first < parent.period.first || parent.period.last < target.period.last)
            m_issues.push_back({TargetIssue::Kind::PeriodOutside, target.id});
        if (!scopeWithin(target.scope, parent.scope, teamOfRep))
            m_issues.push_back({TargetIssue::Kind::ScopeOutside, target.id});
        else if (target.scope == parent.scope && target.period == parent.period)
            m_issues.push_back({TargetIssue::Kind::SameAsParent, target.id});
    }
    // Cycles: follow parents; a walk longer than the tree has nodes has looped.
    for (const Target &target : m_targets) {
        std::string current = target.parentId;
        for (std::size_t steps = 0; !current.empty(); ++steps) {
            if (current == target.id || steps > m_targets.size()) {
                m_issues.push_back({TargetIssue::Kind::Cycle, target.id});
                break;
            }
            const auto found = index.find(current);
            if (found == index.end())
                break;
            current = m_targets[found->second].parentId;
        }
    }
}

std::vector<TargetMismatch> TargetTree::mismatches() const
{
    std::vector<TargetMismatch> result;
    for (const Target &parent : m_targets) {
        if (!additive(parent.metric))
            continue;
        for (const SplitAxis axis : {SplitAxis::Time, SplitAxis::Scope, SplitAxis::Both}) {
            WideSum sum;
            bool any = false;
            for (const Target *child : children(parent.id)) {
                if (axisOf(*child) != axis)
                    continue;
                sum.add(child->value);
                any = true;
            }
            if (any && !sum.equals(parent.value))
                result.push_back({parent.id, axis, parent.value, sum.clamped()});
        }
    }
    return result;
}

std::vector<Target> TargetTree::rolledUp() const
{
    std::vector<Target> result = m_targets;
    if (!ok())
        return result;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < result.size(); ++i)
        index.emplace(result[i].id, i);
    // Deepest targets first, so every parent sums children that are already rolled up.
    std::vector<std::size_t> depth(result.size(), 0);
    for (std::size_t i = 0; i < result.size(); ++i)
        for (std::string p = result[i].parentId; !p.empty(); p = result[index.at(p)].parentId)
            ++depth[i];
    std::vector<std::size_t> order(result.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return depth[a] > depth[b]; });
    for (std::size_t i : order) {
        Target &parent = result[i];
        if (!additive(parent.metric))
            continue;
        const std::vector<const Target *> kids = children(parent.id);
        if (kids.empty())
            continue;
        const auto has = [&](SplitAxis wanted) {
            return std::any_of(kids.begin(), kids.end(), [&](const Target *k) { return axisOf(*k) == wanted; });
        };
        const SplitAxis axis = has(SplitAxis::Time) ? SplitAxis::Time : (has(SplitAxis::Scope) ? SplitAxis::Scope : SplitAxis::Both);
        WideSum sum;
        for (const Target *kid : kids)
            if (axisOf(*kid) == axis)
                sum.add(result[index.at(kid->id)].value);
        parent.value = sum.clamped();
    }
    return result;
}

} // namespace attain::engine
