#pragma once

#include "engine/Date.h"

#include <optional>
#include <string>
#include <string_view>

namespace attain::engine {

/// A closed date range with a kind, e.g. 2026, 2026Q3 or 2026-03.
/// (Weeks, fiscal years and working-day calendars arrive with the engine-core issue.)
struct Period
{
    enum class Kind { Year, Quarter, Month, Custom };

    Kind kind = Kind::Custom;
    Date first;
    Date last;

    [[nodiscard]] static Period year(int year);
    [[nodiscard]] static Period quarter(int year, int quarter);
    [[nodiscard]] static Period month(int year, unsigned month);
    /// nullopt when `last` is before `first`.
    [[nodiscard]] static std::optional<Period> custom(Date first, Date last);
    /// Accepts "2026", "2026Q3" (or "2026-Q3") and "2026-03".
    [[nodiscard]] static std::optional<Period> parse(std::string_view text);

    [[nodiscard]] bool contains(Date date) const { return first <= date && date <= last; }
    [[nodiscard]] int dayCount() const { return daysBetween(first, last) + 1; }
    /// The canonical text that parse() reads back ("2026", "2026Q3", "2026-03", "2026-01-05..2026-02-01").
    [[nodiscard]] std::string label() const;

    friend bool operator==(const Period &, const Period &) = default;
};

} // namespace attain::engine
