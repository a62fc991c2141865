#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace attain::storage {

/// Hashes std::string and std::string_view alike, so unordered containers of strings can be
/// searched with a view without allocating a string.
struct TransparentStringHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
};

/// Interns strings (UUIDs, dates, currency codes) read while building facts, so aggregation
/// keys are small integers instead of 36-character strings.
class StringPool
{
public:
    /// The number of `text`, assigned when new.
    std::int32_t intern(std::string_view text)
    {
        const auto found = m_index.find(text);
        if (found != m_index.end())
            return found->second;
        m_strings.emplace_back(text);
        const auto index = static_cast<std::int32_t>(m_strings.size() - 1);
        m_index.emplace(m_strings.back(), index);
        return index;
    }
    [[nodiscard]] const std::string &text(std::int32_t index) const
    {
        return m_strings[static_cast<std::size_t>(index)];
    }

private:
    // The map owns its own copy of each key, so m_strings may reallocate freely; lookups by
    // string_view (transparent hash) allocate nothing.
    std::vector<std::string> m_strings;
    std::unordered_map<std::string, std::int32_t, TransparentStringHash, std::equal_to<>> m_index;
};

} // namespace attain::storage
