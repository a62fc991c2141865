#pragma once

#include "app/SalesSnapshot.h"
#include "storage/DashboardTypes.h"

#include <functional>

namespace attain::ui {

struct TargetRow;

/// Which targets belong to a dashboard's scope, for RiskPanel::setScopeFilter: the company
/// takes every target; otherwise a target belongs when it is for one of the scope's parts —
/// the team's own targets and those of its reps (a rep's team from `sales.reps`), the rep's own
/// when a rep is chosen (not their team's), and the targets of the chosen channel, product
/// line or region. A scope that combines parts (team East × channel Online) takes the targets
/// of each. Company, customer and customer-group targets belong to the company only.
///
/// The targets' dense scope ids are read with `sales.ids` (TargetsData::snapshot): use the
/// snapshot the targets were loaded with. The filter keeps what it needs, not `sales` itself.
[[nodiscard]] std::function<bool(const TargetRow &)> scopeFilter(
    const storage::DashboardScope &scope, const SalesSnapshot &sales);

} // namespace attain::ui
