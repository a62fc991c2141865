#include "storage/RowPositions.h"

#include <algorithm>

namespace {

/// `to - from` without overflow, for rowids anywhere in the int64 range; `to` >= `from`.
std::uint64_t distance(std::int64_t from, std::int64_t to)
{
    return static_cast<std::uint64_t>(to) - static_cast<std::uint64_t>(from);
}

} // namespace

namespace attain::storage {

void RowPositions::append(std::int64_t rowid)
{
    if (m_count == 0)
        m_first = rowid;
    const bool contiguous = m_rowids.empty() && distance(m_first, rowid) == static_cast<std::uint64_t>(m_count);
    if (!contiguous) {
        if (m_rowids.empty())
            for (std::int64_t i = 0; i < m_count; ++i)
                m_rowids.push_back(m_first + i);
        m_rowids.push_back(rowid);
    }
    ++m_count;
}

engine::Id RowPositions::find(std::int64_t rowid) const
{
    if (m_rowids.empty())
        return rowid >= m_first && distance(m_first, rowid) < static_cast<std::uint64_t>(m_count)
            ? static_cast<engine::Id>(distance(m_first, rowid))
            : engine::kNoId;
    const auto found = std::lower_bound(m_rowids.begin(), m_rowids.end(), rowid);
    return found != m_rowids.end() && *found == rowid ? static_cast<engine::Id>(found - m_rowids.begin())
                                                      : engine::kNoId;
}

} // namespace attain::storage
