#include "engine/Attainment.h"

#include "engine/WideInt.h"

namespace attain::engine {

std::optional<std::int64_t> Attainment::basisPoints() const
{
    if (target <= 0)
        return std::nullopt;
    // Exact in 128 bits: actual × 10000 overflows 64 bits beyond ~9.2e14 minor units.
    return mulDivRounded(actual, 10000, target);
}

} // namespace attain::engine
