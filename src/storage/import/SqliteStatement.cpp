#include "storage/import/SqliteStatement.h"

#include "storage/StorageError.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace attain::storage::import {

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    const QVariant value = db.driver() ? db.driver()->handle() : QVariant();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        throw StorageError(QStringLiteral("the import needs the QSQLITE driver"));
    sqlite3 *handle = *static_cast<sqlite3 *const *>(value.constData());
    if (!handle)
        throw StorageError(QStringLiteral("the database connection is closed"));
    return handle;
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql) : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr) != SQLITE_OK)
        throw StorageError(QStringLiteral("Cannot prepare SQL (%1): %2")
                               .arg(sql, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindNull(int index)
{
    if (m_stepped)
        reset();
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindInt(int index, std::int64_t value)
{
    if (m_stepped)
        reset();
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindText(int index, const QString &value)
{
    if (m_stepped)
        reset();
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindText(int index, std::string_view value)
{
    if (m_stepped)
        reset();
    sqlite3_bind_text(m_statement, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, std::span<const std::uint8_t> bytes)
{
    if (m_stepped)
        reset();
    sqlite3_bind_blob(m_statement, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
}

bool SqliteStatement::step()
{
    if (m_stepped)
        reset();
    m_stepped = true;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    reset();
    throw StorageError(message);
}

bool SqliteStatement::next()
{
    if (m_done)
        reset();
    m_stepped = true;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        m_done = true;
        return false;
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    reset();
    throw StorageError(message);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    m_stepped = false;
    m_done = false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::int64_t SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::string_view SqliteStatement::columnText(int column) const
{
    // The bytes as stored (UTF-8): unlike sqlite3_column_text, no copy to add a terminating NUL.
    const auto *text = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return text ? std::string_view(text, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)))
                : std::string_view();
}

QString SqliteStatement::columnString(int column) const
{
    const std::string_view text = columnText(column);
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::span<const std::uint8_t> SqliteStatement::columnBlob(int column) const
{
    const auto *bytes = static_cast<const std::uint8_t *>(sqlite3_column_blob(m_statement, column));
    return bytes ? std::span<const std::uint8_t>(bytes, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)))
                 : std::span<const std::uint8_t>();
}

} // namespace attain::storage::import
