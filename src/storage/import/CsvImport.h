#pragma once

#include "storage/CsvReader.h"
#include "storage/import/ImportKind.h"
#include "storage/import/ImportOptions.h"
#include "storage/import/ImportReport.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace attain::storage::import {

/// Reads `bytes` as CSV (encoding and separator detected unless `csv` says) and imports them.
/// A malformed or truncated file stops the import like a bad row would, and nothing is
/// written even with skipBadLines; an empty file is a problem on line 0.
[[nodiscard]] ImportReport importCsv(const QSqlDatabase &db, const QByteArray &bytes, ImportKind kind,
                                     const ImportOptions &options, const CsvReader::Options &csv = {});

} // namespace attain::storage::import
