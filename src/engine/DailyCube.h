#pragma once

// Engine-internal: daily columns of a MetricCube, folded into any run of days. Used where one
// pass over the sales must answer many overlapping periods (statuses day by day, a list's KPIs).

#include "engine/MetricCube.h"

#include <utility>
#include <vector>

namespace attain::engine {

/// Whether a metric's value over a run of days is the fold (combine()) of its daily values.
/// Not retention (it compares with the period before), market share (the market is prorated
/// per period and rounded) nor growth (it needs the year-earlier period in the same cube).
[[nodiscard]] bool foldsDaily(MetricId metric);

/// Daily values of every metric over consecutive days, for the groups of one dimension.
class DailyCube
{
public:
    DailyCube(const PreparedSales &sales, const Scope &filter, Dimension groupBy, Date first, Date last);

    [[nodiscard]] Date first() const { return m_first; }
    [[nodiscard]] Date last() const { return m_days.empty() ? m_first : m_days.back().last; }
    [[nodiscard]] std::size_t groupCount() const { return m_cube.groupCount(); }
    /// Whether [from, to] lies inside the cube.
    [[nodiscard]] bool covers(Date from, Date to) const { return !(from < m_first) && !(last() < to); }

    /// The metric for `group` over the days [from, to] (inside the cube; empty when to < from).
    [[nodiscard]] MetricValue over(MetricId metric, Id group, Date from, Date to) const;
    [[nodiscard]] MetricValue day(MetricId metric, Id group, Date day) const;

private:
    Date m_first;
    std::vector<Period> m_days;
    MetricCube m_cube;
};

/// Which cube holds a scope's values: a scope of one field is a group of that field's
/// dimension, so one cube serves every rep (or team …) at once; others get a cube of their own.
struct CubeKey
{
    Scope filter;
    Dimension groupBy = Dimension::Company;
    friend bool operator<(const CubeKey &a, const CubeKey &b);
};

/// The cube a scope's values are in, and its group there.
[[nodiscard]] std::pair<CubeKey, Id> cubeKeyOf(const Scope &scope);

} // namespace attain::engine
