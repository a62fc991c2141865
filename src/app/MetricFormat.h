#pragma once

#include "app/MetricText.h"

#include "engine/Metric.h"
#include "engine/PaceStatus.h"
#include "storage/TargetRepository.h"

#include <QColor>
#include <QLocale>
#include <QString>

namespace attain::ui {

/// Names and value formats shared by the target list and its dialogs. Stored values are in the
/// metric's fixed-point unit (engine::Unit); these turn them into what a manager reads.
/// (Metric names and values: MetricText.h.)
/// "Company", "Team", "Rep" … for a storage scope kind ("team", "product_line" …).
[[nodiscard]] QString scopeKindName(const QString &scopeKind);
[[nodiscard]] QString statusName(engine::Status status);
/// Okabe–Ito based colours (distinguishable with common colour blindness); never shown alone.
[[nodiscard]] QColor statusColor(engine::Status status);
[[nodiscard]] QString reasonName(storage::RevisionReason reason);
/// "Proposed", "Approved", "Rejected" for a stored revision status.
[[nodiscard]] QString revisionStatusName(const QString &status);

/// Stored values of every unit are hundredths of what the editor shows (minor units of the
/// reporting currency, hundredths of a count, day or point; basis points are hundredths of a %).
inline constexpr double kEditorScale = 100.0;

} // namespace attain::ui
