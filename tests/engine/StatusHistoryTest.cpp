#include "engine/StatusHistory.h"

#include <gtest/gtest.h>

#include <cstdint>

using namespace attain::engine;

namespace {

/// A year of varied sales: 3 reps in 2 teams, wins, losses, returns and shared deals, with a
/// slump from September so that targets fall behind part-way through.
PreparedSales varied()
{
    SalesData data;
    data.teamOfRep = { 0, 0, 1 };
    for (int c = 0; c < 12; ++c)
        data.customers.push_back({ 0, kNoId });
    std::uint64_t seed = 42;
    const auto next = [&seed](std::uint64_t bound) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return (seed >> 33) % bound;
    };
    const int first = toDayNumber(makeDate(2026, 1, 1));
    for (int i = 0; i < 900; ++i) {
        DealRecord deal;
        deal.rep = static_cast<Id>(next(3));
        deal.team = data.teamOfRep[static_cast<std::size_t>(deal.rep)];
        deal.customer = static_cast<Id>(next(12));
        deal.closedDay = first + static_cast<int>(next(365));
        deal.createdDay = deal.closedDay - 5 - static_cast<int>(next(40));
        const bool slump = deal.closedDay >= toDayNumber(makeDate(2026, 9, 1));
        const auto roll = next(10);
        deal.stage = roll < (slump ? 7u : 4u) ? DealStage::Lost : DealStage::Won;
        deal.amount = 10'000 + static_cast<std::int64_t>(next(90'000));
        if (deal.stage == DealStage::Won && next(25) == 0)
            deal.amount = -deal.amount / 4; // a return
        if (i % 17 == 0) { // shared between its owner and another rep
            const Id other = (deal.rep + 1) % 3;
            data.credits.push_back({ static_cast<Id>(data.deals.size()), deal.rep, 6000 });
            data.credits.push_back({ static_cast<Id>(data.deals.size()), other, 4000 });
        }
        data.deals.push_back(deal);
    }
    return PreparedSales(std::move(data), "CNY", ExchangeRates {});
}

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
