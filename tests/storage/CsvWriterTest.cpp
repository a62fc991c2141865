// CsvWriter: exact bytes, the formula-neutralisation rule, and a writer → reader round trip.
#include "storage/CsvWriter.h"
#include "storage/CsvReader.h"

#include <gtest/gtest.h>

#include <QBuffer>

using attain::storage::CsvReader;
using attain::storage::CsvRecord;
using attain::storage::CsvWriter;

namespace {

QByteArray write(const QList<QStringList> &rows, const CsvWriter::Options &options = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, options);
    for (const QStringList &row : rows)
        EXPECT_TRUE(writer.writeRow(row));
    return bytes;
}

QStringList row(std::initializer_list<const char *> utf8)
{
    QStringList list;
    for (const char *field : utf8)
        list.append(QString::fromUtf8(field));
    return list;
}

} // namespace

TEST(CsvWriter, WritesBomQuotingAndCrlf)
{
    const QByteArray bytes = write({ row({ "客户", "note" }), row({ "a,b", "say \"hi\"\nbye" }) });
    EXPECT_EQ(bytes,
        QByteArray("\xEF\xBB\xBF") + QString::fromUtf8("客户,note\r\n").toUtf8()
            + "\"a,b\",\"say \"\"hi\"\"\nbye\"\r\n");
}

TEST(CsvWriter, QuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(
        CsvWriter::formatField(QStringLiteral("plain text"), QLatin1Char(','), true), QStringLiteral("plain text"));
    EXPECT_EQ(CsvWriter::formatField(QStringLiteral("a;b"), QLatin1Char(','), true), QStringLiteral("a;b"));
    EXPECT_EQ(CsvWriter::formatField(QStringLiteral("a;b"), QLatin1Char(';'), true), QStringLiteral("\"a;b\""));
    EXPECT_EQ(
        CsvWriter::formatField(QStringLiteral("cr\rhere"), QLatin1Char(','), true), QStringLiteral("\"cr\rhere\""));
}

TEST(CsvWriter, NeutralisesFormulas)
{
    for (const char *cell : { "=SUM(A1:A9)", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "-", "+", "-1e5", "-.5", "-12.",
             "-1,234.5", "=1" }) {
        EXPECT_TRUE(CsvWriter::isFormulaLike(QString::fromUtf8(cell))) << cell;
    }
    for (const char *cell : { "", "-12.5", "-3", "+42", "+0.25", "12", "a=b", "'=x", "销售额" })
        EXPECT_FALSE(CsvWriter::isFormulaLike(QString::fromUtf8(cell))) << cell;
    EXPECT_EQ(CsvWriter::formatField(QStringLiteral("=HYPERLINK(\"x\")"), QLatin1Char(','), true),
        QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    EXPECT_EQ(CsvWriter::formatField(QStringLiteral("-12.5"), QLatin1Char(','), true), QStringLiteral("-12.5"));
    EXPECT_EQ(CsvWriter::formatField(QStringLiteral("=1"), QLatin1Char(','), false), QStringLiteral("=1"));
}

TEST(CsvWriter, OptionsWithoutBomAndWithSemicolons)
{
    CsvWriter::Options options;
    options.separator = QLatin1Char(';');
    options.byteOrderMark = false;
    EXPECT_EQ(write({ row({ "a", "1,5" }), row({ "b;c", "2" }) }, options), QByteArray("a;1,5\r\n\"b;c\";2\r\n"));
}

TEST(CsvWriter, ReportsDeviceErrors)
{
    QBuffer closed;
    CsvWriter writer(closed);
    EXPECT_FALSE(writer.writeRow(row({ "a" })));
}

TEST(CsvWriter, RoundTripGivesTheSameFields)
{
    const QList<QStringList> rows {
        row({ "销售额", "客户", "日期" }),
        row({ "1200", "张三", "2026-01-05" }),
        row({ "say \"hi\"", "two\r\nlines", "lf\nonly" }),
        row({ "", "  padded  ", "," }),
        row({ "=SUM(A1:A2)", "-12.5", "@cmd" }),
    };
    CsvReader reader(write(rows), {});
    QList<QStringList> read;
    CsvRecord record;
    while (reader.next(record))
        read.append(record.fields);
    ASSERT_FALSE(reader.problem()) << reader.problem()->message.toStdString();
    EXPECT_EQ(reader.encoding(), QStringLiteral("UTF-8"));
    QList<QStringList> expected = rows;
    expected[4] = row({ "'=SUM(A1:A2)", "-12.5", "'@cmd" }); // neutralised on the way out
    EXPECT_EQ(read, expected);
}
