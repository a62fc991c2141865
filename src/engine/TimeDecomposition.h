#pragma once

#include "engine/Decomposition.h"
#include "engine/Period.h"
#include "engine/Seasonality.h"
#include "engine/WorkCalendar.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace attain::engine {

/// How a target is spread over the quarters, months or weeks of its period.
enum class TimeSplitMethod {
    Equal,        ///< the same for every sub-period (partial edge weeks too)
    CalendarDays, ///< in proportion to days, so a partial week gets its share
    WorkingDays,  ///< in proportion to working days (holidays and 调休 from the calendar)
    Seasonality,  ///< by a seasonality profile, months weighted and spread over their days
    History,      ///< by reference actuals per sub-period (e.g. the same months last year)
};

struct TimeSplitInput
{
    std::int64_t total = 0;
    Period period;
    Granularity granularity = Granularity::Month;
    TimeSplitMethod method = TimeSplitMethod::Equal;
    WorkCalendar calendar{};                       ///< for WorkingDays
    std::optional<SeasonalityProfile> seasonality{}; ///< for Seasonality
    std::span<const std::int64_t> history{};       ///< for History: one value per sub-period
};

/// The sub-periods and their values (which sum exactly to `total`), or the split's error.
struct TimeSplit
{
    std::vector<Period> periods;
    SplitResult split;
};

/// Splits a target over time: year → quarters → months → ISO weeks (subPeriods()), then the
/// values by the method's weights with largest-remainder rounding. A missing profile or a
/// history of the wrong length is an error, never a silent equal split.
[[nodiscard]] TimeSplit splitOverTime(const TimeSplitInput &input);

} // namespace attain::engine
