#include "storage/DemoDatabase.h"

#include "storage/DashboardFacts.h"
#include "storage/Database.h"
#include "storage/DemoReviews.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>

#include <filesystem>
#include <system_error>

#include <spdlog/spdlog.h>

namespace attain::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("attain::storage::DemoDatabase", text);
}

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

DemoDatabaseResult createDemoDatabase(const QString &path, const engine::demo::Spec &spec,
                                      const DemoWriter::Progress &progress, bool overwrite)
{
    using Status = DemoDatabaseResult::Status;
    if (const auto problem = spec.validate())
        return {Status::Failed, QString::fromStdString(*problem), 0};
    if (QFile::exists(path) && !overwrite)
        return {Status::Failed, tr("%1 already exists; choose another file name.").arg(path), 0};

    const QString partial = path + QStringLiteral(".part");
    removeWithCompanions(partial);
    DemoDatabaseResult result;
    {
        auto opened = Database::open(partial, Database::Mode::CreateIfMissing);
        if (!opened.database)
            return {Status::Failed, opened.message, 0};
        const QSqlDatabase db = opened.database->connection();
        try {
            // The file is private until renamed, so the bulk load skips fsyncs; the checkpoint
            // below makes it durable before it is moved into place.
            execStatement(db, QStringLiteral("PRAGMA synchronous = OFF"));
            Transaction transaction(db);
            DemoWriter writer(db, progress);
            if (engine::demo::generate(spec, writer) == engine::demo::GenerateResult::Cancelled) {
                result.status = Status::Cancelled;
            } else {
                writeDemoReviews(db, spec.asOf);
                DashboardFacts(db).rebuildAll(); // in the same transaction: never data without facts
                transaction.commit();
                execStatement(db, QStringLiteral("PRAGMA synchronous = FULL"));
                execStatement(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                result.status = Status::Created;
                result.deals = writer.dealCount();
            }
        } catch (const StorageError &error) {
            result = {Status::Failed, error.message(), 0};
        }
    }
    if (result.status != Status::Created) {
        removeWithCompanions(partial);
        return result;
    }
    // Stale -wal/-shm files next to the target would be replayed into the new database.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    // std::filesystem::rename replaces an existing target in one step, so the old file is
    // never gone before the new one is in place.
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(partial.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), error);
    if (error) {
        removeWithCompanions(partial);
        return {Status::Failed,
                tr("Cannot move the new database into place at %1: %2")
                    .arg(path, QString::fromLocal8Bit(error.message().c_str())), 0};
    }
    spdlog::info("demo database {} created with {} deals", path.toStdString(), result.deals);
    return result;
}

} // namespace attain::storage
