#include "engine/ActivityType.h"

namespace attain::engine {

std::string_view activityTypeKey(ActivityType type)
{
    switch (type) {
    case ActivityType::Call: return "call";
    case ActivityType::Visit: return "visit";
    case ActivityType::Meeting: return "meeting";
    case ActivityType::Demo: return "demo";
    case ActivityType::Email: return "email";
    }
    return "call";
}

std::optional<ActivityType> activityTypeFromKey(std::string_view key)
{
    for (const ActivityType type : kActivityTypes)
        if (activityTypeKey(type) == key)
            return type;
    return std::nullopt;
}

} // namespace attain::engine
