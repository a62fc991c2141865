#pragma once

#include "engine/Metric.h"
#include "engine/Period.h"
#include "engine/SalesData.h"
#include "engine/Scope.h"

#include <cstdint>
#include <span>
#include <vector>

namespace attain::engine {

/// Every metric for every group of a breakdown (each rep, each team …) in every period, from
/// one pass over the records: a dashboard of 200 reps × 60 months is one computation, not
/// 12,000 queries.
///
/// Rep scopes count credit shares: a rep with 40 % of a shared deal gets 40 % of its revenue,
/// units and count. Every other scope (a team, a channel) counts the deal once, whole.
class MetricCube
{
public:
    /// `periods` must be in order and must not overlap (e.g. consecutive months); retention
    /// compares each period with the one before it in the list. Only records matching `filter`
    /// count. The data must be ok().
    MetricCube(const PreparedSales &sales, const Scope &filter, Dimension groupBy, std::span<const Period> periods);

    /// 1 for Company; otherwise one more than the largest id of that dimension.
    [[nodiscard]] std::size_t groupCount() const { return m_groupCount; }
    [[nodiscard]] std::size_t periodCount() const { return m_periods.size(); }
    [[nodiscard]] Dimension dimension() const { return m_dimension; }

    /// The metric for one group (0 for Company) in one period, in the metric's unit.
    /// Undefined (denominator 0) where the metric has no meaning: a conversion rate without
    /// closed deals, growth without the year-earlier period in the cube, activities for a
    /// channel scope (activities have no channel).
    [[nodiscard]] MetricValue value(MetricId metric, Id group, std::size_t period) const;

private:
    // What the deal pass adds to, kept to one 64-byte cache line: the pass updates cells in
    // random order, so each update should touch one line.
    struct alignas(64) DealCell
    {
        std::int64_t revenue = 0;   // Σ amount × weight over won deals, returns included
        std::int64_t wonAmount = 0; // the same without returns, for the average deal size
        std::int64_t units = 0;
        std::int64_t won = 0; // Σ weight
        std::int64_t lost = 0;
        std::int64_t cycleDays = 0; // Σ days × weight over won deals
        std::int64_t newCustomers = 0;
        std::int64_t pipeline = 0; // Σ amount × weight of deals open at the period's end
    };
    struct CustomerCell
    {
        std::int64_t activities = 0;
        std::int64_t scoreSum = 0;
        std::int64_t scoreCount = 0;
        std::int32_t retained = 0;      // customers buying in the previous period and this one
        std::int32_t retentionBase = 0; // customers buying in the previous period
    };

    [[nodiscard]] std::size_t cellIndex(Id group, std::size_t period) const
    {
        return static_cast<std::size_t>(group) * m_periods.size() + period;
    }
    [[nodiscard]] DealCell &dealCell(Id group, std::size_t period) { return m_dealCells[cellIndex(group, period)]; }
    [[nodiscard]] const DealCell &dealCell(Id group, std::size_t period) const
    {
        return m_dealCells[cellIndex(group, period)];
    }
    [[nodiscard]] CustomerCell &customerCell(Id group, std::size_t period)
    {
        return m_customerCells[cellIndex(group, period)];
    }
    [[nodiscard]] const CustomerCell &customerCell(Id group, std::size_t period) const
    {
        return m_customerCells[cellIndex(group, period)];
    }
    [[nodiscard]] int periodOfDay(int day) const;
    /// The first period whose last day is on or after `day` (periodCount() when none).
    [[nodiscard]] std::size_t firstPeriodEndingFrom(int day) const;
    [[nodiscard]] Id dealGroup(const DealRecord &deal, Id creditedRep) const;
    [[nodiscard]] bool dealMatches(const DealRecord &deal) const;
    [[nodiscard]] Id customerGroupKey(Id rep, Id customer) const;
    [[nodiscard]] bool customerSideMatches(Id rep, Id customer) const;
    [[nodiscard]] std::int64_t marketSize(Id group, std::size_t period) const;

    void addDeals();
    void countPurchase(Id group, int period, std::vector<int> &lastPurchase, std::vector<Id> &touched);
    void addActivitiesAndFeedback();

    const PreparedSales &m_sales;
    Scope m_filter;
    Dimension m_dimension;
    std::vector<Period> m_periods;
    std::vector<int> m_yearEarlier; // index of the same period a year earlier, or -1
    int m_firstDay = 0;
    std::vector<std::int32_t> m_periodByDay; // day − m_firstDay → period index or −1
    std::vector<std::size_t> m_firstEndingFrom; // day − m_firstDay → firstPeriodEndingFrom
    std::size_t m_groupCount = 1;
    bool m_repWeighted = false; // credit shares in basis points instead of whole deals
    std::vector<DealCell> m_dealCells;
    std::vector<CustomerCell> m_customerCells;
    std::vector<std::uint8_t> m_overflow; // a cell whose sums no longer fit in 64 bits
};

} // namespace attain::engine
