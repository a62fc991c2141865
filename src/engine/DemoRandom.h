#pragma once

#include <cstdint>
#include <random>
#include <string>

namespace attain::engine {

/// Seeded random numbers whose sequence is the same on every platform.
/// std::mt19937_64's output is fixed by the standard, but the std distributions are not,
/// so the distributions here are written on top of the raw 64-bit draws.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_engine(seed) {}

    /// Uniform in [0, 1).
    [[nodiscard]] double uniform();
    /// Uniform integer in [low, high].
    [[nodiscard]] std::int64_t between(std::int64_t low, std::int64_t high);
    [[nodiscard]] bool chance(double probability) { return uniform() < probability; }
    [[nodiscard]] double normal(double mean, double sd);
    /// exp(N(mu, sigma)): positive and right-skewed, like deal sizes.
    [[nodiscard]] double logNormal(double mu, double sigma);
    [[nodiscard]] int poisson(double mean);
    /// A version-4-shaped UUID, deterministic for the seed.
    [[nodiscard]] std::string uuid();

private:
    std::mt19937_64 m_engine;
};

} // namespace attain::engine
