#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>

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
    /// Steps once; true when a row is available. Throws StorageError on failure, after which
    /// the statement is reset. Resets itself before each new execution.
    bool step();
    /// Rows changed by the last completed step (sqlite3_changes).
    [[nodiscard]] int changes() const;
    void reset();

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_stepped = false;
};

} // namespace attain::storage::import
