#pragma once

#include "storage/import/ColumnMapping.h"
#include "storage/import/ImportRow.h"
#include "storage/import/SqliteStatement.h"

#include <QSqlDatabase>

#include <optional>

namespace attain::storage::import {

/// The statements of one import, prepared once from ImportSchema's column list and reused
/// for every row: an existence check, an insert, an update of an existing id, and the
/// creation of customers named by deals.
class ImportWriter
{
public:
    /// `write` false: only existence checks are prepared (a dry run writes nothing).
    ImportWriter(const QSqlDatabase &db, const ColumnMapping &mapping, bool write);

    /// True when a row with this id is stored.
    [[nodiscard]] bool exists(const QString &id);
    /// Inserts or updates `row`; true when it was inserted. Throws StorageError.
    bool upsert(const ImportRow &row);
    void createCustomer(const QString &id, const QString &name);
    void createCustomerGroup(const QString &id, const QString &name);

private:
    static void bind(SqliteStatement &statement, const ImportRow &row);

    sqlite3 *m_handle;
    SqliteStatement m_exists;
    std::optional<SqliteStatement> m_insert, m_update, m_customer, m_group;
};

} // namespace attain::storage::import
