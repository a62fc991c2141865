#include "engine/Attainment.h"

#include "engine/Money.h"

#include <limits>

namespace attain::engine {

std::optional<std::int64_t> Attainment::basisPoints() const
{
    if (target <= 0)
        return std::nullopt;
    // actual * 10000 overflows only beyond ~9.2e14 minor units (9.2 trillion yuan); fall back
    // to a coarser but exact-enough division there rather than wrap around.
    constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max() / 10000;
    if (actual > limit || actual < -limit)
        return roundedDivide(actual, target / 10000 == 0 ? 1 : target / 10000);
    return roundedDivide(actual * 10000, target);
}

} // namespace attain::engine
