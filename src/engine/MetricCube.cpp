#include "engine/MetricCube.h"

#include "engine/WideInt.h"

#include <algorithm>
#include <stdexcept>

namespace attain::engine {

namespace {

constexpr std::int64_t kWholeShare = 10000;

Id maxPlusOne(Id current, Id id)
{
    return std::max(current, id + 1);
}

} // namespace

Scope narrowed(Scope filter, Dimension dimension, Id group)
{
    switch (dimension) {
    case Dimension::Company: break;
    case Dimension::Team: filter.team = group; break;
    case Dimension::Rep: filter.rep = group; break;
    case Dimension::Channel: filter.channel = group; break;
    case Dimension::ProductLine: filter.productLine = group; break;
    case Dimension::Region: filter.region = group; break;
    case Dimension::Customer: filter.customer = group; break;
    case Dimension::CustomerGroup: filter.customerGroup = group; break;
    }
    return filter;
}

MetricCube::MetricCube(const PreparedSales &sales, const Scope &filter, Dimension groupBy,
                       std::span<const Period> periods)
    : m_sales(sales)
    , m_filter(filter)
    , m_dimension(groupBy)
    , m_periods(periods.begin(), periods.end())
    , m_repWeighted(groupBy == Dimension::Rep || filter.rep != kNoId)
{
    if (!sales.ok())
        throw std::invalid_argument("MetricCube: the sales data has issues");
    for (std::size_t p = 1; p < m_periods.size(); ++p)
        if (!(m_periods[p - 1].last < m_periods[p].first))
            throw std::invalid_argument("MetricCube: periods must be in order and must not overlap");

    const SalesData &data = sales.data();
    Id groups = 1;
    switch (groupBy) {
    case Dimension::Company: break;
    case Dimension::Rep: groups = static_cast<Id>(data.teamOfRep.size()); break;
    case Dimension::Customer: groups = static_cast<Id>(data.customers.size()); break;
    case Dimension::CustomerGroup:
        groups = 0;
        for (const CustomerRecord &customer : data.customers)
            groups = maxPlusOne(groups, customer.group);
        break;
    case Dimension::Team:
    case Dimension::Channel:
    case Dimension::ProductLine:
    case Dimension::Region:
        groups = 0;
        for (Id team : data.teamOfRep)
            if (groupBy == Dimension::Team)
                groups = maxPlusOne(groups, team);
        for (const DealRecord &deal : data.deals)
            groups = maxPlusOne(groups, dealGroup(deal, deal.rep));
        for (const CustomerRecord &customer : data.customers)
            if (groupBy == Dimension::Region)
                groups = maxPlusOne(groups, customer.region);
        for (const MarketFigure &figure : data.market)
            groups = maxPlusOne(groups, groupBy == Dimension::Region        ? figure.region
                                        : groupBy == Dimension::ProductLine ? figure.productLine
                                                                            : kNoId);
        break;
    }
    m_groupCount = static_cast<std::size_t>(std::max<Id>(groups, 0));
    m_dealCells.assign(m_groupCount * m_periods.size(), DealCell{});
    m_customerCells.assign(m_groupCount * m_periods.size(), CustomerCell{});
    m_overflow.assign(m_groupCount * m_periods.size(), 0);
    if (m_periods.empty())
        return;

    m_firstDay = toDayNumber(m_periods.front().first);
    m_periodByDay.assign(static_cast<std::size_t>(toDayNumber(m_periods.back().last) - m_firstDay + 1), -1);
    // Walking backwards, the periods ending on or after the day only grow; period ends increase.
    m_firstEndingFrom.assign(m_periodByDay.size(), 0);
    std::size_t next = m_periods.size();
    for (std::size_t d = m_periodByDay.size(); d-- > 0;) {
        while (next > 0 && toDayNumber(m_periods[next - 1].last) - m_firstDay >= static_cast<int>(d))
            --next;
        m_firstEndingFrom[d] = next;
    }
    m_yearEarlier.assign(m_periods.size(), -1);
    for (std::size_t p = 0; p < m_periods.size(); ++p) {
        for (int day = toDayNumber(m_periods[p].first); day <= toDayNumber(m_periods[p].last); ++day)
            m_periodByDay[static_cast<std::size_t>(day - m_firstDay)] = static_cast<std::int32_t>(p);
        if (const auto earlier = sameKindYearEarlier(m_periods[p])) {
            const auto found = std::find(m_periods.begin(), m_periods.end(), *earlier);
            if (found != m_periods.end())
                m_yearEarlier[p] = static_cast<int>(found - m_periods.begin());
        }
    }
    addDeals();
    addActivitiesAndFeedback();
}

std::size_t MetricCube::firstPeriodEndingFrom(int day) const
{
    const int offset = day - m_firstDay;
    if (offset < 0)
        return 0;
    if (offset >= static_cast<int>(m_firstEndingFrom.size()))
        return m_periods.size();
    return m_firstEndingFrom[static_cast<std::size_t>(offset)];
}

int MetricCube::periodOfDay(int day) const
{
    const int offset = day - m_firstDay;
    if (offset < 0 || offset >= static_cast<int>(m_periodByDay.size()))
        return -1;
    return m_periodByDay[static_cast<std::size_t>(offset)];
}

Id MetricCube::dealGroup(const DealRecord &deal, Id creditedRep) const
{
    switch (m_dimension) {
    case Dimension::Company: return 0;
    case Dimension::Team: return deal.team;
    case Dimension::Rep: return creditedRep;
    case Dimension::Channel: return deal.channel;
    case Dimension::ProductLine: return deal.productLine;
    case Dimension::Region: return deal.region;
    case Dimension::Customer: return deal.customer;
    case Dimension::CustomerGroup: return m_sales.groupOf(deal.customer);
    }
    return kNoId;
}

bool MetricCube::dealMatches(const DealRecord &deal) const
{
    const Scope &f = m_filter;
    return (f.team == kNoId || deal.team == f.team) && (f.channel == kNoId || deal.channel == f.channel)
        && (f.productLine == kNoId || deal.productLine == f.productLine)
        && (f.region == kNoId || deal.region == f.region) && (f.customer == kNoId || deal.customer == f.customer)
        && (f.customerGroup == kNoId || m_sales.groupOf(deal.customer) == f.customerGroup);
}

void MetricCube::addDeals()
{
    // PreparedSales keeps each customer's deals together and in time order, so retention needs
    // no set of customers: per group it is enough to remember the last period the current
    // customer bought in. A purchase in p right after one in p − 1 is a retained customer, and
    // every period bought in counts towards the next period's base.
    const SalesData &data = m_sales.data();
    std::vector<int> lastPurchase(m_groupCount, -1);
    std::vector<Id> touched;
    Id currentCustomer = kNoId;

    for (std::size_t i = 0; i < data.deals.size(); ++i) {
        const DealRecord &deal = data.deals[i];
        if (deal.customer != currentCustomer) {
            for (Id group : touched)
                lastPurchase[static_cast<std::size_t>(group)] = -1;
            touched.clear();
            currentCustomer = deal.customer;
        }
        if (!dealMatches(deal))
            continue;
        const bool closed = deal.stage != DealStage::Open;
        const int closedPeriod = closed ? periodOfDay(deal.closedDay) : -1;
        // In the pipeline at the ends of periods between its creation and its close.
        const std::size_t pipelineBegin = firstPeriodEndingFrom(deal.createdDay);
        const std::size_t pipelineEnd = closed ? firstPeriodEndingFrom(deal.closedDay) : m_periods.size();
        if (closedPeriod < 0 && pipelineBegin >= pipelineEnd)
            continue;

        const CreditShare owner{static_cast<Id>(i), deal.rep, static_cast<std::int32_t>(kWholeShare)};
        std::span<const CreditShare> shares = m_sales.credits(i);
        if (!m_repWeighted || shares.empty())
            shares = {&owner, 1};
        const std::int64_t amount = m_sales.amount(i);
        const bool purchase = deal.stage == DealStage::Won && amount > 0 && deal.customer != kNoId;
        for (const CreditShare &share : shares) {
            if (m_filter.rep != kNoId && share.rep != m_filter.rep)
                continue;
            const Id group = dealGroup(deal, share.rep);
            if (group < 0 || static_cast<std::size_t>(group) >= m_groupCount)
                continue;
            const std::int64_t weight = m_repWeighted ? share.basisPoints : 1;
            if (closedPeriod >= 0) {
                const auto period = static_cast<std::size_t>(closedPeriod);
                DealCell &c = dealCell(group, period);
                bool fits = true;
                if (deal.stage == DealStage::Won) {
                    fits = addProduct(c.revenue, amount, weight) && addProduct(c.units, deal.units, weight);
                    if (amount >= 0) { // a return is not a deal won
                        fits = fits && addProduct(c.wonAmount, amount, weight);
                        c.won += weight;
                        c.cycleDays += std::int64_t{deal.closedDay - deal.createdDay} * weight;
                        if (m_sales.winsNewCustomer(i))
                            c.newCustomers += weight;
                    }
                } else {
                    c.lost += weight;
                }
                // Beyond ±9.2e18 (±9.2e14 for a rep's credit-weighted sums) the cell is marked
                // undefined rather than wrapped around.
                if (!fits)
                    m_overflow[cellIndex(group, period)] = 1;
                if (purchase)
                    countPurchase(group, closedPeriod, lastPurchase, touched);
            }
            for (std::size_t p = pipelineBegin; p < pipelineEnd; ++p)
                if (!addProduct(dealCell(group, p).pipeline, amount, weight))
                    m_overflow[cellIndex(group, p)] = 1;
        }
    }
}

void MetricCube::countPurchase(Id group, int period, std::vector<int> &lastPurchase, std::vector<Id> &touched)
{
    int &last = lastPurchase[static_cast<std::size_t>(group)];
    if (last == period)
        return;
    if (last == -1)
        touched.push_back(group);
    if (last != -1 && last == period - 1)
        ++customerCell(group, static_cast<std::size_t>(period)).retained;
    if (static_cast<std::size_t>(period) + 1 < m_periods.size())
        ++customerCell(group, static_cast<std::size_t>(period) + 1).retentionBase;
    last = period;
}

Id MetricCube::customerGroupKey(Id rep, Id customer) const
{
    const SalesData &data = m_sales.data();
    switch (m_dimension) {
    case Dimension::Company: return 0;
    case Dimension::Team: return m_sales.teamOf(rep);
    case Dimension::Rep: return rep;
    case Dimension::Customer: return customer;
    case Dimension::CustomerGroup: return m_sales.groupOf(customer);
    case Dimension::Region:
        return customer >= 0 && static_cast<std::size_t>(customer) < data.customers.size()
                   ? data.customers[static_cast<std::size_t>(customer)].region
                   : kNoId;
    case Dimension::Channel:
    case Dimension::ProductLine: return kNoId; // activities and feedback have neither
    }
    return kNoId;
}

bool MetricCube::customerSideMatches(Id rep, Id customer) const
{
    const Scope &f = m_filter;
    const SalesData &data = m_sales.data();
    const Id region = customer >= 0 && static_cast<std::size_t>(customer) < data.customers.size()
                          ? data.customers[static_cast<std::size_t>(customer)].region
                          : kNoId;
    return (f.rep == kNoId || rep == f.rep) && (f.team == kNoId || m_sales.teamOf(rep) == f.team)
        && (f.customer == kNoId || customer == f.customer)
        && (f.customerGroup == kNoId || m_sales.groupOf(customer) == f.customerGroup)
        && (f.region == kNoId || region == f.region);
}

void MetricCube::addActivitiesAndFeedback()
{
    const SalesData &data = m_sales.data();
    for (const ActivityRecord &activity : data.activities) {
        const int period = periodOfDay(activity.day);
        if (period < 0 || !customerSideMatches(activity.rep, activity.customer))
            continue;
        const Id group = customerGroupKey(activity.rep, activity.customer);
        if (group >= 0 && static_cast<std::size_t>(group) < m_groupCount)
            ++customerCell(group, static_cast<std::size_t>(period)).activities;
    }
    for (const FeedbackRecord &feedback : data.feedback) {
        const int period = periodOfDay(feedback.day);
        if (period < 0 || !customerSideMatches(feedback.rep, feedback.customer))
            continue;
        const Id group = customerGroupKey(feedback.rep, feedback.customer);
        if (group < 0 || static_cast<std::size_t>(group) >= m_groupCount)
            continue;
        CustomerCell &c = customerCell(group, static_cast<std::size_t>(period));
        c.scoreSum += feedback.score;
        ++c.scoreCount;
    }
}

std::int64_t MetricCube::marketSize(Id group, std::size_t period) const
{
    const Id region = m_dimension == Dimension::Region ? group : m_filter.region;
    const Id productLine = m_dimension == Dimension::ProductLine ? group : m_filter.productLine;
    const Period &p = m_periods[period];
    std::int64_t size = 0;
    for (const MarketFigure &figure : m_sales.data().market) {
        if (figure.region != region || figure.productLine != productLine)
            continue;
        // A month partly inside the period counts by its share of days, like the revenue it is
        // compared with (a month-to-date share compares with the month's market to date).
        const int year = figure.monthIndex / 12;
        const auto month = static_cast<unsigned>(figure.monthIndex % 12 + 1);
        const Period whole = Period::month(year, month);
        const Date first = std::max(whole.first, p.first);
        const Date last = std::min(whole.last, p.last);
        if (last < first)
            continue;
        size += mulDivRounded(figure.size, daysBetween(first, last) + 1, whole.dayCount()).value_or(0);
    }
    return size;
}

MetricValue MetricCube::value(MetricId metric, Id group, std::size_t period) const
{
    constexpr MetricValue undefined{0, 0, 0, 1};
    if (group < 0 || static_cast<std::size_t>(group) >= m_groupCount || period >= m_periods.size()
        || m_overflow[cellIndex(group, period)] != 0)
        return undefined;
    const DealCell &c = dealCell(group, period);
    const CustomerCell &people = customerCell(group, period);
    const std::int64_t w = m_repWeighted ? kWholeShare : 1;
    // Whole money from credit-weighted sums, for the ratios whose denominator is not a weight.
    const auto money = [w](std::int64_t weighted) { return mulDivRounded(weighted, 1, w).value_or(0); };
    const bool noCustomerSide = m_filter.channel != kNoId || m_filter.productLine != kNoId
                             || m_dimension == Dimension::Channel || m_dimension == Dimension::ProductLine;
    switch (metric) {
    case MetricId::Revenue: return {c.revenue, w, 0, 1};
    case MetricId::Units: return {c.units, w, 0, 100};
    case MetricId::DealsWon: return {c.won, w, 0, 100};
    case MetricId::NewCustomers: return {c.newCustomers, w, 0, 100};
    case MetricId::ConversionRate: return {c.won, c.won + c.lost, 0, 10000};
    case MetricId::RetentionRate: return {people.retained, people.retentionBase, 0, 10000};
    case MetricId::AverageDealSize: return {c.wonAmount, c.won, 0, 1};
    case MetricId::SalesCycleDays: return {c.cycleDays, c.won, 0, 100};
    case MetricId::CustomerSatisfaction:
        return noCustomerSide ? undefined : MetricValue{people.scoreSum, people.scoreCount, 0, 100};
    case MetricId::Activities: return noCustomerSide ? undefined : MetricValue{people.activities, 1, 0, 100};
    case MetricId::MarketShare: {
        const std::int64_t size = marketSize(group, period);
        return size > 0 ? MetricValue{money(c.revenue), size, 0, 10000} : undefined;
    }
    case MetricId::GrowthRate: {
        const int earlier = m_yearEarlier[period];
        if (earlier < 0 || m_overflow[cellIndex(group, static_cast<std::size_t>(earlier))] != 0)
            return undefined;
        const std::int64_t before = money(dealCell(group, static_cast<std::size_t>(earlier)).revenue);
        // Growth from nothing, or from a net return, has no meaningful rate.
        return before > 0 ? MetricValue{money(c.revenue) - before, before, 0, 10000} : undefined;
    }
    case MetricId::OpenPipeline: return {c.pipeline, w, toDayNumber(m_periods[period].last), 1};
    }
    return undefined;
}

} // namespace attain::engine
