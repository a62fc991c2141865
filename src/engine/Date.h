#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace attain::engine {

/// A calendar date. std::chrono's civil calendar gives exact leap-year and
/// month-length rules without a third-party date library.
using Date = std::chrono::year_month_day;

/// Days since 1970-01-01 (negative before); convenient for arithmetic and storage.
[[nodiscard]] int toDayNumber(Date date);
[[nodiscard]] Date fromDayNumber(int days);
[[nodiscard]] Date addDays(Date date, int days);
/// Whole days from `from` to `to` (negative when `to` is earlier).
[[nodiscard]] int daysBetween(Date from, Date to);
[[nodiscard]] int daysInMonth(int year, unsigned month);
/// 1 = Monday … 7 = Sunday (ISO 8601).
[[nodiscard]] int isoWeekday(Date date);

/// "YYYY-MM-DD", the form used in storage and CSV.
[[nodiscard]] std::string toIsoString(Date date);
/// Parses "YYYY-MM-DD"; nullopt for anything else, including impossible dates (2026-02-30).
[[nodiscard]] std::optional<Date> parseIsoDate(std::string_view text);

[[nodiscard]] constexpr Date makeDate(int year, unsigned month, unsigned day)
{
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

} // namespace attain::engine
