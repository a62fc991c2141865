#include "engine/WideInt.h"

#include <limits>

namespace attain::engine {

std::optional<std::int64_t> mulDivRounded(std::int64_t a, std::int64_t b, std::int64_t c)
{
    if (c == 0)
        return std::nullopt;
    const bool negative = a != 0 && b != 0 && ((a < 0) != (b < 0)) != (c < 0);
    const UInt128 product = UInt128{magnitude(a)} * UInt128{magnitude(b)};
    const UInt128 divisor{magnitude(c)};
    UInt128 quotient = product / divisor;
    const UInt128 remainder = product % divisor;
    if (remainder >= divisor - remainder) // 2r >= c without overflow: round half away from zero
        quotient += UInt128{1};
    const UInt128 limit = negative ? UInt128{std::uint64_t{1} << 63}
                                   : UInt128{static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())};
    if (quotient > limit)
        return std::nullopt;
    const auto value = static_cast<std::uint64_t>(quotient);
    return negative ? static_cast<std::int64_t>(0 - value) : static_cast<std::int64_t>(value);
}

void WideSum::add(std::int64_t value)
{
    if (value < 0)
        m_negative += UInt128{magnitude(value)};
    else
        m_positive += UInt128{static_cast<std::uint64_t>(value)};
}

void WideSum::subtract(std::int64_t value)
{
    if (value < 0)
        m_positive += UInt128{magnitude(value)};
    else
        m_negative += UInt128{static_cast<std::uint64_t>(value)};
}

int WideSum::sign() const
{
    return m_positive > m_negative ? 1 : (m_positive < m_negative ? -1 : 0);
}

WideSum WideSum::negated() const
{
    WideSum result;
    result.m_positive = m_negative;
    result.m_negative = m_positive;
    return result;
}

bool WideSum::equals(std::int64_t value) const
{
    WideSum difference = *this;
    difference.subtract(value);
    return difference.sign() == 0;
}

std::int64_t WideSum::clamped() const
{
    constexpr auto max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (m_positive >= m_negative) {
        const UInt128 difference = m_positive - m_negative;
        return difference > UInt128{max} ? std::numeric_limits<std::int64_t>::max()
                                         : static_cast<std::int64_t>(static_cast<std::uint64_t>(difference));
    }
    const UInt128 difference = m_negative - m_positive;
    if (difference > UInt128{max + 1})
        return std::numeric_limits<std::int64_t>::min();
    return static_cast<std::int64_t>(0 - static_cast<std::uint64_t>(difference));
}

} // namespace attain::engine
