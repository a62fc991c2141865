// CsvReader on the bad-CSV corpus (tests/data/csv) and on inline edge cases: exact records or
// the exact problem line, column and message.
#include "storage/CsvReader.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QStringDecoder>

#include <optional>
#include <vector>

using attain::storage::CsvProblem;
using attain::storage::CsvReader;
using attain::storage::CsvRecord;

namespace {

struct Read
{
    std::vector<CsvRecord> records;
    std::optional<CsvProblem> problem;
    QString encoding;
    QChar separator;
};

Read readBytes(const QByteArray &data, const CsvReader::Options &options = {})
{
    CsvReader reader(data, options);
    Read read;
    CsvRecord record;
    while (reader.next(record))
        read.records.push_back(record);
    read.problem = reader.problem();
    read.encoding = reader.encoding();
    read.separator = reader.separator();
    return read;
}

QByteArray corpus(const char *name)
{
    QFile file(QStringLiteral(ATTAIN_CSV_CORPUS "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "cannot open " << name;
    return file.readAll();
}

Read readFile(const char *name, const CsvReader::Options &options = {})
{
    return readBytes(corpus(name), options);
}

QStringList fields(std::initializer_list<const char *> utf8)
{
    QStringList list;
    for (const char *field : utf8)
        list.append(QString::fromUtf8(field));
    return list;
}

void expectProblem(const Read &read, qint64 line, int column, const char *message)
{
    ASSERT_TRUE(read.problem.has_value());
    EXPECT_EQ(read.problem->line, line);
    EXPECT_EQ(read.problem->column, column);
    EXPECT_EQ(read.problem->message.toStdString(), message);
}

} // namespace

TEST(CsvReader, QtDecodesGb18030)
{
    QStringDecoder decoder("GB18030");
    ASSERT_TRUE(decoder.isValid());
    EXPECT_EQ(decoder.decode(QByteArray("\xCF\xFA\xCA\xDB\xB6\xEE")), QString::fromUtf8("销售额"));
}

TEST(CsvReader, GbkIsDetected)
{
    const Read read = readFile("gbk_chinese.csv");
    ASSERT_FALSE(read.problem) << read.problem->message.toStdString();
    EXPECT_EQ(read.encoding, QStringLiteral("GB18030"));
    ASSERT_EQ(read.records.size(), 2U);
    EXPECT_EQ(read.records[0].fields, fields({ "销售额", "客户", "日期" }));
    EXPECT_EQ(read.records[1].fields, fields({ "1200", "张三", "2026-01-05" }));
    EXPECT_EQ(read.records[1].line, 2);
}

TEST(CsvReader, GbkDeclaredAsUtf8IsAnError)
{
    const Read read = readFile("gbk_chinese.csv", { std::nullopt, QStringLiteral("UTF-8") });
    expectProblem(read, 1, 1, "bytes that are not valid UTF-8");
    EXPECT_TRUE(read.records.empty());
}

TEST(CsvReader, BytesThatAreNeitherUtf8NorGb18030)
{
    expectProblem(readFile("not_gb18030.csv"), 2, 3, "bytes that are neither UTF-8 nor GB18030");
}

TEST(CsvReader, UnknownEncoding)
{
    expectProblem(readBytes("a,b\n", { std::nullopt, QStringLiteral("no-such-encoding") }), 0, 0,
        "unknown encoding \"no-such-encoding\"");
}

TEST(CsvReader, RaggedRowsAreLeftToTheImporter)
{
    const Read read = readFile("ragged_rows.csv");
    ASSERT_FALSE(read.problem);
    ASSERT_EQ(read.records.size(), 3U);
    EXPECT_EQ(read.records[1].fields, fields({ "1", "Acme" }));
    EXPECT_EQ(read.records[2].fields, fields({ "2", "Globex", "300", "extra" }));
}

TEST(CsvReader, UnterminatedQuoteIsReportedWhereTheFieldStarts)
{
    const Read read = readFile("unterminated_quote.csv");
    expectProblem(read, 3, 3, "unterminated quoted field");
    EXPECT_EQ(read.records.size(), 2U); // the records before it were read
}

TEST(CsvReader, CharactersAfterAClosingQuote)
{
    expectProblem(readFile("junk_after_quote.csv"), 2, 9, "characters after a closing quote");
}

TEST(CsvReader, QuoteInsideAnUnquotedField)
{
    expectProblem(readFile("quote_in_unquoted.csv"), 2, 5, "a quote inside an unquoted field");
}

TEST(CsvReader, ColumnsCountCharactersNotBytes)
{
    expectProblem(readBytes(QString::fromUtf8("客户,\"张三\"x\n").toUtf8()), 1, 8, "characters after a closing quote");
}

TEST(CsvReader, EmptyFile)
{
    expectProblem(readFile("empty.csv"), 0, 0, "the file is empty");
    expectProblem(readBytes("\xEF\xBB\xBF"), 0, 0, "the file is empty");
}

TEST(CsvReader, WhitespaceOnlyFile)
{
    expectProblem(readFile("whitespace_only.csv"), 0, 0, "the file contains only whitespace");
}

TEST(CsvReader, BinaryFile)
{
    expectProblem(readFile("binary.csv"), 0, 0, "not a text file (it contains NUL bytes or control characters)");
    expectProblem(readBytes(QByteArray(100, '\x01') + "a,b\n"), 0, 0,
        "not a text file (it contains NUL bytes or control characters)");
}

TEST(CsvReader, SemicolonSeparated)
{
    const Read read = readFile("semicolon.csv");
    ASSERT_FALSE(read.problem);
    EXPECT_EQ(read.separator, QLatin1Char(';'));
    ASSERT_EQ(read.records.size(), 3U);
    EXPECT_EQ(read.records[1].fields, fields({ "Müller", "1,5" }));
    EXPECT_EQ(read.records[2].fields, fields({ "Schmidt", "2,25" }));
}

TEST(CsvReader, TabSeparated)
{
    const Read read = readFile("tab.csv");
    ASSERT_FALSE(read.problem);
    EXPECT_EQ(read.separator, QLatin1Char('\t'));
    ASSERT_EQ(read.records.size(), 3U);
    EXPECT_EQ(read.records[1].fields, fields({ "1", "Acme, Inc.", "100" }));
}

TEST(CsvReader, ExplicitSeparatorWins)
{
    const Read read = readFile("semicolon.csv", { QLatin1Char(','), std::nullopt });
    ASSERT_FALSE(read.problem);
    EXPECT_EQ(read.records[1].fields, fields({ "Müller;1", "5" }));
}

TEST(CsvReader, SeparatorTieIsComma)
{
    EXPECT_EQ(readBytes("a,b;c\n").separator, QLatin1Char(','));
    EXPECT_EQ(readBytes("single column\n").separator, QLatin1Char(','));
}

TEST(CsvReader, Utf8WithBom)
{
    const Read read = readFile("utf8_bom.csv");
    ASSERT_FALSE(read.problem);
    EXPECT_EQ(read.encoding, QStringLiteral("UTF-8"));
    ASSERT_EQ(read.records.size(), 2U);
    EXPECT_EQ(read.records[0].fields, fields({ "name", "city" })); // no BOM in the first header
    EXPECT_EQ(read.records[1].fields, fields({ "Zoë", "Zürich" }));
}

TEST(CsvReader, Utf16LeWithBom)
{
    const Read read = readFile("utf16le_bom.csv");
    ASSERT_FALSE(read.problem) << read.problem->message.toStdString();
    EXPECT_EQ(read.encoding, QStringLiteral("UTF-16LE"));
    ASSERT_EQ(read.records.size(), 2U);
    EXPECT_EQ(read.records[0].fields, fields({ "name", "amount" }));
    EXPECT_EQ(read.records[1].fields, fields({ "王五", "88" }));
    EXPECT_EQ(read.records[1].line, 2);
}

TEST(CsvReader, QuotedFieldWithNewlineAndDoubledQuotes)
{
    const Read read = readFile("multiline_quoted.csv");
    ASSERT_FALSE(read.problem);
    ASSERT_EQ(read.records.size(), 3U);
    EXPECT_EQ(read.records[1].fields, fields({ "1", "line one\r\nline \"two\"" }));
    EXPECT_EQ(read.records[1].line, 2);
    EXPECT_EQ(read.records[2].fields, fields({ "2", "plain" }));
    EXPECT_EQ(read.records[2].line, 4); // the quoted field spans lines 2 and 3
}

TEST(CsvReader, ChineseHeadersAndBlankLines)
{
    const Read read = readFile("chinese_headers.csv");
    ASSERT_FALSE(read.problem);
    ASSERT_EQ(read.records.size(), 3U);
    EXPECT_EQ(read.records[0].fields, fields({ "销售额", "客户", "日期" }));
    EXPECT_EQ(read.records[2].fields, fields({ "3400", "李四", "2026-02-10" }));
    EXPECT_EQ(read.records[2].line, 4); // line 3 is blank and skipped
}

TEST(CsvReader, SpacesArePartOfFieldsAndEmptyFieldsAreKept)
{
    const Read read = readBytes("  a , b\n,,\n   \n\"\"\n");
    ASSERT_FALSE(read.problem);
    ASSERT_EQ(read.records.size(), 2U);
    EXPECT_EQ(read.records[0].fields, fields({ "  a ", " b" }));
    EXPECT_EQ(read.records[1].fields, fields({ "", "", "" }));
}

TEST(CsvReader, LineEndingsAndNoFinalNewline)
{
    const Read read = readBytes("a,b\rc,d\r\ne,f\ng,\"h\"");
    ASSERT_FALSE(read.problem);
    ASSERT_EQ(read.records.size(), 4U);
    EXPECT_EQ(read.records[1].fields, fields({ "c", "d" }));
    EXPECT_EQ(read.records[3].fields, fields({ "g", "h" }));
    EXPECT_EQ(read.records[3].line, 4);
}

TEST(CsvReader, UnterminatedQuoteInALaterField)
{
    expectProblem(readBytes("a,b\nx,y,\"open\nmore"), 2, 5, "unterminated quoted field");
}

TEST(CsvReader, UnsupportedSeparator)
{
    expectProblem(readBytes("a,b\n", { QChar(0x3001), std::nullopt }), 0, 0,
        "unsupported separator (use an ASCII character other than a quote or a line break)");
}

// Found by the fuzzer: a second U+FEFF is text (Qt would drop it), and a UTF-16 file with an
// odd number of bytes is truncated, not silently shortened.
TEST(CsvReader, OnlyTheFirstByteOrderMarkIsSkipped)
{
    const Read read = readBytes("\xEF\xBB\xBF\xEF\xBB\xBF"
                                "a,b\n");
    ASSERT_FALSE(read.problem);
    ASSERT_EQ(read.records.size(), 1U);
    EXPECT_EQ(read.records[0].fields, QStringList({ QChar(0xFEFF) + QStringLiteral("a"), QStringLiteral("b") }));
    const Read wide = readBytes(QByteArray("\xFE\xFF\xFE\xFF\x00\x61", 6));
    ASSERT_FALSE(wide.problem);
    EXPECT_EQ(wide.records[0].fields, QStringList({ QChar(0xFEFF) + QStringLiteral("a") }));
}

TEST(CsvReader, TruncatedLastCharacterIsAnError)
{
    expectProblem(
        readBytes(QByteArray("\xFE\xFF\x00\x61\x00\x0A\x00", 7)), 2, 1, "bytes that are neither UTF-8 nor GB18030");
    expectProblem(readBytes("a,\xCF"), 1, 3, "bytes that are neither UTF-8 nor GB18030");
}
