#pragma once

#include "engine/SalesData.h"

#include <cstdint>
#include <vector>

namespace attain::storage {

/// Where each row of a table read in ascending rowid order landed (its dense id), so that
/// references to it can be resolved by rowid in a join instead of keeping its UUID. While the
/// rowids run without gaps (the usual case) nothing is stored but the first one.
class RowPositions
{
public:
    /// Records the next row; rowids must ascend.
    void append(std::int64_t rowid);
    /// The dense id of the row with `rowid`; kNoId when no such row was appended.
    [[nodiscard]] engine::Id find(std::int64_t rowid) const;

private:
    std::int64_t m_first = 0;
    std::int64_t m_count = 0;
    std::vector<std::int64_t> m_rowids; ///< every rowid, filled from the first gap on
};

} // namespace attain::storage
