#pragma once

#include "engine/Date.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace attain::storage {

/// Prepares `sql` on `db`; throws StorageError with the driver's message on failure.
[[nodiscard]] QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);
/// Executes a prepared query; throws StorageError on failure.
void exec(QSqlQuery &query);
/// Executes one statement without parameters (DDL, PRAGMA); throws StorageError on failure.
void execStatement(const QSqlDatabase &db, const QString &sql);
/// Runs a single-value query and returns the value (invalid QVariant when no row).
[[nodiscard]] QVariant scalar(const QSqlDatabase &db, const QString &sql);

/// NULL for an empty text (optional columns), else the text.
[[nodiscard]] QVariant nullIfEmpty(const QString &text);
/// The first column of the first row `sql` returns for the one bound value `id`, as text, or
/// nullopt when there is no row (does the row exist, and what is its name).
[[nodiscard]] std::optional<QString> textOf(const QSqlDatabase &db, const QString &sql, const QString &id);

[[nodiscard]] QString toSqlDate(engine::Date date);
[[nodiscard]] QVariant toSqlDate(const std::optional<engine::Date> &date);
[[nodiscard]] QString fromUtf8(const std::string &text);

} // namespace attain::storage
