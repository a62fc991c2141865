#pragma once

#include "storage/ReviewTypes.h"

#include <QIcon>
#include <QString>

namespace attain::ui {

/// "Open", "In progress", "Done", "Dropped".
[[nodiscard]] QString actionStatusName(storage::ActionStatus status);
/// "Scheduled", "Held".
[[nodiscard]] QString reviewStatusName(storage::ReviewStatus status);
/// A date as reviews show it: "Mon 2026-11-30".
[[nodiscard]] QString reviewDateText(engine::Date date);
/// The due date of an item, with "overdue" spelled out when it is (never colour alone).
[[nodiscard]] QString dueText(const storage::ActionItem &item, engine::Date asOf);
/// The warning icon overdue items carry.
[[nodiscard]] QIcon overdueIcon();
/// The red of overdue text (readable on white and on the default dark palette's base).
[[nodiscard]] QColor overdueColor();

} // namespace attain::ui
