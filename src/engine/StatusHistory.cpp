#include "engine/StatusHistory.h"

#include "engine/MetricCube.h"

#include <algorithm>
#include <map>

namespace attain::engine {

namespace {

bool inTrouble(Status status)
{
    return status == Status::AtRisk || status == Status::OffTrack;
}

/// Daily values of every metric for one scope over consecutive days.
class DailyCube
{
public:
    DailyCube(const PreparedSales &sales, const Scope &scope, Date first, Date last)
        : m_first(first)
        , m_days(makeDays(first, last))
        , m_cube(sales, scope, Dimension::Company, m_days)
    {
    }

    /// The metric over the days [from, to], both inside the cube.
    [[nodiscard]] MetricValue over(MetricId metric, Date from, Date to) const
    {
        const Aggregation aggregation = definition(metric).aggregation;
        MetricValue total = aggregate(aggregation, {});
        for (int d = daysBetween(m_first, from); d <= daysBetween(m_first, to); ++d)
            total = combine(aggregation, total, m_cube.value(metric, 0, static_cast<std::size_t>(d)));
        return total;
    }

    [[nodiscard]] MetricValue day(MetricId metric, Date day) const
    {
        return m_cube.value(metric, 0, static_cast<std::size_t>(daysBetween(m_first, day)));
    }

private:
    static std::vector<Period> makeDays(Date first, Date last)
    {
        std::vector<Period> days;
        for (Date d = first; !(last < d); d = addDays(d, 1))
            days.push_back(Period { Period::Kind::Custom, d, d });
        return days;
    }

    Date m_first;
    std::vector<Period> m_days;
    MetricCube m_cube;
};

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
std::vector<StatusDay> statusesFromCube(const Target &target, const DailyCube &cube, const KpiSettings &settings,
                                        Date from)
{
    const MetricDefinition &metric = definition(target.metric);
    const Period &period = target.period;
    const Date first = std::max(from, period.first);
    const Date last = std::min(settings.asOf, period.last);
    std::vector<StatusDay> days;
    MetricValue toDate = cube.over(target.metric, period.first, addDays(first, -1));
    for (Date day = first; !(last < day); day = addDays(day, 1)) {
        toDate = combine(metric.aggregation, toDate, cube.day(target.metric, day));
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
                    input.trailing = { cube.over(target.metric, addDays(day, 1 - settings.trailingDays), day)
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
    return (aggregation == Aggregation::Sum || aggregation == Aggregation::RatioOfSums)
        && metric != MetricId::RetentionRate && metric != MetricId::GrowthRate;
}

std::vector<StatusDay> dailyStatuses(const Target &target, const PreparedSales &sales, const KpiSettings &settings,
                                     Date from)
{
    if (!hasDailyStatus(target.metric) || settings.asOf < target.period.first)
        return {};
    const auto [first, last] = cubeRange(target, settings, from);
    if (last < std::max(from, target.period.first))
        return {};
    return statusesFromCube(target, DailyCube(sales, target.scope, first, last), settings, from);
}

std::vector<std::optional<Date>> troubleSince(std::span<const Target> targets, const PreparedSales &sales,
                                              const KpiSettings &settings)
{
    std::vector<std::optional<Date>> result(targets.size());
    // Targets of one scope share a cube spanning all their ranges.
    std::map<std::size_t, std::vector<std::size_t>> byScope;
    std::vector<Scope> scopes;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const Target &target = targets[i];
        if (!hasDailyStatus(target.metric) || settings.asOf < target.period.first
            || target.period.last < settings.asOf)
            continue;
        const auto found = std::find(scopes.begin(), scopes.end(), target.scope);
        const auto key = static_cast<std::size_t>(found - scopes.begin());
        if (found == scopes.end())
            scopes.push_back(target.scope);
        byScope[key].push_back(i);
    }
    for (const auto &[key, members] : byScope) {
        Date first = settings.asOf;
        for (const std::size_t i : members)
            first = std::min(first, cubeRange(targets[i], settings, targets[i].period.first).first);
        const DailyCube cube(sales, scopes[key], first, settings.asOf);
        for (const std::size_t i : members) {
            const std::vector<StatusDay> days = statusesFromCube(targets[i], cube, settings, targets[i].period.first);
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
