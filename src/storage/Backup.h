#pragma once

#include <QSqlDatabase>
#include <QString>

namespace attain::storage {

/// Whether an existing file at the destination may be replaced.
enum class Overwrite { No, Yes };

/// Writes a consistent copy of the open database `db` to `outPath` while it stays in use
/// (`VACUUM INTO`: one read transaction, so the copy is a snapshot even in WAL mode, compacted,
/// with its user_version and application_id). The copy is written to `outPath.part` and renamed
/// into place, so a failed backup never leaves a half-written file under the final name.
/// Throws StorageError when `outPath` exists and `overwrite` is No, or when the copy fails.
void backupDatabase(const QSqlDatabase &db, const QString &outPath, Overwrite overwrite = Overwrite::No);

/// Replaces the database at `targetPath` with the backup at `backupPath`. The backup is copied to
/// `targetPath.part` first and opened there as an Attain database (an older schema is migrated
/// in the copy; the backup file itself is never changed), flushed to disk and renamed over the
/// target in one step, so the target is either the old database or the restored one.
/// The target must not be open. Throws StorageError (the target unchanged) on failure.
void restoreDatabase(const QString &backupPath, const QString &targetPath);

/// The file name for the automatic copy taken before migrating `path` from `fromVersion`:
/// `NAME.attain.v1-backup`, or with a timestamp (and a counter) when that name is taken.
[[nodiscard]] QString preMigrationBackupPath(const QString &path, int fromVersion);

} // namespace attain::storage
