#pragma once

#include "storage/IdMap.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace attain::storage {

/// The IdMap's dense ids of one kind, found by the UTF-8 bytes of their UUIDs as SQLite hands
/// them out: a load looks up millions of references, and a QString per lookup would cost more
/// than the hash. A UUID met for the first time is added to the IdMap, as IdMap::add does.
class UuidLookup
{
public:
    UuidLookup(IdMap &ids, IdMap::Kind kind)
        : m_ids(ids)
        , m_kind(kind)
    {
    }

    /// The dense id of `uuid`, assigned when new; kNoId for an empty (NULL) uuid.
    engine::Id add(std::string_view uuid);

private:
    /// Open addressing (linear probing) with the keys' bytes in one string: a lookup touches a
    /// slot and a key, where std::unordered_map chases a bucket, a node and a heap string.
    struct Slot
    {
        std::uint64_t hash = 0;
        std::uint32_t offset = 0; ///< of the key in m_keys
        std::uint32_t size = 0;   ///< 0: empty slot (empty keys are never stored)
        engine::Id id = engine::kNoId;
    };

    [[nodiscard]] std::string_view keyOf(const Slot &slot) const { return { m_keys.data() + slot.offset, slot.size }; }
    void grow();

    IdMap &m_ids;
    IdMap::Kind m_kind;
    std::vector<Slot> m_slots; ///< a power of two in size, at most half full
    std::string m_keys;
    std::size_t m_count = 0;
};

} // namespace attain::storage
