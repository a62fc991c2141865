#include "engine/Date.h"

#include <charconv>
#include <cstdio>

namespace attain::engine {

int toDayNumber(Date date)
{
    return static_cast<int>(std::chrono::sys_days{date}.time_since_epoch().count());
}

Date fromDayNumber(int days)
{
    return Date{std::chrono::sys_days{std::chrono::days{days}}};
}

Date addDays(Date date, int days)
{
    return fromDayNumber(toDayNumber(date) + days);
}

int daysBetween(Date from, Date to)
{
    return toDayNumber(to) - toDayNumber(from);
}

int daysInMonth(int year, unsigned month)
{
    const std::chrono::year_month_day_last last{std::chrono::year{year},
                                                std::chrono::month_day_last{std::chrono::month{month}}};
    return static_cast<int>(static_cast<unsigned>(last.day()));
}

int isoWeekday(Date date)
{
    return static_cast<int>(std::chrono::weekday{std::chrono::sys_days{date}}.iso_encoding());
}

std::string toIsoString(Date date)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

std::optional<Date> parseIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto number = [&](std::size_t pos, std::size_t len) -> std::optional<int> {
        int value = 0;
        const char *first = text.data() + pos;
        const auto [ptr, ec] = std::from_chars(first, first + len, value);
        if (ec != std::errc{} || ptr != first + len)
            return std::nullopt;
        return value;
    };
    const auto y = number(0, 4), m = number(5, 2), d = number(8, 2);
    if (!y || !m || !d || *m < 1 || *d < 1)
        return std::nullopt;
    const Date date = makeDate(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d));
    if (!date.ok())
        return std::nullopt;
    return date;
}

} // namespace attain::engine
