#pragma once

#include "storage/TargetRepository.h"

#include <cstdint>
#include <vector>

namespace attain::ui {

/// The value a target was set with before any approved revision: the old value of the earliest
/// approved revision, else the current value (proposals and rejections never changed it).
/// Derived from the audit trail until storage keeps targets.original_value; then this is the
/// one place to read that instead.
[[nodiscard]] std::int64_t originalValue(
    const storage::StoredTarget &target, const std::vector<storage::TargetRevision> &revisions);

} // namespace attain::ui
