#include "storage/import/CsvImport.h"

#include "storage/import/Importer.h"

namespace attain::storage::import {

ImportReport importCsv(const QSqlDatabase &db, const QByteArray &bytes, ImportKind kind, const ImportOptions &options,
                       const CsvReader::Options &csv)
{
    CsvReader reader(bytes, csv);
    CsvRecord header;
    if (!reader.next(header)) {
        ImportReport report;
        report.fileBroken = true;
        report.problemCount = 1;
        report.problems.append(reader.problem().value_or(CsvProblem{0, 0, QStringLiteral("the file is empty")}));
        return report;
    }
    return Importer(db).run(
        kind, header, [&reader](CsvRecord &record) { return reader.next(record); }, options,
        [&reader] { return reader.problem(); });
}

} // namespace attain::storage::import
