#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace attain::storage {

/// `PRAGMA application_id` of every Attain database ("ATTN"), so a foreign SQLite file is
/// recognised before anything is written to it.
inline constexpr int kApplicationId = 0x4154544E;

struct Migration
{
    int version = 0;          ///< the schema version after this step
    QStringList statements;   ///< run in order inside one transaction
};

/// The ordered migration ladder; the last entry's version is the current schema version.
[[nodiscard]] const std::vector<Migration> &migrations();
[[nodiscard]] int currentSchemaVersion();

/// Brings `db` from `fromVersion` to `toVersion` (default: current), each step in its own
/// transaction together with its `user_version` bump. Throws StorageError and leaves the
/// database at the last completed version when a step fails.
void migrate(const QSqlDatabase &db, int fromVersion, int toVersion = -1);

} // namespace attain::storage
