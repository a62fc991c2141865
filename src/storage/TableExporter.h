#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace attain::storage {

/// Exports one table of a database as CSV (CsvWriter: UTF-8 with BOM, formulas neutralised).
class TableExporter
{
public:
    /// The tables of the schema (sqlite_master, without SQLite's own), sorted: the only names
    /// exportTable() accepts, so user input never reaches SQL unchecked.
    [[nodiscard]] static QStringList tables(const QSqlDatabase &db);

    /// Writes `table` to `outPath`: a header of column names, then every row in rowid order;
    /// NULL is an empty cell. Written to `outPath.part` and renamed over `outPath` only when
    /// complete, so a failed export never leaves a truncated file. Returns the number of rows;
    /// throws StorageError for an unknown table, a database or a file error.
    static qint64 exportTable(const QSqlDatabase &db, const QString &table, const QString &outPath);
};

} // namespace attain::storage
