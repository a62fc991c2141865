#include "engine/MetricCube.h"

#include <gtest/gtest.h>

#include <vector>

using namespace attain::engine;

namespace {

int day(int y, unsigned m, unsigned d)
{
    return toDayNumber(makeDate(y, m, d));
}

DealRecord deal(Id rep, Id team, Id customer, DealStage stage, int created, int closed, std::int64_t amount,
                std::int32_t units = 1)
{
    DealRecord d;
    d.rep = rep;
    d.team = team;
    d.customer = customer;
    d.channel = 0;
    d.productLine = 0;
    d.region = team; // team 0 sells in region 0, team 1 in region 1
    d.stage = stage;
    d.createdDay = created;
    d.closedDay = closed;
    d.amount = amount;
    d.units = units;
    return d;
}

/// Three reps (0 and 1 in team 0, 2 in team 1), three customers, a shared deal, a lost deal, a
/// return, an open deal, a USD deal and a deal a year earlier. Expected values are worked out
/// by hand in the tests.
SalesData sampleData()
{
    SalesData data;
    data.currencies = {"CNY", "USD"};
    data.teamOfRep = {0, 0, 1};
    data.customers = {{0, 0}, {0, 1}, {1, 1}};
    data.deals = {
        deal(0, 0, 0, DealStage::Won, day(2025, 12, 20), day(2026, 1, 10), 100000, 2), // d0: 21-day cycle
        deal(1, 0, 1, DealStage::Won, day(2026, 1, 5), day(2026, 1, 25), 300000, 3),   // d1: shared 40/60, 20 days
        deal(2, 1, 2, DealStage::Lost, day(2026, 1, 2), day(2026, 1, 31), 50000),       // d2
        deal(0, 0, 0, DealStage::Won, day(2026, 2, 1), day(2026, 2, 14), 200000),       // d3
        deal(0, 0, 0, DealStage::Won, day(2026, 2, 20), day(2026, 2, 20), -50000, -1),  // d4: a return
        deal(2, 1, 2, DealStage::Open, day(2026, 1, 15), 0, 70000),                     // d5: still open
        deal(1, 0, 1, DealStage::Won, day(2026, 2, 25), day(2026, 3, 3), 10000),        // d6: 100 USD
        deal(0, 0, 0, DealStage::Won, day(2025, 1, 1), day(2025, 1, 15), 320000),       // d7: last year
    };
    data.deals[1].channel = 1;
    data.deals[6].currency = 1;
    data.credits = {{1, 0, 4000}, {1, 1, 6000}};
    data.activities = {{0, 0, day(2026, 1, 5)}, {0, 0, day(2026, 1, 6)}, {0, 1, day(2026, 1, 7)},
                       {1, 1, day(2026, 2, 2)}};
    data.feedback = {{0, 0, day(2026, 1, 10), 5}, {0, 0, day(2026, 1, 20), 4}, {2, 2, day(2026, 1, 15), 2}};
    data.market = {{0, kNoId, monthIndex(2026, 1), 4'000'000}};
    return data;
}

ExchangeRates sampleRates()
{
    ExchangeRates rates;
    rates.set("USD", "CNY", 2026, 3, 720'000'000);
    return rates;
}

const std::vector<Period> kFirstQuarter{Period::month(2026, 1), Period::month(2026, 2), Period::month(2026, 3)};

std::int64_t valueOf(const MetricCube &cube, MetricId metric, Id group, std::size_t period)
{
    const auto value = cube.value(metric, group, period).value();
    EXPECT_TRUE(value.has_value()) << definition(metric).key;
    return value.value_or(-999999);
}

} // namespace

TEST(MetricCube, CompanyMetricsByMonth)
{
    const PreparedSales sales(sampleData(), "CNY", sampleRates());
    ASSERT_TRUE(sales.ok());
    const MetricCube cube(sales, Scope{}, Dimension::Company, kFirstQuarter);
    ASSERT_EQ(cube.groupCount(), 1u);
    // January: d0 + d1 won, d2 lost.
    EXPECT_EQ(valueOf(cube, MetricId::Revenue, 0, 0), 400000);
    EXPECT_EQ(valueOf(cube, MetricId::Units, 0, 0), 500);
    EXPECT_EQ(valueOf(cube, MetricId::DealsWon, 0, 0), 200);
    EXPECT_EQ(valueOf(cube, MetricId::ConversionRate, 0, 0), 6667);
    EXPECT_EQ(valueOf(cube, MetricId::AverageDealSize, 0, 0), 200000);
    EXPECT_EQ(valueOf(cube, MetricId::SalesCycleDays, 0, 0), 2050);
    EXPECT_EQ(valueOf(cube, MetricId::NewCustomers, 0, 0), 100); // customer 0 first bought in 2025
    EXPECT_EQ(valueOf(cube, MetricId::CustomerSatisfaction, 0, 0), 367); // (5 + 4 + 2) / 3
    EXPECT_EQ(valueOf(cube, MetricId::Activities, 0, 0), 300);
    EXPECT_EQ(valueOf(cube, MetricId::OpenPipeline, 0, 0), 70000); // d5
    EXPECT_FALSE(cube.value(MetricId::RetentionRate, 0, 0).defined()); // no previous period
    EXPECT_FALSE(cube.value(MetricId::GrowthRate, 0, 0).defined());    // 2025-01 not in the cube
}

TEST(MetricCube, ReturnsReduceRevenueButAreNotDealsWon)
{
    const PreparedSales sales(sampleData(), "CNY", sampleRates());
    const MetricCube cube(sales, Scope{}, Dimension::Company, kFirstQuarter);
    EXPECT_EQ(valueOf(cube, MetricId::Revenue, 0, 1), 150000); // 200000 − 50000
    EXPECT_EQ(valueOf(cube, MetricId::Units, 0, 1), 0);        // 1 sold, 1 returned
    EXPECT_EQ(valueOf(cube, MetricId::DealsWon, 0, 1), 100);
    EXPECT_EQ(valueOf(cube, MetricId::AverageDealSize, 0, 1), 200000);
    EXPECT_EQ(valueOf(cube, MetricId::ConversionRate, 0, 1), 10000);
}

TEST(MetricCube, ForeignCurrencyConvertedAtTheCloseMonthsRate)
{
    const PreparedSales sales(sampleData(), "CNY", sampleRates());
    const MetricCube cube(sales, Scope{}, Dimension::Company, kFirstQuarter);
    EXPECT_EQ(valueOf(cube, MetricId::Revenue, 0, 2), 72000); // 100 USD × 7.2
}

TEST(MetricCube, RetentionAndPipelineAcrossMonths)
{
    const PreparedSales sales(sampleData(), "CNY", sampleRates());
    const MetricCube cube(sales, Scope{}, Dimension::Company, kFirstQuarter);
    EXPECT_EQ(valueOf(cube, MetricId::RetentionRate, 0, 1), 5000); // of customers 0 and 1, only 0 bought again
    EXPECT_EQ(valueOf(cube, MetricId::RetentionRate, 0, 2), 0);    // customer 0 did not come back in March
    // End of February: d5 (70000) and d6 (created 02-25, closes 03-03, converted with March's rate).
    EXPECT_EQ(valueOf(cube, MetricId::OpenPipeline, 0, 1), 142000);
    EXPECT_EQ(valueOf(cube, MetricId::OpenPipeline, 0, 2), 70000);
}

TEST(MetricCube, RepsCountTheirCreditShareTeamsCountTheDealOnce)
{
    const PreparedSales sales(sampleData(), "CNY", sampleRates());
    const MetricCube byRep(sales, Scope{}, Dimension::Rep, kFirstQuarter);
    const MetricCube byTeam(sales, Scope{}, Dimension::Team, kFirstQuarter);
    ASSERT_EQ(byRep.groupCount(), 3u);
    ASSERT_EQ(byTeam.groupCount(), 2u);
    EXPECT_EQ(valueOf(byRep, MetricId::Revenue, 0, 0), 220000); // d0 + 40 % of d1
    EXPECT_EQ(valueOf(byRep, MetricId::Revenue, 1, 0), 180000); // 60 % of d1
    EXPECT_EQ(valueOf(byRep, MetricId::DealsWon, 0, 0), 140);   // 1.4 deals
    EXPECT_EQ(valueOf(byRep, MetricId::DealsWon, 1, 0), 60);
    EXPECT_EQ(valueOf(byRep, MetricId::NewCustomers, 0, 0), 40); // its share of winning customer 1
    EXPECT_EQ(valueOf(byTeam, MetricId::Revenue, 0, 0), 400000);
    EXPECT_EQ(valueOf(byTeam, MetricId::DealsWon, 0, 0), 200);
    // The reps' values add up to the team's.
    const std::vector<MetricValue> reps{byRep.value(MetricId::Revenue, 0, 0), byRep.value(MetricId::Revenue, 1, 0)};
    EXPECT_EQ(aggregate(Aggregation::Sum, reps).value(), 400000);
}

TEST(MetricCube, RepFilterMatchesRepDimension)
{
    const PreparedSales sales(sampleData(), "CNY", sampleRates());
    Scope rep0;
    rep0.rep = 0;
    const MetricCube filtered(sales, rep0, Dimension::Company, kFirstQuarter);
    EXPECT_EQ(valueOf(filtered, MetricId::Revenue, 0, 0), 220000);
    EXPECT_EQ(valueOf(filtered, MetricId::Activities, 0, 0), 300);
    EXPECT_EQ(valueOf(filtered, MetricId::CustomerSatisfaction, 0, 0), 450);
}

TEST(MetricCube, RatioMetricsAggregateAsRatioOfSumsAcrossReps)
{
    // Rep 0 wins 1 of 1; rep 1 wins 1 of 10. The team converts 2 of 11 (18.18 %), not the
    // 55 % an average of the two rates would claim.
    SalesData data;
    data.teamOfRep = {0, 0};
    data.customers = {{0, 0}};
    const int jan = day(2026, 1, 10);
    data.deals.push_back(deal(0, 0, 0, DealStage::Won, jan, jan, 1000));
    data.deals.push_back(deal(1, 0, 0, DealStage::Won, jan, jan, 1000));
    for (int i = 0; i < 9; ++i)
        data.deals.push_back(deal(1, 0, 0, DealStage::Lost, jan, jan, 1000));
    const PreparedSales sales(std::move(data), "CNY", ExchangeRates{});
    const std::vector<Period> january{Period::month(2026, 1)};
    const MetricCube byRep(sales, Scope{}, Dimension::Rep, january);
    EXPECT_EQ(valueOf(byRep, MetricId::ConversionRate, 0, 0), 10000);
    EXPECT_EQ(valueOf(byRep, MetricId::ConversionRate, 1, 0), 1000);
    const std::vector<MetricValue> reps{byRep.value(MetricId::ConversionRate, 0, 0),
                                        byRep.value(MetricId::ConversionRate, 1, 0)};
    EXPECT_EQ(aggregate(Aggregation::RatioOfSums, reps).value(), 1818);
    const MetricCube team(sales, Scope{}, Dimension::Team, january);
    EXPECT_EQ(valueOf(team, MetricId::ConversionRate, 0, 0), 1818);
}

TEST(MetricCube, GrowthAgainstTheSamePeriodLastYear)
{
    const PreparedSales sales(sampleData(), "CNY", sampleRates());
    const std::vector<Period> periods{Period::month(2025, 1), Period::month(2026, 1)};
    const MetricCube cube(sales, Scope{}, Dimension::Company, periods);
    EXPECT_EQ(valueOf(cube, MetricId::GrowthRate, 0, 1), 2500); // 400000 vs 320000
    EXPECT_FALSE(cube.value(MetricId::GrowthRate, 0, 0).defined());
}

TEST(MetricCube, MarketShareOfARegion)
{
    const PreparedSales sales(sampleData(), "CNY", sampleRates());
    const MetricCube byRegion(sales, Scope{}, Dimension::Region, kFirstQuarter);
    EXPECT_EQ(valueOf(byRegion, MetricId::MarketShare, 0, 0), 1000); // 400000 of 4,000,000
    EXPECT_FALSE(byRegion.value(MetricId::MarketShare, 1, 0).defined()); // no market figure
    EXPECT_FALSE(byRegion.value(MetricId::MarketShare, 0, 1).defined());
}

TEST(MetricCube, CombinedScopeAndActivitiesWithoutChannel)
{
    const PreparedSales sales(sampleData(), "CNY", sampleRates());
    Scope online;
    online.team = 0;
    online.channel = 1;
    const MetricCube cube(sales, online, Dimension::Company, kFirstQuarter);
    EXPECT_EQ(valueOf(cube, MetricId::Revenue, 0, 0), 300000); // only d1 is team 0 × channel 1
    EXPECT_FALSE(cube.value(MetricId::Activities, 0, 0).defined()); // activities have no channel
}

TEST(MetricCube, EmptyPeriodIsZeroForSumsAndUndefinedForRatios)
{
    const PreparedSales sales(sampleData(), "CNY", sampleRates());
    const std::vector<Period> quiet{Period::month(2024, 6)};
    const MetricCube cube(sales, Scope{}, Dimension::Company, quiet);
    EXPECT_EQ(valueOf(cube, MetricId::Revenue, 0, 0), 0);
    EXPECT_EQ(valueOf(cube, MetricId::DealsWon, 0, 0), 0);
    EXPECT_FALSE(cube.value(MetricId::ConversionRate, 0, 0).defined());
    EXPECT_FALSE(cube.value(MetricId::AverageDealSize, 0, 0).defined());
    EXPECT_FALSE(cube.value(MetricId::CustomerSatisfaction, 0, 0).defined());
}

TEST(MetricCube, RefusesOverlappingPeriodsAndBadData)
{
    const PreparedSales sales(sampleData(), "CNY", sampleRates());
    const std::vector<Period> overlapping{Period::quarter(2026, 1), Period::month(2026, 2)};
    EXPECT_THROW(MetricCube(sales, Scope{}, Dimension::Company, overlapping), std::invalid_argument);
    const PreparedSales missingRate(sampleData(), "CNY", ExchangeRates{});
    EXPECT_THROW(MetricCube(missingRate, Scope{}, Dimension::Company, kFirstQuarter), std::invalid_argument);
}

TEST(PreparedSales, ReportsEveryIssueWithItsRecord)
{
    SalesData data = sampleData();
    data.credits = {{1, 0, 4000}, {1, 1, 5000}}; // 90 %
    data.deals[3].rep = 7;                       // unknown rep
    data.feedback[0].score = 6;
    const PreparedSales sales(std::move(data), "CNY", ExchangeRates{});
    EXPECT_FALSE(sales.ok());
    std::vector<std::pair<DataIssue::Kind, std::size_t>> found;
    for (const DataIssue &issue : sales.issues())
        found.emplace_back(issue.kind, issue.index);
    const std::vector<std::pair<DataIssue::Kind, std::size_t>> expected{
        {DataIssue::Kind::UnknownRep, 3}, {DataIssue::Kind::BadScore, 0}, {DataIssue::Kind::CreditsNot100, 1},
        {DataIssue::Kind::MissingRate, 6}};
    EXPECT_EQ(found, expected);
    EXPECT_EQ(sales.issues()[3].missingRate, (MissingRate{"USD", "CNY", 2026, 3}));
}

TEST(MetricCube, FirstPeriodHasNoRetentionNumeratorEither)
{
    // Customers 0 and 1 buy in January; only 0 again in February. Rolled up over both months
    // retention is 1 of 2, not inflated by January counting as "retained".
    const PreparedSales sales(sampleData(), "CNY", sampleRates());
    const std::vector<Period> twoMonths{Period::month(2026, 1), Period::month(2026, 2)};
    const MetricCube cube(sales, Scope{}, Dimension::Company, twoMonths);
    EXPECT_EQ(cube.value(MetricId::RetentionRate, 0, 0).numerator, 0);
    const std::vector<MetricValue> both{cube.value(MetricId::RetentionRate, 0, 0),
                                        cube.value(MetricId::RetentionRate, 0, 1)};
    EXPECT_EQ(aggregate(Aggregation::RatioOfSums, both).value(), 5000);
}

TEST(MetricCube, HugeRepSumsAreUndefinedNotWrappedAround)
{
    SalesData data;
    data.teamOfRep = {0};
    data.customers = {{0, 0}};
    const int day15 = day(2026, 1, 15);
    data.deals.push_back(deal(0, 0, 0, DealStage::Won, day15, day15, 1'000'000'000'000'000)); // 1e15 minor
    const PreparedSales sales(std::move(data), "CNY", ExchangeRates{});
    const std::vector<Period> january{Period::month(2026, 1)};
    // × 10000 for the rep's credit weight no longer fits: the cell says so.
    const MetricCube byRep(sales, Scope{}, Dimension::Rep, january);
    EXPECT_FALSE(byRep.value(MetricId::Revenue, 0, 0).defined());
    // Counted whole (a team), it fits.
    const MetricCube byTeam(sales, Scope{}, Dimension::Team, january);
    EXPECT_EQ(byTeam.value(MetricId::Revenue, 0, 0).value(), 1'000'000'000'000'000);
    EXPECT_EQ(byTeam.value(MetricId::AverageDealSize, 0, 0).value(), 1'000'000'000'000'000);
}

TEST(MetricCube, MarketShareOfAPartialMonthUsesThatPartOfTheMarket)
{
    const PreparedSales sales(sampleData(), "CNY", sampleRates());
    // January 1–10: d0 (100,000) against 10/31 of the 4,000,000 market (1,290,323) = 7.75 %.
    const std::vector<Period> firstTenDays{*Period::custom(makeDate(2026, 1, 1), makeDate(2026, 1, 10))};
    const MetricCube cube(sales, Scope{}, Dimension::Region, firstTenDays);
    EXPECT_EQ(cube.value(MetricId::MarketShare, 0, 0).value(), 775);
}

TEST(PreparedSales, CreditSharesMustEachBeWithinOneHundredPercent)
{
    SalesData data = sampleData();
    data.credits = {{1, 0, -5000}, {1, 1, 15000}}; // sums to 100 % but is nonsense
    data.credits.push_back({1, 9, 0});             // an unknown rep
    const PreparedSales sales(std::move(data), "CNY", sampleRates());
    std::vector<std::pair<DataIssue::Kind, std::size_t>> found;
    for (const DataIssue &issue : sales.issues())
        found.emplace_back(issue.kind, issue.index);
    const std::vector<std::pair<DataIssue::Kind, std::size_t>> expected{
        {DataIssue::Kind::UnknownCreditRep, 2}, {DataIssue::Kind::CreditsNot100, 1}};
    EXPECT_EQ(found, expected);
}

TEST(PreparedSales, UnknownCurrencyCodeIsNotAMissingRate)
{
    SalesData data = sampleData();
    data.currencies[1] = "XYZ";
    const PreparedSales sales(std::move(data), "CNY", sampleRates());
    ASSERT_EQ(sales.issues().size(), 1u);
    EXPECT_EQ(sales.issues()[0].kind, DataIssue::Kind::UnknownCurrency);
    EXPECT_EQ(sales.issues()[0].index, 6u);
}
