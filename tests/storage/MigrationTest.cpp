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
    // One fixture per schema version older than the current one: adding migration N+1 means
    // first saving the fixture of N (fixtures/README.md). The current version has none yet.
    QStringList expected;
    for (int version = 1; version < currentSchemaVersion(); ++version)
        expected << QStringLiteral("schema-v%1.attain").arg(version);
    EXPECT_EQ(files, expected);
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

namespace {

/// Rows of `sql` as text, read from a file without migrating it (a plain connection).
QStringList rowsOfUnmigrated(const QString &path, const QString &sql)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(sql);
            while (query.next())
                rows << query.value(0).toString();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return rows;
}

} // namespace

/// Version 1 → 2 keeps every row and its values, turns customer_group text into
/// customer_groups rows, and leaves a backup of the version-1 file next to it.
TEST(Migrations, Version1FixtureKeepsItsValuesAndIsBackedUp)
{
    const QDir fixtures(QStringLiteral(ATTAIN_STORAGE_FIXTURES));
    TempFolder folder;
    const QString copy = folder.path(QStringLiteral("old.attain"));
    ASSERT_TRUE(QFile::copy(fixtures.filePath(QStringLiteral("schema-v1.attain")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    const QString customersV1 = QStringLiteral("SELECT id || '|' || name || '|' || coalesce(customer_group, '') "
                                               "FROM customers ORDER BY id");
    const QString dealsSql = QStringLiteral("SELECT id || '|' || amount_minor || '|' || stage || '|' || "
                                            "coalesce(closed_on, '') FROM deals ORDER BY id");
    const QString targetsSql = QStringLiteral("SELECT id || '|' || metric || '|' || scope_kind || '|' || value "
                                              "FROM targets ORDER BY id");
    const QStringList customersBefore = rowsOfUnmigrated(copy, customersV1);
    const QStringList dealsBefore = rowsOfUnmigrated(copy, dealsSql);
    const QStringList targetsBefore = rowsOfUnmigrated(copy, targetsSql);
    const QStringList originalsExpected =
        rowsOfUnmigrated(copy, QStringLiteral("SELECT id || '|' || value || '|0|-' FROM targets ORDER BY id"));
    ASSERT_FALSE(customersBefore.isEmpty());
    ASSERT_FALSE(originalsExpected.isEmpty());

    {
        auto opened = Database::open(copy, Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        EXPECT_EQ(opened.database->schemaVersion(), currentSchemaVersion());
    }
    EXPECT_EQ(rowsOfUnmigrated(copy, dealsSql), dealsBefore);
    EXPECT_EQ(rowsOfUnmigrated(copy, targetsSql), targetsBefore);
    EXPECT_EQ(rowsOfUnmigrated(copy, QStringLiteral(
                                         "SELECT c.id || '|' || c.name || '|' || coalesce(g.name, '') FROM customers c "
                                         "LEFT JOIN customer_groups g ON g.id = c.group_id ORDER BY c.id")),
              customersBefore);
    EXPECT_EQ(rowsOfUnmigrated(copy, QStringLiteral("SELECT name FROM customer_groups ORDER BY name")),
              (QStringList{QStringLiteral("enterprise"), QStringLiteral("public"), QStringLiteral("smb")}));
    EXPECT_EQ(rowsOfUnmigrated(copy, QStringLiteral("SELECT count(*) FROM targets WHERE created_at IS NULL")),
              QStringList{QStringLiteral("0")});
    // Version 3: without revisions, a target's original value is its value; nothing is locked.
    EXPECT_EQ(rowsOfUnmigrated(copy, QStringLiteral("SELECT id || '|' || original_value || '|' || locked || '|' || "
                                                    "coalesce(review_cadence, '-') FROM targets ORDER BY id")),
              originalsExpected);

    // The automatic copy taken before migrating is the version-1 file, rows and all.
    const QString backup = copy + QStringLiteral(".v1-backup");
    ASSERT_TRUE(QFile::exists(backup));
    EXPECT_EQ(rowsOfUnmigrated(backup, QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("1")});
    EXPECT_EQ(rowsOfUnmigrated(backup, QStringLiteral("PRAGMA application_id")),
              QStringList{QString::number(kApplicationId)});
    EXPECT_EQ(rowsOfUnmigrated(backup, customersV1), customersBefore);
    EXPECT_EQ(rowsOfUnmigrated(backup, dealsSql), dealsBefore);

    // Opening the migrated file again takes no further copy.
    {
        auto reopened = Database::open(copy, Database::Mode::OpenExisting);
        ASSERT_TRUE(reopened.database);
    }
    EXPECT_EQ(QDir(folder.path(QString())).entryList({QStringLiteral("*backup*")}, QDir::Files).size(), 1);
}

/// Version 2 → 3 keeps the rows of every table version 2 introduced and backfills the new target
/// columns: the original value is the old value of a target's earliest approved revision (the
/// fixture's company target has one, 100 → 200, while its value is 2551600000), else its value;
/// nothing is locked, no cadence or verdict is set and the note is empty.
TEST(Migrations, Version2FixtureBackfillsTheOriginalValue)
{
    const QDir fixtures(QStringLiteral(ATTAIN_STORAGE_FIXTURES));
    TempFolder folder;
    const QString copy = folder.path(QStringLiteral("v2.attain"));
    ASSERT_TRUE(QFile::copy(fixtures.filePath(QStringLiteral("schema-v2.attain")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    const QStringList tables{QStringLiteral("target_revisions"), QStringLiteral("exchange_rates"),
                             QStringLiteral("market_figures"),   QStringLiteral("reviews"),
                             QStringLiteral("action_items"),     QStringLiteral("incentive_plans"),
                             QStringLiteral("scorecards"),       QStringLiteral("scorecard_items"),
                             QStringLiteral("training_records"), QStringLiteral("customer_groups"),
                             QStringLiteral("targets")};
    const auto counts = [&](const QString &path) {
        QStringList result;
        for (const QString &table : tables)
            result << table + QLatin1Char('=') + rowsOfUnmigrated(path, QStringLiteral("SELECT count(*) FROM ") + table)
                                                     .value(0);
        return result;
    };
    const QStringList countsBefore = counts(copy);
    const QString valuesSql = QStringLiteral("SELECT id || '|' || value FROM targets ORDER BY id");
    const QStringList valuesBefore = rowsOfUnmigrated(copy, valuesSql);
    const QStringList revised = rowsOfUnmigrated(
        copy, QStringLiteral("SELECT target_id || '|' || old_value FROM target_revisions WHERE status = 'approved'"));
    ASSERT_EQ(revised.size(), 1);
    const QString company = revised.front().section(QLatin1Char('|'), 0, 0);
    ASSERT_EQ(revised.front(), company + QStringLiteral("|100"));
    QStringList expectedOriginals;
    for (const QString &row : valuesBefore)
        expectedOriginals << (row.startsWith(company + QLatin1Char('|')) ? company + QStringLiteral("|100") : row);
    ASSERT_NE(expectedOriginals, valuesBefore); // the company's value is not its original

    {
        auto opened = Database::open(copy, Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        EXPECT_EQ(opened.database->schemaVersion(), currentSchemaVersion());
    }
    EXPECT_EQ(counts(copy), countsBefore);
    EXPECT_EQ(rowsOfUnmigrated(copy, valuesSql), valuesBefore);
    EXPECT_EQ(rowsOfUnmigrated(copy, QStringLiteral("SELECT id || '|' || original_value FROM targets ORDER BY id")),
              expectedOriginals);
    EXPECT_EQ(rowsOfUnmigrated(copy, QStringLiteral("SELECT count(*) FROM targets WHERE locked = 0 AND locked_by IS "
                                                    "NULL AND locked_at IS NULL AND review_cadence IS NULL AND "
                                                    "achievability_verdict IS NULL AND achievability_note = ''")),
              rowsOfUnmigrated(copy, QStringLiteral("SELECT count(*) FROM targets")));
    EXPECT_TRUE(QFile::exists(copy + QStringLiteral(".v2-backup")));
}

/// The version-3 columns keep their rules whoever writes: an insert that leaves original_value
/// out gets the inserted value, NULL is refused later, and locked and review_cadence only take
/// their keys.
TEST(Migrations, Version3ColumnsKeepTheirRulesForEveryWriter)
{
    TempFolder folder;
    auto opened = Database::open(folder.path(QStringLiteral("new.attain")), Database::Mode::CreateIfMissing);
    ASSERT_TRUE(opened.database);
    const QSqlDatabase db = opened.database->connection();
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(QStringLiteral(
        "INSERT INTO targets (id, metric, scope_kind, title, period_start, period_end, period_label, value) "
        "VALUES ('t1', 'revenue', 'company', 'Company', '2026-01-01', '2026-12-31', '2026', 4200)")));
    ASSERT_TRUE(query.exec(QStringLiteral(
        "INSERT INTO targets (id, metric, scope_kind, title, period_start, period_end, period_label, value, "
        "original_value) VALUES ('t2', 'revenue', 'company', 'Company', '2027-01-01', '2027-12-31', '2027', 50, 40)")));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT original_value FROM targets WHERE id = 't1'")).toLongLong(), 4200);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT original_value FROM targets WHERE id = 't2'")).toLongLong(), 40);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT locked || '|' || achievability_note FROM targets WHERE id = 't1'"))
                  .toString(),
              QStringLiteral("0|"));

    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE targets SET original_value = NULL WHERE id = 't1'")));
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE targets SET locked = 2 WHERE id = 't1'")));
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE targets SET review_cadence = 'daily' WHERE id = 't1'")));
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE targets SET achievability_note = NULL WHERE id = 't1'")));
    EXPECT_TRUE(query.exec(QStringLiteral("UPDATE targets SET review_cadence = 'biweekly', locked = 1 WHERE id = 't1'")));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT original_value || '|' || review_cadence || '|' || locked FROM targets "
                                        "WHERE id = 't1'"))
                  .toString(),
              QStringLiteral("4200|biweekly|1"));
}

/// A second migration of another copy under the same name keeps the first backup and writes a
/// timestamped one.
TEST(Migrations, ExistingBackupIsNeverOverwritten)
{
    const QDir fixtures(QStringLiteral(ATTAIN_STORAGE_FIXTURES));
    TempFolder folder;
    const QString copy = folder.path(QStringLiteral("old.attain"));
    const QString firstBackup = copy + QStringLiteral(".v1-backup");
    attain::storage::test::writeAll(firstBackup, QByteArray("earlier backup"));
    ASSERT_TRUE(QFile::copy(fixtures.filePath(QStringLiteral("schema-v1.attain")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto opened = Database::open(copy, Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
    }
    EXPECT_EQ(attain::storage::test::readAll(firstBackup), QByteArray("earlier backup"));
    const QStringList backups =
        QDir(folder.path(QString())).entryList({QStringLiteral("old.attain.v1-backup-*")}, QDir::Files);
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(rowsOfUnmigrated(folder.path(backups.front()), QStringLiteral("PRAGMA user_version")),
              QStringList{QStringLiteral("1")});
}

/// A new, empty database is created at the current version without any backup.
TEST(Migrations, NewDatabaseGetsNoBackup)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("new.attain"));
    {
        auto opened = Database::open(path, Database::Mode::CreateIfMissing);
        ASSERT_TRUE(opened.database);
    }
    EXPECT_TRUE(QDir(folder.path(QString())).entryList({QStringLiteral("*backup*")}, QDir::Files).isEmpty());
}

/// Schema 3's target columns (a lock, a cadence, a verdict and its note, an original value below
/// the value) come through migration 4 unchanged, and the dashboard facts are built on opening.
TEST(Migrations, Version3FixtureKeepsLocksAndOriginalValues)
{
    const QDir fixtures(QStringLiteral(ATTAIN_STORAGE_FIXTURES));
    TempFolder folder;
    const QString copy = folder.path(QStringLiteral("v3.attain"));
    ASSERT_TRUE(QFile::copy(fixtures.filePath(QStringLiteral("schema-v3.attain")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto opened = Database::open(copy, Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        EXPECT_EQ(opened.database->schemaVersion(), currentSchemaVersion());
        const QSqlDatabase db = opened.database->connection();
        EXPECT_GT(scalar(db, QStringLiteral("SELECT count(*) FROM deal_facts_monthly")).toInt(), 0);
    }
    EXPECT_EQ(rowsOfUnmigrated(copy, QStringLiteral("SELECT locked_by || '|' || review_cadence || '|' || "
                                                    "achievability_verdict || '|' || achievability_note FROM targets "
                                                    "WHERE locked = 1")),
              QStringList{QStringLiteral("manager|biweekly|stretch|New flagship product")});
    EXPECT_EQ(rowsOfUnmigrated(copy, QStringLiteral("SELECT original_value || '|' || value FROM targets "
                                                    "WHERE original_value <> value")),
              QStringList{QStringLiteral("2500000000|2551600000")});
}

/// Schema 4's reviews and action items come through migration 5 with the new columns filled:
/// earlier reviews were held, a done item is 'done' and an open one 'open', each item was created
/// on its review's date, and the default workload norm is in place.
TEST(Migrations, Version4FixtureKeepsReviewsAndActionItems)
{
    const QDir fixtures(QStringLiteral(ATTAIN_STORAGE_FIXTURES));
    TempFolder folder;
    const QString copy = folder.path(QStringLiteral("v4.attain"));
    ASSERT_TRUE(QFile::copy(fixtures.filePath(QStringLiteral("schema-v4.attain")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto opened = Database::open(copy, Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        EXPECT_EQ(opened.database->schemaVersion(), currentSchemaVersion());
    }
    EXPECT_EQ(rowsOfUnmigrated(copy, QStringLiteral("SELECT kind || '|' || status || '|' || notes FROM reviews "
                                                    "ORDER BY held_on")),
              (QStringList{QStringLiteral("team_meeting|held|East pipeline thin"), QStringLiteral("one_on_one|held|")}));
    EXPECT_EQ(rowsOfUnmigrated(copy, QStringLiteral("SELECT text || '|' || status || '|' || created_on "
                                                    "FROM action_items ORDER BY text")),
              (QStringList{QStringLiteral("Book three demos|open|2026-03-09"),
                           QStringLiteral("Call lapsed customers|done|2026-03-09")}));
    EXPECT_EQ(rowsOfUnmigrated(copy, QStringLiteral("SELECT notes || '|' || resolution || '|' || "
                                                    "coalesce(resolved_on, '-') FROM feedback WHERE complaint = 1")),
              QStringList{QStringLiteral("Late delivery||-")});
    EXPECT_EQ(rowsOfUnmigrated(copy, QStringLiteral("SELECT activity_type || '|' || weekly_count || '|' || "
                                                    "weekly_minutes FROM workload_norms")),
              QStringList{QStringLiteral("|10|480")});
}
