#pragma once

#include "storage/IdMap.h"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

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
    struct Hash
    {
        using is_transparent = void; // find() by string_view, without a std::string per lookup
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
    };

    IdMap &m_ids;
    IdMap::Kind m_kind;
    std::unordered_map<std::string, engine::Id, Hash, std::equal_to<>> m_byUtf8;
};

} // namespace attain::storage
