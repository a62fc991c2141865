#include "storage/UuidLookup.h"

#include "storage/StorageError.h"

#include <QString>

#include <algorithm>
#include <cstring>
#include <limits>

namespace attain::storage {

namespace {

std::uint64_t wordAt(const char *bytes)
{
    std::uint64_t word;
    std::memcpy(&word, bytes, 8);
    return word;
}

/// Six lookups per deal: the words are multiplied independently (no chain of dependent
/// rounds as in a byte-wise hash) and mixed once. Only the table's low bits need to be good.
std::uint64_t hashOf(std::string_view bytes)
{
    std::uint64_t h = bytes.size();
    std::uint64_t factor = 0x9e3779b97f4a7c15ULL;
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8, factor += 0x632be59bd9b4e019ULL)
        h ^= wordAt(bytes.data() + i) * (factor | 1);
    std::uint64_t tail = 0;
    std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
    h ^= tail * 0xc2b2ae3d27d4eb4fULL;
    h ^= h >> 32;
    h *= 0xff51afd7ed558ccdULL;
    return h ^ (h >> 29);
}

/// Equal bytes, compared a word at a time inline (a library memcmp call costs more than the
/// comparison of a 36-byte UUID).
bool sameBytes(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    std::size_t i = 0;
    for (; i + 8 <= a.size(); i += 8)
        if (wordAt(a.data() + i) != wordAt(b.data() + i))
            return false;
    for (; i < a.size(); ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

} // namespace

engine::Id UuidLookup::add(std::string_view uuid)
{
    if (uuid.empty())
        return engine::kNoId;
    if (2 * (m_count + 1) > m_slots.size())
        grow();
    const std::uint64_t hash = hashOf(uuid);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t at = hash & mask;
    for (; m_slots[at].size != 0; at = (at + 1) & mask) {
        const Slot &slot = m_slots[at];
        if (slot.hash == hash && sameBytes(keyOf(slot), uuid))
            return slot.id;
    }
    if (m_keys.size() + uuid.size() > std::numeric_limits<std::uint32_t>::max())
        throw StorageError(QStringLiteral("Too many ids to load"));
    const engine::Id id = m_ids.add(m_kind, QString::fromUtf8(uuid.data(), static_cast<qsizetype>(uuid.size())));
    m_slots[at] = { hash, static_cast<std::uint32_t>(m_keys.size()), static_cast<std::uint32_t>(uuid.size()), id };
    m_keys.append(uuid);
    ++m_count;
    return id;
}

void UuidLookup::grow()
{
    std::vector<Slot> old(std::max<std::size_t>(16, 2 * m_slots.size()));
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.size == 0)
            continue;
        std::size_t at = slot.hash & mask;
        while (m_slots[at].size != 0)
            at = (at + 1) & mask;
        m_slots[at] = slot;
    }
}

} // namespace attain::storage
