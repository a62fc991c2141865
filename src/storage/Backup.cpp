#include "storage/Backup.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

#include <spdlog/spdlog.h>

namespace attain::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("attain::storage::Backup", text);
}

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

/// Flushes a file's data to the disk, so a rename after it cannot expose an empty file after
/// a power cut. Best effort: a file system without fsync still gets the atomic rename.
void flushToDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return;
#ifdef Q_OS_WIN
    _commit(file.handle());
#else
    ::fsync(file.handle());
#endif
}

/// Renames `from` over `to` in one step (an existing `to` is replaced, never removed first).
void replaceFile(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(
        std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()), error);
    if (error)
        throw StorageError(
            tr("Cannot move %1 into place at %2: %3").arg(from, to, QString::fromLocal8Bit(error.message().c_str())));
}

} // namespace

void backupDatabase(const QSqlDatabase &db, const QString &outPath, Overwrite overwrite)
{
    if (QFileInfo::exists(outPath) && overwrite == Overwrite::No)
        throw StorageError(tr("%1 already exists; choose another file name.").arg(outPath));
    const QString partial = outPath + QStringLiteral(".part");
    removeWithCompanions(partial);
    try {
        // The file name is a bound parameter: VACUUM INTO takes an expression.
        QSqlQuery query = prepare(db, QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(partial);
        exec(query);
        flushToDisk(partial);
        replaceFile(partial, outPath);
    } catch (const StorageError &) {
        removeWithCompanions(partial);
        throw;
    }
    spdlog::info("database backed up to {}", outPath.toStdString());
}

void restoreDatabase(const QString &backupPath, const QString &targetPath)
{
    if (!QFileInfo(backupPath).isFile())
        throw StorageError(tr("The backup %1 does not exist.").arg(backupPath));
    const QString partial = targetPath + QStringLiteral(".part");
    removeWithCompanions(partial);
    if (!QFile::copy(backupPath, partial))
        throw StorageError(tr("Cannot copy %1 to %2.").arg(backupPath, partial));
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    try {
        {
            // Opening proves it is an Attain database this build can read; an older schema is
            // migrated here, in the copy. No pre-migration backup: the backup file is that copy.
            auto opened = Database::open(partial, Database::Mode::OpenExisting, Database::MigrationBackup::Skip);
            if (!opened.database)
                throw StorageError(tr("%1 cannot be restored: %2").arg(backupPath, opened.message));
            execStatement(opened.database->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        // Checkpointed and closed: the -wal/-shm files are empty and belong to the old name.
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        flushToDisk(partial);
        // Stale -wal/-shm files next to the target would be replayed into the restored database.
        QFile::remove(targetPath + QStringLiteral("-wal"));
        QFile::remove(targetPath + QStringLiteral("-shm"));
        replaceFile(partial, targetPath);
    } catch (const StorageError &) {
        removeWithCompanions(partial);
        throw;
    }
    spdlog::info("database {} restored from {}", targetPath.toStdString(), backupPath.toStdString());
}

QString preMigrationBackupPath(const QString &path, int fromVersion)
{
    const QString base = path + QStringLiteral(".v%1-backup").arg(fromVersion);
    if (!QFileInfo::exists(base))
        return base;
    const QString stamped
        = base + QStringLiteral("-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = stamped;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = stamped + QStringLiteral("-%1").arg(n);
    return candidate;
}

} // namespace attain::storage
