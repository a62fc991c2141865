#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <span>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace attain::storage::import {

/// A raw SQLite prepared statement on a Qt connection's handle. The importer binds and steps
/// a million rows; Qt Sql's QVariant round trip per value costs more than SQLite itself.
class SqliteStatement
{
public:
    /// The sqlite3 handle behind a QSQLITE connection; throws StorageError for other drivers.
    [[nodiscard]] static sqlite3 *handle(const QSqlDatabase &db);

    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bindNull(int index);
    void bindInt(int index, std::int64_t value);
    void bindText(int index, const QString &value);
    void bindText(int index, std::string_view value);
    void bindBlob(int index, std::span<const std::uint8_t> bytes);
    /// Steps once; true when a row is available. Throws StorageError on failure, after which
    /// the statement is reset. Resets itself before each new execution.
    bool step();
    /// Steps to the next row of a query that returns several; false after the last one. A new
    /// execution starts with the next bind, step(), or next() after the end.
    bool next();
    /// Rows changed by the last completed step (sqlite3_changes).
    [[nodiscard]] int changes() const;
    void reset();

    // The current row's values (after step() returned true); views stay valid until the next step.
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t columnInt(int column) const;
    /// UTF-8 text; empty for NULL.
    [[nodiscard]] std::string_view columnText(int column) const;
    [[nodiscard]] QString columnString(int column) const;
    [[nodiscard]] std::span<const std::uint8_t> columnBlob(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_stepped = false;
    bool m_done = false;
};

} // namespace attain::storage::import
