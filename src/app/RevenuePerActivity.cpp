#include "app/RevenuePerActivity.h"

#include "engine/Money.h"

namespace attain::ui {

namespace {

/// a.revenue / a.activities < b.revenue / b.activities, exactly (activities > 0): cross-
/// multiplied in long double, which holds revenue × a count of activities without overflow.
bool lessPerActivity(const storage::RepActivityRow &a, const storage::RepActivityRow &b)
{
    return static_cast<long double>(a.revenue) * static_cast<long double>(b.activities)
        < static_cast<long double>(b.revenue) * static_cast<long double>(a.activities);
}

} // namespace

ActivityOutliers revenuePerActivityOutliers(const std::vector<storage::RepActivityRow> &rows)
{
    ActivityOutliers outliers;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].activities <= 0)
            continue;
        ++outliers.counted;
        if (!outliers.highest || lessPerActivity(rows[*outliers.highest], rows[i]))
            outliers.highest = i;
        if (!outliers.lowest || lessPerActivity(rows[i], rows[*outliers.lowest]))
            outliers.lowest = i;
    }
    return outliers;
}

std::optional<std::int64_t> revenuePerActivity(const storage::RepActivityRow &row)
{
    if (row.activities <= 0)
        return std::nullopt;
    return engine::roundedDivide(row.revenue, row.activities);
}

} // namespace attain::ui
