#pragma once

#include "storage/pack/PackRecords.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace attain::storage::pack {

/// The content hash of the version of a record last handed out to or merged from a rep
/// (sync_base), the base of a three-way merge; nullopt when there is none, or when `sourceRepId`
/// is given and the base came from another rep (their version is no base for this rep's pack).
[[nodiscard]] std::optional<QString> syncBaseHash(const QSqlDatabase &db, RecordKind kind, const QString &id,
                                                  const QString &sourceRepId = {});

/// Records `hash` as the base of the record (replacing an older base). Throws StorageError.
void setSyncBase(const QSqlDatabase &db, RecordKind kind, const QString &id, const QString &repId,
                 const QString &hash, const QString &at);

} // namespace attain::storage::pack
