#pragma once

#include "engine/ActivityType.h"

#include <QString>

namespace attain::ui {

/// The activity type for people ("Call", "Visit" …), translated.
[[nodiscard]] QString activityTypeName(engine::ActivityType type);
/// The name of a stored key; an unknown key (from imported data) is shown as it is.
[[nodiscard]] QString activityTypeNameOfKey(const QString &key);

} // namespace attain::ui
