#pragma once

#include <cstdint>
#include <optional>

namespace attain::engine {

/// Actual against target for one metric, scope and period, both in the same unit
/// (minor currency units for revenue).
struct Attainment
{
    std::int64_t target = 0;
    std::int64_t actual = 0;

    /// target - actual; negative once the target is exceeded.
    [[nodiscard]] std::int64_t gap() const { return target - actual; }
    /// Attainment in basis points (10000 = 100 %), rounded half away from zero;
    /// nullopt when there is no positive target to measure against (or the ratio does not fit
    /// in 64 bits).
    [[nodiscard]] std::optional<std::int64_t> basisPoints() const;
};

} // namespace attain::engine
