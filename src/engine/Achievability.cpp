#include "engine/Achievability.h"

#include "engine/Growth.h"
#include "engine/WideInt.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>
#include <vector>

namespace attain::engine {

namespace {

/// (a + b) / 2 rounded half away from zero, without overflowing.
std::int64_t midpointRounded(std::int64_t a, std::int64_t b)
{
    // Each half is truncated towards zero; the remainders (each -1, 0 or 1) hold what is missing:
    // the exact midpoint is halves + remainders / 2.
    const std::int64_t halves = a / 2 + b / 2;
    switch (a % 2 + b % 2) {
    case 2:
        return halves + 1;
    case -2:
        return halves - 1;
    case 1: // halves + 0.5
        return halves >= 0 ? halves + 1 : halves;
    case -1: // halves - 0.5
        return halves <= 0 ? halves - 1 : halves;
    default:
        return halves;
    }
}

GrowthDistribution summarize(std::vector<std::int64_t> samples, std::size_t undefinedCount)
{
    GrowthDistribution distribution;
    distribution.sampleCount = samples.size();
    distribution.undefinedCount = undefinedCount;
    if (samples.empty())
        return distribution;
    std::sort(samples.begin(), samples.end());
    const std::size_t middle = samples.size() / 2;
    distribution.minimum = samples.front();
    distribution.maximum = samples.back();
    distribution.median = samples.size() % 2 == 1 ? samples[middle] : midpointRounded(samples[middle - 1], samples[middle]);
    return distribution;
}

/// Compares the exact percentile rank (2·below + tied) / (2·count) with threshold / 10000:
/// -1 below, 0 equal, 1 above. Cross-multiplied in 128 bits, so nothing is rounded.
int compareRank(std::size_t below, std::size_t tied, std::size_t count, std::int64_t threshold)
{
    const UInt128 rank = UInt128{static_cast<std::uint64_t>(2 * below + tied)} * UInt128{5000u};
    const UInt128 bound = UInt128{static_cast<std::uint64_t>(threshold)} * UInt128{static_cast<std::uint64_t>(count)};
    return rank < bound ? -1 : (bound < rank ? 1 : 0);
}

AchievabilityVerdict verdictFor(const AchievabilityResult &result, const AchievabilityThresholds &thresholds)
{
    if (!result.growthVsLastYear)
        return AchievabilityVerdict::InsufficientHistory;
    if (thresholds.minimumGrowth && *result.growthVsLastYear <= *thresholds.minimumGrowth)
        return AchievabilityVerdict::TooLow;
    const std::size_t count = result.distribution.sampleCount;
    if (count < thresholds.minimumSamples)
        return AchievabilityVerdict::InsufficientHistory;
    const auto rankVs = [&](std::int64_t threshold) {
        return compareRank(result.samplesBelow, result.samplesTied, count, threshold);
    };
    if (rankVs(thresholds.tooLowBelow) < 0)
        return AchievabilityVerdict::TooLow;
    if (rankVs(thresholds.comfortableUpTo) <= 0)
        return AchievabilityVerdict::Comfortable;
    if (rankVs(thresholds.stretchUpTo) <= 0)
        return AchievabilityVerdict::Stretch;
    return AchievabilityVerdict::Unrealistic;
}

/// The verdict once the forecast's probability p is known (docs/engine.md, "Verdict with a
/// forecast"). Each probability allows a range of verdicts; the history's verdict is kept when
/// it lies in that range and moved into it otherwise.
AchievabilityVerdict verdictWithProbability(const AchievabilityResult &result, double p,
                                            const AchievabilityThresholds &thresholds)
{
    using enum AchievabilityVerdict;
    // Both sides are correctly rounded quotients, so a probability equal to a threshold
    // compares equal (200 of 4000 paths is not below 5 %).
    const auto below = [p](std::int64_t basisPoints) { return p < static_cast<double>(basisPoints) / 10000.0; };
    const auto above = [p](std::int64_t basisPoints) { return p > static_cast<double>(basisPoints) / 10000.0; };
    const AchievabilityVerdict history = result.historyVerdict;
    if (below(thresholds.unlikelyBelow))
        return Unrealistic;
    if (history == InsufficientHistory) // the forecast judges alone
        return below(thresholds.evenChance) ? Stretch : (above(thresholds.nearCertainAbove) ? TooLow : Comfortable);
    if (below(thresholds.evenChance)) // more likely missed than reached: not comfortable, not too low
        return history == Unrealistic ? Unrealistic : Stretch;
    if (above(thresholds.nearCertainAbove)) {
        // Sandbagging when both judgements call it easy. A trend forecast can be optimistic, so
        // on its own it only takes an above-typical target down to Comfortable.
        return history == TooLow || history == Comfortable ? TooLow : Comfortable;
    }
    // An even chance or better: not unrealistic, and too low only by the explicit no-growth
    // rule (a policy, not a judgement of how likely the target is).
    const bool asksNoGrowth = thresholds.minimumGrowth && result.growthVsLastYear
                           && *result.growthVsLastYear <= *thresholds.minimumGrowth;
    if (history == Unrealistic)
        return Stretch;
    if (history == TooLow && !asksNoGrowth)
        return Comfortable;
    return history;
}

} // namespace

bool AchievabilityThresholds::valid() const
{
    return 0 <= tooLowBelow && tooLowBelow <= comfortableUpTo && comfortableUpTo <= stretchUpTo
        && stretchUpTo <= 10000 && 0 <= unlikelyBelow && unlikelyBelow <= evenChance
        && evenChance <= nearCertainAbove && nearCertainAbove <= 10000 && minimumSamples >= 1;
}

AchievabilityResult assessAchievability(const AchievabilityInput &input)
{
    if (input.seasonLength == 0 || input.targetLength == 0 || input.trailingLength == 0)
        throw std::invalid_argument("assessAchievability: season, target and trailing lengths must be positive");
    if (!input.thresholds.valid())
        throw std::invalid_argument("assessAchievability: thresholds out of order or outside 0…10000");

    const std::span<const std::int64_t> history = input.history;
    const std::size_t length = input.targetLength;
    const std::size_t size = history.size();

    AchievabilityResult result;
    // Whole seasons back until the reference window lies entirely in history.
    result.comparisonLag = (length + input.seasonLength - 1) / input.seasonLength * input.seasonLength;
    const std::size_t lag = result.comparisonLag;

    // The target window is history[size … size + length − 1]; its reference starts lag earlier.
    if (size >= lag)
        result.lastYear = windowSum(history, size - lag + length - 1, length);
    if (size >= input.trailingLength) {
        // Exact even when the trailing sum itself exceeds 64 bits.
        WideSum trailing;
        for (std::int64_t value : history.last(input.trailingLength))
            trailing.add(value);
        result.runRate = trailing.mulDivRounded(static_cast<std::int64_t>(length),
                                                static_cast<std::int64_t>(input.trailingLength));
    }
    if (result.lastYear)
        result.growthVsLastYear = growthBasisPoints(input.target, *result.lastYear);
    if (result.runRate)
        result.growthVsRunRate = growthBasisPoints(input.target, *result.runRate);

    std::vector<std::int64_t> samples;
    std::size_t undefinedCount = 0;
    for (std::size_t end = lag + length - 1; end < size; ++end) {
        if (const auto growth = windowGrowth(history, end, length, lag))
            samples.push_back(*growth);
        else
            ++undefinedCount;
    }
    if (result.growthVsLastYear) {
        const std::int64_t required = *result.growthVsLastYear;
        for (std::int64_t sample : samples) {
            result.samplesBelow += sample < required ? 1 : 0;
            result.samplesTied += sample == required ? 1 : 0;
        }
        if (!samples.empty())
            result.percentileRank = mulDivRounded(static_cast<std::int64_t>(2 * result.samplesBelow + result.samplesTied),
                                                  5000, static_cast<std::int64_t>(samples.size()));
    }
    result.distribution = summarize(std::move(samples), undefinedCount);
    result.verdict = verdictFor(result, input.thresholds);
    result.historyVerdict = result.verdict;
    return result;
}

AchievabilityResult withProbability(AchievabilityResult result, double probability,
                                    const AchievabilityThresholds &thresholds)
{
    if (!thresholds.valid())
        throw std::invalid_argument("withProbability: thresholds out of order or outside 0…10000");
    if (std::isnan(probability))
        return result;
    const double p = std::clamp(probability, 0.0, 1.0);
    result.probabilityOfAttainment = p;
    result.verdict = verdictWithProbability(result, p, thresholds);
    result.basis = result.verdict == result.historyVerdict ? VerdictBasis::History : VerdictBasis::Forecast;
    return result;
}

} // namespace attain::engine
