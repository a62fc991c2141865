#include "storage/UuidLookup.h"

#include <QString>

namespace attain::storage {

engine::Id UuidLookup::add(std::string_view uuid)
{
    if (uuid.empty())
        return engine::kNoId;
    const auto found = m_byUtf8.find(uuid);
    if (found != m_byUtf8.end())
        return found->second;
    const engine::Id id
        = m_ids.add(m_kind, QString::fromUtf8(uuid.data(), static_cast<qsizetype>(uuid.size())));
    m_byUtf8.emplace(uuid, id);
    return id;
}

} // namespace attain::storage
