// CsvReader throughput: rows × 10 columns of CRM-like text (numbers, dates, names, some quoted
// fields with commas), parsed into records. Build in release: ./build/release/bin/attain-csv-bench
#include "storage/CsvReader.h"
#include "storage/CsvWriter.h"

#include <benchmark/benchmark.h>

#include <QBuffer>

namespace {

QByteArray makeCsv(int rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    attain::storage::CsvWriter writer(buffer);
    writer.writeRow({ QStringLiteral("id"), QStringLiteral("rep"), QStringLiteral("customer"), QStringLiteral("amount"),
        QStringLiteral("currency"), QStringLiteral("stage"), QStringLiteral("created"), QStringLiteral("closed"),
        QStringLiteral("channel"), QStringLiteral("note") });
    for (int i = 0; i < rows; ++i) {
        writer.writeRow({ QString::number(100000 + i), QStringLiteral("rep-%1").arg(i % 200),
            i % 3 == 0 ? QStringLiteral("Acme, Inc.") : QString::fromUtf8("上海贸易有限公司"),
            QString::number((i * 7919) % 1000000), QStringLiteral("CNY"), QStringLiteral("won"),
            QStringLiteral("2026-01-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')),
            QStringLiteral("2026-02-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')), QStringLiteral("direct"),
            i % 10 == 0 ? QStringLiteral("said \"yes\"") : QString() });
    }
    return bytes;
}

void BM_CsvRead(benchmark::State &state)
{
    const QByteArray csv = makeCsv(static_cast<int>(state.range(0)));
    qint64 records = 0;
    for (auto _ : state) {
        attain::storage::CsvReader reader(csv, {});
        attain::storage::CsvRecord record;
        while (reader.next(record))
            ++records;
        if (reader.problem())
            state.SkipWithError("problem");
    }
    state.SetBytesProcessed(state.iterations() * csv.size());
    state.counters["MB"] = static_cast<double>(csv.size()) / 1e6;
    benchmark::DoNotOptimize(records);
}

} // namespace

BENCHMARK(BM_CsvRead)->Arg(1000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
