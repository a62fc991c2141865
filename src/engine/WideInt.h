#pragma once

#include <compare>
#include <cstdint>
#include <optional>

namespace attain::engine {

/// An unsigned 128-bit integer for the few products of two 64-bit amounts that need it
/// (amount × weight, actual × 10000). GCC and Clang have a native type; MSVC does not, so
/// `PortableUInt128` does the arithmetic on two 64-bit halves. Both are always compiled so
/// the portable one is tested against the native one.
class PortableUInt128
{
public:
    constexpr PortableUInt128() = default;
    constexpr PortableUInt128(std::uint64_t value) : m_lo(value) {} // NOLINT: implicit like a built-in
    constexpr PortableUInt128(std::uint64_t hi, std::uint64_t lo) : m_hi(hi), m_lo(lo) {}

    [[nodiscard]] constexpr std::uint64_t high() const { return m_hi; }
    [[nodiscard]] constexpr std::uint64_t low() const { return m_lo; }

    friend constexpr bool operator==(const PortableUInt128 &, const PortableUInt128 &) = default;
    friend constexpr std::strong_ordering operator<=>(const PortableUInt128 &a, const PortableUInt128 &b)
    {
        if (auto order = a.m_hi <=> b.m_hi; order != 0)
            return order;
        return a.m_lo <=> b.m_lo;
    }

    friend constexpr PortableUInt128 operator+(PortableUInt128 a, PortableUInt128 b)
    {
        const std::uint64_t lo = a.m_lo + b.m_lo;
        return {a.m_hi + b.m_hi + (lo < a.m_lo ? 1u : 0u), lo};
    }
    friend constexpr PortableUInt128 operator-(PortableUInt128 a, PortableUInt128 b)
    {
        return {a.m_hi - b.m_hi - (a.m_lo < b.m_lo ? 1u : 0u), a.m_lo - b.m_lo};
    }
    PortableUInt128 &operator+=(PortableUInt128 other) { return *this = *this + other; }

    /// Full product modulo 2^128, from 32-bit limbs.
    friend constexpr PortableUInt128 operator*(PortableUInt128 a, PortableUInt128 b)
    {
        const std::uint64_t mask = 0xFFFFFFFFu;
        const std::uint64_t a0 = a.m_lo & mask, a1 = a.m_lo >> 32, b0 = b.m_lo & mask, b1 = b.m_lo >> 32;
        const std::uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
        const std::uint64_t middle = (p00 >> 32) + (p01 & mask) + (p10 & mask);
        const std::uint64_t lo = (middle << 32) | (p00 & mask);
        const std::uint64_t hi = p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32) + a.m_hi * b.m_lo + a.m_lo * b.m_hi;
        return {hi, lo};
    }

    /// Quotient and remainder by shift-and-subtract; `divisor` must not be zero.
    static constexpr void divide(PortableUInt128 dividend, PortableUInt128 divisor, PortableUInt128 &quotient,
                                 PortableUInt128 &remainder)
    {
        quotient = {};
        remainder = {};
        for (int bit = 127; bit >= 0; --bit) {
            remainder = remainder.shiftedLeftOne();
            if (dividend.bitAt(bit))
                remainder.m_lo |= 1u;
            if (remainder >= divisor) {
                remainder = remainder - divisor;
                quotient.setBit(bit);
            }
        }
    }
    friend constexpr PortableUInt128 operator/(PortableUInt128 a, PortableUInt128 b)
    {
        PortableUInt128 q, r;
        divide(a, b, q, r);
        return q;
    }
    friend constexpr PortableUInt128 operator%(PortableUInt128 a, PortableUInt128 b)
    {
        PortableUInt128 q, r;
        divide(a, b, q, r);
        return r;
    }

    explicit constexpr operator std::uint64_t() const { return m_lo; }

private:
    [[nodiscard]] constexpr PortableUInt128 shiftedLeftOne() const { return {(m_hi << 1) | (m_lo >> 63), m_lo << 1}; }
    [[nodiscard]] constexpr bool bitAt(int bit) const
    {
        return bit >= 64 ? ((m_hi >> (bit - 64)) & 1u) != 0 : ((m_lo >> bit) & 1u) != 0;
    }
    constexpr void setBit(int bit)
    {
        if (bit >= 64)
            m_hi |= std::uint64_t{1} << (bit - 64);
        else
            m_lo |= std::uint64_t{1} << bit;
    }

    std::uint64_t m_hi = 0;
    std::uint64_t m_lo = 0;
};

#ifdef __SIZEOF_INT128__
__extension__ typedef unsigned __int128 UInt128; // __extension__: accepted under -pedantic
#else
using UInt128 = PortableUInt128;
#endif

/// |value| as unsigned; well defined for INT64_MIN.
[[nodiscard]] constexpr std::uint64_t magnitude(std::int64_t value)
{
    return value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
}

/// a × b / c rounded half away from zero, exact for all 64-bit inputs; nullopt when c is 0 or
/// the result does not fit in 64 bits. The workhorse for percentages of large amounts
/// (actual × 10000 / target) and proportional shares.
[[nodiscard]] std::optional<std::int64_t> mulDivRounded(std::int64_t a, std::int64_t b, std::int64_t c);

/// addProduct without compiler builtins (MSVC); always compiled so that it is tested.
[[nodiscard]] bool addProductPortable(std::int64_t &sum, std::int64_t a, std::int64_t b);

/// sum += a × b unless that overflows 64 bits; returns false (and leaves `sum` alone) if it would.
/// Hot loops accumulate with it and mark the total unusable instead of wrapping around.
[[nodiscard]] inline bool addProduct(std::int64_t &sum, std::int64_t a, std::int64_t b)
{
#if defined(__GNUC__) || defined(__clang__)
    std::int64_t product = 0;
    std::int64_t result = 0;
    if (__builtin_mul_overflow(a, b, &product) || __builtin_add_overflow(sum, product, &result))
        return false;
    sum = result;
    return true;
#else
    return addProductPortable(sum, a, b);
#endif
}

/// An exact sum of any number of 64-bit values (kept as a positive and a negative part), for
/// totals of amounts that may not fit in 64 bits while adding up.
class WideSum
{
public:
    void add(std::int64_t value);
    void subtract(std::int64_t value);
    /// -1, 0 or 1.
    [[nodiscard]] int sign() const;
    [[nodiscard]] WideSum negated() const;
    [[nodiscard]] bool equals(std::int64_t value) const;
    /// The sum, saturated to the 64-bit range.
    [[nodiscard]] std::int64_t clamped() const;
    /// sum × factor / divisor rounded half away from zero, exact even when the sum itself does
    /// not fit in 64 bits (an average of huge amounts); nullopt when divisor is 0 or the result
    /// does not fit.
    [[nodiscard]] std::optional<std::int64_t> mulDivRounded(std::int64_t factor, std::int64_t divisor) const;

private:
    UInt128 m_positive = 0;
    UInt128 m_negative = 0;
};

} // namespace attain::engine
