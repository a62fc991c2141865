#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace attain::engine {

/// An amount in integer minor units (fen, cents) of one currency. Stored amounts are
/// never floating point, so sums are exact; formatting belongs to the UI.
struct Money
{
    std::int64_t minor = 0;
    std::string currency = "CNY";

    friend bool operator==(const Money &, const Money &) = default;
};

/// Thrown when two currencies would be mixed silently; convert first.
class CurrencyMismatch : public std::invalid_argument
{
public:
    CurrencyMismatch(const std::string &a, const std::string &b);
};

[[nodiscard]] Money operator+(const Money &a, const Money &b);
[[nodiscard]] Money operator-(const Money &a, const Money &b);

/// Rounds a non-negative or negative ratio numerator/denominator half away from zero.
/// Integer-only, so it is exact for every amount that fits in 64 bits.
[[nodiscard]] std::int64_t roundedDivide(std::int64_t numerator, std::int64_t denominator);

} // namespace attain::engine
