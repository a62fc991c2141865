#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace attain::engine {

/// How ambitious a proposed target is against the business's own history (the A of SMART).
/// The UI turns these into sentences.
enum class AchievabilityVerdict {
    TooLow,              ///< asks for no real growth, or less than almost every past period achieved
    Comfortable,         ///< at or below the growth of a typical (median) past period
    Stretch,             ///< above the median, but reached by the better past periods
    Unrealistic,         ///< above what nearly all past periods achieved
    InsufficientHistory, ///< no same period last year, a base ≤ 0, or too few comparable periods
};

/// Which judgement a verdict comes from, so the UI can say why.
enum class VerdictBasis {
    History,  ///< past growth alone: there is no forecast, or the forecast agrees with it
    Forecast, ///< the forecast's probability of attainment moved the verdict (withProbability())
};

/// When a target counts as too low, comfortable, a stretch or unrealistic. User-configurable;
/// percentile ranks are basis points (10000 = 100 %). The defaults follow the usual 10/50/90
/// split: the bottom tenth of history is sandbagging, the top tenth is out of reach.
struct AchievabilityThresholds
{
    /// Required growth vs last year (basis points) at or below this is TooLow whatever the
    /// history says: a target should ask for growth. nullopt turns the rule off, e.g. in a
    /// shrinking market where holding last year's level is already ambitious.
    std::optional<std::int64_t> minimumGrowth = 0;
    /// Percentile rank strictly below this: TooLow.
    std::int64_t tooLowBelow = 1000;
    /// Percentile rank at or below this (and not TooLow): Comfortable.
    std::int64_t comfortableUpTo = 5000;
    /// Percentile rank at or below this (and not Comfortable): Stretch; above it: Unrealistic.
    std::int64_t stretchUpTo = 9000;
    /// Fewer defined growth samples than this: InsufficientHistory (a percentile of one or two
    /// periods says nothing).
    std::size_t minimumSamples = 3;

    // With a forecast (withProbability()): probabilities of attainment in basis points. Past
    // growth says how unusual a target is; the forecast says how likely it is from where the
    // business stands now, which counts for more after a ramp-up or a slump.
    /// A probability below this is Unrealistic whatever the history says (missed 19 times in 20
    /// by default). 0 turns the rule off.
    std::int64_t unlikelyBelow = 500;
    /// Below this (less than an even chance): at least Stretch. At or above it: at most Stretch,
    /// and TooLow only by the minimumGrowth rule.
    std::int64_t evenChance = 5000;
    /// Above this the target is near-certain: TooLow when past growth also calls it no more than
    /// typical, otherwise Comfortable. 10000 turns the rule off.
    std::int64_t nearCertainAbove = 9500;
    /// Whole seasons of history a forecast needs before it counts at all: a model that has not
    /// seen one season cannot know it.
    std::size_t minimumForecastSeasons = 1;

    /// 0 ≤ tooLowBelow ≤ comfortableUpTo ≤ stretchUpTo ≤ 10000, 0 ≤ unlikelyBelow ≤ evenChance ≤
    /// nearCertainAbove ≤ 10000 and minimumSamples ≥ 1; lets the settings dialog validate before
    /// calling assessAchievability().
    [[nodiscard]] bool valid() const;
};

/// What to assess. Meant for designated initializers, so new fields can get defaults without
/// breaking callers: `assessAchievability({.history = months, .target = 1'200'000, .targetLength = 3})`.
struct AchievabilityInput
{
    /// Consecutive actuals per base period (usually months), oldest first, ending with the base
    /// period right before the target period starts. Every element is one base period: ISO
    /// years with 53 weeks are not special-cased (fold week 53 into week 52 first if week
    /// numbers must line up across years).
    std::span<const std::int64_t> history{};
    /// The proposed target for the whole target period (minor units).
    std::int64_t target = 0;
    /// Base periods per season: 12 for months, 4 for quarters, 52 for weeks.
    std::size_t seasonLength = 12;
    /// Base periods the target covers: 1 for a month, 3 for a quarter, 12 for a year of months.
    std::size_t targetLength = 1;
    /// Base periods averaged for the run-rate.
    std::size_t trailingLength = 3;
    AchievabilityThresholds thresholds{};
};

/// Summary of the historical growth samples (basis points).
struct GrowthDistribution
{
    /// Windows whose growth is defined.
    std::size_t sampleCount = 0;
    /// Windows with a full comparison window but no defined growth (base ≤ 0, or a sum beyond
    /// 64 bits); not part of the distribution.
    std::size_t undefinedCount = 0;
    std::optional<std::int64_t> minimum;
    /// Middle sample; for an even count the mean of the two middle ones, rounded half away
    /// from zero.
    std::optional<std::int64_t> median;
    std::optional<std::int64_t> maximum;
};

/// Quantiles of a forecast period total (doubles: forecasts are estimates).
struct ForecastRange
{
    double low = 0.0;    ///< 10 %
    double median = 0.0; ///< 50 %
    double high = 0.0;   ///< 90 %
};

/// The verdict and every number behind it, so the UI can explain it. Fields are added with
/// defaults; callers read the ones they know.
struct AchievabilityResult
{
    AchievabilityVerdict verdict = AchievabilityVerdict::InsufficientHistory;
    /// The verdict of past growth alone; differs from `verdict` only when basis is Forecast.
    AchievabilityVerdict historyVerdict = AchievabilityVerdict::InsufficientHistory;
    VerdictBasis basis = VerdictBasis::History;
    /// Base periods between the target window and its reference window: seasonLength, or the
    /// smallest multiple of it that is ≥ targetLength when the target is longer than a season.
    std::size_t comparisonLag = 0;
    /// Sum of the reference window (the same period one comparisonLag earlier).
    std::optional<std::int64_t> lastYear;
    /// Average of the last trailingLength base periods × targetLength, rounded.
    std::optional<std::int64_t> runRate;
    /// Required growth of the target vs lastYear and vs runRate (basis points).
    std::optional<std::int64_t> growthVsLastYear;
    std::optional<std::int64_t> growthVsRunRate;
    /// Growth of every past targetLength-window vs its reference window.
    GrowthDistribution distribution;
    /// Samples strictly below, and equal to, growthVsLastYear.
    std::size_t samplesBelow = 0;
    std::size_t samplesTied = 0;
    /// Percentile rank of growthVsLastYear: (samplesBelow + samplesTied / 2) / sampleCount in
    /// basis points, rounded half away from zero (the verdict compares the exact fraction).
    std::optional<std::int64_t> percentileRank;
    /// Left empty by assessAchievability(); withProbability() fills it (0 … 1). The forecast
    /// module (forecast/AttainmentForecast.h) does so only when its history is long enough.
    std::optional<double> probabilityOfAttainment;
    /// The forecast's 10/50/90 % quantiles of the target period's total (minor units), from the
    /// same simulation as the probability; filled by the forecast module.
    std::optional<ForecastRange> forecastTotal;
};

/// Assesses how achievable `input.target` is. Same period last year, run-rate, required growth
/// vs both, and the distribution of past growth over windows of the target's length; the
/// verdict places the required growth vs last year in that distribution (see docs/engine.md,
/// "Growth and achievability"). Throws std::invalid_argument when seasonLength, targetLength
/// or trailingLength is 0 or the thresholds are not valid().
[[nodiscard]] AchievabilityResult assessAchievability(const AchievabilityInput &input);

/// `result` (from assessAchievability()) with the forecast's chance of reaching the target
/// folded into the verdict, so verdict and probability never contradict each other (see
/// docs/engine.md, "Verdict with a forecast"): probabilityOfAttainment is set, historyVerdict
/// keeps the history's verdict, and basis says whether the probability moved it. A probability
/// outside 0 … 1 is clamped; NaN leaves the result as it was. Throws std::invalid_argument when
/// the thresholds are not valid().
[[nodiscard]] AchievabilityResult withProbability(AchievabilityResult result, double probability,
                                                  const AchievabilityThresholds &thresholds);

} // namespace attain::engine
