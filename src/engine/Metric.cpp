#include "engine/Metric.h"

#include "engine/WideInt.h"

#include <algorithm>

namespace attain::engine {

namespace {

constexpr std::array<MetricDefinition, kMetricCount> kDefinitions{{
    {MetricId::Revenue, "revenue", Aggregation::Sum, Unit::Money, true, true},
    {MetricId::Units, "units", Aggregation::Sum, Unit::Count, true, true},
    {MetricId::DealsWon, "deals_won", Aggregation::Sum, Unit::Count, true, true},
    {MetricId::NewCustomers, "new_customers", Aggregation::Sum, Unit::Count, true, true},
    {MetricId::ConversionRate, "conversion_rate", Aggregation::RatioOfSums, Unit::BasisPoints, true, false},
    {MetricId::RetentionRate, "retention_rate", Aggregation::RatioOfSums, Unit::BasisPoints, true, false},
    {MetricId::AverageDealSize, "average_deal_size", Aggregation::RatioOfSums, Unit::Money, true, false},
    {MetricId::SalesCycleDays, "sales_cycle_days", Aggregation::RatioOfSums, Unit::Days, false, false},
    {MetricId::CustomerSatisfaction, "csat", Aggregation::Average, Unit::Score, true, false},
    {MetricId::Activities, "activities", Aggregation::Sum, Unit::Count, true, true},
    {MetricId::MarketShare, "market_share", Aggregation::RatioOfSums, Unit::BasisPoints, true, false},
    {MetricId::GrowthRate, "growth_rate", Aggregation::RatioOfSums, Unit::BasisPoints, true, false},
    {MetricId::OpenPipeline, "open_pipeline", Aggregation::Last, Unit::Money, true, false},
}};

} // namespace

const MetricDefinition &definition(MetricId id)
{
    return kDefinitions[static_cast<std::size_t>(id)];
}

std::span<const MetricDefinition> allMetrics()
{
    return kDefinitions;
}

std::optional<MetricId> metricFromKey(std::string_view key)
{
    const auto found = std::find_if(kDefinitions.begin(), kDefinitions.end(),
                                    [key](const MetricDefinition &d) { return d.key == key; });
    if (found == kDefinitions.end())
        return std::nullopt;
    return found->id;
}

std::optional<std::int64_t> MetricValue::value() const
{
    return mulDivRounded(numerator, scale, denominator);
}

MetricValue combine(Aggregation aggregation, const MetricValue &a, const MetricValue &b)
{
    const int day = std::max(a.asOfDay, b.asOfDay);
    const MetricValue overflow{0, 0, day, a.scale};
    switch (aggregation) {
    case Aggregation::Sum: {
        if (!a.defined() || !b.defined())
            return overflow;
        // Different denominators (a rep's credit-weighted value and a whole one): a/p + b/q =
        // (a·q + b·p) / (p·q); values that no longer fit in 64 bits become undefined.
        std::int64_t numerator = 0;
        std::int64_t denominator = 0;
        if (a.denominator == b.denominator) {
            numerator = a.numerator;
            denominator = a.denominator;
            if (!addProduct(numerator, b.numerator, 1))
                return overflow;
        } else if (!addProduct(numerator, a.numerator, b.denominator) || !addProduct(numerator, b.numerator, a.denominator)
                   || !addProduct(denominator, a.denominator, b.denominator)) {
            return overflow;
        }
        return {numerator, denominator, day, a.scale};
    }
    case Aggregation::RatioOfSums:
    case Aggregation::Average: {
        std::int64_t numerator = a.numerator;
        std::int64_t denominator = a.denominator;
        if (!addProduct(numerator, b.numerator, 1) || !addProduct(denominator, b.denominator, 1))
            return overflow;
        return {numerator, denominator, day, a.defined() ? a.scale : b.scale};
    }
    case Aggregation::Last:
        return b.asOfDay >= a.asOfDay ? b : a;
    }
    return a;
}

MetricValue aggregate(Aggregation aggregation, std::span<const MetricValue> values)
{
    if (values.empty())
        return aggregation == Aggregation::Sum ? MetricValue{} : MetricValue{0, 0, 0, 1};
    MetricValue result = values.front();
    for (std::size_t i = 1; i < values.size(); ++i)
        result = combine(aggregation, result, values[i]);
    return result;
}

} // namespace attain::engine
