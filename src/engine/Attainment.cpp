#include "engine/Attainment.h"

#include "engine/Money.h"

#include <cmath>
#include <limits>

namespace attain::engine {

std::optional<std::int64_t> Attainment::basisPoints() const
{
    if (target <= 0)
        return std::nullopt;
    constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max() / 10000;
    if (actual <= limit && actual >= -limit)
        return roundedDivide(actual * 10000, target);
    // actual * 10000 overflows beyond ~9.2e14 minor units: widen instead of wrapping around.
#ifdef __SIZEOF_INT128__
    __extension__ typedef __int128 Wide; // __extension__: GCC/Clang's 128-bit integer under -pedantic
    const Wide scaled = static_cast<Wide>(actual) * 10000;
    const Wide quotient = scaled / target;
    const Wide remainder = scaled % target;
    const Wide absRemainder = remainder < 0 ? -remainder : remainder;
    const Wide rounded = quotient + ((absRemainder >= target - absRemainder) ? (scaled < 0 ? -1 : 1) : 0);
#else
    const long double rounded = std::roundl(static_cast<long double>(actual) * 10000.0L / target);
#endif
    if (rounded > std::numeric_limits<std::int64_t>::max() || rounded < std::numeric_limits<std::int64_t>::min())
        return std::nullopt;
    return static_cast<std::int64_t>(rounded);
}

} // namespace attain::engine
