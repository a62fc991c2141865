#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace attain::storage;
using attain::storage::test::TempFolder;
using attain::storage::test::readAll;
using attain::storage::test::writeAll;

namespace {

void insertTeam(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query = prepare(db, QStringLiteral("INSERT INTO teams (id, code, name) VALUES (?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(id);
    query.addBindValue(QString(QStringLiteral("Team ") + id));
    exec(query);
}

} // namespace

TEST(Database, CreatesNewDatabaseAtCurrentVersionWithSafePragmas)
{
    TempFolder folder;
    auto opened = Database::open(folder.path(QStringLiteral("new.attain")), Database::Mode::CreateIfMissing);
    ASSERT_TRUE(opened.database) << opened.message.toStdString();
    const QSqlDatabase db = opened.database->connection();
    EXPECT_EQ(opened.database->schemaVersion(), currentSchemaVersion());
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

TEST(Database, ReopensExistingDatabase)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("a.attain"));
    {
        auto opened = Database::open(path, Database::Mode::CreateIfMissing);
        ASSERT_TRUE(opened.database);
        insertTeam(opened.database->connection(), QStringLiteral("t1"));
    }
    auto reopened = Database::open(path, Database::Mode::OpenExisting);
    ASSERT_TRUE(reopened.database) << reopened.message.toStdString();
    EXPECT_EQ(scalar(reopened.database->connection(), QStringLiteral("SELECT count(*) FROM teams")).toInt(), 1);
}

TEST(Database, MissingFileIsReportedAndNotCreated)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("missing.attain"));
    const auto opened = Database::open(path, Database::Mode::OpenExisting);
    EXPECT_FALSE(opened.database);
    EXPECT_EQ(opened.error, Database::Error::NotFound);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(Database, TextFileIsRefusedAndLeftUnchanged)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("notes.attain"));
    const QByteArray content("team,revenue\nEast,100\n");
    writeAll(path, content);
    const auto opened = Database::open(path, Database::Mode::OpenExisting);
    EXPECT_EQ(opened.error, Database::Error::NotAttain);
    EXPECT_TRUE(opened.message.contains(QStringLiteral("not an Attain database")));
    EXPECT_EQ(readAll(path), content);
}

TEST(Database, EmptyFileIsNotAnAttainDatabase)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("empty.attain"));
    writeAll(path, {});
    const auto opened = Database::open(path, Database::Mode::OpenExisting);
    EXPECT_EQ(opened.error, Database::Error::NotAttain);
    EXPECT_EQ(readAll(path).size(), 0);
}

TEST(Database, ForeignSqliteDatabaseIsRefusedAndLeftUnchanged)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        execStatement(db, QStringLiteral("CREATE TABLE songs (title TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = readAll(path);
    const auto opened = Database::open(path, Database::Mode::OpenExisting);
    EXPECT_EQ(opened.error, Database::Error::NotAttain);
    EXPECT_EQ(readAll(path), before);
}

TEST(Database, NewerSchemaIsRefusedAndLeftUnchanged)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("future.attain"));
    {
        auto opened = Database::open(path, Database::Mode::CreateIfMissing);
        ASSERT_TRUE(opened.database);
        const QSqlDatabase db = opened.database->connection();
        execStatement(db, QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 1));
        execStatement(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    const QByteArray before = readAll(path);
    const auto opened = Database::open(path, Database::Mode::OpenExisting);
    EXPECT_EQ(opened.error, Database::Error::TooNew);
    EXPECT_TRUE(opened.message.contains(QStringLiteral("newer version")));
    EXPECT_EQ(readAll(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Database, CorruptFileIsRefusedAndLeftUnchanged)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("corrupt.attain"));
    QByteArray bytes("SQLite format 3\0", 16);
    bytes.append(QByteArray(4096, '\x5a'));
    writeAll(path, bytes);
    const auto opened = Database::open(path, Database::Mode::OpenExisting);
    EXPECT_FALSE(opened.database);
    EXPECT_TRUE(opened.error == Database::Error::Corrupt || opened.error == Database::Error::CannotOpen)
        << opened.message.toStdString();
    EXPECT_EQ(readAll(path), bytes);
}

TEST(Database, ForeignKeysAreEnforced)
{
    TempFolder folder;
    auto opened = Database::open(folder.path(QStringLiteral("fk.attain")), Database::Mode::CreateIfMissing);
    ASSERT_TRUE(opened.database);
    QSqlQuery query = prepare(opened.database->connection(),
                              QStringLiteral("INSERT INTO reps (id, team_id, name, role, start_date) "
                                             "VALUES ('r1', 'no-such-team', 'x', 'rep', '2026-01-01')"));
    EXPECT_THROW(exec(query), StorageError);
}

TEST(Transaction, RollsBackWhenNotCommitted)
{
    TempFolder folder;
    auto opened = Database::open(folder.path(QStringLiteral("tx.attain")), Database::Mode::CreateIfMissing);
    ASSERT_TRUE(opened.database);
    const QSqlDatabase db = opened.database->connection();
    EXPECT_THROW(
        {
            Transaction transaction(db);
            insertTeam(db, QStringLiteral("t1"));
            insertTeam(db, QStringLiteral("t1")); // duplicate id: throws before commit
            transaction.commit();
        },
        StorageError);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM teams")).toInt(), 0);
}

TEST(Transaction, CommitKeepsTheWork)
{
    TempFolder folder;
    auto opened = Database::open(folder.path(QStringLiteral("tx2.attain")), Database::Mode::CreateIfMissing);
    ASSERT_TRUE(opened.database);
    const QSqlDatabase db = opened.database->connection();
    {
        Transaction transaction(db);
        insertTeam(db, QStringLiteral("t1"));
        transaction.commit();
    }
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM teams")).toInt(), 1);
}
