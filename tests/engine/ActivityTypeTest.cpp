#include "engine/ActivityType.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace attain::engine;

TEST(ActivityType, EveryTypeRoundTripsThroughItsKey)
{
    std::set<std::string> keys;
    for (const ActivityType type : kActivityTypes) {
        const std::string_view key = activityTypeKey(type);
        keys.emplace(key);
        ASSERT_TRUE(activityTypeFromKey(key).has_value()) << key;
        EXPECT_EQ(*activityTypeFromKey(key), type);
    }
    EXPECT_EQ(keys, (std::set<std::string>{"call", "visit", "meeting", "demo", "email"}));
}

TEST(ActivityType, UnknownKeysAreNotGuessed)
{
    EXPECT_FALSE(activityTypeFromKey("").has_value());
    EXPECT_FALSE(activityTypeFromKey("Call").has_value());
    EXPECT_FALSE(activityTypeFromKey("lunch").has_value());
}
