#include "engine/StatusHistory.h"

#include "engine/DailyCube.h"

#include <algorithm>
#include <map>

namespace attain::engine {

namespace {

bool inTrouble(Status status)
{
    return status == Status::AtRisk || status == Status::OffTrack;
}

/// The days a cube needs for `target`'s statuses from `from` to as-of: the period so far (the
/// actual to date) and the trailing window before the first day reported.
std::pair<Date, Date> cubeRange(const Target &target, const KpiSettings &settings, Date from)
{
    const Date first = std::max(from, target.period.first);
    const Date last = std::min(settings.asOf, target.period.last);
    const int trailing = std::max(settings.trailingDays, 1);
    return { std::min(target.period.first, addDays(first, 1 - trailing)), last };
}

/// What computeKpi() does for one day, on the cube's daily values (same order of rules).
std::vector<StatusDay> statusesFromCube(const Target &target, const DailyCube &cube, Id group,
                                        const KpiSettings &settings, Date from)
{
    const MetricDefinition &metric = definition(target.metric);
    const Period &period = target.period;
    const Date first = std::max(from, period.first);
    const Date last = std::min(settings.asOf, period.last);
    std::vector<StatusDay> days;
    MetricValue toDate = cube.over(target.metric, group, period.first, addDays(first, -1));
    for (Date day = first; !(last < day); day = addDays(day, 1)) {
        toDate = combine(metric.aggregation, toDate, cube.day(target.metric, group, day));
        StatusDay entry { day, Status::NoData };
        if (const std::optional<std::int64_t> actual = toDate.value()) {
            if (metric.cumulative) {
                PaceInput input;
                input.target = target.value;
                input.actualToDate = *actual;
                input.period = period;
                input.asOf = day;
                input.method = settings.pacing;
                input.seasonality = settings.seasonality;
                input.thresholds = settings.thresholds;
                if (settings.trailingDays > 0)
                    input.trailing = { cube.over(target.metric, group, addDays(day, 1 - settings.trailingDays), day)
                                           .value()
                                           .value_or(0),
                                       settings.trailingDays };
                entry.status = paceReport(input, settings.calendar).status;
            } else {
                entry.status = levelStatus(target.value, *actual, metric.higherIsBetter, settings.thresholds).status;
            }
        }
        days.push_back(entry);
    }
    return days;
}

} // namespace

bool hasDailyStatus(MetricId metric)
{
    const Aggregation aggregation = definition(metric).aggregation;
    return (aggregation == Aggregation::Sum || aggregation == Aggregation::RatioOfSums) && foldsDaily(metric);
}

std::vector<StatusDay> dailyStatuses(const Target &target, const PreparedSales &sales, const KpiSettings &settings,
                                     Date from)
{
    if (!hasDailyStatus(target.metric) || settings.asOf < target.period.first)
        return {};
    const auto [first, last] = cubeRange(target, settings, from);
    if (last < std::max(from, target.period.first))
        return {};
    return statusesFromCube(target, DailyCube(sales, target.scope, Dimension::Company, first, last), 0, settings,
                            from);
}

std::vector<std::optional<Date>> troubleSince(std::span<const Target> targets, const PreparedSales &sales,
                                              const KpiSettings &settings)
{
    std::vector<std::optional<Date>> result(targets.size());
    std::map<CubeKey, std::vector<std::size_t>> byCube;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const Target &target = targets[i];
        if (hasDailyStatus(target.metric) && !(settings.asOf < target.period.first)
            && !(target.period.last < settings.asOf))
            byCube[cubeKeyOf(target.scope).first].push_back(i);
    }
    for (const auto &[key, members] : byCube) {
        Date first = settings.asOf;
        for (const std::size_t i : members)
            first = std::min(first, cubeRange(targets[i], settings, targets[i].period.first).first);
        const DailyCube cube(sales, key.filter, key.groupBy, first, settings.asOf);
        for (const std::size_t i : members) {
            const Id group = cubeKeyOf(targets[i].scope).second;
            if (group < 0 || static_cast<std::size_t>(group) >= cube.groupCount())
                continue; // a rep or team without any record: nothing happened, no status history
            const std::vector<StatusDay> days
                = statusesFromCube(targets[i], cube, group, settings, targets[i].period.first);
            if (days.empty() || !inTrouble(days.back().status))
                continue;
            auto start = days.end();
            while (start != days.begin() && inTrouble(std::prev(start)->status))
                --start;
            result[i] = start->day;
        }
    }
    return result;
}

} // namespace attain::engine
