#include "engine/Kpi.h"

#include "VariedSales.h"

#include <gtest/gtest.h>

using namespace attain::engine;
using attain::engine::fixtures::varied;

namespace {

Scope scopeOf(Dimension dimension, Id id)
{
    Scope scope;
    if (dimension == Dimension::Team)
        scope.team = id;
    else if (dimension == Dimension::Rep)
        scope.rep = id;
    return scope;
}

std::string describe(const Target &target)
{
    return std::string(definition(target.metric).key) + " " + toIsoString(target.period.first) + "…"
        + toIsoString(target.period.last) + " team " + std::to_string(target.scope.team) + " rep "
        + std::to_string(target.scope.rep);
}

} // namespace

// Every metric, for the company, a team, a rep with shared deals, a combined scope and a rep
// with no records, over a finished year, a running quarter and month, and a future quarter:
// the batch gives exactly what one computeKpi per target gives.
TEST(KpiBatch, SameAsOneComputeKpiPerTarget)
{
    const PreparedSales sales = varied();
    ASSERT_TRUE(sales.ok());
    KpiSettings settings;
    settings.asOf = makeDate(2026, 11, 20);
    settings.trailingDays = 30;
    std::vector<Scope> scopes { {}, scopeOf(Dimension::Team, 1), scopeOf(Dimension::Rep, 0), scopeOf(Dimension::Rep, 7) };
    Scope combined;
    combined.team = 0;
    combined.rep = 1;
    scopes.push_back(combined);
    const std::vector<Period> periods { Period::year(2025), Period::quarter(2026, 4), Period::month(2026, 11),
                                        Period::quarter(2027, 1), Period::year(2026) };
    std::vector<Target> targets;
    for (std::size_t m = 0; m < kMetricCount; ++m)
        for (const Scope &scope : scopes)
            for (const Period &period : periods)
                targets.push_back({ "t", "", static_cast<MetricId>(m), scope, period, 123'456 });

    const std::vector<Kpi> batch = computeKpis(targets, sales, settings);
    ASSERT_EQ(batch.size(), targets.size());
    int paced = 0;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const Kpi one = computeKpi(targets[i], sales, settings);
        const Kpi &many = batch[i];
        SCOPED_TRACE(describe(targets[i]));
        EXPECT_EQ(many.status, one.status);
        EXPECT_EQ(many.actual.value(), one.actual.value());
        EXPECT_EQ(many.previous.value(), one.previous.value());
        EXPECT_EQ(many.yearEarlier.value(), one.yearEarlier.value());
        EXPECT_EQ(many.attainmentBp, one.attainmentBp);
        EXPECT_EQ(many.gap, one.gap);
        EXPECT_EQ(many.growthVsPreviousBp, one.growthVsPreviousBp);
        EXPECT_EQ(many.growthYearOverYearBp, one.growthYearOverYearBp);
        ASSERT_EQ(many.pace.has_value(), one.pace.has_value());
        if (one.pace) {
            ++paced;
            EXPECT_EQ(many.pace->expectedToDate, one.pace->expectedToDate);
            EXPECT_EQ(many.pace->paceBp, one.pace->paceBp);
            EXPECT_EQ(many.pace->projectedTrailing, one.pace->projectedTrailing);
        }
    }
    EXPECT_GT(paced, 50);
}

TEST(KpiBatch, EmptyListGivesNothing)
{
    const PreparedSales sales = varied();
    KpiSettings settings;
    settings.asOf = makeDate(2026, 11, 20);
    EXPECT_TRUE(computeKpis({}, sales, settings).empty());
}
