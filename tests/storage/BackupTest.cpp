#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/DemoDatabase.h"
#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace attain;
using namespace attain::storage;
using attain::storage::test::readAll;
using attain::storage::test::TempFolder;
using attain::storage::test::writeAll;

namespace {

QString createDemo(const TempFolder &folder, const QString &name, std::uint64_t seed)
{
    engine::demo::Spec spec;
    spec.reps = 3;
    spec.years = 1;
    spec.seed = seed;
    spec.asOf = engine::makeDate(2026, 6, 30);
    const QString path = folder.path(name);
    const auto result = createDemoDatabase(path, spec);
    if (result.status != DemoDatabaseResult::Status::Created)
        throw std::runtime_error(result.message.toStdString());
    return path;
}

qlonglong count(const QString &path, const QString &table)
{
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened.database)
        return -1;
    return scalar(opened.database->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

} // namespace

TEST(Backup, CopiesAnOpenDatabaseConsistently)
{
    TempFolder folder;
    const QString path = createDemo(folder, QStringLiteral("live.attain"), 7);
    const QString copy = folder.path(QStringLiteral("copy.attain"));
    qlonglong deals = 0;
    {
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.database);
        deals = scalar(opened.database->connection(), QStringLiteral("SELECT count(*) FROM deals")).toLongLong();
        backupDatabase(opened.database->connection(), copy);
    }
    EXPECT_FALSE(QFile::exists(copy + QStringLiteral(".part")));
    auto backup = Database::open(copy, Database::Mode::OpenExisting);
    ASSERT_TRUE(backup.database) << backup.message.toStdString();
    EXPECT_EQ(backup.database->schemaVersion(), currentSchemaVersion());
    EXPECT_EQ(scalar(backup.database->connection(), QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);
    EXPECT_EQ(scalar(backup.database->connection(), QStringLiteral("SELECT count(*) FROM deals")).toLongLong(), deals);
    EXPECT_GT(deals, 0);
}

TEST(Backup, RefusesToOverwriteUnlessAsked)
{
    TempFolder folder;
    const QString path = createDemo(folder, QStringLiteral("live.attain"), 7);
    const QString copy = folder.path(QStringLiteral("copy.attain"));
    writeAll(copy, QByteArray("keep me"));
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    ASSERT_TRUE(opened.database);
    EXPECT_THROW(backupDatabase(opened.database->connection(), copy), StorageError);
    EXPECT_EQ(readAll(copy), QByteArray("keep me"));
    backupDatabase(opened.database->connection(), copy, Overwrite::Yes);
    EXPECT_TRUE(readAll(copy).startsWith("SQLite format 3"));
}

TEST(Backup, RestoreReplacesTheTarget)
{
    TempFolder folder;
    const QString small = createDemo(folder, QStringLiteral("backup.attain"), 1);
    const QString target = createDemo(folder, QStringLiteral("target.attain"), 2);
    // Make the two files different: empty the target's activities.
    {
        auto opened = Database::open(target, Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.database);
        execStatement(opened.database->connection(), QStringLiteral("DELETE FROM activities"));
    }
    ASSERT_EQ(count(target, QStringLiteral("activities")), 0);
    const qlonglong activities = count(small, QStringLiteral("activities"));
    ASSERT_GT(activities, 0);
    const QByteArray backupBytes = readAll(small);

    restoreDatabase(small, target);
    EXPECT_EQ(count(target, QStringLiteral("activities")), activities);
    EXPECT_FALSE(QFile::exists(target + QStringLiteral(".part")));
    EXPECT_EQ(readAll(small), backupBytes); // the backup itself is never changed
}

TEST(Backup, RestoreRefusesAFileThatIsNotAnAttainDatabase)
{
    TempFolder folder;
    const QString target = createDemo(folder, QStringLiteral("target.attain"), 2);
    const QString bogus = folder.path(QStringLiteral("bogus.attain"));
    writeAll(bogus, QByteArray("not a database at all\n"));
    const qlonglong deals = count(target, QStringLiteral("deals"));
    EXPECT_THROW(restoreDatabase(bogus, target), StorageError);
    EXPECT_THROW(restoreDatabase(folder.path(QStringLiteral("missing.attain")), target), StorageError);
    EXPECT_EQ(count(target, QStringLiteral("deals")), deals);
    EXPECT_FALSE(QFile::exists(target + QStringLiteral(".part")));
}

/// An older backup is migrated in the restored copy; the backup file stays at its version.
TEST(Backup, RestoreOfAnOlderSchemaMigratesTheCopyOnly)
{
    TempFolder folder;
    const QString backup = folder.path(QStringLiteral("v1.attain"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(ATTAIN_STORAGE_FIXTURES "/schema-v1.attain"), backup));
    QFile::setPermissions(backup, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(backup);
    const QString target = folder.path(QStringLiteral("target.attain"));
    restoreDatabase(backup, target);
    EXPECT_EQ(readAll(backup), before);
    auto opened = Database::open(target, Database::Mode::OpenExisting);
    ASSERT_TRUE(opened.database) << opened.message.toStdString();
    EXPECT_EQ(opened.database->schemaVersion(), currentSchemaVersion());
    EXPECT_FALSE(QFile::exists(target + QStringLiteral(".part.v1-backup")));
}
