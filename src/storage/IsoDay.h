#pragma once

#include <string_view>

namespace attain::storage {

/// The day number (engine::toDayNumber) of an ISO date column's UTF-8 text, as
/// engine::parseIsoDate reads it; throws StorageError naming `what` for anything else. The
/// plain `YYYY-MM-DD` of a load's millions of dates takes a fast path without std::from_chars.
[[nodiscard]] int isoDayNumber(std::string_view text, const char *what);

} // namespace attain::storage
