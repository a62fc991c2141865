#include "engine/StatusHistory.h"

#include "VariedSales.h"

#include <gtest/gtest.h>

#include <cstdint>

using namespace attain::engine;
using attain::engine::fixtures::varied;

namespace {

KpiSettings settingsOn(Date asOf)
{
    KpiSettings settings;
    settings.asOf = asOf;
    settings.pacing = PacingMethod::WorkingDays;
    settings.trailingDays = 30;
    return settings;
}

Scope repScope(Id rep)
{
    Scope scope;
    scope.rep = rep;
    return scope;
}

Scope teamScope(Id team)
{
    Scope scope;
    scope.team = team;
    return scope;
}

} // namespace

TEST(StatusHistory, EveryDayMatchesComputeKpiOnThatDay)
{
    const PreparedSales sales = varied();
    ASSERT_TRUE(sales.ok());
    const Date asOf = makeDate(2026, 11, 20);
    // Sums and ratios, company, team and a rep with shared deals, a year and a quarter.
    const std::vector<Target> targets {
        { "revenue", "", MetricId::Revenue, {}, Period::year(2026), 2'600'000'00 },
        { "deals", "", MetricId::DealsWon, repScope(1), Period::quarter(2026, 4), 6000 },
        { "conversion", "", MetricId::ConversionRate, teamScope(0), Period::quarter(2026, 4), 5000 },
        { "cycle", "", MetricId::SalesCycleDays, {}, Period::month(2026, 11), 2500 },
        { "size", "", MetricId::AverageDealSize, repScope(2), Period::year(2026), 4'000'000 },
    };
    for (const Target &target : targets) {
        const std::vector<StatusDay> days = dailyStatuses(target, sales, settingsOn(asOf), target.period.first);
        const int expectedDays = daysBetween(target.period.first, std::min(asOf, target.period.last)) + 1;
        ASSERT_EQ(static_cast<int>(days.size()), expectedDays) << target.id;
        for (const StatusDay &day : days)
            ASSERT_EQ(day.status, computeKpi(target, sales, settingsOn(day.day)).status)
                << target.id << " on " << toIsoString(day.day);
    }
}

TEST(StatusHistory, TroubleSinceIsTheStartOfTheCurrentRun)
{
    const PreparedSales sales = varied();
    const Date asOf = makeDate(2026, 11, 20);
    const std::vector<Target> targets {
        { "stretched", "", MetricId::Revenue, {}, Period::year(2026), 3'000'000'00 }, // behind after the slump
        { "easy", "", MetricId::Revenue, {}, Period::year(2026), 1'000'00 },          // met long ago
        { "retention", "", MetricId::RetentionRate, {}, Period::year(2026), 5000 },    // no daily status
        { "future", "", MetricId::Revenue, {}, Period::year(2027), 1'000'00 },          // not started
        { "team", "", MetricId::DealsWon, teamScope(1), Period::quarter(2026, 4), 20000 },
        { "rep", "", MetricId::Revenue, repScope(0), Period::year(2026), 1'200'000'00 }, // shared deals
        { "rep2", "", MetricId::ConversionRate, repScope(2), Period::quarter(2026, 4), 9000 },
    };
    const std::vector<std::optional<Date>> since = troubleSince(targets, sales, settingsOn(asOf));
    ASSERT_EQ(since.size(), targets.size());
    EXPECT_FALSE(since[1]);
    EXPECT_FALSE(since[2]);
    EXPECT_FALSE(since[3]);
    for (const std::size_t i : { std::size_t { 0 }, std::size_t { 4 }, std::size_t { 5 }, std::size_t { 6 } }) {
        const Target &target = targets[i];
        ASSERT_TRUE(since[i]) << target.id;
        // In trouble from that day to the as-of date, and not the day before (or it is the first day).
        for (Date day = *since[i]; !(asOf < day); day = addDays(day, 1)) {
            const Status status = computeKpi(target, sales, settingsOn(day)).status;
            EXPECT_TRUE(status == Status::AtRisk || status == Status::OffTrack) << toIsoString(day);
        }
        if (target.period.first < *since[i]) {
            const Status before = computeKpi(target, sales, settingsOn(addDays(*since[i], -1))).status;
            EXPECT_FALSE(before == Status::AtRisk || before == Status::OffTrack) << target.id;
        }
    }
}

TEST(StatusHistory, NothingBeforeThePeriodOrForMetricsWithoutDailyValues)
{
    const PreparedSales sales = varied();
    const Target future { "f", "", MetricId::Revenue, {}, Period::year(2027), 100 };
    EXPECT_TRUE(dailyStatuses(future, sales, settingsOn(makeDate(2026, 6, 1)), future.period.first).empty());
    EXPECT_FALSE(hasDailyStatus(MetricId::RetentionRate));
    EXPECT_FALSE(hasDailyStatus(MetricId::GrowthRate));
    EXPECT_FALSE(hasDailyStatus(MetricId::CustomerSatisfaction));
    EXPECT_FALSE(hasDailyStatus(MetricId::OpenPipeline));
    EXPECT_TRUE(hasDailyStatus(MetricId::Revenue));
    EXPECT_TRUE(hasDailyStatus(MetricId::ConversionRate));
    // From a later day only: the first entry is that day, with the same status as a full run.
    const Target revenue { "r", "", MetricId::Revenue, {}, Period::year(2026), 2'600'000'00 };
    const auto full = dailyStatuses(revenue, sales, settingsOn(makeDate(2026, 7, 31)), revenue.period.first);
    const auto july = dailyStatuses(revenue, sales, settingsOn(makeDate(2026, 7, 31)), makeDate(2026, 7, 1));
    ASSERT_EQ(july.size(), 31U);
    EXPECT_EQ(july.front().day, makeDate(2026, 7, 1));
    for (std::size_t i = 0; i < july.size(); ++i)
        EXPECT_EQ(july[i].status, full[full.size() - 31 + i].status);
}
