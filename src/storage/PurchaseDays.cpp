#include "storage/PurchaseDays.h"

#include <algorithm>

namespace attain::storage {

namespace {

constexpr std::uint8_t kBitmap = 0;
constexpr std::uint8_t kGaps = 1;

bool bitmapAnyBetween(int firstDay, std::span<const std::uint8_t> bits, int from, int to)
{
    // Bit i is day firstDay + 1 + i.
    const long long base = static_cast<long long>(firstDay) + 1;
    const long long last = base + static_cast<long long>(bits.size()) * 8 - 1;
    const long long begin = std::max<long long>(from, base);
    const long long end = std::min<long long>(to, last);
    if (begin > end)
        return false;
    auto bit = static_cast<std::size_t>(begin - base);
    const auto stop = static_cast<std::size_t>(end - base) + 1;
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

bool gapsAnyBetween(int firstDay, std::span<const std::uint8_t> gaps, int from, int to)
{
    long long day = firstDay;
    std::size_t at = 0;
    while (at < gaps.size()) {
        long long gap = 0;
        int shift = 0;
        while (at < gaps.size()) {
            const std::uint8_t byte = gaps[at++];
            gap |= static_cast<long long>(byte & 0x7Fu) << shift;
            shift += 7;
            if ((byte & 0x80u) == 0)
                break;
        }
        day += gap;
        if (day > to)
            return false; // days only grow
        if (day >= from)
            return true;
    }
    return false;
}

} // namespace

PurchaseDays::Encoded PurchaseDays::encode() const
{
    std::vector<int> days = m_days;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    Encoded encoded;
    encoded.firstDay = days.front();

    std::vector<std::uint8_t> gaps { kGaps };
    for (std::size_t i = 1; i < days.size(); ++i) {
        auto gap = static_cast<unsigned>(days[i] - days[i - 1]);
        do {
            const auto low = static_cast<std::uint8_t>(gap & 0x7Fu);
            gap >>= 7;
            gaps.push_back(gap != 0 ? static_cast<std::uint8_t>(low | 0x80u) : low);
        } while (gap != 0);
    }
    const std::size_t bitmapBytes
        = days.size() > 1 ? static_cast<std::size_t>(days.back() - days.front() - 1) / 8 + 2 : 1;
    if (bitmapBytes >= gaps.size()) {
        encoded.days = std::move(gaps);
        return encoded;
    }
    encoded.days.assign(bitmapBytes, 0);
    encoded.days[0] = kBitmap;
    for (std::size_t i = 1; i < days.size(); ++i) {
        const auto bit = static_cast<std::size_t>(days[i] - encoded.firstDay - 1);
        encoded.days[1 + bit / 8] |= static_cast<std::uint8_t>(1u << (bit % 8));
    }
    return encoded;
}

bool PurchaseDays::anyBetween(int firstDay, std::span<const std::uint8_t> days, int from, int to)
{
    if (from > to)
        return false;
    if (firstDay >= from && firstDay <= to)
        return true;
    if (firstDay > to || days.empty())
        return false;
    return days[0] == kBitmap ? bitmapAnyBetween(firstDay, days.subspan(1), from, to)
                              : gapsAnyBetween(firstDay, days.subspan(1), from, to);
}

} // namespace attain::storage
