#pragma once

#include "storage/CsvRecord.h"
#include "storage/import/ImportKind.h"
#include "storage/import/ImportOptions.h"
#include "storage/import/ImportReport.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace attain::storage::import {

/// Imports CSV records of one kind into an open Attain database. Records come from any source
/// (the CSV reader, a test, a generator), so the importer is tested without files.
///
/// Every row is validated; a real import is one transaction that writes nothing when any row
/// has a problem, unless skipBadLines, which writes the good rows and lists the others. Rows
/// are upserted by id: the file's id column, or a stable hash of the row's natural key, so
/// importing the same file twice inserts nothing the second time.
class Importer
{
public:
    /// Fills `record` with the next record; false at the end.
    using RecordSource = std::function<bool(CsvRecord &record)>;
    /// After the last record: the problem that ended the source early (a malformed file), if any.
    using SourceProblem = std::function<std::optional<CsvProblem>()>;

    explicit Importer(QSqlDatabase db);

    [[nodiscard]] ImportReport run(ImportKind kind, const CsvRecord &header, const RecordSource &next,
                                   const ImportOptions &options, const SourceProblem &sourceProblem = {});

private:
    QSqlDatabase m_db;
};

} // namespace attain::storage::import
