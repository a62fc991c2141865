#include "engine/Money.h"

namespace attain::engine {

CurrencyMismatch::CurrencyMismatch(const std::string &a, const std::string &b)
    : std::invalid_argument("currency mismatch: " + a + " vs " + b)
{
}

Money operator+(const Money &a, const Money &b)
{
    if (a.currency != b.currency)
        throw CurrencyMismatch(a.currency, b.currency);
    return Money{a.minor + b.minor, a.currency};
}

Money operator-(const Money &a, const Money &b)
{
    if (a.currency != b.currency)
        throw CurrencyMismatch(a.currency, b.currency);
    return Money{a.minor - b.minor, a.currency};
}

std::int64_t roundedDivide(std::int64_t numerator, std::int64_t denominator)
{
    if (denominator == 0)
        throw std::domain_error("roundedDivide: division by zero");
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const std::int64_t quotient = numerator / denominator;
    const std::int64_t remainder = numerator % denominator;
    // Compare 2|r| with d without overflowing: |r| >= d - |r|.
    const std::int64_t absRemainder = remainder < 0 ? -remainder : remainder;
    if (absRemainder >= denominator - absRemainder)
        return quotient + (numerator < 0 ? -1 : 1);
    return quotient;
}

} // namespace attain::engine
