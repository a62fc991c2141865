#include "engine/Period.h"

#include <charconv>
#include <cstdio>

namespace attain::engine {

Period Period::year(int year)
{
    return Period{Kind::Year, makeDate(year, 1, 1), makeDate(year, 12, 31)};
}

Period Period::quarter(int year, int quarter)
{
    const auto firstMonth = static_cast<unsigned>((quarter - 1) * 3 + 1);
    const unsigned lastMonth = firstMonth + 2;
    return Period{Kind::Quarter, makeDate(year, firstMonth, 1),
                  makeDate(year, lastMonth, static_cast<unsigned>(daysInMonth(year, lastMonth)))};
}

Period Period::month(int year, unsigned month)
{
    return Period{Kind::Month, makeDate(year, month, 1),
                  makeDate(year, month, static_cast<unsigned>(daysInMonth(year, month)))};
}

std::optional<Period> Period::custom(Date first, Date last)
{
    if (!first.ok() || !last.ok() || last < first)
        return std::nullopt;
    return Period{Kind::Custom, first, last};
}

std::optional<Period> Period::parse(std::string_view text)
{
    auto toInt = [](std::string_view digits) -> std::optional<int> {
        int value = 0;
        const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (ec != std::errc{} || ptr != digits.data() + digits.size() || digits.empty())
            return std::nullopt;
        return value;
    };
    if (text.size() < 4)
        return std::nullopt;
    const auto year = toInt(text.substr(0, 4));
    if (!year || *year < 1)
        return std::nullopt;
    const std::string_view rest = text.substr(4);
    if (rest.empty())
        return Period::year(*year);
    if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q')) {
        const auto q = toInt(rest.substr(1));
        if (q && *q >= 1 && *q <= 4)
            return Period::quarter(*year, *q);
        return std::nullopt;
    }
    if (rest.size() == 3 && rest[0] == '-' && (rest[1] == 'Q' || rest[1] == 'q')) {
        const auto q = toInt(rest.substr(2));
        if (q && *q >= 1 && *q <= 4)
            return Period::quarter(*year, *q);
        return std::nullopt;
    }
    if (rest.size() == 3 && rest[0] == '-') {
        const auto m = toInt(rest.substr(1));
        if (m && *m >= 1 && *m <= 12)
            return Period::month(*year, static_cast<unsigned>(*m));
        return std::nullopt;
    }
    const auto dots = text.find("..");
    if (dots != std::string_view::npos) {
        const auto first = parseIsoDate(text.substr(0, dots));
        const auto last = parseIsoDate(text.substr(dots + 2));
        if (first && last)
            return custom(*first, *last);
    }
    return std::nullopt;
}

std::string Period::label() const
{
    const int y = static_cast<int>(first.year());
    char buffer[32];
    switch (kind) {
    case Kind::Year:
        std::snprintf(buffer, sizeof buffer, "%04d", y);
        return buffer;
    case Kind::Quarter:
        std::snprintf(buffer, sizeof buffer, "%04dQ%u", y, (static_cast<unsigned>(first.month()) - 1) / 3 + 1);
        return buffer;
    case Kind::Month:
        std::snprintf(buffer, sizeof buffer, "%04d-%02u", y, static_cast<unsigned>(first.month()));
        return buffer;
    case Kind::Custom:
        break;
    }
    return toIsoString(first) + ".." + toIsoString(last);
}

} // namespace attain::engine
