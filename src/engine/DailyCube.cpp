#include "engine/DailyCube.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace attain::engine {

namespace {

std::vector<Period> makeDays(Date first, Date last)
{
    std::vector<Period> days;
    for (Date d = first; !(last < d); d = addDays(d, 1))
        days.push_back(Period { Period::Kind::Custom, d, d });
    return days;
}

} // namespace

bool foldsDaily(MetricId metric)
{
    return metric != MetricId::RetentionRate && metric != MetricId::MarketShare && metric != MetricId::GrowthRate;
}

DailyCube::DailyCube(const PreparedSales &sales, const Scope &filter, Dimension groupBy, Date first, Date last)
    : m_first(first)
    , m_days(makeDays(first, last))
    , m_cube(sales, filter, groupBy, m_days)
{
}

MetricValue DailyCube::over(MetricId metric, Id group, Date from, Date to) const
{
    const Aggregation aggregation = definition(metric).aggregation;
    // The empty fold carries the metric's scale (counts are in hundredths), which combine()
    // keeps from its left operand.
    MetricValue total = aggregate(aggregation, {});
    total.scale = m_cube.value(metric, group, 0).scale;
    for (int d = daysBetween(m_first, from); d <= daysBetween(m_first, to); ++d)
        total = combine(aggregation, total, m_cube.value(metric, group, static_cast<std::size_t>(d)));
    return total;
}

MetricValue DailyCube::day(MetricId metric, Id group, Date day) const
{
    return m_cube.value(metric, group, static_cast<std::size_t>(daysBetween(m_first, day)));
}

bool operator<(const CubeKey &a, const CubeKey &b)
{
    const auto fields = [](const CubeKey &k) {
        const Scope &s = k.filter;
        return std::tuple(static_cast<int>(k.groupBy), s.team, s.rep, s.channel, s.productLine, s.region, s.customer,
                          s.customerGroup);
    };
    return fields(a) < fields(b);
}

std::pair<CubeKey, Id> cubeKeyOf(const Scope &scope)
{
    const std::array<std::pair<Id, Dimension>, 7> fields { {
        { scope.team, Dimension::Team },
        { scope.rep, Dimension::Rep },
        { scope.channel, Dimension::Channel },
        { scope.productLine, Dimension::ProductLine },
        { scope.region, Dimension::Region },
        { scope.customer, Dimension::Customer },
        { scope.customerGroup, Dimension::CustomerGroup },
    } };
    const auto set = std::count_if(fields.begin(), fields.end(), [](const auto &f) { return f.first != kNoId; });
    if (set == 1)
        for (const auto &[id, dimension] : fields)
            if (id != kNoId)
                return { CubeKey { Scope {}, dimension }, id };
    return { CubeKey { scope, Dimension::Company }, 0 };
}

} // namespace attain::engine
