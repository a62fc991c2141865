// TableExporter: the whitelist, the exact file (BOM, header, NULL, neutralised cells) and the
// atomic write.
#include "storage/TableExporter.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

using namespace attain::storage;
using attain::storage::test::TempFolder;

namespace {

class TableExporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_folder.path(QStringLiteral("e.attain")), Database::Mode::CreateIfMissing);
        ASSERT_TRUE(opened.database);
        m_database = std::move(opened.database);
        execStatement(m_database->connection(),
            QString::fromUtf8("INSERT INTO teams (id, code, name) VALUES ('t1', 'E', '华东, East'), "
                              "('t2', 'X', '=1+1')"));
    }

    TempFolder m_folder;
    std::unique_ptr<Database> m_database;
};

} // namespace

TEST_F(TableExporterTest, ListsTheSchemasTables)
{
    const QStringList tables = TableExporter::tables(m_database->connection());
    EXPECT_TRUE(tables.contains(QStringLiteral("deals")));
    EXPECT_TRUE(tables.contains(QStringLiteral("teams")));
    for (const QString &table : tables)
        EXPECT_FALSE(table.startsWith(QLatin1String("sqlite_")));
}

TEST_F(TableExporterTest, WritesHeaderRowsNullsAndNeutralisedCells)
{
    const QString out = m_folder.path(QStringLiteral("teams.csv"));
    test::writeAll(out, "old content");
    EXPECT_EQ(TableExporter::exportTable(m_database->connection(), QStringLiteral("teams"), out), 2);
    EXPECT_EQ(test::readAll(out),
        QByteArray("\xEF\xBB\xBF") + "id,code,name,region_id\r\n"
            + QString::fromUtf8("t1,E,\"华东, East\",\r\n").toUtf8() + "t2,X,'=1+1,\r\n");
    EXPECT_FALSE(QFile::exists(out + QLatin1String(".part")));
}

TEST_F(TableExporterTest, RefusesNamesOutsideTheSchema)
{
    const QString out = m_folder.path(QStringLiteral("x.csv"));
    for (const char *table : { "teams; DROP TABLE deals", "sqlite_master", "Teams", "" }) {
        try {
            (void)TableExporter::exportTable(m_database->connection(), QString::fromUtf8(table), out);
            ADD_FAILURE() << "accepted " << table;
        } catch (const StorageError &error) {
            EXPECT_TRUE(error.message().startsWith(QLatin1String("unknown table"))) << error.what();
        }
    }
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_TRUE(TableExporter::tables(m_database->connection()).contains(QStringLiteral("deals")));
}

TEST_F(TableExporterTest, FailedWriteLeavesNoPartialFile)
{
    const QString out = m_folder.path(QStringLiteral("missing-folder/teams.csv"));
    EXPECT_THROW(
        (void)TableExporter::exportTable(m_database->connection(), QStringLiteral("teams"), out), StorageError);
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_FALSE(QFile::exists(out + QLatin1String(".part")));
}

TEST_F(TableExporterTest, FailedRenameRemovesThePartialFile)
{
    const QString out = m_folder.path(QStringLiteral("a-folder"));
    ASSERT_TRUE(QDir().mkpath(out + QLatin1String("/inside")));
    EXPECT_THROW(
        (void)TableExporter::exportTable(m_database->connection(), QStringLiteral("teams"), out), StorageError);
    EXPECT_FALSE(QFile::exists(out + QLatin1String(".part")));
}
