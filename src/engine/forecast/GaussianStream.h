#pragma once

#include <cstdint>

namespace attain::engine::forecast {

/// Standard normal draws from a fixed seed, identical on every platform and standard
/// library (std::normal_distribution is implementation-defined, which would make simulated
/// probabilities differ between the Windows and Linux builds). SplitMix64 bits, Box–Muller.
class GaussianStream
{
public:
    explicit GaussianStream(std::uint64_t seed)
        : m_state(seed)
    {
    }

    /// The next draw from N(0, 1).
    [[nodiscard]] double next();

private:
    [[nodiscard]] std::uint64_t nextBits();
    /// Uniform on the open interval (0, 1), so the logarithm in Box–Muller stays finite.
    [[nodiscard]] double nextUniform();

    std::uint64_t m_state;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace attain::engine::forecast
