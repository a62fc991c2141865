#include "engine/Seasonality.h"

#include "engine/Decomposition.h"
#include "engine/WideInt.h"

#include <algorithm>
#include <limits>
#include <map>

namespace attain::engine {

namespace {

constexpr std::int64_t kWhole = 10000;

/// The signed total of a year's months and which months were present.
struct YearHistory
{
    std::array<WideSum, 12> months;
    std::array<bool, 12> present{};
};

SeasonalityEstimate failure(SeasonalityError error)
{
    return {std::nullopt, error, {}};
}

} // namespace

SeasonalityProfile SeasonalityProfile::flat()
{
    const std::array<std::int64_t, 12> ones{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    const SplitResult split = splitByWeights(kWhole, ones);
    std::array<std::int64_t, 12> weights{};
    std::copy(split.values.begin(), split.values.end(), weights.begin());
    return SeasonalityProfile{weights};
}

std::optional<SeasonalityProfile> SeasonalityProfile::fromWeights(const std::array<std::int64_t, 12> &weights)
{
    std::int64_t sum = 0;
    for (std::int64_t weight : weights) {
        if (weight < 0 || weight > kWhole)
            return std::nullopt;
        sum += weight; // at most 12 × 10000: no overflow
    }
    if (sum != kWhole)
        return std::nullopt;
    return SeasonalityProfile{weights};
}

std::int64_t SeasonalityProfile::weight(unsigned month) const
{
    return month >= 1 && month <= 12 ? m_weights[month - 1] : 0;
}

SeasonalityEstimate estimateSeasonality(std::span<const MonthlyValue> history)
{
    std::map<int, YearHistory> years;
    for (const MonthlyValue &entry : history) {
        if (entry.month < 1 || entry.month > 12)
            return failure(SeasonalityError::InvalidMonth);
        YearHistory &year = years[entry.year];
        year.months[entry.month - 1].add(entry.value);
        year.present[entry.month - 1] = true;
    }

    bool anyComplete = false;
    std::vector<int> used;
    std::array<UInt128, 12> sums{};
    for (const auto &[year, months] : years) {
        if (std::find(months.present.begin(), months.present.end(), false) != months.present.end())
            continue;
        anyComplete = true;
        WideSum total;
        for (const WideSum &month : months.months)
            total.add(month.clamped());
        if (total.sign() <= 0)
            continue;
        used.push_back(year);
        for (std::size_t m = 0; m < 12; ++m)
            if (months.months[m].sign() > 0)
                sums[m] += UInt128{static_cast<std::uint64_t>(months.months[m].clamped())};
    }
    if (!anyComplete)
        return failure(SeasonalityError::NoCompleteYear);
    if (used.empty())
        return failure(SeasonalityError::NonPositiveTotal);

    constexpr auto max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    std::array<std::int64_t, 12> summed{};
    for (std::size_t m = 0; m < 12; ++m) {
        if (sums[m] > UInt128{max})
            return failure(SeasonalityError::TooLarge);
        summed[m] = static_cast<std::int64_t>(static_cast<std::uint64_t>(sums[m]));
    }
    // A positive year total means some month is positive, so the weights cannot all be 0.
    const SplitResult split = splitByWeights(kWhole, summed);
    std::array<std::int64_t, 12> weights{};
    std::copy(split.values.begin(), split.values.end(), weights.begin());
    return {SeasonalityProfile::fromWeights(weights), std::nullopt, std::move(used)};
}

std::int64_t SeasonalityProfile::mass(Date from, Date to) const
{
    constexpr std::int64_t monthLengthsLcm = 377580; // lcm(28, 29, 30, 31)
    std::int64_t units = 0;
    for (Date cursor = from; cursor <= to;) {
        const int year = static_cast<int>(cursor.year());
        const auto month = static_cast<unsigned>(cursor.month());
        const int monthDays = daysInMonth(year, month);
        const Date end = std::min(makeDate(year, month, static_cast<unsigned>(monthDays)), to);
        const int days = daysBetween(cursor, end) + 1;
        units += weight(month) * days * (monthLengthsLcm / monthDays);
        cursor = addDays(end, 1);
    }
    return units;
}

} // namespace attain::engine
