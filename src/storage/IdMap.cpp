#include "storage/IdMap.h"

namespace attain::storage {

engine::Id IdMap::add(Kind kind, const QString &uuid)
{
    if (uuid.isEmpty())
        return engine::kNoId;
    Table &table = m_tables[index(kind)];
    const auto found = table.byUuid.constFind(uuid);
    if (found != table.byUuid.cend())
        return found.value();
    const auto id = static_cast<engine::Id>(table.uuids.size());
    table.byUuid.insert(uuid, id);
    table.uuids.push_back(uuid);
    return id;
}

engine::Id IdMap::find(Kind kind, const QString &uuid) const
{
    if (uuid.isEmpty())
        return engine::kNoId;
    return m_tables[index(kind)].byUuid.value(uuid, engine::kNoId);
}

QString IdMap::uuid(Kind kind, engine::Id id) const
{
    const Table &table = m_tables[index(kind)];
    if (id < 0 || static_cast<std::size_t>(id) >= table.uuids.size())
        return {};
    return table.uuids[static_cast<std::size_t>(id)];
}

std::size_t IdMap::size(Kind kind) const
{
    return m_tables[index(kind)].uuids.size();
}

} // namespace attain::storage
