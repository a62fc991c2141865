#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace attain::engine {

/// What a target can measure.
enum class MetricId : std::uint8_t {
    Revenue,              ///< net won amount (returns and refunds are negative deals)
    Units,                ///< units sold on won deals
    DealsWon,             ///< number of deals won
    NewCustomers,         ///< customers whose first ever won deal closed in the period
    ConversionRate,       ///< won / (won + lost), deals closed in the period
    RetentionRate,        ///< customers who bought in the previous period and again in this one
    AverageDealSize,      ///< revenue / deals won
    SalesCycleDays,       ///< days from creation to close, over deals won
    CustomerSatisfaction, ///< mean feedback score (1 … 5)
    Activities,           ///< calls, visits, meetings … logged
    MarketShare,          ///< revenue / market size of the scope's region and product line
    GrowthRate,           ///< revenue growth over the same period one year earlier
    OpenPipeline,         ///< amount of deals still open at the period's end
};
inline constexpr std::size_t kMetricCount = 13;

/// How values combine over time (months into a quarter) and over scope (reps into a team).
enum class Aggregation : std::uint8_t {
    Sum,         ///< add the values
    RatioOfSums, ///< add numerators and denominators, then divide — never an average of ratios
    Average,     ///< mean over the underlying observations (a ratio of sums of observations)
    Last,        ///< the value at the end of the latest period (a snapshot such as the pipeline)
};

/// The fixed-point unit of a metric's values and targets, so every value is an exact integer.
enum class Unit : std::uint8_t {
    Money,       ///< minor units of the reporting currency
    Count,       ///< hundredths (a rep's 50 % credit on one deal is 50)
    BasisPoints, ///< 10000 = 100 %
    Days,        ///< hundredths of a day
    Score,       ///< hundredths of a point
};

/// How many stored units make one displayed unit (100 for Count, Days, Score; 1 otherwise).
[[nodiscard]] constexpr std::int64_t unitScale(Unit unit)
{
    return (unit == Unit::Count || unit == Unit::Days || unit == Unit::Score) ? 100 : 1;
}

struct MetricDefinition
{
    MetricId id;
    std::string_view key; ///< stable text for storage and CSV, e.g. "revenue"
    Aggregation aggregation;
    Unit unit;
    bool higherIsBetter;
    /// Accumulates over a period (revenue so far), so it can be paced against elapsed time;
    /// the others are levels compared with their target as they stand.
    bool cumulative;
};

[[nodiscard]] const MetricDefinition &definition(MetricId id);
[[nodiscard]] std::span<const MetricDefinition> allMetrics();
[[nodiscard]] std::optional<MetricId> metricFromKey(std::string_view key);

/// A metric's value as an exact fraction in the metric's unit: numerator × scale / denominator.
/// Keeping the parts lets values aggregate correctly (ratio metrics add numerators and
/// denominators), and `scale` (10000 for basis points, 100 for hundredths) is applied only at
/// the end, in 128 bits, so large amounts never overflow on the way.
struct MetricValue
{
    std::int64_t numerator = 0;
    std::int64_t denominator = 1; ///< 0: undefined (a conversion rate with no closed deal, an overflow)
    /// For Last: the day number the snapshot was taken, so the later one wins.
    int asOfDay = 0;
    std::int64_t scale = 1;

    /// numerator × scale / denominator rounded half away from zero; nullopt when undefined.
    [[nodiscard]] std::optional<std::int64_t> value() const;
    [[nodiscard]] bool defined() const { return denominator != 0; }
    friend bool operator==(const MetricValue &, const MetricValue &) = default;
};

/// Combines two values of the same metric by its aggregation (see Aggregation).
[[nodiscard]] MetricValue combine(Aggregation aggregation, const MetricValue &a, const MetricValue &b);
/// Folds any number of values; an empty list is 0 for sums and undefined otherwise.
[[nodiscard]] MetricValue aggregate(Aggregation aggregation, std::span<const MetricValue> values);

} // namespace attain::engine
