#include "storage/SqlHelpers.h"

#include "storage/StorageError.h"

#include <QSqlError>

namespace attain::storage {

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw StorageError(QStringLiteral("Cannot prepare SQL (%1): %2").arg(sql, query.lastError().text()));
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw StorageError(QStringLiteral("SQL failed (%1): %2").arg(query.lastQuery(), query.lastError().text()));
}

void execStatement(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw StorageError(QStringLiteral("SQL failed (%1): %2").arg(sql, query.lastError().text()));
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

std::optional<QString> textOf(const QSqlDatabase &db, const QString &sql, const QString &id)
{
    QSqlQuery query = prepare(db, sql);
    query.addBindValue(id);
    exec(query);
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw StorageError(QStringLiteral("SQL failed (%1): %2").arg(sql, query.lastError().text()));
    return query.next() ? query.value(0) : QVariant();
}

QString toSqlDate(engine::Date date)
{
    return QString::fromStdString(engine::toIsoString(date));
}

QVariant toSqlDate(const std::optional<engine::Date> &date)
{
    return date ? QVariant(toSqlDate(*date)) : QVariant(QMetaType::fromType<QString>());
}

QString fromUtf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace attain::storage
