#include "storage/SqliteQuery.h"

#include "storage/StorageError.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace attain::storage {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant value = db.driver() ? db.driver()->handle() : QVariant();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        throw StorageError(QStringLiteral("reading the sales needs the QSQLITE driver"));
    sqlite3 *handle = *static_cast<sqlite3 *const *>(value.constData());
    if (!handle)
        throw StorageError(QStringLiteral("the database connection is closed"));
    return handle;
}

} // namespace

SqliteQuery::SqliteQuery(const QSqlDatabase &db, const char *sql)
    : m_db(handleOf(db))
    , m_sql(sql)
{
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        throw StorageError(QStringLiteral("Cannot prepare SQL (%1): %2")
                               .arg(QString::fromUtf8(sql), QString::fromUtf8(sqlite3_errmsg(m_db))));
}

SqliteQuery::~SqliteQuery()
{
    sqlite3_finalize(m_statement);
}

bool SqliteQuery::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw StorageError(QStringLiteral("SQL failed (%1): %2")
                           .arg(QString::fromUtf8(m_sql), QString::fromUtf8(sqlite3_errmsg(m_db))));
}

bool SqliteQuery::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::int64_t SqliteQuery::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::string_view SqliteQuery::text(int column) const
{
    // Text before bytes: sqlite3_column_bytes gives the size of the converted value.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return { data, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)) };
}

QString SqliteQuery::string(int column) const
{
    const std::string_view bytes = text(column);
    return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

} // namespace attain::storage
