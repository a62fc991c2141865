#include "engine/WideInt.h"

#include <limits>

namespace attain::engine {

namespace {

/// product / divisor rounded half away from zero, with the given sign; nullopt when it does not
/// fit in 64 bits. `divisor` must not be zero.
std::optional<std::int64_t> roundedQuotient(UInt128 product, UInt128 divisor, bool negative)
{
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

} // namespace

std::optional<std::int64_t> mulDivRounded(std::int64_t a, std::int64_t b, std::int64_t c)
{
    if (c == 0)
        return std::nullopt;
    const bool negative = a != 0 && b != 0 && ((a < 0) != (b < 0)) != (c < 0);
    return roundedQuotient(UInt128{magnitude(a)} * UInt128{magnitude(b)}, UInt128{magnitude(c)}, negative);
}

bool addProductPortable(std::int64_t &sum, std::int64_t a, std::int64_t b)
{
    const auto product = mulDivRounded(a, b, 1);
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
    if (!product || (*product > 0 && sum > max - *product) || (*product < 0 && sum < min - *product))
        return false;
    sum += *product;
    return true;
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

std::optional<std::int64_t> WideSum::mulDivRounded(std::int64_t factor, std::int64_t divisor) const
{
    if (divisor == 0)
        return std::nullopt;
    const int sumSign = sign();
    const UInt128 sumMagnitude = sumSign >= 0 ? m_positive - m_negative : m_negative - m_positive;
    const UInt128 factorMagnitude{magnitude(factor)};
    const UInt128 divisorMagnitude{magnitude(divisor)};
    // A product beyond 128 bits divided by at most 2^63 cannot fit in 64 bits either.
    if (factorMagnitude != UInt128{0} && sumMagnitude > (UInt128{0} - UInt128{1}) / factorMagnitude)
        return std::nullopt;
    const bool negative = sumSign != 0 && factor != 0 && ((sumSign < 0) != (factor < 0)) != (divisor < 0);
    return roundedQuotient(sumMagnitude * factorMagnitude, divisorMagnitude, negative);
}

} // namespace attain::engine
