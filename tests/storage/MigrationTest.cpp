#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"

#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace attain::storage;
using attain::storage::test::TempFolder;

TEST(Migrations, LadderIsOrderedWithoutGaps)
{
    int expected = 1;
    for (const Migration &step : migrations()) {
        EXPECT_EQ(step.version, expected);
        EXPECT_FALSE(step.statements.isEmpty());
        ++expected;
    }
    EXPECT_EQ(currentSchemaVersion(), expected - 1);
}

/// Every checked-in database of an older schema (fixtures/schema-vN.attain) must open, migrate
/// to the current version and keep its rows.
TEST(Migrations, EveryOlderFixtureMigratesToCurrent)
{
    const QDir fixtures(QStringLiteral(ATTAIN_STORAGE_FIXTURES));
    const QStringList files = fixtures.entryList({QStringLiteral("schema-v*.attain")}, QDir::Files);
    ASSERT_FALSE(files.isEmpty()) << "no migration fixtures found in " << ATTAIN_STORAGE_FIXTURES;
    // One fixture per released schema version: adding a migration means adding its fixture.
    EXPECT_EQ(files.size(), currentSchemaVersion());
    for (const QString &name : files) {
        SCOPED_TRACE(name.toStdString());
        TempFolder folder;
        const QString copy = folder.path(name);
        ASSERT_TRUE(QFile::copy(fixtures.filePath(name), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Database::open(copy, Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        EXPECT_EQ(opened.database->schemaVersion(), currentSchemaVersion());
        const QSqlDatabase db = opened.database->connection();
        EXPECT_GT(scalar(db, QStringLiteral("SELECT count(*) FROM deals")).toInt(), 0);
        EXPECT_GT(scalar(db, QStringLiteral("SELECT count(*) FROM targets")).toInt(), 0);
        EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    }
}

TEST(Migrations, StepwiseMigrationEqualsDirectMigration)
{
    TempFolder folder;
    const QString stepwisePath = folder.path(QStringLiteral("stepwise.attain"));
    const QString directPath = folder.path(QStringLiteral("direct.attain"));
    auto schemaOf = [](const QSqlDatabase &db) {
        QStringList rows;
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
        while (query.next())
            rows << query.value(0).toString() + query.value(1).toString() + query.value(2).toString();
        return rows;
    };
    QStringList stepwiseSchema, directSchema;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stepwise"));
        db.setDatabaseName(stepwisePath);
        ASSERT_TRUE(db.open());
        for (int version = 1; version <= currentSchemaVersion(); ++version)
            migrate(db, version - 1, version);
        EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), currentSchemaVersion());
        stepwiseSchema = schemaOf(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stepwise"));
    {
        auto opened = Database::open(directPath, Database::Mode::CreateIfMissing);
        ASSERT_TRUE(opened.database);
        directSchema = schemaOf(opened.database->connection());
    }
    EXPECT_FALSE(directSchema.isEmpty());
    EXPECT_EQ(stepwiseSchema, directSchema);
}
