#include "app/OriginalValue.h"

#include <QLatin1String>

namespace attain::ui {

std::int64_t originalValue(const storage::StoredTarget &target, const std::vector<storage::TargetRevision> &revisions)
{
    // Revisions come oldest first.
    for (const storage::TargetRevision &revision : revisions)
        if (revision.status == QLatin1String("approved"))
            return revision.oldValue;
    return target.target.value;
}

} // namespace attain::ui
