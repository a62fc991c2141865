#pragma once

#include <QString>

namespace attain::ui {

/// Sends spdlog to a rotating file (5 × 1 MiB) in `directory`, and to stderr as well in debug
/// builds. Returns the log file's path, which Help ▸ About shows.
QString initLogging(const QString &directory);

} // namespace attain::ui
