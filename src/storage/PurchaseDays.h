#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace attain::storage {

/// The days a customer bought on, as stored in customer_purchase_days (first_day, days): the
/// first day as a day number (days since 1970-01-01) and the others in whichever form is
/// smaller. A customer of a company or team buys often, so a bitmap wins (first byte 0, then
/// bit i = day first + i + 1, byte i / 8, bit i % 8): five years of daily purchases fit in 229
/// bytes. A customer of one rep buys now and then, so the gaps between days win (first byte 1,
/// then each gap as an unsigned LEB128 varint): three purchases over four years take 5 bytes.
/// "Did they buy between these two days" reads a few bytes either way, so retention over any
/// two windows is one pass over the customers of a scope.
class PurchaseDays
{
public:
    void add(int day) { m_days.push_back(day); }
    [[nodiscard]] bool empty() const { return m_days.empty(); }

    struct Encoded
    {
        int firstDay = 0;
        std::vector<std::uint8_t> days; ///< after the first day; see the class comment
    };
    /// The days added (in any order, repeats allowed); empty() must be false.
    [[nodiscard]] Encoded encode() const;

    /// True when an encoded set has a day from `from` to `to` (inclusive).
    [[nodiscard]] static bool anyBetween(int firstDay, std::span<const std::uint8_t> days, int from, int to);

private:
    std::vector<int> m_days;
};

} // namespace attain::storage
