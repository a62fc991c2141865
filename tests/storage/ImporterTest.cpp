#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/import/Importer.h"

#include "TableChecksum.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <QSqlQuery>

#include <memory>

using namespace attain::storage;
using namespace attain::storage::import;
using attain::storage::test::TableChecksum;
using attain::storage::test::TempFolder;
using attain::storage::test::seedImportReferences;

namespace {

QString u(const char16_t *text)
{
    return QString::fromUtf16(text);
}

class ImporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_folder.path(QStringLiteral("import.attain")), Database::Mode::CreateIfMissing);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        m_database = std::move(opened.database);
        seedImportReferences(m_database->connection());
    }

    [[nodiscard]] QSqlDatabase db() const { return m_database->connection(); }

    /// Imports `rows` (the first is the header, on line 1) as `kind`.
    ImportReport import(ImportKind kind, const QList<QStringList> &rows, ImportOptions options = {})
    {
        CsvRecord header{rows.front(), 1};
        qsizetype next = 1;
        const Importer::RecordSource source = [&](CsvRecord &record) {
            if (next >= rows.size())
                return false;
            record.fields = rows[next];
            record.line = next + 1;
            ++next;
            return true;
        };
        return Importer(db()).run(kind, header, source, options);
    }

    [[nodiscard]] qint64 count(const QString &table) const
    {
        return scalar(db(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
    }

    TempFolder m_folder;
    std::unique_ptr<Database> m_database;
};

const QStringList kDealHeader{u(u"客户"), u(u"金额"), u(u"成交日期"), u(u"销售"), u(u"阶段")};

QList<QStringList> goodDeals()
{
    return {kDealHeader,
            {QStringLiteral("Acme"), QStringLiteral("1,234.50"), QStringLiteral("2026-03-05"), QStringLiteral("Alice Wang"),
             u(u"赢单")},
            {u(u"新客户"), u(u"¥2万"), QStringLiteral("2026/3/6"), QStringLiteral("li@example.com"), u(u"成交")},
            {QStringLiteral("Acme"), QStringLiteral("(10.00)"), QStringLiteral("2026.03.07"), QStringLiteral("r2"),
             u(u"丢单")}};
}

std::string describe(const ImportReport &report)
{
    std::string text;
    for (const CsvProblem &p : report.problems)
        text += std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + p.message.toStdString() + "\n";
    return text;
}

} // namespace

TEST_F(ImporterTest, ImportsDealsWithChineseHeadersAndCreatesUnknownCustomers)
{
    const ImportReport report = import(ImportKind::Deals, goodDeals());
    ASSERT_TRUE(report.ok()) << describe(report);
    EXPECT_TRUE(report.committed);
    EXPECT_EQ(report.rowsRead, 3);
    EXPECT_EQ(report.inserted, 3);
    EXPECT_EQ(report.customersCreated, 1);
    EXPECT_EQ(count(QStringLiteral("deals")), 3);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT sum(amount_minor) FROM deals")).toLongLong(), 123450 + 2000000 - 1000);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM deals WHERE team_id = 't1' AND currency = 'CNY' "
                                          "AND created_on = closed_on")).toInt(), 3);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT stage FROM deals WHERE amount_minor < 0")).toString(),
              QStringLiteral("lost"));
    EXPECT_EQ(count(QStringLiteral("customers")), 2);
    ASSERT_EQ(report.previewRows.size(), 3);
    EXPECT_EQ(report.previewColumns.front(), QStringLiteral("id"));
}

TEST_F(ImporterTest, DryRunWritesNothing)
{
    const TableChecksum before = TableChecksum::of(db());
    ImportOptions options;
    options.dryRun = true;
    const ImportReport report = import(ImportKind::Deals, goodDeals(), options);
    EXPECT_TRUE(report.ok()) << describe(report);
    EXPECT_FALSE(report.committed);
    EXPECT_EQ(report.inserted, 3);
    EXPECT_EQ(report.customersCreated, 1);
    EXPECT_EQ(TableChecksum::of(db()), before);
}

TEST_F(ImporterTest, ReimportIsIdempotent)
{
    ASSERT_TRUE(import(ImportKind::Deals, goodDeals()).ok());
    const TableChecksum after = TableChecksum::of(db());
    const ImportReport again = import(ImportKind::Deals, goodDeals());
    EXPECT_TRUE(again.ok()) << describe(again);
    EXPECT_EQ(again.inserted, 0);
    EXPECT_EQ(again.updated, 3);
    EXPECT_EQ(again.customersCreated, 0);
    EXPECT_EQ(TableChecksum::of(db()), after);
}

TEST_F(ImporterTest, OneBadRowWritesNothing)
{
    QList<QStringList> rows = goodDeals();
    rows.append({QStringLiteral("Acme"), QStringLiteral("12.345"), QStringLiteral("2026-03-08"),
                 QStringLiteral("Alice Wang"), QStringLiteral("won")});
    const TableChecksum before = TableChecksum::of(db());
    const ImportReport report = import(ImportKind::Deals, rows);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems[0].line, 5);
    EXPECT_EQ(report.problems[0].column, 2);
    EXPECT_EQ(report.problems[0].message, QStringLiteral("more than 2 decimals: '12.345'"));
    EXPECT_FALSE(report.committed);
    EXPECT_EQ(TableChecksum::of(db()), before);
}

TEST_F(ImporterTest, SkipBadLinesWritesTheGoodRows)
{
    QList<QStringList> rows = goodDeals();
    rows.insert(2, {QStringLiteral("Acme"), QStringLiteral("5"), QStringLiteral("2026-02-30"),
                    QStringLiteral("Alice Wang"), QStringLiteral("won")});
    rows.append({QStringLiteral("Acme"), QStringLiteral("5"), QStringLiteral("2026-03-09"), QStringLiteral("Nobody"),
                 QStringLiteral("won")});
    ImportOptions options;
    options.skipBadLines = true;
    const ImportReport report = import(ImportKind::Deals, rows, options);
    EXPECT_TRUE(report.committed);
    EXPECT_EQ(report.inserted, 3);
    EXPECT_EQ(report.skipped, 2);
    EXPECT_EQ(report.skippedLines, (QList<qint64>{3, 6}));
    EXPECT_EQ(count(QStringLiteral("deals")), 3);
}

TEST_F(ImporterTest, UnknownRepIsAnErrorWithLineAndColumn)
{
    const ImportReport report = import(ImportKind::Deals, {kDealHeader,
                                                           {QStringLiteral("Acme"), QStringLiteral("5"),
                                                            QStringLiteral("2026-03-05"), QStringLiteral("x"),
                                                            QStringLiteral("won")}});
    ASSERT_EQ(report.problems.size(), 1) << describe(report);
    EXPECT_EQ(report.problems[0].line, 2);
    EXPECT_EQ(report.problems[0].column, 4);
    EXPECT_EQ(report.problems[0].message, QStringLiteral("unknown rep 'x'"));
    EXPECT_EQ(count(QStringLiteral("deals")), 0);
}

TEST_F(ImporterTest, DuplicateIdsInTheFileAreReported)
{
    const QStringList header{QStringLiteral("id"), QStringLiteral("owner"), QStringLiteral("amount"),
                             QStringLiteral("close date")};
    const ImportReport report = import(ImportKind::Deals,
                                       {header,
                                        {QStringLiteral("D-1"), QStringLiteral("r1"), QStringLiteral("1"), QStringLiteral("2026-01-01")},
                                        {QStringLiteral("D-2"), QStringLiteral("r1"), QStringLiteral("2"), QStringLiteral("2026-01-01")},
                                        {QStringLiteral("D-1"), QStringLiteral("r2"), QStringLiteral("3"), QStringLiteral("2026-01-02")}});
    ASSERT_EQ(report.problems.size(), 1) << describe(report);
    EXPECT_EQ(report.problems[0].line, 4);
    EXPECT_EQ(report.problems[0].column, 1);
    EXPECT_EQ(report.problems[0].message, QStringLiteral("duplicate id 'D-1' (also on line 2)"));
    EXPECT_EQ(count(QStringLiteral("deals")), 0);
}

TEST_F(ImporterTest, SameNaturalKeyTwiceWithoutIdsIsReported)
{
    QList<QStringList> rows = goodDeals();
    rows.append(rows[1]);
    const ImportReport report = import(ImportKind::Deals, rows);
    ASSERT_EQ(report.problems.size(), 1) << describe(report);
    EXPECT_EQ(report.problems[0].line, 5);
    EXPECT_TRUE(report.problems[0].message.startsWith(QStringLiteral("same row as line 2")));
}

TEST_F(ImporterTest, MissingRequiredColumnStopsBeforeReading)
{
    bool read = false;
    const Importer::RecordSource source = [&](CsvRecord &) { return read = true, false; };
    const ImportReport report = Importer(db()).run(ImportKind::Deals, {{QStringLiteral("customer")}, 1}, source, {});
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_FALSE(read);
}

TEST_F(ImporterTest, WonDealNeedsACloseDateAndStagesAreChecked)
{
    const ImportReport report = import(ImportKind::Deals, {kDealHeader,
                                                           {QStringLiteral("Acme"), QStringLiteral("5"), QString(),
                                                            QStringLiteral("r1"), QStringLiteral("won")},
                                                           {QStringLiteral("Acme"), QStringLiteral("5"),
                                                            QStringLiteral("2026-01-01"), QStringLiteral("r1"),
                                                            QStringLiteral("maybe")}});
    ASSERT_EQ(report.problems.size(), 2) << describe(report);
    EXPECT_EQ(report.problems[0].message, QStringLiteral("a won deal needs a close date"));
    EXPECT_EQ(report.problems[0].column, 3);
    EXPECT_EQ(report.problems[1].column, 5);
}

TEST_F(ImporterTest, CustomersRepsActivitiesAndTargets)
{
    ImportReport report = import(ImportKind::Customers, {{u(u"客户名称"), u(u"客户分组")},
                                                         {QStringLiteral("Acme"), QStringLiteral("key")},
                                                         {QStringLiteral("Beta"), QStringLiteral("smb")}});
    EXPECT_TRUE(report.ok()) << describe(report);
    EXPECT_EQ(report.inserted, 1); // Acme exists: matched by name
    EXPECT_EQ(report.updated, 1);
    // Groups are created by name, once, in the same transaction.
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT g.name FROM customers c JOIN customer_groups g ON g.id = c.group_id "
                                          "WHERE c.id = 'c1'")).toString(),
              QStringLiteral("key"));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM customer_groups WHERE name IN ('key', 'smb')")).toInt(), 2);
    report = import(ImportKind::Customers, {{u(u"客户名称"), u(u"客户分组")}, {QStringLiteral("Gamma"), QStringLiteral("KEY")}});
    EXPECT_TRUE(report.ok()) << describe(report);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM customer_groups WHERE lower(name) = 'key'")).toInt(), 1);

    report = import(ImportKind::Reps, {{u(u"姓名"), u(u"邮箱"), u(u"团队"), u(u"角色"), u(u"入职日期")},
                                       {u(u"张伟"), QStringLiteral("zw@example.com"), QStringLiteral("EAST"),
                                        u(u"经理"), u(u"2025年1月2日")}});
    EXPECT_TRUE(report.ok()) << describe(report);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT role || start_date || team_id FROM reps WHERE email = "
                                          "'zw@example.com'")).toString(),
              QStringLiteral("manager2025-01-02t1"));

    report = import(ImportKind::Activities, {{QStringLiteral("rep"), QStringLiteral("customer"), QStringLiteral("type"),
                                              QStringLiteral("date"), QStringLiteral("minutes")},
                                             {QStringLiteral("Alice Wang"), QStringLiteral("Beta"),
                                              QStringLiteral("call"), QStringLiteral("2026-03-05"), QStringLiteral("30")}});
    EXPECT_TRUE(report.ok()) << describe(report);
    EXPECT_EQ(count(QStringLiteral("activities")), 1);

    report = import(ImportKind::Targets, {{QStringLiteral("id"), QStringLiteral("parent"), QStringLiteral("metric"),
                                           QStringLiteral("scope kind"), QStringLiteral("scope"), QStringLiteral("start"),
                                           QStringLiteral("end"), QStringLiteral("target")},
                                          {QStringLiteral("T1"), QString(), QStringLiteral("revenue"),
                                           QStringLiteral("team"), QStringLiteral("t1"), QStringLiteral("2026-01-01"),
                                           QStringLiteral("2026-12-31"), u(u"500万")},
                                          {QStringLiteral("T2"), QStringLiteral("T1"), QStringLiteral("revenue"),
                                           QStringLiteral("rep"), QStringLiteral("r1"), QStringLiteral("2026-01-01"),
                                           QStringLiteral("2026-12-31"), u(u"100万")}});
    EXPECT_TRUE(report.ok()) << describe(report);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT value FROM targets WHERE id = 'T1'")).toLongLong(), 500000000LL);
}
