#pragma once

#include "storage/DashboardTypes.h"

#include <QLocale>
#include <QString>

namespace attain::ui {

/// What a KPI tile says, in words and numbers. Values are in the tile's unit
/// (storage::DashboardTile): money compact on the tile ("¥12.3M", "¥1,234.5万") and exact in
/// the tooltip; rates as percentages; counts, days and scores as MetricText writes them.

/// "Revenue", "Attainment", "Gap to target" …
[[nodiscard]] QString tileTitle(storage::DashboardTileId id);
/// One sentence on what the tile measures, for its tooltip.
[[nodiscard]] QString tileDescription(storage::DashboardTileId id);
/// A value of the tile's unit as the tile shows it; `exact` writes money in full.
[[nodiscard]] QString tileValueText(const storage::DashboardTile &tile, std::int64_t value, const QString &currency,
                                    bool exact = false, const QLocale &locale = {});
/// The tile's value, or "—" when it is undefined (no closed deal for a conversion rate …).
[[nodiscard]] QString tileValueText(const storage::DashboardTile &tile, const QString &currency,
                                    const QLocale &locale = {});
/// The change against the previous period: relative for amounts and counts ("▲ +12.3%"),
/// in percentage points for rates ("▼ −1.5 pp"), the amount when no relative change exists;
/// empty when there is nothing to compare with.
[[nodiscard]] QString tileChangeText(const storage::DashboardTile &tile, const QString &currency,
                                     const QLocale &locale = {});
/// "better", "worse", "no change"; empty when unknown.
[[nodiscard]] QString trendName(storage::Trend trend);
/// The status word, or "No target" when the scope has none for the metric.
[[nodiscard]] QString tileStatusText(const storage::DashboardTile &tile);
/// The tile's last line: "Target ¥15.0M"; for attainment the revenue target, for pace what was
/// expected by now, for the gap what it needs a working day from now on. Empty when there is
/// nothing to say (no target).
[[nodiscard]] QString tileTargetText(const storage::DashboardTile &tile, const storage::DashboardSnapshot &snapshot,
                                     const QString &currency, const QLocale &locale = {});
/// Why the status is what it is, in numbers.
[[nodiscard]] QString tileReasonText(const storage::DashboardTile &tile);
/// Everything exact: the value, the previous period with its dates, the change, the target and
/// the status with its reason.
[[nodiscard]] QString tileToolTip(const storage::DashboardTile &tile, const storage::DashboardSnapshot &snapshot,
                                  const QString &currency, const QLocale &locale = {});

} // namespace attain::ui
