#pragma once

// The targets-page fixture both the list's and the target view's tests start from.

#include "app/TargetsPage.h"
#include "engine/Date.h"

#include <QString>

#include <memory>

namespace attain::test {

inline const QString kQ3DealsId = QStringLiteral("11111111-2222-4333-8444-555555555501");
inline const QString kConversionId = QStringLiteral("11111111-2222-4333-8444-555555555502");
inline const QString kJuneTeamId = QStringLiteral("11111111-2222-4333-8444-555555555503");
inline const engine::Date kTargetsAsOf = engine::makeDate(2026, 6, 30);

/// Writes the demo company (6 reps, one year to kTargetsAsOf, seed 5) to `path` and adds three
/// targets: Q3 deals won for the first rep by name (12 deals, not started yet), a company
/// conversion rate for 2026 (30 %) and June revenue for the first team by name (¥500,000).
/// False when it cannot.
bool writeTargetsFixture(const QString &path);

/// A targets page for `path` as manager "manager1", shown and loaded as of kTargetsAsOf.
std::unique_ptr<ui::TargetsPage> openTargetsPage(const QString &path);

} // namespace attain::test
