#pragma once

#include "engine/Date.h"
#include "storage/Actor.h"
#include "storage/OrganisationRepository.h"
#include "storage/ReviewTypes.h"

#include <QString>

#include <optional>
#include <vector>

namespace attain::ui {

/// The reviews list and the organisation its pickers name, loaded off the UI thread.
struct ReviewListData
{
    QString error; ///< non-empty when loading failed
    bool stale = false; ///< superseded by a newer request
    std::vector<storage::Review> reviews;
    std::vector<storage::OrganisationUnit> teams, reps;
};

/// One review with what it opens with: its items, the items carried over from earlier reviews
/// of its scope, and the activities logged since the previous one.
struct ReviewDetailData
{
    QString error;
    bool stale = false;
    std::optional<storage::Review> review; ///< empty when it is gone or not visible
    std::optional<storage::Review> previous;
    std::vector<storage::ActionItem> items;
    std::vector<storage::CarriedItem> carried;
    /// Activities from `activitiesFrom` to `activitiesTo` (both inclusive): from the previous
    /// review's day (without one, one cadence back) to the day before this review, but not
    /// after `asOf`.
    std::vector<storage::ActivityTally> activities;
    engine::Date activitiesFrom {}, activitiesTo {};
};

/// Both open their own connection to `databasePath` (connections are per thread).
[[nodiscard]] ReviewListData loadReviewList(const QString &databasePath, const storage::Actor &actor);
[[nodiscard]] ReviewDetailData loadReviewDetail(
    const QString &databasePath, const QString &reviewId, const storage::Actor &actor, engine::Date asOf);

} // namespace attain::ui
