#include "engine/Kpi.h"

#include <gtest/gtest.h>

using namespace attain::engine;

namespace {

DealRecord closedDeal(DealStage stage, Date closed, std::int64_t amount, Id rep = 0)
{
    DealRecord deal;
    deal.rep = rep;
    deal.team = 0;
    deal.customer = 0;
    deal.stage = stage;
    deal.closedDay = toDayNumber(closed);
    deal.createdDay = deal.closedDay - 10; // every deal takes 10 days
    deal.amount = amount;
    return deal;
}

PreparedSales sales()
{
    SalesData data;
    data.teamOfRep = {0, 0};
    data.customers = {{0, 0}};
    data.deals = {
        closedDeal(DealStage::Won, makeDate(2026, 1, 10), 300'000),
        closedDeal(DealStage::Lost, makeDate(2026, 1, 20), 80'000),
        closedDeal(DealStage::Won, makeDate(2026, 2, 10), 200'000),
        closedDeal(DealStage::Won, makeDate(2025, 11, 1), 250'000),  // previous quarter, within 46 days
        closedDeal(DealStage::Won, makeDate(2025, 12, 20), 700'000), // previous quarter, later
        closedDeal(DealStage::Won, makeDate(2025, 2, 1), 400'000),   // a year earlier, within 46 days
        closedDeal(DealStage::Won, makeDate(2025, 3, 1), 999'999),   // a year earlier, later
    };
    return PreparedSales(std::move(data), "CNY", ExchangeRates{});
}

Target target(MetricId metric, std::int64_t value, Scope scope = {})
{
    return {"t", "", metric, scope, Period::quarter(2026, 1), value};
}

KpiSettings midFebruary()
{
    KpiSettings settings;
    settings.asOf = makeDate(2026, 2, 15);
    settings.pacing = PacingMethod::CalendarDays;
    settings.trailingDays = 30;
    return settings;
}

} // namespace

TEST(Kpi, RevenuePacedByCalendarDays)
{
    const PreparedSales data = sales();
    ASSERT_TRUE(data.ok());
    const Kpi kpi = computeKpi(target(MetricId::Revenue, 1'000'000), data, midFebruary());
    EXPECT_EQ(kpi.actual.value(), 500'000);
    EXPECT_EQ(kpi.gap, 500'000);
    EXPECT_EQ(kpi.attainmentBp, 5000);
    ASSERT_TRUE(kpi.pace.has_value());
    // 46 of Q1's 90 days have passed: 1,000,000 × 46 / 90 = 511,111 expected; pace 97.83 %.
    EXPECT_EQ(kpi.pace->expectedToDate, 511'111);
    EXPECT_EQ(kpi.pace->paceBp, 9783);
    EXPECT_EQ(kpi.status, Status::OnTrack);
    // Linear projection 500,000 × 90 / 46.
    EXPECT_EQ(kpi.pace->projectedLinear, 978'261);
    // Needs 500,000 over 44 days (11,364/day) against 200,000 over the last 30 (6,667/day).
    EXPECT_EQ(kpi.pace->rates.remainingCalendarDays, 44);
    EXPECT_EQ(kpi.pace->rates.requiredPerDay, 11'364);
    EXPECT_EQ(kpi.pace->rates.trailingPerDay, 6'667);
    EXPECT_EQ(kpi.pace->rates.extraNeededBp, 7045);
}

TEST(Kpi, GrowthComparesTheSameNumberOfDays)
{
    const Kpi kpi = computeKpi(target(MetricId::Revenue, 1'000'000), sales(), midFebruary());
    // Q4 2025's first 46 days held 250,000 (the December deal is later); Q1 2025's held 400,000.
    EXPECT_EQ(kpi.previous.value(), 250'000);
    EXPECT_EQ(kpi.growthVsPreviousBp, 10000);
    EXPECT_EQ(kpi.yearEarlier.value(), 400'000);
    EXPECT_EQ(kpi.growthYearOverYearBp, 2500);
}

TEST(Kpi, LevelMetricsAreGradedAsTheyStand)
{
    const PreparedSales data = sales();
    const Kpi conversion = computeKpi(target(MetricId::ConversionRate, 5000), data, midFebruary());
    EXPECT_EQ(conversion.actual.value(), 6667); // 2 won of 3 closed
    EXPECT_FALSE(conversion.pace.has_value());
    EXPECT_EQ(conversion.status, Status::Ahead);
    // Lower is better: a 10-day cycle against a 20-day target is 200 %.
    const Kpi cycle = computeKpi(target(MetricId::SalesCycleDays, 2000), data, midFebruary());
    EXPECT_EQ(cycle.actual.value(), 1000);
    EXPECT_EQ(cycle.attainmentBp, 20000);
    EXPECT_EQ(cycle.status, Status::Ahead);
    const Kpi slow = computeKpi(target(MetricId::SalesCycleDays, 800), data, midFebruary());
    EXPECT_EQ(slow.attainmentBp, 8000);
    EXPECT_EQ(slow.status, Status::AtRisk);
}

TEST(Kpi, GrowthRateTargetUsesTheYearEarlierRevenue)
{
    const Kpi kpi = computeKpi(target(MetricId::GrowthRate, 2000), sales(), midFebruary());
    EXPECT_EQ(kpi.actual.value(), 2500); // 500,000 vs 400,000 over the same 46 days
    EXPECT_EQ(kpi.status, Status::Ahead);
}

TEST(Kpi, NoDataAndNotStarted)
{
    const PreparedSales data = sales();
    Scope quietRep;
    quietRep.rep = 1;
    const Kpi noDeals = computeKpi(target(MetricId::ConversionRate, 3000, quietRep), data, midFebruary());
    EXPECT_FALSE(noDeals.actual.defined());
    EXPECT_EQ(noDeals.status, Status::NoData);
    const Kpi revenue = computeKpi(target(MetricId::Revenue, 100'000, quietRep), data, midFebruary());
    EXPECT_EQ(revenue.actual.value(), 0);
    EXPECT_EQ(revenue.status, Status::OffTrack);

    KpiSettings early = midFebruary();
    early.asOf = makeDate(2025, 12, 1);
    const Kpi notYet = computeKpi(target(MetricId::Revenue, 1'000'000), data, early);
    EXPECT_EQ(notYet.actual.value(), 0);
    EXPECT_EQ(notYet.status, Status::NotStarted);
    const Kpi rateNotYet = computeKpi(target(MetricId::ConversionRate, 3000), data, early);
    EXPECT_EQ(rateNotYet.status, Status::NotStarted);
}

TEST(Kpi, FinishedPeriodIsGradedOnItsFinalAttainment)
{
    KpiSettings after = midFebruary();
    after.asOf = makeDate(2026, 6, 30);
    const Kpi kpi = computeKpi(target(MetricId::Revenue, 600'000), sales(), after);
    EXPECT_EQ(kpi.actual.value(), 500'000);
    EXPECT_EQ(kpi.attainmentBp, 8333);
    EXPECT_EQ(kpi.status, Status::AtRisk);
    EXPECT_EQ(kpi.previous.value(), 950'000); // the whole of Q4 2025
}
