#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace attain::engine {

/// Growth from `previous` to `current` in basis points (10000 = +100 %):
/// round((current − previous) × 10000 / previous), half away from zero, exact for every 64-bit
/// input. nullopt when `previous` ≤ 0, because growth from zero is infinite and growth from a
/// negative base (a period of net returns) has no meaningful sign; also nullopt when the
/// result does not fit in 64 bits.
[[nodiscard]] std::optional<std::int64_t> growthBasisPoints(std::int64_t current, std::int64_t previous);

/// The sum of the `length` consecutive values of `series` that end at `index` (inclusive),
/// i.e. series[index − length + 1 … index]. nullopt when `length` is 0, the window does not lie
/// entirely inside the series (missing history), or the sum does not fit in 64 bits.
[[nodiscard]] std::optional<std::int64_t> windowSum(std::span<const std::int64_t> series, std::size_t index,
                                                    std::size_t length);

/// Growth of the window of `length` values ending at `index` against the window of the same
/// length ending `lag` values earlier (growthBasisPoints of the two windowSums). nullopt when
/// `lag` is 0, either window is missing, or the growth is undefined.
[[nodiscard]] std::optional<std::int64_t> windowGrowth(std::span<const std::int64_t> series, std::size_t index,
                                                       std::size_t length, std::size_t lag);

/// Month over month on a consecutive monthly series: the `window` months ending at `index`
/// against the same window one month earlier.
[[nodiscard]] std::optional<std::int64_t> monthOverMonth(std::span<const std::int64_t> monthly, std::size_t index,
                                                         std::size_t window = 1);

/// Quarter over quarter on a consecutive monthly series: by default the three months ending at
/// `index` against the three months before them (lag 3).
[[nodiscard]] std::optional<std::int64_t> quarterOverQuarter(std::span<const std::int64_t> monthly, std::size_t index,
                                                             std::size_t window = 3);

/// Year over year on a consecutive monthly series: the `window` months ending at `index`
/// against the same months one year (12 values) earlier.
[[nodiscard]] std::optional<std::int64_t> yearOverYear(std::span<const std::int64_t> monthly, std::size_t index,
                                                       std::size_t window = 1);

} // namespace attain::engine
