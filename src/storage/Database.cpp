#include "storage/Database.h"

#include "storage/Backup.h"
#include "storage/DashboardFacts.h"
#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace attain::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("attain::storage::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("attain-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// True when the file starts with SQLite's header or is empty (SQLite treats an empty file
/// as a new database). Checked before opening so that a foreign file is never touched.
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() == 0)
        return true;
    static const QByteArray header("SQLite format 3\0", 16);
    return file.read(16) == header;
}

Database::Result failure(Database::Error error, const QString &message)
{
    spdlog::warn("cannot open database: {}", message.toStdString());
    return {nullptr, error, message};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

Database::Result Database::open(const QString &path, Mode mode, MigrationBackup backup)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode == Mode::OpenExisting)
        return failure(Error::NotFound, tr("The file %1 does not exist.").arg(path));
    if (exists && !info.isFile())
        return failure(Error::CannotOpen, tr("%1 is not a file.").arg(path));
    if (exists && !looksLikeSqlite(path))
        return failure(Error::NotAttain, tr("%1 is not an Attain database. It was not changed.").arg(path));

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return failure(Error::CannotOpen, tr("Cannot open %1: %2").arg(path, db.lastError().text()));
    }
    const QSqlDatabase db = database->connection();

    int applicationId = 0, version = 0, objects = 0;
    try {
        // Reading the header and the schema proves the file is a readable SQLite database.
        applicationId = scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
        version = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
        objects = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
    } catch (const StorageError &error) {
        return failure(Error::Corrupt, tr("%1 is damaged or not a database (%2). It was not changed.")
                                           .arg(path, error.message()));
    }

    const bool blank = applicationId == 0 && version == 0 && objects == 0;
    if (!blank && applicationId != kApplicationId)
        return failure(Error::NotAttain, tr("%1 is an SQLite database, but not an Attain database. "
                                            "It was not changed.").arg(path));
    if (version > currentSchemaVersion())
        return failure(Error::TooNew, tr("%1 was written by a newer version of Attain (schema %2; this "
                                         "version reads up to %3). Please update Attain. The file was "
                                         "not changed.").arg(path).arg(version).arg(currentSchemaVersion()));
    if (blank && mode == Mode::OpenExisting)
        return failure(Error::NotAttain, tr("%1 is not an Attain database. It was not changed.").arg(path));

    if (backup == MigrationBackup::Before && version > 0 && version < currentSchemaVersion() && objects > 0) {
        // Taken before any pragma or migration writes to the file, so the copy is the file as
        // the older release left it.
        const QString copy = preMigrationBackupPath(path, version);
        try {
            backupDatabase(db, copy);
        } catch (const StorageError &error) {
            return failure(Error::MigrationFailed,
                           tr("Cannot upgrade %1: the safety copy %2 could not be written (%3). The file was "
                              "not changed.").arg(path, copy, error.message()));
        }
        spdlog::info("copied {} (schema {}) to {} before migrating", path.toStdString(), version, copy.toStdString());
    }

    try {
        execStatement(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        execStatement(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        execStatement(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        migrate(db, version);
    } catch (const StorageError &error) {
        return failure(Error::MigrationFailed,
                       tr("Cannot upgrade %1 to the current format: %2").arg(path, error.message()));
    }
    // The first open after migration 4 builds the dashboard facts; later opens only catch up on
    // rows written without a refresh (another tool). Stale facts are reported by the dashboard,
    // so a failure here (another connection holding the write lock) does not stop the open.
    try {
        DashboardFacts facts(db);
        if (facts.stale()) {
            Transaction transaction(db);
            facts.refresh();
            transaction.commit();
        }
    } catch (const StorageError &error) {
        spdlog::warn("dashboard facts of {} not refreshed: {}", path.toStdString(), error.message().toStdString());
    }
    return {std::move(database), Error::None, {}};
}

} // namespace attain::storage
