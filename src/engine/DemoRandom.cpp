#include "engine/DemoRandom.h"

#include <cmath>
#include <cstdio>
#include <numbers>

namespace attain::engine {

double DemoRandom::uniform()
{
    // 53 random bits make every double in [0, 1) on a 2^-53 grid equally likely.
    return static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
}

std::int64_t DemoRandom::between(std::int64_t low, std::int64_t high)
{
    const auto span = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<std::int64_t>(m_engine() % span);
}

double DemoRandom::normal(double mean, double sd)
{
    // Box-Muller; 1 - u keeps the logarithm's argument away from zero.
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double DemoRandom::logNormal(double mu, double sigma)
{
    return std::exp(normal(mu, sigma));
}

int DemoRandom::poisson(double mean)
{
    if (mean <= 0.0)
        return 0;
    if (mean > 30.0) {
        // The normal approximation is close enough for demo data and O(1).
        const double draw = std::round(normal(mean, std::sqrt(mean)));
        return draw < 0.0 ? 0 : static_cast<int>(draw);
    }
    const double limit = std::exp(-mean);
    int count = 0;
    double product = uniform();
    while (product > limit) {
        ++count;
        product *= uniform();
    }
    return count;
}

std::string DemoRandom::uuid()
{
    std::uint64_t hi = m_engine();
    std::uint64_t lo = m_engine();
    hi = (hi & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL; // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL; // RFC 4122 variant
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%08llx-%04llx-%04llx-%04llx-%012llx",
                  static_cast<unsigned long long>(hi >> 32),
                  static_cast<unsigned long long>((hi >> 16) & 0xFFFF),
                  static_cast<unsigned long long>(hi & 0xFFFF),
                  static_cast<unsigned long long>(lo >> 48),
                  static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFULL));
    return buffer;
}

} // namespace attain::engine
