// libFuzzer target: arbitrary bytes into CsvReader, every record read. Besides crashes and
// sanitizer reports it checks two properties: line numbers never go backwards, and whatever
// was read survives a CsvWriter → CsvReader round trip unchanged.
#include "storage/CsvReader.h"
#include "storage/CsvWriter.h"

#include <QBuffer>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <optional>

using attain::storage::CsvReader;
using attain::storage::CsvRecord;
using attain::storage::CsvWriter;

namespace {

QList<QStringList> readAll(const QByteArray &data, const CsvReader::Options &options, bool &ok)
{
    CsvReader reader(data, options);
    QList<QStringList> records;
    CsvRecord record;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        if (record.line <= lastLine || record.fields.isEmpty())
            std::abort();
        lastLine = record.line;
        records.append(record.fields);
    }
    ok = !reader.problem();
    if (reader.problem() && (reader.problem()->line < 0 || reader.problem()->column < 0))
        std::abort();
    return records;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QByteArray data(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
    // Detection on every input; the explicit encodings take turns so their paths are fuzzed too.
    static const std::array<std::optional<QString>, 4> encodings { std::nullopt, QStringLiteral("UTF-8"),
        QStringLiteral("GB18030"), QStringLiteral("UTF-16LE") };
    bool ok = false;
    const QList<QStringList> records = readAll(data, {}, ok);
    bool ignored = false;
    (void)readAll(data, { std::nullopt, encodings[size % encodings.size()] }, ignored);
    if (!ok || records.isEmpty())
        return 0;

    QByteArray written;
    QBuffer buffer(&written);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter::Options writerOptions;
    writerOptions.neutraliseFormulas = false;
    CsvWriter writer(buffer, writerOptions);
    for (const QStringList &record : records)
        writer.writeRow(record);
    bool reread = false;
    const QList<QStringList> again = readAll(written, { QChar(u','), QStringLiteral("UTF-8") }, reread);
    // Re-reading may only fail where the text itself is dubious (many control characters).
    if (reread && again != records)
        std::abort();
    return 0;
}
