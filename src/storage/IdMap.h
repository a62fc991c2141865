#pragma once

#include "engine/SalesData.h"

#include <QHash>
#include <QString>

#include <array>
#include <cstddef>
#include <vector>

namespace attain::storage {

/// Storage ids are UUID text (databases merge); the engine indexes arrays with dense ids
/// 0 … n−1. One IdMap per load translates both ways, per kind of entity, so the engine's
/// results (a rep's KPI, a scope) can be shown and stored again under their UUIDs. Deals are
/// not a kind: nothing refers back to one, and holding millions of UUIDs only to resolve
/// deal_credits cost a fifth of a gigabyte (SalesDataRepository joins on deals.rowid instead).
class IdMap
{
public:
    enum class Kind : std::uint8_t { Team, Rep, Channel, ProductLine, Region, Customer, CustomerGroup };
    static constexpr std::size_t kKindCount = 7;

    /// The dense id of `uuid`, assigned (the next number) when it is new; kNoId for an empty
    /// (NULL) uuid, which is how optional references arrive from SQL.
    engine::Id add(Kind kind, const QString &uuid);
    /// The dense id of a known `uuid`; kNoId when it is empty or unknown.
    [[nodiscard]] engine::Id find(Kind kind, const QString &uuid) const;
    /// The uuid of a dense id; empty for kNoId or an id out of range.
    [[nodiscard]] QString uuid(Kind kind, engine::Id id) const;
    [[nodiscard]] std::size_t size(Kind kind) const;

private:
    struct Table
    {
        QHash<QString, engine::Id> byUuid;
        std::vector<QString> uuids;
    };
    [[nodiscard]] static std::size_t index(Kind kind) { return static_cast<std::size_t>(kind); }

    std::array<Table, kKindCount> m_tables;
};

} // namespace attain::storage
