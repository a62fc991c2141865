#pragma once

#include "storage/DashboardTypes.h"

#include <optional>
#include <vector>

namespace attain::ui {

/// The reps whose activities turn into the most and the least revenue: revenue divided by
/// activities, among the reps who logged at least one. A simple signal of workload imbalance
/// (many calls for little, or a lot won with few) that the scatter plot names under it.
struct ActivityOutliers
{
    std::optional<std::size_t> highest; ///< index into the rows; ties: the first
    std::optional<std::size_t> lowest;  ///< index into the rows; ties: the first
    std::size_t counted = 0;            ///< reps with activities
};

[[nodiscard]] ActivityOutliers revenuePerActivityOutliers(const std::vector<storage::RepActivityRow> &rows);

/// Revenue per activity in minor units, rounded; nullopt without activities.
[[nodiscard]] std::optional<std::int64_t> revenuePerActivity(const storage::RepActivityRow &row);

} // namespace attain::ui
