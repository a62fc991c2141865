#pragma once

#include "engine/SalesData.h"

#include <cstdint>

namespace attain::engine {

/// What a target or a report looks at: the whole company when nothing is set, otherwise every
/// set field must match (a combination such as "team East × channel Online").
struct Scope
{
    Id team = kNoId;
    Id rep = kNoId; ///< a rep's scope counts their credit share of shared deals
    Id channel = kNoId;
    Id productLine = kNoId;
    Id region = kNoId;
    Id customer = kNoId;
    Id customerGroup = kNoId;

    [[nodiscard]] bool isCompany() const { return *this == Scope{}; }
    friend bool operator==(const Scope &, const Scope &) = default;
};

/// What a report breaks its values down by (one row per team, per rep …).
enum class Dimension : std::uint8_t { Company, Team, Rep, Channel, ProductLine, Region, Customer, CustomerGroup };

/// The scope of one group of a breakdown: `filter` narrowed to `group` along `dimension`.
[[nodiscard]] Scope narrowed(Scope filter, Dimension dimension, Id group);

} // namespace attain::engine
