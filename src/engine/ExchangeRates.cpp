#include "engine/ExchangeRates.h"

#include "engine/WideInt.h"

#include <array>
#include <limits>
#include <stdexcept>
#include <utility>

namespace attain::engine {

std::optional<int> minorUnitDigits(const std::string &currency)
{
    // The currencies our users trade in; extend as customers need more.
    static constexpr std::array<std::pair<const char *, int>, 22> table{{
        {"AUD", 2}, {"BHD", 3}, {"CAD", 2}, {"CHF", 2}, {"CNY", 2}, {"EUR", 2}, {"GBP", 2}, {"HKD", 2},
        {"IDR", 2}, {"INR", 2}, {"JPY", 0}, {"KRW", 0}, {"KWD", 3}, {"MOP", 2}, {"MYR", 2}, {"NZD", 2},
        {"PHP", 2}, {"SGD", 2}, {"THB", 2}, {"TWD", 2}, {"USD", 2}, {"VND", 0},
    }};
    for (const auto &[code, digits] : table)
        if (currency == code)
            return digits;
    return std::nullopt;
}

void ExchangeRates::set(const std::string &from, const std::string &to, int year, unsigned month,
                        std::int64_t scaledRate)
{
    if (scaledRate <= 0)
        throw std::invalid_argument("exchange rate must be positive");
    m_rates[Key{from, to, monthIndex(year, month)}] = scaledRate;
}

std::optional<ExchangeRates::RateUse> ExchangeRates::find(const std::string &from, const std::string &to, int month,
                                                          Fallback fallback) const
{
    if (fallback == Fallback::ExactMonth) {
        const auto found = m_rates.find(Key{from, to, month});
        if (found == m_rates.end())
            return std::nullopt;
        return RateUse{found->second, month, false};
    }
    // The last entry at or before the month, if it is for the same pair.
    auto after = m_rates.upper_bound(Key{from, to, month});
    if (after == m_rates.begin())
        return std::nullopt;
    const auto &[key, scaledRate] = *std::prev(after);
    if (std::get<0>(key) != from || std::get<1>(key) != to)
        return std::nullopt;
    return RateUse{scaledRate, std::get<2>(key), false};
}

std::optional<ExchangeRates::RateUse> ExchangeRates::rate(const std::string &from, const std::string &to, int year,
                                                          unsigned month, Fallback fallback) const
{
    const int index = monthIndex(year, month);
    if (from == to)
        return RateUse{kScale, index, false};
    auto direct = find(from, to, index, fallback);
    auto opposite = find(to, from, index, fallback);
    if (opposite)
        opposite->inverted = true;
    // The more recent month wins (with ExactMonth both are this month); at a tie, the direct rate.
    if (direct && (!opposite || direct->monthIndex >= opposite->monthIndex))
        return direct;
    return opposite;
}

std::optional<Money> ExchangeRates::convert(const Money &amount, const std::string &to, int year, unsigned month,
                                            Fallback fallback) const
{
    if (amount.currency == to)
        return amount;
    const auto fromDigits = minorUnitDigits(amount.currency);
    const auto toDigits = minorUnitDigits(to);
    const auto use = rate(amount.currency, to, year, month, fallback);
    if (!fromDigits || !toDigits || !use)
        return std::nullopt;
    // to_minor = from_minor × rate × 10^toDigits / (scale × 10^fromDigits), with the rate
    // inverted when only the opposite direction is known. One rounding, at the end.
    std::int64_t numerator = use->inverted ? kScale : use->scaledRate;
    std::int64_t denominator = use->inverted ? use->scaledRate : kScale;
    constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max() / 10;
    for (int i = 0; i < *toDigits; ++i, numerator *= 10)
        if (numerator > limit)
            return std::nullopt;
    for (int i = 0; i < *fromDigits; ++i, denominator *= 10)
        if (denominator > limit)
            return std::nullopt;
    const auto converted = mulDivRounded(amount.minor, numerator, denominator);
    if (!converted)
        return std::nullopt;
    return Money{*converted, to};
}

} // namespace attain::engine
