#include "storage/PurchaseDays.h"

#include <algorithm>

namespace attain::storage {

PurchaseDays::Encoded PurchaseDays::encode() const
{
    Encoded encoded;
    const auto [low, high] = std::minmax_element(m_days.begin(), m_days.end());
    encoded.firstDay = *low;
    encoded.bits.assign(static_cast<std::size_t>(*high - *low) / 8 + 1, 0);
    for (int day : m_days) {
        const auto bit = static_cast<std::size_t>(day - encoded.firstDay);
        encoded.bits[bit / 8] |= static_cast<std::uint8_t>(1u << (bit % 8));
    }
    return encoded;
}

bool PurchaseDays::anyBetween(int firstDay, std::span<const std::uint8_t> bits, int from, int to)
{
    const long long last = static_cast<long long>(firstDay) + static_cast<long long>(bits.size()) * 8 - 1;
    const long long begin = std::max<long long>(from, firstDay);
    const long long end = std::min<long long>(to, last);
    if (begin > end)
        return false;
    auto bit = static_cast<std::size_t>(begin - firstDay);
    const auto stop = static_cast<std::size_t>(end - firstDay) + 1;
    // Bit by bit up to a byte boundary, then whole bytes, then the tail.
    for (; bit < stop && bit % 8 != 0; ++bit)
        if ((bits[bit / 8] >> (bit % 8)) & 1u)
            return true;
    for (; bit + 8 <= stop; bit += 8)
        if (bits[bit / 8] != 0)
            return true;
    for (; bit < stop; ++bit)
        if ((bits[bit / 8] >> (bit % 8)) & 1u)
            return true;
    return false;
}

} // namespace attain::storage
