#pragma once

#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace attain::storage {

/// A read-only query through the raw sqlite3 API on a QSQLITE connection's handle. Loads of
/// millions of rows read integers and UTF-8 bytes in place: Qt Sql's QVariant and QString per
/// value cost more than SQLite itself.
class SqliteQuery
{
public:
    /// Prepares `sql` (kept for error messages: a literal) on `db`'s handle; throws
    /// StorageError for another driver, a closed connection or SQL that does not prepare.
    SqliteQuery(const QSqlDatabase &db, const char *sql);
    ~SqliteQuery();
    SqliteQuery(const SqliteQuery &) = delete;
    SqliteQuery &operator=(const SqliteQuery &) = delete;

    /// Steps to the next row: true when there is one. Throws StorageError on failure.
    bool next();
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t integer(int column) const;
    /// The value as UTF-8 bytes, valid until the next next(); empty for NULL.
    [[nodiscard]] std::string_view text(int column) const;
    [[nodiscard]] QString string(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    const char *m_sql;
};

} // namespace attain::storage
