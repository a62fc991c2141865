#include "engine/TimeDecomposition.h"

namespace attain::engine {

TimeSplit splitOverTime(const TimeSplitInput &input)
{
    TimeSplit result{subPeriods(input.period, input.granularity), {}};
    const std::vector<Period> &parts = result.periods;
    std::vector<std::int64_t> weights;
    weights.reserve(parts.size());
    switch (input.method) {
    case TimeSplitMethod::Equal:
        result.split = splitEqually(input.total, parts.size());
        return result;
    case TimeSplitMethod::CalendarDays:
        for (const Period &part : parts)
            weights.push_back(part.dayCount());
        break;
    case TimeSplitMethod::WorkingDays:
        for (const Period &part : parts)
            weights.push_back(input.calendar.workingDays(part));
        break;
    case TimeSplitMethod::Seasonality:
        if (!input.seasonality) {
            result.split = {{}, SplitError::NoProfile, 0};
            return result;
        }
        for (const Period &part : parts)
            weights.push_back(input.seasonality->mass(part.first, part.last));
        break;
    case TimeSplitMethod::History:
        if (input.history.size() != parts.size()) {
            result.split = {{}, SplitError::WrongWeightCount, static_cast<std::int64_t>(input.history.size())};
            return result;
        }
        result.split = splitByHistory(input.total, input.history);
        return result;
    }
    result.split = splitByWeights(input.total, weights);
    return result;
}

} // namespace attain::engine
