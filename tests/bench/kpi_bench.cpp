// Google Benchmark: every KPI for 200 reps × 60 months from 2M deal records (issue 3's goal:
// well under 100 ms on one core). Prints figures; never fails on speed.
#include "engine/Attainment.h"
#include "engine/MetricCube.h"

#include <benchmark/benchmark.h>

#include <memory>
#include <random>
#include <vector>

using namespace attain::engine;

namespace {

constexpr int kReps = 200;
constexpr int kTeams = 20;
constexpr int kCustomers = 20000;
constexpr int kMonths = 60;

/// Deterministic synthetic records shaped like a real team's: 4 % shared deals, 2 % returns,
/// 3 % in USD, a quarter lost, 2 % still open, plus activities and feedback.
SalesData syntheticData(std::size_t dealCount)
{
    std::mt19937_64 random(20261125);
    SalesData data;
    data.currencies = {"CNY", "USD"};
    for (int rep = 0; rep < kReps; ++rep)
        data.teamOfRep.push_back(rep % kTeams);
    for (int customer = 0; customer < kCustomers; ++customer)
        data.customers.push_back({customer % 6, customer % 4});
    const int firstDay = toDayNumber(makeDate(2022, 1, 1));
    const int lastDay = toDayNumber(makeDate(2026, 12, 31));
    std::uniform_int_distribution<int> dayOf(firstDay, lastDay);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<std::int64_t> amountOf(50'000, 5'000'000);
    data.deals.reserve(dealCount);
    for (std::size_t i = 0; i < dealCount; ++i) {
        DealRecord deal;
        deal.rep = static_cast<Id>(random() % kReps);
        deal.team = data.teamOfRep[static_cast<std::size_t>(deal.rep)];
        deal.customer = static_cast<Id>(random() % kCustomers);
        deal.channel = static_cast<Id>(random() % 3);
        deal.productLine = static_cast<Id>(random() % 4);
        deal.region = deal.customer % 6;
        deal.closedDay = dayOf(random);
        deal.createdDay = deal.closedDay - static_cast<int>(random() % 90);
        deal.amount = amountOf(random);
        deal.units = 1 + static_cast<std::int32_t>(random() % 5);
        const int roll = percent(random);
        deal.stage = roll < 25 ? DealStage::Lost : (roll < 27 ? DealStage::Open : DealStage::Won);
        if (percent(random) < 2) { // a return
            deal.amount = -deal.amount / 4;
            deal.units = -1;
        }
        if (percent(random) < 3)
            deal.currency = 1;
        if (percent(random) < 4) {
            const Id partner = static_cast<Id>((deal.rep + 1) % kReps);
            data.credits.push_back({static_cast<Id>(i), deal.rep, 6000});
            data.credits.push_back({static_cast<Id>(i), partner, 4000});
        }
        data.deals.push_back(deal);
    }
    for (std::size_t i = 0; i < dealCount / 2; ++i)
        data.activities.push_back({static_cast<Id>(random() % kReps), static_cast<Id>(random() % kCustomers), dayOf(random)});
    for (std::size_t i = 0; i < dealCount / 40; ++i)
        data.feedback.push_back({static_cast<Id>(random() % kReps), static_cast<Id>(random() % kCustomers), dayOf(random),
                                 1 + static_cast<std::int32_t>(random() % 5)});
    return data;
}

ExchangeRates monthlyRates()
{
    ExchangeRates rates;
    for (int year = 2021; year <= 2026; ++year) // open deals convert at their creation month
        for (unsigned month = 1; month <= 12; ++month)
            rates.set("USD", "CNY", year, month, 700'000'000 + (year - 2021) * 5'000'000 + month * 100'000);
    return rates;
}

std::vector<Period> sixtyMonths()
{
    std::vector<Period> months;
    for (int i = 0; i < kMonths; ++i)
        months.push_back(Period::month(2022 + i / 12, static_cast<unsigned>(i % 12 + 1)));
    return months;
}

const PreparedSales &preparedSales(std::size_t dealCount)
{
    static std::size_t preparedCount = 0;
    static std::unique_ptr<PreparedSales> prepared;
    if (!prepared || preparedCount != dealCount) {
        prepared = std::make_unique<PreparedSales>(syntheticData(dealCount), "CNY", monthlyRates());
        preparedCount = dealCount;
    }
    return *prepared;
}

/// Converting currencies, indexing credit shares and finding each customer's first deal.
void BM_PrepareSales(benchmark::State &state)
{
    const SalesData data = syntheticData(static_cast<std::size_t>(state.range(0)));
    const ExchangeRates rates = monthlyRates();
    for (auto _ : state) {
        PreparedSales prepared(data, "CNY", rates);
        benchmark::DoNotOptimize(prepared.ok());
    }
    state.counters["deals"] = static_cast<double>(data.deals.size());
}

/// The dashboard's whole computation: all 13 metrics for every rep and month, and attainment,
/// gap and year-over-year growth of revenue against a target for each rep-month.
void BM_AllKpisByRepAndMonth(benchmark::State &state)
{
    const PreparedSales &sales = preparedSales(static_cast<std::size_t>(state.range(0)));
    if (!sales.ok()) {
        state.SkipWithError("synthetic data has issues");
        return;
    }
    const std::vector<Period> months = sixtyMonths();
    for (auto _ : state) {
        const MetricCube cube(sales, Scope{}, Dimension::Rep, months);
        std::int64_t checksum = 0;
        for (Id rep = 0; rep < kReps; ++rep) {
            for (std::size_t month = 0; month < months.size(); ++month) {
                for (const MetricDefinition &metric : allMetrics())
                    checksum += cube.value(metric.id, rep, month).value().value_or(0);
                const std::int64_t revenue = cube.value(MetricId::Revenue, rep, month).value().value_or(0);
                const Attainment attainment{250'000'000, revenue};
                checksum += attainment.basisPoints().value_or(0) + attainment.gap();
            }
        }
        benchmark::DoNotOptimize(checksum);
    }
    state.counters["cells"] = kReps * kMonths;
}

} // namespace

BENCHMARK(BM_PrepareSales)->Arg(20'000)->Arg(2'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AllKpisByRepAndMonth)->Arg(20'000)->Arg(2'000'000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
