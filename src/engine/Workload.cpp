#include "engine/Workload.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace attain::engine {

namespace {

constexpr int kWeekdays = 5;

/// round(numerator / denominator) for a non-negative numerator and positive denominator.
std::int64_t divideRounded(std::int64_t numerator, std::int64_t denominator)
{
    return (numerator + denominator / 2) / denominator;
}

/// actual against `norm` prorated to `workdays` of five, in basis points; nullopt for no norm.
std::optional<std::int64_t> loadBp(std::int64_t actual, std::int64_t norm, int workdays)
{
    if (norm <= 0 || workdays <= 0)
        return std::nullopt;
    return divideRounded(actual * 10000 * kWeekdays, norm * workdays);
}

/// Monday–Friday days of [monday, monday + 6] within the rep's employment.
int employedWorkdays(const WorkloadRep &rep, Date monday, std::optional<Date> asOf)
{
    int days = 0;
    for (int i = 0; i < kWeekdays; ++i) {
        const Date day = addDays(monday, i);
        if (day >= rep.startDate && (!rep.endDate || day <= *rep.endDate) && (!asOf || day <= *asOf))
            ++days;
    }
    return days;
}

std::optional<std::size_t> typeIndex(const std::string &key)
{
    const auto type = activityTypeFromKey(key);
    if (!type)
        return std::nullopt;
    return static_cast<std::size_t>(std::find(kActivityTypes.begin(), kActivityTypes.end(), *type)
                                    - kActivityTypes.begin());
}

/// The primary load: by time when the time norm is set, else by count.
std::optional<std::int64_t> primaryLoad(const WorkloadNorm &norm, std::optional<std::int64_t> countBp,
                                        std::optional<std::int64_t> minutesBp)
{
    return norm.weeklyMinutes > 0 ? minutesBp : countBp;
}

void fillTypeLoads(WeekLoad &week, const WorkloadNorms &norms)
{
    for (const auto &[type, norm] : norms.perType) {
        const auto index = static_cast<std::size_t>(std::find(kActivityTypes.begin(), kActivityTypes.end(), type)
                                                    - kActivityTypes.begin());
        if (index >= kActivityTypes.size())
            continue;
        week.typeCountLoadBp[index] = loadBp(week.figures.count[index], norm.weeklyCount, week.workdays);
        week.typeMinutesLoadBp[index] = loadBp(week.figures.minutes[index], norm.weeklyMinutes, week.workdays);
    }
}

void summariseTeam(WorkloadResult &result)
{
    TeamWorkload &team = result.team;
    std::vector<double> loads, minutes, activities, hours, revenue;
    std::int64_t teamMinutes = 0;
    for (const RepWorkload &rep : result.reps) {
        if (rep.workdays == 0)
            continue;
        activities.push_back(static_cast<double>(rep.total.totalCount()));
        hours.push_back(static_cast<double>(rep.total.totalMinutes()) / 60.0);
        revenue.push_back(static_cast<double>(rep.revenue));
        team.revenue += rep.revenue;
        teamMinutes += rep.total.totalMinutes();
        if (rep.meanWeeklyMinutes)
            minutes.push_back(*rep.meanWeeklyMinutes);
        if (!rep.loadBp)
            continue;
        loads.push_back(static_cast<double>(*rep.loadBp));
        if (rep.loadClass == LoadClass::Overloaded)
            team.overloaded.push_back(rep.rep.id);
        else if (rep.loadClass == LoadClass::Idle)
            team.idle.push_back(rep.rep.id);
    }
    team.repsCounted = static_cast<int>(loads.size());
    if (!minutes.empty())
        team.meanWeeklyMinutes = std::accumulate(minutes.begin(), minutes.end(), 0.0) / static_cast<double>(minutes.size());
    if (!loads.empty()) {
        const double mean = std::accumulate(loads.begin(), loads.end(), 0.0) / static_cast<double>(loads.size());
        team.meanLoadBp = std::llround(mean);
        if (loads.size() >= 2 && mean > 0.0) {
            double squares = 0.0;
            for (double load : loads)
                squares += (load - mean) * (load - mean);
            team.spread = std::sqrt(squares / static_cast<double>(loads.size())) / mean;
        }
    }
    const auto loadOf = [&](const std::string &id) {
        const auto rep = std::find_if(result.reps.begin(), result.reps.end(),
                                      [&](const RepWorkload &r) { return r.rep.id == id; });
        return *rep->loadBp;
    };
    std::stable_sort(team.overloaded.begin(), team.overloaded.end(),
                     [&](const std::string &a, const std::string &b) { return loadOf(a) > loadOf(b); });
    std::stable_sort(team.idle.begin(), team.idle.end(),
                     [&](const std::string &a, const std::string &b) { return loadOf(a) < loadOf(b); });
    team.activityRevenueCorrelation = pearsonCorrelation(activities, revenue);
    team.hoursRevenueCorrelation = pearsonCorrelation(hours, revenue);
    if (teamMinutes > 0 && team.revenue >= 0)
        team.revenuePerHour = divideRounded(team.revenue * 60, teamMinutes);
}

} // namespace

LoadClass classifyLoad(std::int64_t loadBp)
{
    if (loadBp < kLightFromBp)
        return LoadClass::Idle;
    if (loadBp < kBalancedFromBp)
        return LoadClass::Light;
    if (loadBp <= kOverloadedAboveBp)
        return LoadClass::Balanced;
    return LoadClass::Overloaded;
}

std::int64_t ActivityFigures::totalCount() const
{
    return std::accumulate(count.begin(), count.end(), otherCount);
}

std::int64_t ActivityFigures::totalMinutes() const
{
    return std::accumulate(minutes.begin(), minutes.end(), otherMinutes);
}

void ActivityFigures::add(const ActivityFigures &other)
{
    for (std::size_t i = 0; i < count.size(); ++i) {
        count[i] += other.count[i];
        minutes[i] += other.minutes[i];
    }
    otherCount += other.otherCount;
    otherMinutes += other.otherMinutes;
}

WorkloadResult computeWorkload(const WorkloadInput &input)
{
    WorkloadResult result;
    result.weeks = input.weeks;
    std::vector<Date> mondays;
    for (const IsoWeek &week : input.weeks)
        mondays.push_back(mondayOf(week));

    std::map<std::string, std::size_t> repIndex;
    for (const WorkloadRep &rep : input.reps) {
        repIndex.emplace(rep.id, result.reps.size());
        RepWorkload row;
        row.rep = rep;
        for (std::size_t w = 0; w < input.weeks.size(); ++w) {
            WeekLoad week;
            week.week = input.weeks[w];
            week.workdays = employedWorkdays(rep, mondays[w], input.asOf);
            row.weeks.push_back(week);
        }
        result.reps.push_back(std::move(row));
    }

    std::map<int, std::size_t> weekIndex; // day number of the Monday → week
    for (std::size_t w = 0; w < mondays.size(); ++w)
        weekIndex.emplace(toDayNumber(mondays[w]), w);
    for (const ActivityTally &tally : input.tallies) {
        const auto rep = repIndex.find(tally.repId);
        const auto week = weekIndex.find(toDayNumber(addDays(tally.day, 1 - isoWeekday(tally.day))));
        if (rep == repIndex.end() || week == weekIndex.end() || tally.count <= 0)
            continue;
        ActivityFigures &figures = result.reps[rep->second].weeks[week->second].figures;
        const std::int64_t minutes = std::max<std::int64_t>(tally.minutes, 0);
        if (const auto index = typeIndex(tally.type)) {
            figures.count[*index] += tally.count;
            figures.minutes[*index] += minutes;
        } else {
            figures.otherCount += tally.count;
            figures.otherMinutes += minutes;
        }
    }

    const WorkloadNorm &norm = input.norms.total;
    for (RepWorkload &rep : result.reps) {
        for (WeekLoad &week : rep.weeks) {
            rep.total.add(week.figures);
            rep.workdays += week.workdays;
            week.countLoadBp = loadBp(week.figures.totalCount(), norm.weeklyCount, week.workdays);
            week.minutesLoadBp = loadBp(week.figures.totalMinutes(), norm.weeklyMinutes, week.workdays);
            week.loadBp = primaryLoad(norm, week.countLoadBp, week.minutesLoadBp);
            fillTypeLoads(week, input.norms);
        }
        if (rep.workdays > 0) {
            const double fullWeeks = static_cast<double>(rep.workdays) / kWeekdays;
            rep.meanWeeklyMinutes = static_cast<double>(rep.total.totalMinutes()) / fullWeeks;
            rep.meanWeeklyCount = static_cast<double>(rep.total.totalCount()) / fullWeeks;
        }
        rep.countLoadBp = loadBp(rep.total.totalCount(), norm.weeklyCount, rep.workdays);
        rep.minutesLoadBp = loadBp(rep.total.totalMinutes(), norm.weeklyMinutes, rep.workdays);
        rep.loadBp = primaryLoad(norm, rep.countLoadBp, rep.minutesLoadBp);
        if (rep.loadBp)
            rep.loadClass = classifyLoad(*rep.loadBp);
        if (const auto found = input.revenue.find(rep.rep.id); found != input.revenue.end())
            rep.revenue = found->second;
        if (rep.total.totalMinutes() > 0 && rep.revenue >= 0)
            rep.revenuePerHour = divideRounded(rep.revenue * 60, rep.total.totalMinutes());
    }
    summariseTeam(result);
    return result;
}

std::vector<IsoWeek> isoWeeksEnding(Date asOf, int count)
{
    std::vector<IsoWeek> weeks;
    const Date monday = addDays(asOf, 1 - isoWeekday(asOf));
    for (int i = count - 1; i >= 0; --i)
        weeks.push_back(isoWeekOf(addDays(monday, -7 * i)));
    return weeks;
}

Date mondayOf(IsoWeek week)
{
    const Date jan4 = makeDate(week.year, 1, 4); // always in week 1
    return addDays(jan4, 1 - isoWeekday(jan4) + 7 * (week.week - 1));
}

std::optional<double> pearsonCorrelation(const std::vector<double> &x, const std::vector<double> &y)
{
    if (x.size() != y.size() || x.size() < 3)
        return std::nullopt;
    const auto n = static_cast<double>(x.size());
    const double meanX = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double meanY = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - meanX) * (y[i] - meanY);
        sxx += (x[i] - meanX) * (x[i] - meanX);
        syy += (y[i] - meanY) * (y[i] - meanY);
    }
    if (sxx <= 0.0 || syy <= 0.0)
        return std::nullopt;
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

} // namespace attain::engine
