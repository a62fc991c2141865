#include "storage/DashboardRepository.h"
#include "storage/Database.h"
#include "storage/ExchangeRateRepository.h"
#include "storage/SalesDataRepository.h"
#include "storage/SqlHelpers.h"

#include "engine/MetricCube.h"

#include "DashboardFixture.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <memory>
#include <tuple>

using namespace attain;
using namespace attain::storage;
using attain::storage::test::seedDashboardFixture;
using attain::storage::test::TempFolder;

namespace {

engine::Date date(int y, unsigned m, unsigned d)
{
    return engine::makeDate(y, m, d);
}

DashboardScope team(const char *id)
{
    DashboardScope scope;
    scope.teamId = QLatin1String(id);
    return scope;
}

DashboardScope rep(const char *id)
{
    DashboardScope scope;
    scope.repId = QLatin1String(id);
    return scope;
}

class DashboardRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_folder.path(QStringLiteral("dash.attain")), Database::Mode::CreateIfMissing);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        m_database = std::move(opened.database);
        seedDashboardFixture(db());
    }

    [[nodiscard]] QSqlDatabase db() const { return m_database->connection(); }

    static DashboardRequest request(
        const char *period, DashboardScope scope = {}, engine::Date asOf = date(2026, 11, 25))
    {
        DashboardRequest r;
        r.period = *engine::Period::parse(period);
        r.scope = std::move(scope);
        r.asOf = asOf;
        r.pacing = engine::PacingMethod::CalendarDays;
        return r;
    }

    static const DashboardTile &tile(const std::vector<DashboardTile> &tiles, DashboardTileId id)
    {
        return tiles[static_cast<std::size_t>(id)];
    }

    TempFolder m_folder;
    std::unique_ptr<Database> m_database;
};

} // namespace

TEST_F(DashboardRepositoryTest, CompanyQuarterTilesWorkedOutByHand)
{
    const DashboardRepository repository(db());
    DashboardNotices notices;
    const auto tiles = repository.tiles(request("2026Q3"), &notices);
    ASSERT_EQ(tiles.size(), 12u);
    // Q3 won: d07 12M, d08 $10,000 × 7.1 = 7.1M, d09 15M, d11 9M, d12 7M, d13 11M, d15 3M,
    // d17 4.5M, d19 0.5M (fen).
    const DashboardTile &revenue = tile(tiles, DashboardTileId::Revenue);
    EXPECT_EQ(revenue.value, 69100000);
    EXPECT_EQ(revenue.previous, 53000000); // Q2: d02 5M + d03 20M + d05 30M − the d06 return 2M
    EXPECT_EQ(revenue.change, 16100000);
    EXPECT_EQ(revenue.changeBp, 3038);
    EXPECT_EQ(revenue.trend, Trend::Better);
    EXPECT_EQ(revenue.target, 92000000); // 365M for 2026, pro-rated 92 / 365
    EXPECT_EQ(revenue.targetSource, TargetSource::ProRated);
    EXPECT_EQ(tile(tiles, DashboardTileId::Attainment).value, 7511); // 69.1 / 92
    EXPECT_EQ(tile(tiles, DashboardTileId::Attainment).previous, 8833); // 53 / 60 (Q2's own target)
    EXPECT_EQ(tile(tiles, DashboardTileId::Pace).value, 7511); // the quarter is over: expected = target
    EXPECT_EQ(tile(tiles, DashboardTileId::Gap).value, 22900000);
    EXPECT_EQ(revenue.status, engine::Status::OffTrack);
    EXPECT_EQ(tile(tiles, DashboardTileId::DealsWon).value, 900);
    EXPECT_EQ(tile(tiles, DashboardTileId::DealsWon).target, 1000);
    EXPECT_EQ(tile(tiles, DashboardTileId::DealsWon).status, engine::Status::AtRisk); // 9 of 10
    EXPECT_EQ(tile(tiles, DashboardTileId::ConversionRate).value, 8182); // 9 won, 2 lost (d10, d16)
    EXPECT_EQ(tile(tiles, DashboardTileId::ConversionRate).previous, 7500); // Q2: 3 won (a return is none), d04 lost
    EXPECT_EQ(tile(tiles, DashboardTileId::ConversionRate).target, 7000);
    EXPECT_EQ(tile(tiles, DashboardTileId::ConversionRate).status, engine::Status::Ahead);
    EXPECT_EQ(tile(tiles, DashboardTileId::AverageDealSize).value, 7677778);
    EXPECT_EQ(tile(tiles, DashboardTileId::SalesCycleDays).value, 1589); // 143 days / 9
    EXPECT_EQ(tile(tiles, DashboardTileId::NewCustomers).value, 100); // c4 by d09
    EXPECT_EQ(tile(tiles, DashboardTileId::RetentionRate).value, 10000); // c1, c2, c3 of Q2 all back
    EXPECT_EQ(tile(tiles, DashboardTileId::Csat).value, 350); // (5 + 3 + 4 + 2) / 4
    EXPECT_EQ(tile(tiles, DashboardTileId::MarketShare).value, 402); // 69.1M / 1720M
    EXPECT_TRUE(notices.missingRates.empty());
    EXPECT_EQ(notices.skippedMarketFigures, 1); // June's market in USD (the previous quarter)
    EXPECT_FALSE(notices.factsStale);
}

TEST_F(DashboardRepositoryTest, TargetsAreExactSummedFromPartsOrProRated)
{
    const DashboardRepository repository(db());
    const auto east = repository.tiles(request("2026Q3", team("t-east")));
    EXPECT_EQ(tile(east, DashboardTileId::Revenue).value, 38600000);
    EXPECT_EQ(tile(east, DashboardTileId::Revenue).target, 30000000);
    EXPECT_EQ(tile(east, DashboardTileId::Revenue).targetSource, TargetSource::Exact);
    EXPECT_EQ(tile(east, DashboardTileId::Attainment).value, 12867);
    EXPECT_EQ(tile(east, DashboardTileId::Revenue).status, engine::Status::Ahead);

    const auto bo = repository.tiles(request("2026Q3", rep("r-bo")));
    // 60 % of d07, d11, 50 % of d13 (a West deal shared with East's Bo).
    EXPECT_EQ(tile(bo, DashboardTileId::Revenue).value, 21700000);
    EXPECT_EQ(tile(bo, DashboardTileId::Revenue).target, 25000000); // three monthly targets
    EXPECT_EQ(tile(bo, DashboardTileId::Revenue).targetSource, TargetSource::SumOfParts);
    EXPECT_EQ(tile(bo, DashboardTileId::DealsWon).value, 60 + 100 + 50);

    const auto west = repository.tiles(request("2026Q3", team("t-west")));
    EXPECT_EQ(tile(west, DashboardTileId::Revenue).value, 30500000);
    EXPECT_EQ(tile(west, DashboardTileId::Revenue).target, 18400000); // 73M × 92 / 365
    EXPECT_EQ(tile(west, DashboardTileId::Revenue).targetSource, TargetSource::ProRated);

    DashboardScope combination = team("t-east");
    combination.channelId = QStringLiteral("ch-online");
    const auto eastOnline = repository.tiles(request("2026Q3", combination));
    EXPECT_EQ(tile(eastOnline, DashboardTileId::Revenue).value, 7100000 + 9000000);
    EXPECT_FALSE(tile(eastOnline, DashboardTileId::Revenue).target); // no targets for combinations
    EXPECT_FALSE(tile(eastOnline, DashboardTileId::Csat).value); // feedback has no channel
}

/// The dashboard equals engine::MetricCube on the records (SalesDataRepository), for every
/// kind of scope and period, partly elapsed ones included.
TEST_F(DashboardRepositoryTest, EqualsMetricCubeForEveryScopeAndPeriod)
{
    storage::LoadedSales loaded = SalesDataRepository(db()).load(QStringLiteral("CNY"));
    const IdMap ids = loaded.ids;
    const engine::PreparedSales sales(std::move(loaded.data), "CNY", ExchangeRateRepository(db()).load(),
        engine::ExchangeRates::Fallback::LatestEarlier);
    ASSERT_TRUE(sales.ok());
    const auto engineScope = [&](const DashboardScope &s) {
        engine::Scope scope;
        scope.team = ids.find(IdMap::Kind::Team, s.teamId);
        scope.rep = ids.find(IdMap::Kind::Rep, s.repId);
        scope.channel = ids.find(IdMap::Kind::Channel, s.channelId);
        scope.productLine = ids.find(IdMap::Kind::ProductLine, s.productLineId);
        scope.region = ids.find(IdMap::Kind::Region, s.regionId);
        return scope;
    };
    const auto cubeValue = [&](engine::MetricId metric, const DashboardScope &s, std::vector<engine::Period> periods) {
        const engine::MetricCube cube(sales, engineScope(s), engine::Dimension::Company, periods);
        return cube.value(metric, 0, periods.size() - 1).value();
    };
    const auto firstDays = [](const engine::Period &p, int days) {
        return engine::Period { engine::Period::Kind::Custom, p.first,
            std::min(p.last, engine::addDays(p.first, days - 1)) };
    };

    std::vector<DashboardScope> scopes { {}, team("t-east"), team("t-west"), rep("r-ann"), rep("r-bo"), rep("r-cy") };
    DashboardScope s;
    s.channelId = QStringLiteral("ch-direct");
    scopes.push_back(s);
    s = {};
    s.productLineId = QStringLiteral("p-hw");
    scopes.push_back(s);
    s = {};
    s.regionId = QStringLiteral("g-west");
    scopes.push_back(s);
    s = team("t-east");
    s.channelId = QStringLiteral("ch-online");
    scopes.push_back(s);
    s = rep("r-bo");
    s.channelId = QStringLiteral("ch-direct");
    scopes.push_back(s);
    s = rep("r-ann");
    s.teamId = QStringLiteral("t-east");
    scopes.push_back(s);
    s = rep("r-cy");
    s.productLineId = QStringLiteral("p-cloud");
    s.regionId = QStringLiteral("g-west");
    scopes.push_back(s);
    s = {};
    s.channelId = QStringLiteral("ch-direct");
    s.productLineId = QStringLiteral("p-cloud");
    scopes.push_back(s);
    s = team("t-east");
    s.channelId = QStringLiteral("ch-direct");
    s.productLineId = QStringLiteral("p-cloud");
    scopes.push_back(s);

    const std::vector<std::pair<const char *, engine::Date>> periods { { "2026Q3", date(2026, 11, 25) },
        { "2026Q3", date(2026, 8, 20) }, { "2026-09", date(2026, 9, 21) }, { "2026", date(2026, 11, 25) },
        { "2026-08", date(2026, 8, 31) }, { "2026-07-10..2026-09-05", date(2026, 11, 25) },
        { "2026Q2", date(2026, 5, 31) }, { "2025", date(2026, 1, 5) } };
    const std::vector<std::pair<DashboardTileId, engine::MetricId>> metrics { { DashboardTileId::Revenue,
                                                                                  engine::MetricId::Revenue },
        { DashboardTileId::DealsWon, engine::MetricId::DealsWon },
        { DashboardTileId::ConversionRate, engine::MetricId::ConversionRate },
        { DashboardTileId::AverageDealSize, engine::MetricId::AverageDealSize },
        { DashboardTileId::SalesCycleDays, engine::MetricId::SalesCycleDays },
        { DashboardTileId::NewCustomers, engine::MetricId::NewCustomers },
        { DashboardTileId::RetentionRate, engine::MetricId::RetentionRate },
        { DashboardTileId::Csat, engine::MetricId::CustomerSatisfaction },
        { DashboardTileId::MarketShare, engine::MetricId::MarketShare } };

    const DashboardRepository repository(db());
    int compared = 0;
    for (const auto &[text, asOf] : periods) {
        const engine::Period period = *engine::Period::parse(text);
        const engine::Period previous = engine::previousOfSameKind(period);
        const int elapsed = std::clamp(engine::daysBetween(period.first, asOf) + 1, 0, period.dayCount());
        for (const DashboardScope &scope : scopes) {
            SCOPED_TRACE(std::string(text) + " " + scope.teamId.toStdString() + "/" + scope.repId.toStdString() + "/"
                + scope.channelId.toStdString() + "/" + scope.productLineId.toStdString() + "/"
                + scope.regionId.toStdString());
            const auto tiles = repository.tiles(request(text, scope, asOf));
            for (const auto &[id, metric] : metrics) {
                SCOPED_TRACE(std::string(engine::definition(metric).key));
                const bool retention = metric == engine::MetricId::RetentionRate;
                const auto now = retention ? cubeValue(metric, scope, { previous, firstDays(period, elapsed) })
                                           : cubeValue(metric, scope, { firstDays(period, elapsed) });
                const auto before = retention
                    ? cubeValue(metric, scope, { engine::previousOfSameKind(previous), firstDays(previous, elapsed) })
                    : cubeValue(metric, scope, { firstDays(previous, elapsed) });
                EXPECT_EQ(tile(tiles, id).value, now);
                EXPECT_EQ(tile(tiles, id).previous, before);
                ++compared;
            }
        }
    }
    EXPECT_EQ(compared, 8 * 15 * 9);
}

/// Every breakdown row (children along each dimension, reps within channels included) equals
/// engine::MetricCube grouped the same way.
TEST_F(DashboardRepositoryTest, BreakdownsEqualMetricCube)
{
    storage::LoadedSales loaded = SalesDataRepository(db()).load(QStringLiteral("CNY"));
    const IdMap ids = loaded.ids;
    const engine::PreparedSales sales(std::move(loaded.data), "CNY", ExchangeRateRepository(db()).load(),
        engine::ExchangeRates::Fallback::LatestEarlier);
    ASSERT_TRUE(sales.ok());
    const std::vector<std::tuple<DashboardDimension, engine::Dimension, IdMap::Kind>> dimensions {
        { DashboardDimension::Team, engine::Dimension::Team, IdMap::Kind::Team },
        { DashboardDimension::Rep, engine::Dimension::Rep, IdMap::Kind::Rep },
        { DashboardDimension::Channel, engine::Dimension::Channel, IdMap::Kind::Channel },
        { DashboardDimension::ProductLine, engine::Dimension::ProductLine, IdMap::Kind::ProductLine },
        { DashboardDimension::Region, engine::Dimension::Region, IdMap::Kind::Region }
    };
    std::vector<DashboardScope> scopes { {}, team("t-east") };
    DashboardScope s;
    s.channelId = QStringLiteral("ch-direct");
    scopes.push_back(s);
    s = team("t-east");
    s.channelId = QStringLiteral("ch-online");
    scopes.push_back(s);
    s = {};
    s.regionId = QStringLiteral("g-west");
    scopes.push_back(s);

    const DashboardRepository repository(db());
    int compared = 0;
    for (const auto &[text, asOf] : std::vector<std::pair<const char *, engine::Date>> {
             { "2026Q3", date(2026, 11, 25) }, { "2026Q3", date(2026, 8, 20) }, { "2026", date(2026, 11, 25) } }) {
        const engine::Period period = *engine::Period::parse(text);
        const engine::Period toDate { engine::Period::Kind::Custom, period.first, std::min(period.last, asOf) };
        for (const DashboardScope &scope : scopes) {
            engine::Scope filter;
            filter.team = ids.find(IdMap::Kind::Team, scope.teamId);
            filter.channel = ids.find(IdMap::Kind::Channel, scope.channelId);
            filter.region = ids.find(IdMap::Kind::Region, scope.regionId);
            for (const auto &[by, dimension, kind] : dimensions) {
                SCOPED_TRACE(std::string(text) + " " + scope.teamId.toStdString() + "/" + scope.channelId.toStdString()
                    + "/" + scope.regionId.toStdString() + " by " + std::to_string(static_cast<int>(by)));
                const engine::MetricCube cube(sales, filter, dimension, std::vector<engine::Period> { toDate });
                const DashboardBreakdown breakdown = repository.breakdown(request(text, scope, asOf), by);
                for (const DashboardBreakdownRow &row : breakdown.rows) {
                    if (row.id.isEmpty())
                        continue; // records without one: the cube has no group for them
                    const engine::Id group = ids.find(kind, row.id);
                    ASSERT_NE(group, engine::kNoId) << row.id.toStdString();
                    EXPECT_EQ(row.revenue, cube.value(engine::MetricId::Revenue, group, 0).value().value_or(0));
                    EXPECT_EQ(row.dealsWon, cube.value(engine::MetricId::DealsWon, group, 0).value().value_or(0));
                    EXPECT_EQ(row.conversionBp, cube.value(engine::MetricId::ConversionRate, group, 0).value());
                    ++compared;
                }
            }
        }
    }
    EXPECT_EQ(compared, 144);
}

TEST_F(DashboardRepositoryTest, SeriesIsCumulativeAgainstExpectedToDate)
{
    const DashboardRepository repository(db());
    const DashboardSeries series = repository.series(request("2026Q3", team("t-east"), date(2026, 8, 20)));
    EXPECT_EQ(series.step, DashboardSeries::Step::Day);
    ASSERT_EQ(series.points.size(), 92u);
    EXPECT_EQ(series.points[0].date, date(2026, 7, 1));
    EXPECT_EQ(series.points[0].actual, 0);
    EXPECT_EQ(series.points[2].actual, 12000000); // d07 on 07-03
    EXPECT_EQ(series.points[14].actual, 12000000 + 7100000); // d08 on 07-15
    EXPECT_EQ(series.points[50].date, date(2026, 8, 20));
    EXPECT_EQ(series.points[50].actual, 19100000 + 500000); // d19 on 08-01
    EXPECT_FALSE(series.points[51].actual); // after the as-of date
    EXPECT_EQ(series.target, 30000000);
    EXPECT_EQ(series.points[91].expected, 30000000);
    EXPECT_EQ(series.points[45].expected, 15000000); // 46 of 92 days
    // The forecast starts after the complete months: July's revenue, August and September to go.
    EXPECT_EQ(series.actualCompleteMonths, 19100000);
    EXPECT_EQ(series.remainingMonths, 2);
    ASSERT_EQ(series.monthlyHistory.size(), 36u);
    EXPECT_EQ(series.monthlyHistory.back(), 19100000); // 2026-07
    EXPECT_EQ(series.monthlyHistory[series.monthlyHistory.size() - 2], 0); // 2026-06: no East sales
    EXPECT_EQ(series.monthlyHistory[series.monthlyHistory.size() - 4], 5000000); // 2026-04: d02

    const DashboardSeries year = repository.series(request("2026"));
    EXPECT_EQ(year.step, DashboardSeries::Step::Month);
    ASSERT_EQ(year.points.size(), 12u);
    EXPECT_EQ(year.points[2].date, date(2026, 3, 31));
    EXPECT_EQ(year.points[2].actual, 10000000);
    EXPECT_EQ(year.points[9].actual, 10000000 + 53000000 + 69100000 + 5500000);
    EXPECT_EQ(year.points[10].actual, year.points[9].actual); // November so far
    EXPECT_FALSE(year.points[11].actual);
    EXPECT_EQ(year.remainingMonths, 2);
}

TEST_F(DashboardRepositoryTest, BreakdownByTeamThenDrillDownToReps)
{
    const DashboardRepository repository(db());
    const DashboardRequest company = request("2026Q3");
    const DashboardBreakdown teams = repository.breakdown(company, DashboardDimension::Team);
    ASSERT_EQ(teams.rows.size(), 2u);
    EXPECT_EQ(teams.rows[0].id, QStringLiteral("t-east"));
    EXPECT_EQ(teams.rows[0].code, QStringLiteral("EAST"));
    EXPECT_EQ(teams.rows[0].revenue, 38600000);
    EXPECT_EQ(teams.rows[0].target, 30000000);
    EXPECT_EQ(teams.rows[0].attainmentBp, 12867);
    EXPECT_EQ(teams.rows[1].revenue, 30500000);
    EXPECT_EQ(teams.rows[1].previousRevenue, 28000000); // d05 − the d06 return
    EXPECT_EQ(teams.rows[1].dealsWon, 300);
    EXPECT_EQ(teams.rows[1].conversionBp, 7500);

    DashboardRequest east = company;
    east.scope = DashboardRepository::drillDown(company.scope, DashboardDimension::Team, QStringLiteral("t-east"));
    ASSERT_EQ(DashboardRepository::defaultBreakdown(east.scope), DashboardDimension::Rep);
    const DashboardBreakdown reps = repository.breakdown(east, DashboardDimension::Rep);
    EXPECT_EQ(DashboardRepository::drillDown(east.scope, DashboardDimension::Rep, QStringLiteral("r-bo")), rep("r-bo"));
    // East's deals by credited rep: Ann 4.8 + 7.1 + 7 + 3 + 0.5 M, Bo 7.2 + 9 M (d13 is West's).
    ASSERT_EQ(reps.rows.size(), 2u);
    EXPECT_EQ(reps.rows[0].name, QStringLiteral("Ann"));
    EXPECT_EQ(reps.rows[0].revenue, 22400000);
    EXPECT_EQ(reps.rows[0].target, 12000000);
    EXPECT_EQ(reps.rows[1].revenue, 16200000);
    EXPECT_EQ(reps.rows[1].target, 25000000);
    EXPECT_EQ(reps.rows[0].revenue + reps.rows[1].revenue, teams.rows[0].revenue); // a team counts a deal once

    const DashboardBreakdown channels = repository.breakdown(company, DashboardDimension::Channel);
    std::int64_t sum = 0;
    for (const auto &row : channels.rows)
        sum += row.revenue;
    EXPECT_EQ(sum, 69100000);
    EXPECT_EQ(channels.rows.back().id, QString()); // d17 has no channel
    EXPECT_EQ(channels.rows.back().revenue, 4500000);

    // A rep broken down by channel is read from the deals themselves.
    DashboardRequest bo = request("2026Q3", rep("r-bo"));
    const DashboardBreakdown boChannels = repository.breakdown(bo, DashboardDimension::Channel);
    ASSERT_EQ(boChannels.rows.size(), 2u);
    EXPECT_EQ(boChannels.rows[0].id, QStringLiteral("ch-online"));
    EXPECT_EQ(boChannels.rows[0].revenue, 9000000 + 5500000); // d11 and 50 % of d13
    EXPECT_EQ(boChannels.rows[1].revenue, 7200000); // 60 % of d07
}

TEST_F(DashboardRepositoryTest, LeaderboardRanksRepsByAttainment)
{
    const DashboardRepository repository(db());
    const auto rows = repository.leaderboard(request("2026Q3"));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].name, QStringLiteral("Ann")); // 22.4M of 12M
    EXPECT_EQ(rows[0].attainmentBp, 18667);
    EXPECT_EQ(rows[0].rank, 1);
    EXPECT_EQ(rows[1].name, QStringLiteral("Bo")); // 21.7M of 25M
    EXPECT_EQ(rows[1].revenue, 21700000);
    EXPECT_EQ(rows[1].attainmentBp, 8680);
    EXPECT_EQ(rows[2].name, QStringLiteral("Cy")); // no target: after those with one
    EXPECT_FALSE(rows[2].attainmentBp);
    EXPECT_EQ(rows[2].revenue, 25000000);
    ASSERT_EQ(rows[1].trend.size(), 6u); // June … November
    EXPECT_EQ(rows[1].trend[1], 7200000); // July
    EXPECT_EQ(rows[1].trend[3], 5500000); // September

    // A rep's scope ranks their own team, on all revenue credited to each of its reps.
    const auto west = repository.leaderboard(request("2026Q3", rep("r-cy")));
    ASSERT_EQ(west.size(), 1u);
    EXPECT_EQ(west[0].name, QStringLiteral("Cy"));
    const auto east = repository.leaderboard(request("2026Q3", team("t-east")));
    ASSERT_EQ(east.size(), 2u);
    EXPECT_EQ(east[1].revenue, 21700000); // Bo's share of West's d13 included
}

TEST_F(DashboardRepositoryTest, ActivitiesAgainstRevenuePerRep)
{
    const DashboardRepository repository(db());
    const auto rows = repository.activityVsRevenue(request("2026Q3", team("t-east")));
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].name, QStringLiteral("Ann"));
    EXPECT_EQ(rows[0].activities, 2);
    EXPECT_EQ(rows[0].revenue, 22400000);
    EXPECT_EQ(rows[1].name, QStringLiteral("Bo"));
    EXPECT_EQ(rows[1].activities, 2);
    EXPECT_EQ(rows[1].dealsWon, 210); // 60 % of d07, d11 and half of West's d13
}

TEST_F(DashboardRepositoryTest, PartialPeriodsCompareTheSameNumberOfDays)
{
    const DashboardRepository repository(db());
    const DashboardSnapshot snapshot = repository.load(request("2026-09", {}, date(2026, 9, 10)));
    EXPECT_EQ(snapshot.elapsedDays, 10);
    EXPECT_EQ(snapshot.previousPeriod, engine::Period::month(2026, 8));
    const DashboardTile &revenue = snapshot.tiles[0];
    EXPECT_EQ(revenue.value, 7000000 + 11000000); // d12, d13
    EXPECT_EQ(revenue.previous, 15000000 + 500000); // August 1–10: d09, d19
    ASSERT_TRUE(snapshot.revenuePace);
    EXPECT_EQ(snapshot.revenuePace->elapsed.fraction, (engine::Fraction { 1, 3 }));
    EXPECT_EQ(snapshot.breakdown.dimension, DashboardDimension::Team);
    EXPECT_EQ(snapshot.leaderboard.size(), 3u);
}

TEST_F(DashboardRepositoryTest, AMissingExchangeRateIsReportedAndLeftOut)
{
    execStatement(db(), QStringLiteral("DELETE FROM exchange_rates"));
    const DashboardRepository repository(db());
    DashboardNotices notices;
    const auto tiles = repository.tiles(request("2026Q3"), &notices);
    EXPECT_EQ(tile(tiles, DashboardTileId::Revenue).value, 69100000 - 7100000);
    ASSERT_EQ(notices.missingRates.size(), 1u);
    EXPECT_EQ(notices.missingRates[0], (engine::MissingRate { "USD", "CNY", 2026, 7 }));
}

TEST_F(DashboardRepositoryTest, StaleFactsAreReported)
{
    execStatement(db(), QStringLiteral("UPDATE deals SET amount_minor = 1 WHERE id = 'd11'"));
    DashboardNotices notices;
    (void)DashboardRepository(db()).tiles(request("2026Q3"), &notices);
    EXPECT_TRUE(notices.factsStale);
}

TEST_F(DashboardRepositoryTest, MembersAndDefaultBreakdowns)
{
    const DashboardRepository repository(db());
    const auto reps = repository.members(DashboardDimension::Rep);
    ASSERT_EQ(reps.size(), 3u);
    EXPECT_EQ(reps[1],
        (DashboardMember { QStringLiteral("r-bo"), QStringLiteral("bo@example.com"), QStringLiteral("Bo"),
            QStringLiteral("t-east") }));
    EXPECT_EQ(repository.members(DashboardDimension::Channel).size(), 2u);
    EXPECT_EQ(DashboardRepository::defaultBreakdown({}), DashboardDimension::Team);
    EXPECT_EQ(DashboardRepository::defaultBreakdown(rep("r-bo")), DashboardDimension::ProductLine);
    DashboardScope online;
    online.channelId = QStringLiteral("ch-online");
    EXPECT_EQ(DashboardRepository::defaultBreakdown(online), DashboardDimension::Team);
    online.teamId = QStringLiteral("t-east"); // reps within a channel only on request
    EXPECT_EQ(DashboardRepository::defaultBreakdown(online), DashboardDimension::ProductLine);
}
