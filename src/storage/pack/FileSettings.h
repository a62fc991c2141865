#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace attain::storage::pack {

/// file_settings' value for `key`; empty when unset. Throws StorageError.
[[nodiscard]] QString fileSetting(const QSqlDatabase &db, const QString &key);
/// Sets (or replaces) file_settings' `key`. Throws StorageError.
void setFileSetting(const QSqlDatabase &db, const QString &key, const QString &value);

/// The rep a personal rep database belongs to (file_settings 'rep_id' and 'rep_name').
struct RepFileOwner
{
    QString repId;
    QString repName;
};

/// The rep whose personal database `db` is, or nullopt for an organisation's database.
/// Throws StorageError.
[[nodiscard]] std::optional<RepFileOwner> repDatabaseOwner(const QSqlDatabase &db);

} // namespace attain::storage::pack
