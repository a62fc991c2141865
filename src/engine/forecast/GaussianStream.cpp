#include "engine/forecast/GaussianStream.h"

#include <cmath>
#include <numbers>

namespace attain::engine::forecast {

std::uint64_t GaussianStream::nextBits()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double GaussianStream::nextUniform()
{
    // 53 random bits, shifted by half a step so neither 0 nor 1 can occur.
    return (static_cast<double>(nextBits() >> 11) + 0.5) * 0x1.0p-53;
}

double GaussianStream::next()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    const double radius = std::sqrt(-2.0 * std::log(nextUniform()));
    const double angle = 2.0 * std::numbers::pi * nextUniform();
    m_spare = radius * std::sin(angle);
    m_hasSpare = true;
    return radius * std::cos(angle);
}

} // namespace attain::engine::forecast
