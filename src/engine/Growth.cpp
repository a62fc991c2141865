#include "engine/Growth.h"

#include "engine/WideInt.h"

#include <limits>

namespace attain::engine {

std::optional<std::int64_t> growthBasisPoints(std::int64_t current, std::int64_t previous)
{
    if (previous <= 0)
        return std::nullopt;
    if (current >= 0) // 0 ≤ current, 0 < previous: current − previous cannot overflow
        return mulDivRounded(current - previous, 10000, previous);
    // current − previous may not fit in 64 bits here. Both current × 10000 / previous and the
    // growth are negative, and rounding half away from zero commutes with subtracting an
    // integer on the same side of zero, so growth = round(current × 10000 / previous) − 10000.
    const std::optional<std::int64_t> ratio = mulDivRounded(current, 10000, previous);
    if (!ratio || *ratio < std::numeric_limits<std::int64_t>::min() + 10000)
        return std::nullopt;
    return *ratio - 10000;
}

std::optional<std::int64_t> windowSum(std::span<const std::int64_t> series, std::size_t index, std::size_t length)
{
    if (length == 0 || index >= series.size() || index + 1 < length)
        return std::nullopt;
    WideSum sum;
    for (std::int64_t value : series.subspan(index + 1 - length, length))
        sum.add(value);
    const std::int64_t clamped = sum.clamped();
    if (!sum.equals(clamped))
        return std::nullopt;
    return clamped;
}

std::optional<std::int64_t> windowGrowth(std::span<const std::int64_t> series, std::size_t index, std::size_t length,
                                         std::size_t lag)
{
    if (lag == 0 || index < lag)
        return std::nullopt;
    const std::optional<std::int64_t> current = windowSum(series, index, length);
    const std::optional<std::int64_t> previous = windowSum(series, index - lag, length);
    if (!current || !previous)
        return std::nullopt;
    return growthBasisPoints(*current, *previous);
}

std::optional<std::int64_t> monthOverMonth(std::span<const std::int64_t> monthly, std::size_t index, std::size_t window)
{
    return windowGrowth(monthly, index, window, 1);
}

std::optional<std::int64_t> quarterOverQuarter(std::span<const std::int64_t> monthly, std::size_t index,
                                               std::size_t window)
{
    return windowGrowth(monthly, index, window, 3);
}

std::optional<std::int64_t> yearOverYear(std::span<const std::int64_t> monthly, std::size_t index, std::size_t window)
{
    return windowGrowth(monthly, index, window, 12);
}

} // namespace attain::engine
