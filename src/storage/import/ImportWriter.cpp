#include "storage/import/ImportWriter.h"

#include "storage/import/ImportSchema.h"

#include <QStringList>

namespace attain::storage::import {

namespace {

// Table and column names come from ImportSchema, never from input; values are always bound.
QString insertSql(const ColumnMapping &mapping)
{
    const QList<ImportField> &fields = ImportSchema::fields(mapping.kind());
    QStringList columns, parameters;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        columns.append(fields[i].column);
        parameters.append(QStringLiteral("?%1").arg(i + 1));
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO NOTHING")
        .arg(ImportSchema::table(mapping.kind()), columns.join(QStringLiteral(", ")),
             parameters.join(QStringLiteral(", ")));
}

/// Columns the file maps are overwritten; the others keep their stored value unless the
/// import derived one (a deal's team from its owner), so a narrow file never blanks columns.
QString updateSql(const ColumnMapping &mapping)
{
    const QList<ImportField> &fields = ImportSchema::fields(mapping.kind());
    QStringList assignments;
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const QString &column = fields[i].column;
        assignments.append(mapping.has(static_cast<int>(i))
                               ? QStringLiteral("%1 = ?%2").arg(column).arg(i + 1)
                               : QStringLiteral("%1 = coalesce(?%2, %1)").arg(column).arg(i + 1));
    }
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?1")
        .arg(ImportSchema::table(mapping.kind()), assignments.join(QStringLiteral(", ")));
}

} // namespace

ImportWriter::ImportWriter(const QSqlDatabase &db, const ColumnMapping &mapping, bool write)
    : m_handle(SqliteStatement::handle(db))
    , m_exists(m_handle, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?1").arg(ImportSchema::table(mapping.kind())))
{
    if (!write)
        return;
    m_insert.emplace(m_handle, insertSql(mapping));
    m_update.emplace(m_handle, updateSql(mapping));
    m_customer.emplace(m_handle, QStringLiteral("INSERT INTO customers (id, name) VALUES (?1, ?2) "
                                                "ON CONFLICT (id) DO NOTHING"));
    m_group.emplace(m_handle, QStringLiteral("INSERT INTO customer_groups (id, name) VALUES (?1, ?2) "
                                             "ON CONFLICT DO NOTHING"));
}

void ImportWriter::bind(SqliteStatement &statement, const ImportRow &row)
{
    for (std::size_t i = 0; i < row.values.size(); ++i) {
        const int parameter = static_cast<int>(i) + 1;
        const ImportRow::Value &value = row.values[i];
        if (const auto *number = std::get_if<std::int64_t>(&value))
            statement.bindInt(parameter, *number);
        else if (const auto *text = std::get_if<QString>(&value))
            statement.bindText(parameter, *text);
        else
            statement.bindNull(parameter);
    }
}

bool ImportWriter::exists(const QString &id)
{
    m_exists.bindText(1, id);
    const bool found = m_exists.step();
    m_exists.reset();
    return found;
}

bool ImportWriter::upsert(const ImportRow &row)
{
    bind(*m_insert, row);
    m_insert->step();
    if (m_insert->changes() == 1)
        return true;
    bind(*m_update, row);
    m_update->step();
    return false;
}

void ImportWriter::createCustomerGroup(const QString &id, const QString &name)
{
    m_group->bindText(1, id);
    m_group->bindText(2, name);
    m_group->step();
}

void ImportWriter::createCustomer(const QString &id, const QString &name)
{
    m_customer->bindText(1, id);
    m_customer->bindText(2, name);
    m_customer->step();
}

} // namespace attain::storage::import
