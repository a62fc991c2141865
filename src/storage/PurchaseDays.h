#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace attain::storage {

/// The days a customer bought on, as stored in customer_purchase_days: a bitmap that starts at
/// the first day, bit i (byte i / 8, bit i % 8) standing for day first + i (day numbers since
/// 1970-01-01). Five years of daily purchases fit in 229 bytes, and "did they buy between these
/// two days" reads a few bytes, so retention over any two windows is one pass over the
/// customers of a scope.
class PurchaseDays
{
public:
    void add(int day) { m_days.push_back(day); }
    [[nodiscard]] bool empty() const { return m_days.empty(); }

    struct Encoded
    {
        int firstDay = 0;
        std::vector<std::uint8_t> bits;
    };
    /// The bitmap of the days added (in any order, repeats allowed); empty() must be false.
    [[nodiscard]] Encoded encode() const;

    /// True when the bitmap has a day from `from` to `to` (inclusive).
    [[nodiscard]] static bool anyBetween(int firstDay, std::span<const std::uint8_t> bits, int from, int to);

private:
    std::vector<int> m_days;
};

} // namespace attain::storage
