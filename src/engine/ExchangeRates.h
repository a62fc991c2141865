#pragma once

#include "engine/Money.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace attain::engine {

/// Decimal places of a currency's minor unit (ISO 4217): 2 for CNY, USD, EUR; 0 for JPY, KRW;
/// 3 for KWD. nullopt for a code the engine does not know, so an unknown code is never guessed.
[[nodiscard]] std::optional<int> minorUnitDigits(const std::string &currency);

/// A month as a single number (year × 12 + month − 1) for compact keys and ordering.
[[nodiscard]] constexpr int monthIndex(int year, unsigned month) { return year * 12 + static_cast<int>(month) - 1; }

/// Monthly exchange rates. A rate says how many units of `to` one unit of `from` buys in that
/// month, as a fixed-point integer with 8 decimals (7.1234 CNY per USD = 712'340'000), so a rate
/// is stored exactly as entered. Amounts are converted with the rate of the month they fall in.
class ExchangeRates
{
public:
    static constexpr std::int64_t kScale = 100'000'000; ///< 8 decimal places

    /// How to treat a month that has no rate of its own.
    enum class Fallback {
        ExactMonth,      ///< missing means missing: report it
        LatestEarlier,   ///< use the most recent earlier month's rate (a new month before rates arrive)
    };

    /// Sets (or replaces) a rate; `scaledRate` must be positive.
    void set(const std::string &from, const std::string &to, int year, unsigned month, std::int64_t scaledRate);

    /// The rate used for a conversion: where it came from, so a report can show it.
    struct RateUse
    {
        std::int64_t scaledRate = 0;
        int monthIndex = 0;    ///< the month whose rate was used (may be earlier with LatestEarlier)
        bool inverted = false; ///< only the opposite direction was known; 1 / rate was used
    };

    /// The rate from → to for a month; identical currencies have rate 1. A direct rate wins over
    /// the inverse of the opposite one.
    [[nodiscard]] std::optional<RateUse> rate(const std::string &from, const std::string &to, int year,
                                              unsigned month, Fallback fallback = Fallback::ExactMonth) const;

    /// `amount` in `to`, rounded half away from zero to `to`'s minor unit; nullopt when no rate is
    /// known for that month (or a currency code is unknown, or the result does not fit).
    [[nodiscard]] std::optional<Money> convert(const Money &amount, const std::string &to, int year, unsigned month,
                                               Fallback fallback = Fallback::ExactMonth) const;

private:
    using Key = std::tuple<std::string, std::string, int>; // from, to, month index
    [[nodiscard]] std::optional<RateUse> find(const std::string &from, const std::string &to, int month,
                                              Fallback fallback) const;

    std::map<Key, std::int64_t> m_rates;
};

/// A conversion that could not be made: which currency pair and month needs a rate.
struct MissingRate
{
    std::string from, to;
    int year = 0;
    unsigned month = 0;
    friend bool operator==(const MissingRate &, const MissingRate &) = default;
};

} // namespace attain::engine
