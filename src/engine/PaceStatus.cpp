#include "engine/PaceStatus.h"

#include "engine/WideInt.h"

namespace attain::engine {

Status gradeByThresholds(std::int64_t ratioBp, const StatusThresholds &thresholds)
{
    if (ratioBp >= thresholds.aheadBp)
        return Status::Ahead;
    if (ratioBp >= thresholds.onTrackBp)
        return Status::OnTrack;
    if (ratioBp >= thresholds.atRiskBp)
        return Status::AtRisk;
    return Status::OffTrack;
}

StatusReason gradedReason(StatusBasis basis, std::int64_t ratioBp, const StatusThresholds &thresholds)
{
    std::optional<std::int64_t> next;
    switch (gradeByThresholds(ratioBp, thresholds)) {
    case Status::OnTrack: next = thresholds.aheadBp; break;
    case Status::AtRisk: next = thresholds.onTrackBp; break;
    case Status::OffTrack: next = thresholds.atRiskBp; break;
    default: break;
    }
    return {basis, ratioBp, next};
}

LevelStatus levelStatus(std::int64_t target, std::int64_t actual, bool higherIsBetter,
                        const StatusThresholds &thresholds)
{
    const bool ratioDefined = higherIsBetter ? target > 0 : target > 0 && actual > 0;
    std::optional<std::int64_t> ratio;
    if (ratioDefined)
        ratio = higherIsBetter ? mulDivRounded(actual, 10000, target) : mulDivRounded(target, 10000, actual);
    if (!ratio) {
        // No ratio (or one beyond 64 bits): only "met or not" is meaningful.
        const bool met = higherIsBetter ? actual >= target : actual <= target;
        return {met ? Status::Ahead : Status::OffTrack, {StatusBasis::NoRatio, std::nullopt, std::nullopt},
                std::nullopt};
    }
    return {gradeByThresholds(*ratio, thresholds), gradedReason(StatusBasis::LevelAttainment, *ratio, thresholds),
            ratio};
}

} // namespace attain::engine
