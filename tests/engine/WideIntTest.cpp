#include "engine/WideInt.h"

#include <gtest/gtest.h>

#include <limits>
#include <random>

using namespace attain::engine;

namespace {
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
} // namespace

#ifdef __SIZEOF_INT128__
// The portable type is what MSVC builds use; on GCC/Clang it must agree with the native one.
TEST(WideInt, PortableMatchesNativeOnRandomValues)
{
    __extension__ typedef unsigned __int128 Native;
    std::mt19937_64 random(42);
    const auto toNative = [](PortableUInt128 v) { return (static_cast<Native>(v.high()) << 64) | v.low(); };
    for (int i = 0; i < 20000; ++i) {
        // Mix full-width and small operands so carries and short divisors both occur.
        const std::uint64_t a = random() >> (random() % 64), b = random() >> (random() % 64);
        const std::uint64_t c = random() >> (random() % 64), d = (random() >> (random() % 64)) | 1u;
        const PortableUInt128 product = PortableUInt128{a} * PortableUInt128{b};
        ASSERT_EQ(toNative(product), static_cast<Native>(a) * b);
        const PortableUInt128 wide = product + PortableUInt128{c};
        const PortableUInt128 divisor = (i % 2 == 0) ? PortableUInt128{d} : PortableUInt128{c % 7, d};
        ASSERT_EQ(toNative(wide / divisor), toNative(wide) / toNative(divisor));
        ASSERT_EQ(toNative(wide % divisor), toNative(wide) % toNative(divisor));
        ASSERT_EQ(toNative(wide - PortableUInt128{c}), toNative(product));
        ASSERT_EQ(wide < divisor, toNative(wide) < toNative(divisor));
    }
}
#endif

TEST(WideInt, MulDivRoundsHalfAwayFromZero)
{
    EXPECT_EQ(mulDivRounded(1, 1, 2), 1);
    EXPECT_EQ(mulDivRounded(-1, 1, 2), -1);
    EXPECT_EQ(mulDivRounded(1, 1, 3), 0);
    EXPECT_EQ(mulDivRounded(2, 1, 3), 1);
    EXPECT_EQ(mulDivRounded(-2, 1, 3), -1);
    EXPECT_EQ(mulDivRounded(2, -1, 3), -1);
    EXPECT_EQ(mulDivRounded(2, 1, -3), -1);
    EXPECT_EQ(mulDivRounded(-2, -1, -3), -1);
    EXPECT_EQ(mulDivRounded(-2, -1, 3), 1);
    EXPECT_EQ(mulDivRounded(0, -5, -3), 0);
}

TEST(WideInt, MulDivIsExactBeyond64BitProducts)
{
    // 9e17 × 10000 overflows 64 bits; the quotient does not.
    EXPECT_EQ(mulDivRounded(900'000'000'000'000'000, 10000, 1'000'000'000'000'000'000), 9000);
    EXPECT_EQ(mulDivRounded(kMax, kMax, kMax), kMax);
    EXPECT_EQ(mulDivRounded(kMin, 1, 1), kMin);
    EXPECT_EQ(mulDivRounded(kMin, -1, -1), kMin);
}

TEST(WideInt, MulDivReportsOverflowAndZeroDivisor)
{
    EXPECT_FALSE(mulDivRounded(kMax, 2, 1).has_value());
    EXPECT_FALSE(mulDivRounded(kMin, -1, 1).has_value());
    EXPECT_FALSE(mulDivRounded(1, 1, 0).has_value());
}

TEST(WideInt, WideSumIsExactPastTheInt64Range)
{
    WideSum sum;
    sum.add(kMax);
    sum.add(kMax);
    EXPECT_EQ(sum.sign(), 1);
    EXPECT_EQ(sum.clamped(), kMax);
    sum.subtract(kMax);
    EXPECT_TRUE(sum.equals(kMax));
    sum.add(kMin);
    EXPECT_TRUE(sum.equals(-1));
    sum.add(kMin);
    sum.add(kMin);
    EXPECT_EQ(sum.clamped(), kMin);
    EXPECT_EQ(sum.negated().clamped(), kMax);
    WideSum zero;
    EXPECT_EQ(zero.sign(), 0);
    EXPECT_TRUE(zero.equals(0));
}

TEST(WideInt, WideSumMulDivIsExactBeyondTheInt64Range)
{
    WideSum sum;
    for (int i = 0; i < 3; ++i)
        sum.add(4'400'000'000'000'000'000); // 1.32e19 does not fit in 64 bits
    EXPECT_EQ(sum.mulDivRounded(1, 3), 4'400'000'000'000'000'000);
    EXPECT_EQ(sum.mulDivRounded(-1, 3), -4'400'000'000'000'000'000);
    EXPECT_FALSE(sum.mulDivRounded(1, 1).has_value());
    EXPECT_FALSE(sum.mulDivRounded(1, 0).has_value());

    WideSum power; // 2^65; × 2^63 is exactly 2^128, which would wrap to 0 unchecked
    for (int i = 0; i < 8; ++i)
        power.add(std::int64_t{1} << 62);
    EXPECT_FALSE(power.mulDivRounded(std::numeric_limits<std::int64_t>::min(), 1).has_value());
    EXPECT_FALSE(power.mulDivRounded(std::numeric_limits<std::int64_t>::min(), kMax).has_value());
    EXPECT_EQ(power.mulDivRounded(1, 8), std::int64_t{1} << 62);

    WideSum small; // -7 × 3 / 2 = -10.5, rounded away from zero
    small.add(-10);
    small.add(3);
    EXPECT_EQ(small.mulDivRounded(3, 2), -11);
    EXPECT_EQ(small.mulDivRounded(3, -2), 11);
    EXPECT_EQ(small.mulDivRounded(1, 7), -1);
    EXPECT_EQ(WideSum{}.mulDivRounded(5, 3), 0);
}

TEST(WideInt, AddProductRefusesOverflowAndAgreesWithThePortableVersion)
{
    const std::int64_t cases[][3] = {{0, 3, 4},          {10, -3, 4},          {kMax - 12, 3, 4}, {kMax - 11, 3, 4},
                                     {kMin + 12, -3, 4}, {kMin + 11, -3, 4},   {0, kMax, 2},      {0, kMin, -1},
                                     {5, kMin, 1},       {-5, kMin, 1},        {0, 1'000'000'000'000'000, 10000}};
    for (const auto &c : cases) {
        std::int64_t fast = c[0];
        std::int64_t portable = c[0];
        const bool fastOk = addProduct(fast, c[1], c[2]);
        const bool portableOk = addProductPortable(portable, c[1], c[2]);
        EXPECT_EQ(fastOk, portableOk) << c[0] << " + " << c[1] << " × " << c[2];
        EXPECT_EQ(fast, portable);
        if (!fastOk) {
            EXPECT_EQ(fast, c[0]); // untouched on overflow
        }
    }
    std::int64_t sum = kMax - 12;
    EXPECT_TRUE(addProduct(sum, 3, 4));
    EXPECT_EQ(sum, kMax);
    EXPECT_FALSE(addProduct(sum, 1, 1));
}
