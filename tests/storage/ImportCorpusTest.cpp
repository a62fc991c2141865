// Every file of the bad-CSV corpus, imported as deals: the expected line-numbered problem, and
// not a single table changed (row counts and content hashes compared before and after).
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/import/CsvImport.h"

#include "TableChecksum.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <QFile>

#include <memory>

using namespace attain::storage;
using namespace attain::storage::import;
using attain::storage::test::TableChecksum;
using attain::storage::test::TempFolder;
using attain::storage::test::seedImportReferences;

namespace {

struct Case
{
    const char *file; ///< relative to tests/data
    qint64 line;
    int column;
    const char *message; ///< the first problem's message starts with this
    std::optional<QString> encoding{};
};

// Names the case by its file in test listings (the default prints the struct's bytes).
void PrintTo(const Case &c, std::ostream *os)
{
    *os << c.file;
}

class ImportCorpusTest : public ::testing::TestWithParam<Case>
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_folder.path(QStringLiteral("corpus.attain")), Database::Mode::CreateIfMissing);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        m_database = std::move(opened.database);
        seedImportReferences(m_database->connection());
    }

    static QByteArray read(const char *relative)
    {
        QFile file(QStringLiteral(ATTAIN_TEST_DATA "/") + QLatin1String(relative));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << relative;
        return file.readAll();
    }

    TempFolder m_folder;
    std::unique_ptr<Database> m_database;
};

TEST_P(ImportCorpusTest, BadFileIsReportedAndChangesNothing)
{
    const Case &c = GetParam();
    const QSqlDatabase db = m_database->connection();
    const TableChecksum before = TableChecksum::of(db);
    CsvReader::Options csv;
    csv.encoding = c.encoding;
    for (const bool skipBadLines : {false, true}) {
        ImportOptions options;
        options.skipBadLines = skipBadLines;
        const ImportReport report = importCsv(db, read(c.file), ImportKind::Deals, options, csv);
        ASSERT_FALSE(report.problems.isEmpty()) << c.file;
        const CsvProblem &first = report.problems.front();
        EXPECT_EQ(first.line, c.line) << c.file << ": " << first.message.toStdString();
        EXPECT_EQ(first.column, c.column) << c.file << ": " << first.message.toStdString();
        EXPECT_TRUE(first.message.startsWith(QString::fromUtf8(c.message)))
            << c.file << ": " << first.message.toStdString();
        // With skipBadLines the good rows of a readable file are written; a broken file never is.
        if (!skipBadLines || report.fileBroken) {
            EXPECT_FALSE(report.committed) << c.file;
            EXPECT_EQ(TableChecksum::of(db), before) << c.file;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, ImportCorpusTest,
    ::testing::Values(Case{"import/bad_date.csv", 3, 3, "no such date: '2026-02-30'"},
                      Case{"import/bad_amount.csv", 3, 2, "not an amount: '12,34.5'"},
                      Case{"import/unknown_rep.csv", 2, 4, "unknown rep 'Nobody'"},
                      Case{"import/duplicate_id.csv", 4, 1, "duplicate id 'D1' (also on line 2)"},
                      Case{"import/ragged.csv", 3, 0, "expected 5 fields as in the header, found 4"},
                      Case{"import/truncated_quote.csv", 4, 1, "unterminated quoted field"},
                      Case{"csv/empty.csv", 0, 0, "the file is empty"},
                      Case{"csv/whitespace_only.csv", 0, 0, "the file contains only whitespace"},
                      Case{"csv/binary.csv", 0, 0, "not a text file"},
                      Case{"csv/not_gb18030.csv", 2, 3, "bytes that are neither UTF-8 nor GB18030"},
                      Case{"csv/gbk_chinese.csv", 1, 1, "bytes that are not valid UTF-8", QStringLiteral("UTF-8")}),
    [](const ::testing::TestParamInfo<Case> &info) {
        std::string name = info.param.file;
        for (char &ch : name)
            if (!std::isalnum(static_cast<unsigned char>(ch)))
                ch = '_';
        return name;
    });

TEST_F(ImportCorpusTest, GoodFileImportsAndReimportAddsNothing)
{
    const QSqlDatabase db = m_database->connection();
    const ImportReport first = importCsv(db, read("import/good_deals.csv"), ImportKind::Deals, {});
    EXPECT_TRUE(first.ok());
    EXPECT_TRUE(first.committed);
    EXPECT_EQ(first.inserted, 2);
    const TableChecksum after = TableChecksum::of(db);
    const ImportReport again = importCsv(db, read("import/good_deals.csv"), ImportKind::Deals, {});
    EXPECT_EQ(again.inserted, 0);
    EXPECT_EQ(TableChecksum::of(db), after);
    const ImportReport empty = importCsv(db, read("import/header_only.csv"), ImportKind::Deals, {});
    EXPECT_TRUE(empty.ok());
    EXPECT_EQ(empty.rowsRead, 0);
}

} // namespace
