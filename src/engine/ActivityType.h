#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace attain::engine {

/// What a rep logs (activities.type): the kinds the app offers, in the order it lists them.
enum class ActivityType { Call, Visit, Meeting, Demo, Email };

inline constexpr std::array kActivityTypes{ActivityType::Call, ActivityType::Visit, ActivityType::Meeting,
                                           ActivityType::Demo, ActivityType::Email};

/// The stored key: "call", "visit", "meeting", "demo", "email".
[[nodiscard]] std::string_view activityTypeKey(ActivityType type);
/// The type of a stored key; nullopt for a key the app does not know (imported data may have one).
[[nodiscard]] std::optional<ActivityType> activityTypeFromKey(std::string_view key);

} // namespace attain::engine
