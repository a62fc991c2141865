#pragma once

#include "engine/Date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attain::engine {

/// An ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday, so
/// 2027-01-01 belongs to 2026-W53 and 2024-12-30 to 2025-W01.
struct IsoWeek
{
    int year = 0;
    int week = 0;
    friend bool operator==(const IsoWeek &, const IsoWeek &) = default;
};

[[nodiscard]] IsoWeek isoWeekOf(Date date);
/// 53 when the ISO year starts on a Thursday (or on a Wednesday in a leap year), else 52.
[[nodiscard]] int isoWeeksInYear(int isoYear);

/// A closed date range with a kind, e.g. 2026, 2026Q3, 2026-03 or 2026-W05.
struct Period
{
    enum class Kind { Year, Quarter, Month, Week, Custom };

    Kind kind = Kind::Custom;
    Date first;
    Date last;

    [[nodiscard]] static Period year(int year);
    [[nodiscard]] static Period quarter(int year, int quarter);
    [[nodiscard]] static Period month(int year, unsigned month);
    /// nullopt for week 0 or a week 53 the ISO year does not have.
    [[nodiscard]] static std::optional<Period> isoWeek(int isoYear, int week);
    /// The fiscal year that starts on the 1st of `startMonth` in `startYear` (April: 2026-04-01
    /// to 2027-03-31). A January start is the calendar year.
    [[nodiscard]] static Period fiscalYear(int startYear, unsigned startMonth);
    /// Quarter 1 … 4 of that fiscal year.
    [[nodiscard]] static Period fiscalQuarter(int startYear, unsigned startMonth, int quarter);
    /// nullopt when `last` is before `first`.
    [[nodiscard]] static std::optional<Period> custom(Date first, Date last);
    /// Accepts "2026", "2026Q3" (or "2026-Q3"), "2026-03", "2026-W05" and "2026-01-05..2026-02-01".
    [[nodiscard]] static std::optional<Period> parse(std::string_view text);

    [[nodiscard]] bool contains(Date date) const { return first <= date && date <= last; }
    [[nodiscard]] int dayCount() const { return daysBetween(first, last) + 1; }
    /// The canonical text that parse() reads back ("2026", "2026Q3", "2026-03", "2026-W05",
    /// "2026-01-05..2026-02-01"); fiscal periods print as their date range.
    [[nodiscard]] std::string label() const;

    friend bool operator==(const Period &, const Period &) = default;
};

/// The same period one year earlier, for year-over-year comparisons: the previous calendar year,
/// quarter or month, the same ISO week number (nullopt for week 53 when the earlier ISO year has
/// none), and for custom ranges (fiscal years too) both ends moved back a year, a month's last
/// day staying its last day (2029-02-28 → 2028-02-29).
[[nodiscard]] std::optional<Period> sameKindYearEarlier(const Period &period);

/// The period just before, of the same kind, for month-over-month, quarter-over-quarter and
/// week-over-week growth: the previous year, quarter, month or ISO week; for a custom range
/// (a fiscal year too) the range of the same length ending the day before it starts.
[[nodiscard]] Period previousOfSameKind(const Period &period);

/// Sub-period sizes for splitting a period over time.
enum class Granularity { Quarter, Month, Week };

/// The calendar quarters, months or ISO weeks that overlap `period`, clipped to it (a year's
/// first and last weeks are usually partial); each is whole when it lies inside. In order, no
/// gaps, no overlaps.
[[nodiscard]] std::vector<Period> subPeriods(const Period &period, Granularity granularity);

} // namespace attain::engine
