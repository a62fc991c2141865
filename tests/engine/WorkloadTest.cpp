#include "engine/Workload.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace attain::engine;

namespace {

constexpr std::size_t kCall = 0, kVisit = 1, kMeeting = 2, kDemo = 3;

WorkloadRep rep(std::string id, Date start, std::optional<Date> end = std::nullopt)
{
    return WorkloadRep{id, id, "team", start, end};
}

ActivityTally tally(std::string repId, Date day, std::string type, std::int64_t count, std::int64_t minutes)
{
    return ActivityTally{std::move(repId), day, std::move(type), count, minutes};
}

// The hand-computed fixture. Norm: 10 activities and 480 minutes a week; calls alone 6 a week.
// Weeks 2026-W47 (Mon 16 Nov) and 2026-W48 (Mon 23 Nov), the two ending at 2026-11-25.
//   A (employed throughout): W47 8 calls/80 min + 2 visits/180 min; W48 4 meetings/240 min +
//     2 demos/180 min. Revenue 1,000,000.
//   B (employed throughout): W47 8 visits/800 min; W48 10 calls/100 min + 4 visits/400 min.
//     Revenue 3,000,000.
//   C joined Wednesday 2026-11-25: W47 not employed, W48 3 workdays, 2 calls/20 min. Revenue 0.
//   D left 2026-11-13, before the range: never employed in it. Revenue 500,000 (old deals).
WorkloadInput fixture()
{
    WorkloadInput input;
    input.norms.total = {10, 480};
    input.norms.perType[ActivityType::Call] = {6, 0};
    input.weeks = isoWeeksEnding(makeDate(2026, 11, 25), 2);
    input.reps = {rep("A", makeDate(2025, 1, 1)), rep("B", makeDate(2024, 6, 1)), rep("C", makeDate(2026, 11, 25)),
                  rep("D", makeDate(2023, 1, 1), makeDate(2026, 11, 13))};
    input.tallies = {tally("A", makeDate(2026, 11, 16), "call", 8, 80),
                     tally("A", makeDate(2026, 11, 18), "visit", 2, 180),
                     tally("A", makeDate(2026, 11, 24), "meeting", 4, 240),
                     tally("A", makeDate(2026, 11, 27), "demo", 2, 180),
                     tally("B", makeDate(2026, 11, 17), "visit", 8, 800),
                     tally("B", makeDate(2026, 11, 23), "call", 10, 100),
                     tally("B", makeDate(2026, 11, 29), "visit", 4, 400), // a Sunday: still W48
                     tally("C", makeDate(2026, 11, 26), "call", 2, 20),
                     tally("X", makeDate(2026, 11, 26), "call", 50, 500),  // not a rep of the input
                     tally("A", makeDate(2026, 11, 15), "call", 30, 300)}; // Sunday of W46: outside
    input.revenue = {{"A", 1'000'000}, {"B", 3'000'000}, {"D", 500'000}};
    return input;
}

} // namespace

TEST(Workload, WeeksEndingAsOfAreIsoWeeksOldestFirst)
{
    const auto weeks = isoWeeksEnding(makeDate(2026, 11, 25), 2);
    ASSERT_EQ(weeks.size(), 2U);
    EXPECT_EQ(weeks[0], (IsoWeek{2026, 47}));
    EXPECT_EQ(weeks[1], (IsoWeek{2026, 48}));
    EXPECT_EQ(mondayOf(weeks[0]), makeDate(2026, 11, 16));
}

TEST(Workload, HandComputedWeekFigures)
{
    const WorkloadResult result = computeWorkload(fixture());
    ASSERT_EQ(result.reps.size(), 4U);
    const RepWorkload &a = result.reps[0];
    ASSERT_EQ(a.weeks.size(), 2U);
    // A, W47: 10 activities, 260 minutes, five workdays.
    const WeekLoad &w47 = a.weeks[0];
    EXPECT_EQ(w47.workdays, 5);
    EXPECT_EQ(w47.figures.count[kCall], 8);
    EXPECT_EQ(w47.figures.minutes[kVisit], 180);
    EXPECT_EQ(w47.figures.totalCount(), 10);
    EXPECT_EQ(w47.figures.totalMinutes(), 260);
    EXPECT_EQ(w47.countLoadBp, 10000);   // 10 / 10
    EXPECT_EQ(w47.minutesLoadBp, 5417);  // 260 / 480 = 0.54166… → 5417
    EXPECT_EQ(w47.loadBp, 5417);         // the time norm is set: load by time
    EXPECT_EQ(w47.typeCountLoadBp[kCall], 13333); // 8 calls / 6 = 1.3333…
    EXPECT_FALSE(w47.typeMinutesLoadBp[kCall]);   // calls have no time norm
    EXPECT_FALSE(w47.typeCountLoadBp[kVisit]);    // visits have no norm of their own
    // A, W48: 6 activities, 420 minutes.
    EXPECT_EQ(a.weeks[1].figures.count[kMeeting], 4);
    EXPECT_EQ(a.weeks[1].figures.count[kDemo], 2);
    EXPECT_EQ(a.weeks[1].countLoadBp, 6000);  // 6 / 10
    EXPECT_EQ(a.weeks[1].minutesLoadBp, 8750); // 420 / 480
    // B's Sunday visits land in W48: 14 activities, 500 minutes.
    EXPECT_EQ(result.reps[1].weeks[1].figures.totalCount(), 14);
    EXPECT_EQ(result.reps[1].weeks[1].figures.totalMinutes(), 500);
}

TEST(Workload, HandComputedRangeFiguresAndClasses)
{
    const WorkloadResult result = computeWorkload(fixture());
    const RepWorkload &a = result.reps[0], &b = result.reps[1], &c = result.reps[2], &d = result.reps[3];
    // A: 16 activities, 680 minutes over 10 workdays (2 full weeks).
    EXPECT_EQ(a.workdays, 10);
    EXPECT_EQ(a.total.totalCount(), 16);
    EXPECT_DOUBLE_EQ(*a.meanWeeklyMinutes, 340.0);  // 680 / 2
    EXPECT_DOUBLE_EQ(*a.meanWeeklyCount, 8.0);
    EXPECT_EQ(a.countLoadBp, 8000);   // 16 / 20
    EXPECT_EQ(a.minutesLoadBp, 7083); // 680 / 960 = 0.70833…
    EXPECT_EQ(a.loadClass, LoadClass::Light);
    EXPECT_EQ(a.revenuePerHour, 88235); // 1,000,000 × 60 / 680 = 88,235.29
    // B: 22 activities, 1300 minutes: 1300 / 960 = 1.35416… → overloaded.
    EXPECT_EQ(b.loadBp, 13542);
    EXPECT_EQ(b.countLoadBp, 11000);
    EXPECT_EQ(b.loadClass, LoadClass::Overloaded);
    // C: 3 workdays, so the norm is 3/5 of 480 = 288 minutes: 20 / 288 = 0.0694… → idle.
    EXPECT_EQ(c.weeks[0].workdays, 0);
    EXPECT_FALSE(c.weeks[0].loadBp);
    EXPECT_EQ(c.weeks[1].workdays, 3);
    EXPECT_EQ(c.loadBp, 694);
    EXPECT_EQ(c.countLoadBp, 3333); // 2 / 6
    EXPECT_DOUBLE_EQ(*c.meanWeeklyMinutes, 20.0 / 0.6);
    EXPECT_EQ(c.loadClass, LoadClass::Idle);
    EXPECT_EQ(c.revenuePerHour, 0); // no revenue over 20 minutes
    // D had left: no load, no class, never idle.
    EXPECT_EQ(d.workdays, 0);
    EXPECT_FALSE(d.loadBp);
    EXPECT_FALSE(d.loadClass);
    EXPECT_FALSE(d.meanWeeklyMinutes);
}

TEST(Workload, HandComputedTeamSummary)
{
    const WorkloadResult result = computeWorkload(fixture());
    const TeamWorkload &team = result.team;
    EXPECT_EQ(team.repsCounted, 3); // D is not counted
    // Loads 7083, 13542, 694: mean 7106.33; deviations −23.3, 6435.7, −6412.3; population
    // standard deviation 5245.3; CV 5245.3 / 7106.33 = 0.7381.
    EXPECT_EQ(team.meanLoadBp, 7106);
    ASSERT_TRUE(team.spread);
    EXPECT_NEAR(*team.spread, 0.7381, 0.0001);
    EXPECT_EQ(team.overloaded, (std::vector<std::string>{"B"}));
    EXPECT_EQ(team.idle, (std::vector<std::string>{"C"}));
    // Activities 16, 22, 2 against revenue 1, 3, 0 (millions): means 13.33 and 1.33;
    // Sxy = 28.667, Sxx = 210.667, Syy = 4.667 → r = 28.667 / √983.1 = 0.9143.
    ASSERT_TRUE(team.activityRevenueCorrelation);
    EXPECT_NEAR(*team.activityRevenueCorrelation, 0.9143, 0.0001);
    ASSERT_TRUE(team.hoursRevenueCorrelation);
    EXPECT_NEAR(*team.hoursRevenueCorrelation, 0.9784, 0.0001);
    EXPECT_EQ(team.revenue, 4'000'000); // D's revenue is not the team's in this range
    EXPECT_EQ(team.revenuePerHour, 120'000); // 4,000,000 × 60 / 2000 minutes
}

TEST(Workload, IsoWeek53HoldsTheNewYearsDays)
{
    // 2026 has 53 ISO weeks; 2026-W53 runs from Monday 2026-12-28 to Sunday 2027-01-03.
    WorkloadInput input;
    input.norms.total = {10, 0};
    input.weeks = isoWeeksEnding(makeDate(2027, 1, 3), 2);
    ASSERT_EQ(input.weeks.size(), 2U);
    EXPECT_EQ(input.weeks[0], (IsoWeek{2026, 52}));
    EXPECT_EQ(input.weeks[1], (IsoWeek{2026, 53}));
    EXPECT_EQ(mondayOf(input.weeks[1]), makeDate(2026, 12, 28));
    input.reps = {rep("A", makeDate(2020, 1, 1))};
    input.tallies = {tally("A", makeDate(2026, 12, 28), "call", 3, 30), tally("A", makeDate(2027, 1, 1), "call", 2, 20),
                     tally("A", makeDate(2027, 1, 3), "email", 1, 5), tally("A", makeDate(2027, 1, 4), "call", 9, 90)};
    const WorkloadResult result = computeWorkload(input);
    EXPECT_EQ(result.reps[0].weeks[1].figures.totalCount(), 6); // 3 + 2 + 1; 2027-01-04 is 2027-W01
    EXPECT_EQ(result.reps[0].weeks[1].countLoadBp, 6000);
    EXPECT_EQ(result.reps[0].weeks[1].loadBp, 6000); // no time norm: load by count
    EXPECT_EQ(result.reps[0].weeks[0].figures.totalCount(), 0);
}

TEST(Workload, WeeksCrossingTheYear)
{
    EXPECT_EQ(isoWeeksEnding(makeDate(2027, 1, 6), 2), (std::vector<IsoWeek>{{2026, 53}, {2027, 1}}));
    // 2025-W01 starts on Monday 2024-12-30.
    const auto weeks = isoWeeksEnding(makeDate(2025, 1, 2), 2);
    EXPECT_EQ(weeks, (std::vector<IsoWeek>{{2024, 52}, {2025, 1}}));
    WorkloadInput input;
    input.norms.total = {4, 0};
    input.weeks = weeks;
    input.reps = {rep("A", makeDate(2020, 1, 1))};
    input.tallies = {tally("A", makeDate(2024, 12, 31), "visit", 2, 120),
                     tally("A", makeDate(2024, 12, 29), "visit", 1, 60)};
    const WorkloadResult result = computeWorkload(input);
    EXPECT_EQ(result.reps[0].weeks[0].figures.count[kVisit], 1); // Sunday 29th: 2024-W52
    EXPECT_EQ(result.reps[0].weeks[1].figures.count[kVisit], 2);
    EXPECT_EQ(result.reps[0].countLoadBp, 3750); // 3 / 8
}

TEST(Workload, EmptyWeeksMakeAnEmployedRepIdle)
{
    WorkloadInput input;
    input.norms.total = {10, 480};
    input.weeks = isoWeeksEnding(makeDate(2026, 11, 25), 4);
    input.reps = {rep("A", makeDate(2020, 1, 1))};
    const WorkloadResult result = computeWorkload(input);
    EXPECT_EQ(result.reps[0].loadBp, 0);
    EXPECT_EQ(result.reps[0].loadClass, LoadClass::Idle);
    EXPECT_EQ(result.team.idle, (std::vector<std::string>{"A"}));
    EXPECT_FALSE(result.team.spread); // one rep
    EXPECT_FALSE(result.team.activityRevenueCorrelation);
    EXPECT_FALSE(result.reps[0].revenuePerHour);

    const WorkloadResult none = computeWorkload(WorkloadInput{});
    EXPECT_TRUE(none.reps.empty());
    EXPECT_FALSE(none.team.meanLoadBp);
}

TEST(Workload, ZeroNormGivesNoRatio)
{
    WorkloadInput input = fixture();
    input.norms.total = {0, 0};
    input.norms.perType[ActivityType::Call] = {0, 0};
    const WorkloadResult result = computeWorkload(input);
    for (const RepWorkload &r : result.reps) {
        EXPECT_FALSE(r.loadBp);
        EXPECT_FALSE(r.loadClass);
        EXPECT_FALSE(r.weeks[0].typeCountLoadBp[kCall]);
    }
    EXPECT_EQ(result.reps[0].total.totalCount(), 16); // the figures are still there
    EXPECT_FALSE(result.team.meanLoadBp);
    EXPECT_TRUE(result.team.overloaded.empty());
    // Only a count norm: loads by count.
    input.norms.total = {10, 0};
    EXPECT_EQ(computeWorkload(input).reps[0].loadBp, 8000);
}

TEST(Workload, UnknownTypeCountsInTotalsOnly)
{
    WorkloadInput input;
    input.norms.total = {10, 480};
    input.weeks = isoWeeksEnding(makeDate(2026, 11, 25), 1);
    input.reps = {rep("A", makeDate(2020, 1, 1))};
    input.tallies = {tally("A", makeDate(2026, 11, 24), "webinar", 3, 90), tally("A", makeDate(2026, 11, 24), "", 1, 10),
                     tally("A", makeDate(2026, 11, 24), "call", 1, 10)};
    const WorkloadResult result = computeWorkload(input); // the week below refers into it
    const WeekLoad &week = result.reps[0].weeks[0];
    EXPECT_EQ(week.figures.otherCount, 4);
    EXPECT_EQ(week.figures.otherMinutes, 100);
    EXPECT_EQ(week.figures.count[kCall], 1);
    EXPECT_EQ(week.figures.totalCount(), 5);
    EXPECT_EQ(week.minutesLoadBp, 2292); // 110 / 480 = 0.22916…
}

TEST(Workload, NegativeMinutesCountAsZeroAndEmptyRowsAreIgnored)
{
    WorkloadInput input;
    input.norms.total = {10, 480};
    input.weeks = isoWeeksEnding(makeDate(2026, 11, 25), 1);
    input.reps = {rep("A", makeDate(2020, 1, 1))};
    input.tallies = {tally("A", makeDate(2026, 11, 24), "call", 2, -30), tally("A", makeDate(2026, 11, 24), "visit", 1, 0),
                     tally("A", makeDate(2026, 11, 24), "demo", 0, 100), tally("A", makeDate(2026, 11, 24), "demo", -1, 100)};
    const RepWorkload r = computeWorkload(input).reps[0];
    EXPECT_EQ(r.total.totalCount(), 3);
    EXPECT_EQ(r.total.totalMinutes(), 0);
    EXPECT_EQ(r.minutesLoadBp, 0);
    EXPECT_EQ(r.countLoadBp, 3000);
    EXPECT_FALSE(r.revenuePerHour); // no minutes: no rate
}

TEST(Workload, RepWhoLeftMidWeekHasAProratedNorm)
{
    WorkloadInput input;
    input.norms.total = {10, 0};
    input.weeks = isoWeeksEnding(makeDate(2026, 11, 25), 1); // W48: 23–29 Nov
    input.reps = {rep("A", makeDate(2020, 1, 1), makeDate(2026, 11, 24))}; // worked Mon and Tue
    input.tallies = {tally("A", makeDate(2026, 11, 23), "call", 4, 40)};
    const RepWorkload r = computeWorkload(input).reps[0];
    EXPECT_EQ(r.weeks[0].workdays, 2);
    EXPECT_EQ(r.loadBp, 10000); // 4 against 10 × 2/5
    EXPECT_EQ(r.loadClass, LoadClass::Balanced);
}

TEST(Workload, ClassBoundariesAreTheNamedThresholds)
{
    EXPECT_EQ(classifyLoad(kLightFromBp - 1), LoadClass::Idle);
    EXPECT_EQ(classifyLoad(kLightFromBp), LoadClass::Light);
    EXPECT_EQ(classifyLoad(kBalancedFromBp - 1), LoadClass::Light);
    EXPECT_EQ(classifyLoad(kBalancedFromBp), LoadClass::Balanced);
    EXPECT_EQ(classifyLoad(kOverloadedAboveBp), LoadClass::Balanced);
    EXPECT_EQ(classifyLoad(kOverloadedAboveBp + 1), LoadClass::Overloaded);
    EXPECT_EQ(classifyLoad(0), LoadClass::Idle);
}

TEST(Workload, CorrelationEdgeCases)
{
    EXPECT_FALSE(pearsonCorrelation({}, {}));
    EXPECT_FALSE(pearsonCorrelation({1, 2}, {3, 4}));          // fewer than 3
    EXPECT_FALSE(pearsonCorrelation({1, 2, 3}, {1, 2}));       // unequal
    EXPECT_FALSE(pearsonCorrelation({5, 5, 5}, {1, 2, 3}));    // no variance in x
    EXPECT_FALSE(pearsonCorrelation({1, 2, 3}, {7, 7, 7}));    // no variance in y
    EXPECT_DOUBLE_EQ(*pearsonCorrelation({1, 2, 3}, {2, 4, 6}), 1.0);
    EXPECT_DOUBLE_EQ(*pearsonCorrelation({1, 2, 3}, {6, 4, 2}), -1.0);
    // x 1,2,3,4 against y 1,3,2,4: Sxy = 4, Sxx = Syy = 5 → 0.8.
    EXPECT_NEAR(*pearsonCorrelation({1, 2, 3, 4}, {1, 3, 2, 4}), 0.8, 1e-12);
}

TEST(Workload, TheCurrentWeekCountsOnlyTheWeekdaysUpToAsOf)
{
    WorkloadInput input;
    input.norms.total = {10, 0};
    input.weeks = isoWeeksEnding(makeDate(2026, 11, 25), 2);
    input.asOf = makeDate(2026, 11, 25); // Wednesday of W48
    input.reps = {rep("A", makeDate(2020, 1, 1)), rep("B", makeDate(2026, 11, 30))};
    input.tallies = {tally("A", makeDate(2026, 11, 24), "call", 6, 60), tally("A", makeDate(2026, 11, 17), "call", 10, 100)};
    const WorkloadResult result = computeWorkload(input);
    EXPECT_EQ(result.reps[0].weeks[1].workdays, 3);
    EXPECT_EQ(result.reps[0].weeks[1].loadBp, 10000); // 6 against 10 × 3/5
    EXPECT_EQ(result.reps[0].workdays, 8);
    EXPECT_EQ(result.reps[0].loadBp, 10000);          // 16 against 10 × 8/5
    EXPECT_EQ(result.reps[1].workdays, 0);            // starts next week: not idle
    EXPECT_FALSE(result.reps[1].loadClass);
}
