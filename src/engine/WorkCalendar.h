#pragma once

#include "engine/Date.h"
#include "engine/Period.h"

#include <set>
#include <string>
#include <string_view>
#include <variant>

namespace attain::engine {

/// Which days are working days, for pacing by working days. The default has Saturdays and
/// Sundays off; holidays take days off, and make-up working days (调休, e.g. a Saturday worked
/// before Golden Week) put weekend days back.
class WorkCalendar
{
public:
    void addHoliday(Date date);
    void addWorkingDay(Date date);

    [[nodiscard]] bool isWorkingDay(Date date) const;
    /// Working days in the period, both ends included; 0 for a period with none.
    [[nodiscard]] int workingDays(const Period &period) const;

    /// A parse problem with the 1-based line it was found on.
    struct ParseError
    {
        int line = 0;
        std::string message;
    };

    /// Reads a holiday list, one entry per line: `YYYY-MM-DD holiday` or `YYYY-MM-DD workday`,
    /// optionally followed by a name; blank lines and lines starting with # are skipped. Either
    /// the whole list is read, or nothing and the first error.
    [[nodiscard]] static std::variant<WorkCalendar, ParseError> parse(std::string_view text);

private:
    std::set<int> m_holidays;    // day numbers
    std::set<int> m_workingDays; // day numbers
};

} // namespace attain::engine
