#include "engine/Achievability.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <stdexcept>
#include <vector>

using namespace attain::engine;

namespace {

using Verdict = AchievabilityVerdict;

/// A year of 10000 a month, then ten months growing 1 % … 10 % year over year (10100 … 11000).
/// Monthly growth samples: 100, 200, … 1000 bp. Next month's last year is 10000; the run-rate
/// is (10800 + 10900 + 11000) / 3 = 10900.
std::vector<std::int64_t> tenGrowingMonths()
{
    std::vector<std::int64_t> months(12, 10000);
    for (std::int64_t i = 1; i <= 10; ++i)
        months.push_back(10000 + 100 * i);
    return months;
}

AchievabilityResult assessMonth(const std::vector<std::int64_t> &history, std::int64_t target,
                                AchievabilityThresholds thresholds = {})
{
    return assessAchievability({.history = history, .target = target, .thresholds = thresholds});
}

} // namespace

TEST(Achievability, NumbersBehindTheVerdict)
{
    const auto history = tenGrowingMonths();
    const AchievabilityResult result = assessMonth(history, 10500);
    EXPECT_EQ(result.comparisonLag, 12u);
    EXPECT_EQ(result.lastYear, 10000);
    EXPECT_EQ(result.runRate, 10900);
    EXPECT_EQ(result.growthVsLastYear, 500);
    EXPECT_EQ(result.growthVsRunRate, -367); // -400 / 10900 = -366.97 bp
    EXPECT_EQ(result.distribution.sampleCount, 10u);
    EXPECT_EQ(result.distribution.undefinedCount, 0u);
    EXPECT_EQ(result.distribution.minimum, 100);
    EXPECT_EQ(result.distribution.median, 550);
    EXPECT_EQ(result.distribution.maximum, 1000);
    EXPECT_EQ(result.samplesBelow, 4u);
    EXPECT_EQ(result.samplesTied, 1u);
    EXPECT_EQ(result.percentileRank, 4500); // (4 + 1/2) / 10
    EXPECT_EQ(result.verdict, Verdict::Comfortable);
    EXPECT_EQ(result.historyVerdict, Verdict::Comfortable);
    EXPECT_EQ(result.basis, VerdictBasis::History);
    EXPECT_FALSE(result.probabilityOfAttainment.has_value());
    EXPECT_FALSE(result.forecastTotal.has_value());
}

TEST(Achievability, DefaultVerdictsAndTheirBoundaries)
{
    const auto history = tenGrowingMonths();
    struct Case
    {
        std::int64_t target;
        std::int64_t rank;
        Verdict verdict;
    };
    const Case cases[] = {
        {10001, 0, Verdict::TooLow},         // +1 bp, below every sample
        {10100, 500, Verdict::TooLow},       // ties the lowest: 5 %
        {10150, 1000, Verdict::Comfortable}, // exactly the 10 % boundary is not below it
        {10550, 5000, Verdict::Comfortable}, // exactly 50 %
        {10600, 5500, Verdict::Stretch},
        {10950, 9000, Verdict::Stretch},     // exactly 90 %
        {11000, 9500, Verdict::Unrealistic}, // ties the highest
        {12000, 10000, Verdict::Unrealistic},
    };
    for (const Case &c : cases) {
        const AchievabilityResult result = assessMonth(history, c.target);
        EXPECT_EQ(result.percentileRank, c.rank) << c.target;
        EXPECT_EQ(result.verdict, c.verdict) << c.target;
    }
}

TEST(Achievability, NoGrowthIsTooLowWhateverTheHistory)
{
    const auto history = tenGrowingMonths();
    const AchievabilityResult same = assessMonth(history, 10000);
    EXPECT_EQ(same.growthVsLastYear, 0);
    EXPECT_EQ(same.verdict, Verdict::TooLow);

    const AchievabilityResult zero = assessMonth(history, 0);
    EXPECT_EQ(zero.growthVsLastYear, -10000);
    EXPECT_EQ(zero.growthVsRunRate, -10000);
    EXPECT_EQ(zero.verdict, Verdict::TooLow);

    const AchievabilityResult negative = assessMonth(history, -500);
    EXPECT_EQ(negative.growthVsLastYear, -10500);
    EXPECT_EQ(negative.growthVsRunRate, -10459); // -11400 / 10900 = -10458.7 bp
    EXPECT_EQ(negative.verdict, Verdict::TooLow);
}

TEST(Achievability, ShrinkingMarketWithMinimumGrowthRuleOff)
{
    // Every month fell 10 % … 6 % year over year: samples -1000, -900, -800, -700, -600 bp.
    std::vector<std::int64_t> history(12, 10000);
    for (std::int64_t value : {9000, 9100, 9200, 9300, 9400})
        history.push_back(value);
    AchievabilityThresholds noFloor;
    noFloor.minimumGrowth = std::nullopt;

    EXPECT_EQ(assessMonth(history, 10000).verdict, Verdict::TooLow); // default rule: 0 % growth
    const AchievabilityResult flat = assessMonth(history, 10000, noFloor);
    EXPECT_EQ(flat.distribution.median, -800);
    EXPECT_EQ(flat.percentileRank, 10000);
    EXPECT_EQ(flat.verdict, Verdict::Unrealistic); // holding last year beats every past month

    const AchievabilityResult smallerDecline = assessMonth(history, 9250, noFloor); // -750 bp
    EXPECT_EQ(smallerDecline.growthVsLastYear, -750);
    EXPECT_EQ(smallerDecline.percentileRank, 6000); // 3 of 5 below
    EXPECT_EQ(smallerDecline.verdict, Verdict::Stretch);
}

TEST(Achievability, EvenSampleCountMedianRoundsHalfAwayFromZero)
{
    // Samples 100, 200, 301, 400 bp: the median is (200 + 301) / 2 = 250.5.
    std::vector<std::int64_t> history(12, 10000);
    for (std::int64_t value : {10100, 10200, 10301, 10400})
        history.push_back(value);
    const AchievabilityResult result = assessMonth(history, 10250);
    EXPECT_EQ(result.distribution.median, 251);
    EXPECT_EQ(result.runRate, 10300);        // (10200 + 10301 + 10400) / 3
    EXPECT_EQ(result.growthVsRunRate, -49);  // -50 / 10300 = -48.5 bp
    EXPECT_EQ(result.percentileRank, 5000);  // 2 of 4 below
    EXPECT_EQ(result.verdict, Verdict::Comfortable);
}

TEST(Achievability, CustomThresholds)
{
    const auto history = tenGrowingMonths();
    AchievabilityThresholds strict;
    strict.tooLowBelow = 2500;
    strict.comfortableUpTo = 6000;
    strict.stretchUpTo = 7500;
    EXPECT_EQ(assessMonth(history, 10200, strict).verdict, Verdict::TooLow);      // 15 %
    EXPECT_EQ(assessMonth(history, 10300, strict).verdict, Verdict::Comfortable); // 25 %: boundary
    EXPECT_EQ(assessMonth(history, 10600, strict).verdict, Verdict::Comfortable); // 55 %
    EXPECT_EQ(assessMonth(history, 10800, strict).verdict, Verdict::Stretch);     // 75 %: boundary
    EXPECT_EQ(assessMonth(history, 10850, strict).verdict, Verdict::Unrealistic); // 80 %
}

TEST(Achievability, TooFewSamplesKeepsTheNumbers)
{
    const auto history = tenGrowingMonths();
    AchievabilityThresholds demanding;
    demanding.minimumSamples = 11;
    const AchievabilityResult result = assessMonth(history, 10500, demanding);
    EXPECT_EQ(result.verdict, Verdict::InsufficientHistory);
    EXPECT_EQ(result.percentileRank, 4500);
    EXPECT_EQ(result.lastYear, 10000);
    EXPECT_EQ(result.runRate, 10900);
    // The no-growth rule needs only last year, not the distribution.
    EXPECT_EQ(assessMonth(history, 10000, demanding).verdict, Verdict::TooLow);
}

TEST(Achievability, QuarterTargetFromMonthlyHistory)
{
    // Year 1: 1000 a month. Year 2: 1000, 1010, … 1110. Rolling quarters of year 2 against the
    // same quarter a year earlier (3000) grow 100, 200, … 1000 bp.
    std::vector<std::int64_t> history(12, 1000);
    for (std::int64_t k = 0; k < 12; ++k)
        history.push_back(1000 + 10 * k);
    const AchievabilityResult stretch
        = assessAchievability({.history = history, .target = 3300, .targetLength = 3});
    EXPECT_EQ(stretch.lastYear, 3030); // months 12-14: 1000 + 1010 + 1020
    EXPECT_EQ(stretch.runRate, 3300);  // (1090 + 1100 + 1110) / 3 × 3
    EXPECT_EQ(stretch.growthVsLastYear, 891); // 270 / 3030 = 891.09 bp
    EXPECT_EQ(stretch.growthVsRunRate, 0);
    EXPECT_EQ(stretch.distribution.sampleCount, 10u);
    EXPECT_EQ(stretch.distribution.minimum, 100);
    EXPECT_EQ(stretch.distribution.maximum, 1000);
    EXPECT_EQ(stretch.percentileRank, 8000);
    EXPECT_EQ(stretch.verdict, Verdict::Stretch);

    const AchievabilityResult unrealistic
        = assessAchievability({.history = history, .target = 3333, .targetLength = 3});
    EXPECT_EQ(unrealistic.growthVsLastYear, 1000);
    EXPECT_EQ(unrealistic.percentileRank, 9500);
    EXPECT_EQ(unrealistic.verdict, Verdict::Unrealistic);
}

TEST(Achievability, YearTargetComparesWithTheLastTwelveMonths)
{
    // 100 a month, then 110 a month, then 120 and 130. Rolling 12-month growth:
    // 1320/1200 = +1000, 1330/1210 = +991.7, 1350/1220 = +1065.6 bp.
    std::vector<std::int64_t> history(12, 100);
    history.insert(history.end(), 12, 110);
    history.push_back(120);
    history.push_back(130);
    const AchievabilityResult result = assessAchievability({.history = history, .target = 1485, .targetLength = 12});
    EXPECT_EQ(result.comparisonLag, 12u);
    EXPECT_EQ(result.lastYear, 1350);        // months 14-25, the last 12 of history
    EXPECT_EQ(result.runRate, 1440);         // (110 + 120 + 130) / 3 × 12
    EXPECT_EQ(result.growthVsLastYear, 1000);
    EXPECT_EQ(result.growthVsRunRate, 313);  // 45 / 1440 = 312.5 bp, half away from zero
    EXPECT_EQ(result.distribution.sampleCount, 3u);
    EXPECT_EQ(result.distribution.minimum, 992);
    EXPECT_EQ(result.distribution.median, 1000);
    EXPECT_EQ(result.distribution.maximum, 1066);
    EXPECT_EQ(result.percentileRank, 5000); // (1 + 1/2) / 3
    EXPECT_EQ(result.verdict, Verdict::Comfortable);
}

TEST(Achievability, TwoYearsOfHistoryGiveOneYearSample)
{
    std::vector<std::int64_t> history(12, 100);
    history.insert(history.end(), 12, 110);
    const AchievabilityInput input{.history = history, .target = 1452, .targetLength = 12};
    const AchievabilityResult result = assessAchievability(input);
    EXPECT_EQ(result.lastYear, 1320);
    EXPECT_EQ(result.growthVsLastYear, 1000);
    EXPECT_EQ(result.distribution.sampleCount, 1u);
    EXPECT_EQ(result.verdict, Verdict::InsufficientHistory);

    AchievabilityInput lenient = input;
    lenient.thresholds.minimumSamples = 1;
    EXPECT_EQ(assessAchievability(lenient).verdict, Verdict::Comfortable); // ties its only sample: 50 %
}

TEST(Achievability, TargetLongerThanASeasonGoesBackWholeSeasons)
{
    // A two-year target from monthly history compares with the 24 months before it.
    const std::vector<std::int64_t> history(24, 100);
    const AchievabilityResult result = assessAchievability({.history = history, .target = 2640, .targetLength = 24});
    EXPECT_EQ(result.comparisonLag, 24u);
    EXPECT_EQ(result.lastYear, 2400);
    EXPECT_EQ(result.runRate, 2400);
    EXPECT_EQ(result.growthVsLastYear, 1000);
    EXPECT_EQ(result.distribution.sampleCount, 0u); // a sample needs 48 months
    EXPECT_EQ(result.verdict, Verdict::InsufficientHistory);
}

TEST(Achievability, WeeklyHistoryWithSeasonOf52)
{
    // 52 weeks of 1000, then 1100, 1050, 1200: samples +1000, +500, +2000 bp.
    std::vector<std::int64_t> history(52, 1000);
    for (std::int64_t value : {1100, 1050, 1200})
        history.push_back(value);
    const AchievabilityResult result
        = assessAchievability({.history = history, .target = 1100, .seasonLength = 52});
    EXPECT_EQ(result.comparisonLag, 52u);
    EXPECT_EQ(result.lastYear, 1000);         // week 3, 52 weeks before the target week 55
    EXPECT_EQ(result.runRate, 1117);          // 3350 / 3 = 1116.67
    EXPECT_EQ(result.growthVsRunRate, -152);  // -17 / 1117 = -152.2 bp
    EXPECT_EQ(result.distribution.median, 1000);
    EXPECT_EQ(result.percentileRank, 5000);
    EXPECT_EQ(result.verdict, Verdict::Comfortable);
}

TEST(Achievability, EmptyHistory)
{
    const AchievabilityResult result = assessAchievability({.target = 1000});
    EXPECT_EQ(result.verdict, Verdict::InsufficientHistory);
    EXPECT_EQ(result.comparisonLag, 12u);
    EXPECT_FALSE(result.lastYear.has_value());
    EXPECT_FALSE(result.runRate.has_value());
    EXPECT_FALSE(result.growthVsLastYear.has_value());
    EXPECT_FALSE(result.growthVsRunRate.has_value());
    EXPECT_EQ(result.distribution.sampleCount, 0u);
    EXPECT_FALSE(result.distribution.median.has_value());
    EXPECT_FALSE(result.percentileRank.has_value());
}

TEST(Achievability, HistoryShorterThanASeasonStillHasARunRate)
{
    const std::vector<std::int64_t> history{100, 200, 300, 400, 500};
    const AchievabilityResult result = assessMonth(history, 1000);
    EXPECT_FALSE(result.lastYear.has_value());
    EXPECT_EQ(result.runRate, 400);
    EXPECT_EQ(result.growthVsRunRate, 15000);
    EXPECT_EQ(result.verdict, Verdict::InsufficientHistory);

    const std::vector<std::int64_t> twoMonths{100, 200};
    EXPECT_FALSE(assessMonth(twoMonths, 1000).runRate.has_value()); // fewer than 3 months
}

TEST(Achievability, AllZeroHistoryHasNoGrowth)
{
    const std::vector<std::int64_t> history(24, 0);
    for (std::int64_t target : {std::int64_t{1000}, std::int64_t{0}}) {
        const AchievabilityResult result = assessMonth(history, target);
        EXPECT_EQ(result.lastYear, 0);
        EXPECT_EQ(result.runRate, 0);
        EXPECT_FALSE(result.growthVsLastYear.has_value());
        EXPECT_FALSE(result.growthVsRunRate.has_value());
        EXPECT_EQ(result.distribution.sampleCount, 0u);
        EXPECT_EQ(result.distribution.undefinedCount, 12u);
        EXPECT_EQ(result.verdict, Verdict::InsufficientHistory);
    }
}

TEST(Achievability, NegativeMonthsFromReturns)
{
    // Month 1 was net returns (-5000); month 12 too (-2001). Samples: -2001 vs 10000 = -12001,
    // 6000 vs -5000 undefined, 15000 vs 10000 = +5000.
    std::vector<std::int64_t> history{10000, -5000};
    history.insert(history.end(), 10, 10000);
    for (std::int64_t value : {-2001, 6000, 15000})
        history.push_back(value);
    const AchievabilityResult result = assessMonth(history, 20000);
    EXPECT_EQ(result.distribution.sampleCount, 2u);
    EXPECT_EQ(result.distribution.undefinedCount, 1u);
    EXPECT_EQ(result.distribution.minimum, -12001);
    EXPECT_EQ(result.distribution.median, -3501); // -3500.5, half away from zero
    EXPECT_EQ(result.distribution.maximum, 5000);
    EXPECT_EQ(result.lastYear, 10000);
    EXPECT_EQ(result.runRate, 6333);            // 18999 / 3
    EXPECT_EQ(result.growthVsRunRate, 21581);   // 13667 / 6333 = 21580.6 bp
    EXPECT_EQ(result.percentileRank, 10000);
    EXPECT_EQ(result.verdict, Verdict::InsufficientHistory); // two samples < 3

    const std::vector<std::int64_t> negativeLastYear{-100, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50};
    const AchievabilityResult fromReturns = assessMonth(negativeLastYear, 1000);
    EXPECT_EQ(fromReturns.lastYear, -100);
    EXPECT_FALSE(fromReturns.growthVsLastYear.has_value());
    EXPECT_EQ(fromReturns.verdict, Verdict::InsufficientHistory);
}

TEST(Achievability, HugeAmountsDoNotOverflow)
{
    const std::int64_t base = 4'000'000'000'000'000'000;   // 4e18
    const std::int64_t grown = 4'400'000'000'000'000'000;  // +10 %
    std::vector<std::int64_t> history(12, base);
    history.insert(history.end(), 3, grown);

    const AchievabilityResult result = assessMonth(history, 9'000'000'000'000'000'000);
    EXPECT_EQ(result.lastYear, base);
    EXPECT_EQ(result.runRate, grown); // the trailing sum (1.32e19) exceeds 64 bits, the average does not
    EXPECT_EQ(result.growthVsLastYear, 12500);
    EXPECT_EQ(result.growthVsRunRate, 10455); // 4.6e18 / 4.4e18 = 10454.5 bp
    EXPECT_EQ(result.distribution.minimum, 1000);
    EXPECT_EQ(result.distribution.maximum, 1000);
    EXPECT_EQ(result.verdict, Verdict::Unrealistic);
    EXPECT_EQ(assessMonth(history, grown).verdict, Verdict::Comfortable); // ties all three: 50 %

    // A quarter of these months does not fit in 64 bits: no last year, not a wrong one.
    const AchievabilityResult quarter = assessAchievability({.history = history, .target = grown, .targetLength = 3});
    EXPECT_FALSE(quarter.lastYear.has_value());
    EXPECT_FALSE(quarter.runRate.has_value());
    EXPECT_EQ(quarter.distribution.undefinedCount, 1u);
    EXPECT_EQ(quarter.verdict, Verdict::InsufficientHistory);
}

TEST(Achievability, ProbabilityMovesTheVerdictIntoItsRange)
{
    // History verdicts on tenGrowingMonths (samples 100 … 1000 bp, last year 10000).
    const auto history = tenGrowingMonths();
    AchievabilityThresholds few;
    few.minimumSamples = 11;
    const AchievabilityResult noGrowth = assessMonth(history, 10000);  // TooLow: 0 % growth (policy)
    const AchievabilityResult lowRank = assessMonth(history, 10050);   // TooLow: rank 0 %
    const AchievabilityResult typical = assessMonth(history, 10550);   // Comfortable: rank 50 %
    const AchievabilityResult better = assessMonth(history, 10800);    // Stretch: rank 75 %
    const AchievabilityResult unheard = assessMonth(history, 12000);   // Unrealistic: rank 100 %
    const AchievabilityResult unknown = assessMonth(history, 10500, few); // InsufficientHistory
    ASSERT_EQ(noGrowth.verdict, Verdict::TooLow);
    ASSERT_EQ(lowRank.verdict, Verdict::TooLow);
    ASSERT_EQ(typical.verdict, Verdict::Comfortable);
    ASSERT_EQ(better.verdict, Verdict::Stretch);
    ASSERT_EQ(unheard.verdict, Verdict::Unrealistic);
    ASSERT_EQ(unknown.verdict, Verdict::InsufficientHistory);

    struct Case
    {
        const AchievabilityResult *history;
        double probability;
        Verdict verdict;
    };
    const Case cases[] = {
        // Below 5 %: Unrealistic whatever history says.
        {&noGrowth, 0.0, Verdict::Unrealistic},
        {&typical, 0.0499, Verdict::Unrealistic},
        {&unknown, 0.01, Verdict::Unrealistic},
        {&unheard, 0.02, Verdict::Unrealistic},
        // 5 % (exactly: not below) … 50 %: at least Stretch.
        {&noGrowth, 0.05, Verdict::Stretch}, // holding last year is itself a stretch (a shrinking market)
        {&lowRank, 0.3, Verdict::Stretch},
        {&typical, 0.4999, Verdict::Stretch},
        {&better, 0.2, Verdict::Stretch},
        {&unheard, 0.3, Verdict::Unrealistic},
        {&unknown, 0.3, Verdict::Stretch},
        // 50 % (exactly) … 95 % (exactly): at most Stretch; TooLow only by the no-growth rule.
        {&noGrowth, 0.5, Verdict::TooLow},
        {&lowRank, 0.7, Verdict::Comfortable},
        {&typical, 0.95, Verdict::Comfortable},
        {&better, 0.6, Verdict::Stretch},
        {&unheard, 0.6, Verdict::Stretch},
        {&unknown, 0.8, Verdict::Comfortable},
        // Above 95 %: near-certain. TooLow when history also calls it no more than typical.
        {&noGrowth, 0.99, Verdict::TooLow},
        {&lowRank, 1.0, Verdict::TooLow},
        {&typical, 0.9501, Verdict::TooLow},
        {&better, 0.99, Verdict::Comfortable},
        {&unheard, 0.97, Verdict::Comfortable},
        {&unknown, 0.97, Verdict::TooLow},
    };
    for (const Case &c : cases) {
        const AchievabilityResult result = withProbability(*c.history, c.probability, {});
        const std::string label = std::to_string(c.history->growthVsLastYear.value_or(0)) + " bp growth, p = "
                                + std::to_string(c.probability);
        EXPECT_EQ(result.verdict, c.verdict) << label;
        EXPECT_EQ(result.historyVerdict, c.history->verdict) << label;
        EXPECT_EQ(result.basis, c.verdict == c.history->verdict ? VerdictBasis::History : VerdictBasis::Forecast)
            << label;
        EXPECT_EQ(result.probabilityOfAttainment, c.probability) << label;
        EXPECT_EQ(result.percentileRank, c.history->percentileRank) << label; // the numbers stay
    }
}

TEST(Achievability, ProbabilityRulesCanBeTurnedOffOrMoved)
{
    const auto history = tenGrowingMonths();
    const AchievabilityResult typical = assessMonth(history, 10550); // Comfortable
    AchievabilityThresholds off;
    off.unlikelyBelow = 0;
    off.nearCertainAbove = 10000;
    EXPECT_EQ(withProbability(typical, 0.0, off).verdict, Verdict::Stretch); // still below an even chance
    EXPECT_EQ(withProbability(typical, 1.0, off).verdict, Verdict::Comfortable);
    AchievabilityThresholds cautious;
    cautious.unlikelyBelow = 2000;
    cautious.evenChance = 6000;
    cautious.nearCertainAbove = 9000;
    EXPECT_EQ(withProbability(typical, 0.19, cautious).verdict, Verdict::Unrealistic);
    EXPECT_EQ(withProbability(typical, 0.55, cautious).verdict, Verdict::Stretch);
    EXPECT_EQ(withProbability(typical, 0.91, cautious).verdict, Verdict::TooLow);
}

TEST(Achievability, ProbabilityOutsideZeroToOne)
{
    const AchievabilityResult typical = assessMonth(tenGrowingMonths(), 10550);
    const AchievabilityResult low = withProbability(typical, -0.5, {});
    EXPECT_EQ(low.probabilityOfAttainment, 0.0);
    EXPECT_EQ(low.verdict, Verdict::Unrealistic);
    EXPECT_EQ(withProbability(typical, 1.5, {}).probabilityOfAttainment, 1.0);
    const AchievabilityResult nan = withProbability(typical, std::nan(""), {});
    EXPECT_FALSE(nan.probabilityOfAttainment.has_value());
    EXPECT_EQ(nan.verdict, Verdict::Comfortable);
    EXPECT_EQ(nan.basis, VerdictBasis::History);
    // Applying a second probability judges the history's verdict again, not the first result.
    const AchievabilityResult twice = withProbability(withProbability(typical, 0.01, {}), 0.7, {});
    EXPECT_EQ(twice.verdict, Verdict::Comfortable);
    EXPECT_EQ(twice.basis, VerdictBasis::History);
}

TEST(Achievability, ThresholdsValidation)
{
    EXPECT_TRUE(AchievabilityThresholds{}.valid());
    AchievabilityThresholds disordered;
    disordered.comfortableUpTo = 9500;
    EXPECT_FALSE(disordered.valid());
    AchievabilityThresholds aboveAll;
    aboveAll.stretchUpTo = 10001;
    EXPECT_FALSE(aboveAll.valid());
    AchievabilityThresholds negative;
    negative.tooLowBelow = -1;
    EXPECT_FALSE(negative.valid());
    AchievabilityThresholds noSamples;
    noSamples.minimumSamples = 0;
    EXPECT_FALSE(noSamples.valid());
    AchievabilityThresholds chances;
    chances.evenChance = 400; // below unlikelyBelow
    EXPECT_FALSE(chances.valid());
    AchievabilityThresholds certain;
    certain.nearCertainAbove = 10001;
    EXPECT_FALSE(certain.valid());
    AchievabilityThresholds negativeChance;
    negativeChance.unlikelyBelow = -1;
    EXPECT_FALSE(negativeChance.valid());
    EXPECT_THROW((void)withProbability({}, 0.5, chances), std::invalid_argument);

    const std::vector<std::int64_t> history(24, 100);
    EXPECT_THROW((void)assessMonth(history, 100, disordered), std::invalid_argument);
    EXPECT_THROW((void)assessAchievability({.history = history, .seasonLength = 0}), std::invalid_argument);
    EXPECT_THROW((void)assessAchievability({.history = history, .targetLength = 0}), std::invalid_argument);
    EXPECT_THROW((void)assessAchievability({.history = history, .trailingLength = 0}), std::invalid_argument);
}
