// The dashboard's panels besides the tiles: the cumulative line, breakdown bars, leaderboard
// and activities against revenue.
#include "storage/DashboardContext.h"

#include "engine/Attainment.h"
#include "engine/Growth.h"
#include "engine/Pacing.h"
#include "storage/SqlHelpers.h"

#include <algorithm>
#include <initializer_list>
#include <set>

namespace attain::storage {

namespace {

using engine::Date;
using Bucket = DashboardQueries::Bucket;

Date firstOfMonth(Date date)
{
    return engine::makeDate(static_cast<int>(date.year()), static_cast<unsigned>(date.month()), 1);
}

Date addMonths(Date firstOfMonth, int months)
{
    const int index
        = engine::monthIndex(static_cast<int>(firstOfMonth.year()), static_cast<unsigned>(firstOfMonth.month()))
        + months;
    const int year = index >= 0 ? index / 12 : (index - 11) / 12;
    return engine::makeDate(year, static_cast<unsigned>(index - year * 12 + 1), 1);
}

Date lastOfMonth(Date date)
{
    return engine::addDays(addMonths(firstOfMonth(date), 1), -1);
}

QString monthKey(Date date)
{
    return toSqlDate(date).left(7);
}

const std::map<QString, DealSums> &bucketsOf(const DashboardQueries::Grouped &grouped, const QString &group)
{
    static const std::map<QString, DealSums> none;
    const auto found = grouped.find(group);
    return found == grouped.end() ? none : found->second;
}

std::optional<std::int64_t> attainmentOf(const std::optional<std::int64_t> &target, std::int64_t actual)
{
    return target ? engine::Attainment { *target, actual }.basisPoints() : std::nullopt;
}

QString kindName(DashboardDimension dimension)
{
    switch (dimension) {
    case DashboardDimension::Team:
        return QStringLiteral("team");
    case DashboardDimension::Rep:
        return QStringLiteral("rep");
    case DashboardDimension::Channel:
        return QStringLiteral("channel");
    case DashboardDimension::ProductLine:
        return QStringLiteral("product_line");
    case DashboardDimension::Region:
        return QStringLiteral("region");
    }
    return {};
}

/// The scope's id along `dimension` (empty when the scope does not narrow it).
QString idAlong(const DashboardScope &scope, DashboardDimension dimension)
{
    switch (dimension) {
    case DashboardDimension::Team:
        return scope.teamId;
    case DashboardDimension::Rep:
        return scope.repId;
    case DashboardDimension::Channel:
        return scope.channelId;
    case DashboardDimension::ProductLine:
        return scope.productLineId;
    case DashboardDimension::Region:
        return scope.regionId;
    }
    return {};
}

/// The reps a leaderboard ranks: those of the leaderboard's team (every rep for the company)
/// with revenue in `grouped` or a target.
std::set<QString> leaderboardReps(DashboardContext &context,
    std::initializer_list<const DashboardQueries::Grouped *> grouped, const std::map<QString, ResolvedTarget> &targets)
{
    const QString team = context.leaderboardTeam();
    const auto &reps = context.members(DashboardDimension::Rep);
    const auto inTeam = [&](const QString &id) {
        if (team.isEmpty())
            return !id.isEmpty();
        const auto rep = reps.find(id);
        return rep != reps.end() && rep->second.teamId == team;
    };
    std::set<QString> ids;
    for (const auto *sums : grouped)
        for (const auto &[id, buckets] : *sums)
            if (inTeam(id))
                ids.insert(id);
    for (const auto &[id, target] : targets)
        if (inTeam(id))
            ids.insert(id);
    return ids;
}

} // namespace

DashboardSeries computeSeries(DashboardContext &context)
{
    const DashboardRequest &request = context.request;
    const engine::Period &period = request.period;
    DashboardSeries series;
    series.step = period.dayCount() <= 92 ? DashboardSeries::Step::Day : DashboardSeries::Step::Month;
    if (const auto kind = DashboardTargets::kindOf(request.scope)) {
        const auto targets = context.targets().resolve(engine::MetricId::Revenue, kind->first, kind->second, period);
        if (!targets.empty())
            series.target = targets.begin()->second.value;
    }
    const bool daily = series.step == DashboardSeries::Step::Day;
    const auto &buckets = bucketsOf(
        context.dealSums(request.scope, context.toDate, std::nullopt, daily ? Bucket::Day : Bucket::Month), QString());

    DealSums cumulative;
    if (!buckets.empty())
        cumulative.weight = buckets.begin()->second.weight;
    const auto addPoint = [&](Date date, const QString &key, bool reached) {
        const auto found = buckets.find(key);
        if (found != buckets.end())
            cumulative.add(found->second);
        DashboardPoint point;
        point.date = date;
        if (reached)
            point.actual = cumulative.revenueMinor();
        if (series.target)
            point.expected = engine::expectedToDate(*series.target,
                engine::elapsedFraction(period, date, request.pacing, request.calendar, request.seasonality).fraction);
        series.points.push_back(point);
    };
    if (daily) {
        for (Date day = period.first; day <= period.last; day = engine::addDays(day, 1))
            addPoint(day, toSqlDate(day), !context.toDate.empty() && day <= context.toDate.last);
    } else {
        for (Date month = firstOfMonth(period.first); month <= period.last; month = addMonths(month, 1))
            addPoint(std::min(lastOfMonth(month), period.last), monthKey(month),
                !context.toDate.empty() && month <= context.toDate.last);
    }

    // The forecast's inputs: complete months before the as-of month.
    const Date asOfMonth = firstOfMonth(request.asOf);
    if (request.historyMonths > 0) {
        const Date historyFirst = addMonths(asOfMonth, -request.historyMonths);
        const auto &history
            = bucketsOf(context.dealSums(request.scope, { historyFirst, engine::addDays(asOfMonth, -1) }), QString());
        for (Date month = historyFirst; month < asOfMonth; month = addMonths(month, 1)) {
            const auto found = history.find(monthKey(month));
            series.monthlyHistory.push_back(found == history.end() ? 0 : found->second.revenueMinor());
        }
    }
    DealSums complete;
    for (const auto &[key, sums] : buckets)
        if (key.left(7) < monthKey(asOfMonth)) {
            complete.weight = sums.weight;
            complete.add(sums);
        }
    series.actualCompleteMonths = complete.revenueMinor();
    if (request.asOf <= period.last) {
        for (Date month = std::max(asOfMonth, firstOfMonth(period.first)); month <= period.last;
             month = addMonths(month, 1))
            ++series.remainingMonths;
    }
    return series;
}

DashboardBreakdown computeBreakdown(DashboardContext &context, DashboardDimension by)
{
    const DashboardRequest &request = context.request;
    const DashboardScope &scope = request.scope;
    DashboardBreakdown breakdown;
    breakdown.dimension = by;
    const auto &now = context.dealSums(scope, context.toDate, by);
    const auto &before = context.dealSums(scope, context.previousToDate, by);
    const auto &members = context.members(by);

    // Every member the scope contains, and anything with sales (a deal without a channel is "").
    std::set<QString> ids;
    const QString fixed = idAlong(scope, by);
    for (const auto &[id, member] : members) {
        const bool inTeam = by != DashboardDimension::Rep || scope.teamId.isEmpty() || member.teamId == scope.teamId;
        if ((fixed.isEmpty() || id == fixed) && inTeam)
            ids.insert(id);
    }
    for (const auto *grouped : { &now, &before })
        for (const auto &[id, buckets] : *grouped)
            ids.insert(id);

    // A child's own target exists for the company's children and a team's reps only (there are
    // no targets for a team × channel).
    const bool onlyTeam = !scope.teamId.isEmpty() && scope.repId.isEmpty() && scope.channelId.isEmpty()
        && scope.productLineId.isEmpty() && scope.regionId.isEmpty();
    std::map<QString, ResolvedTarget> targets;
    if (scope.isCompany() || (by == DashboardDimension::Rep && onlyTeam))
        targets = context.targets().resolve(engine::MetricId::Revenue, kindName(by), std::nullopt, request.period);

    for (const QString &id : ids) {
        DashboardBreakdownRow row;
        row.id = id;
        if (const auto member = members.find(id); member != members.end()) {
            row.code = member->second.code;
            row.name = member->second.name;
        }
        const DealSums current = DashboardQueries::total(now, id);
        const DealSums previous = DashboardQueries::total(before, id);
        row.revenue = current.revenueMinor();
        row.previousRevenue = previous.revenueMinor();
        row.changeBp = engine::growthBasisPoints(row.revenue, row.previousRevenue);
        row.dealsWon = current.value(engine::MetricId::DealsWon).value().value_or(0);
        row.conversionBp = current.value(engine::MetricId::ConversionRate).value();
        if (const auto target = targets.find(id); target != targets.end()) {
            row.target = target->second.value;
            row.targetSource = target->second.source;
            row.attainmentBp = attainmentOf(row.target, row.revenue);
        }
        breakdown.rows.push_back(std::move(row));
    }
    std::stable_sort(breakdown.rows.begin(), breakdown.rows.end(),
        [](const DashboardBreakdownRow &a, const DashboardBreakdownRow &b) { return a.revenue > b.revenue; });
    return breakdown;
}

std::vector<LeaderboardRow> computeLeaderboard(DashboardContext &context)
{
    const DashboardRequest &request = context.request;
    // Every rep's revenue, whatever team a deal belongs to: a rep's target is for all of it.
    const DashboardScope company;
    const auto &now = context.dealSums(company, context.toDate, DashboardDimension::Rep);
    const auto &before = context.dealSums(company, context.previousToDate, DashboardDimension::Rep);
    const int months = std::max(request.trendMonths, 0);
    const Date trendFirst = addMonths(firstOfMonth(request.asOf), 1 - months);
    const auto &trend = context.dealSums(company, { trendFirst, request.asOf }, DashboardDimension::Rep);
    const auto targets
        = context.targets().resolve(engine::MetricId::Revenue, QStringLiteral("rep"), std::nullopt, request.period);
    const auto &teams = context.members(DashboardDimension::Team);
    const auto &reps = context.members(DashboardDimension::Rep);
    const std::set<QString> ids = leaderboardReps(context, { &now, &before }, targets);

    std::vector<LeaderboardRow> rows;
    for (const QString &id : ids) {
        LeaderboardRow row;
        row.repId = id;
        if (const auto rep = reps.find(id); rep != reps.end()) {
            row.name = rep->second.name;
            row.teamId = rep->second.teamId;
            if (const auto team = teams.find(row.teamId); team != teams.end())
                row.teamName = team->second.name;
        }
        row.revenue = DashboardQueries::total(now, id).revenueMinor();
        row.previousRevenue = DashboardQueries::total(before, id).revenueMinor();
        row.changeBp = engine::growthBasisPoints(row.revenue, row.previousRevenue);
        if (const auto target = targets.find(id); target != targets.end()) {
            row.target = target->second.value;
            row.attainmentBp = attainmentOf(row.target, row.revenue);
        }
        const auto &monthly = bucketsOf(trend, id);
        for (int m = 0; m < months; ++m) {
            const auto found = monthly.find(monthKey(addMonths(trendFirst, m)));
            row.trend.push_back(found == monthly.end() ? 0 : found->second.revenueMinor());
        }
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const LeaderboardRow &a, const LeaderboardRow &b) {
        if (a.attainmentBp.has_value() != b.attainmentBp.has_value())
            return a.attainmentBp.has_value();
        if (a.attainmentBp != b.attainmentBp)
            return *a.attainmentBp > *b.attainmentBp;
        if (a.revenue != b.revenue)
            return a.revenue > b.revenue;
        return a.name < b.name;
    });
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i].rank = static_cast<int>(i) + 1;
    return rows;
}

std::vector<RepActivityRow> computeActivity(DashboardContext &context)
{
    DashboardScope organisation;
    organisation.teamId = context.leaderboardTeam();
    const auto &revenue = context.dealSums(DashboardScope {}, context.toDate, DashboardDimension::Rep);
    const auto people = context.queries().peopleSums(organisation, context.toDate, true);
    const auto &reps = context.members(DashboardDimension::Rep);

    std::set<QString> ids = leaderboardReps(context, { &revenue }, {});
    if (people)
        for (const auto &[id, sums] : *people)
            if (!id.isEmpty())
                ids.insert(id);
    std::vector<RepActivityRow> rows;
    for (const QString &id : ids) {
        RepActivityRow row;
        row.repId = id;
        if (const auto rep = reps.find(id); rep != reps.end())
            row.name = rep->second.name;
        if (people)
            if (const auto found = people->find(id); found != people->end())
                row.activities = found->second.activities;
        const DealSums sums = DashboardQueries::total(revenue, id);
        row.revenue = sums.revenueMinor();
        row.dealsWon = sums.value(engine::MetricId::DealsWon).value().value_or(0);
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const RepActivityRow &a, const RepActivityRow &b) {
        return a.name < b.name || (a.name == b.name && a.repId < b.repId);
    });
    return rows;
}

} // namespace attain::storage
