#pragma once

// The records a rep data pack carries (docs/data-formats.md, "Rep data packs"), as JSON
// objects keyed by column name: read from a database, written to one, and hashed in one
// canonical form so that a pack, the manager's row and the version last merged (sync_base)
// can be compared field by field.

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>
#include <span>
#include <vector>

namespace attain::storage::pack {

enum class RecordKind { Customer, Deal, Activity, Feedback };

enum class ColumnType { Text, Integer, Date };

struct ColumnSpec
{
    const char *name;
    ColumnType type;
    bool required;     ///< a null or missing value is an error in a pack
    bool emptyIfNull;  ///< NOT NULL DEFAULT '' columns: a missing value is ''
};

/// "customer", "deal", "activity", "feedback": the pack's and sync_base's record_kind.
[[nodiscard]] QString kindKey(RecordKind kind);
/// The table holding `kind`'s rows.
[[nodiscard]] QString tableOf(RecordKind kind);
/// The columns of `kind` in a pack, id first (a deal's "credits" array comes on top).
[[nodiscard]] std::span<const ColumnSpec> columnsOf(RecordKind kind);
/// The column naming the rep a record belongs to (empty for customers).
[[nodiscard]] QString repColumnOf(RecordKind kind);

/// Every column of `kind` with its typed value (null when missing), a deal's credits sorted
/// by rep: two records with the same content have the same canonical form.
[[nodiscard]] QJsonObject canonical(RecordKind kind, const QJsonObject &record);
/// A SHA-256 over the canonical form without updated_at (an edit time is not content).
[[nodiscard]] QString contentHash(RecordKind kind, const QJsonObject &record);
/// The names of the fields (credits included) whose canonical values differ, updated_at excluded.
[[nodiscard]] QStringList differingFields(RecordKind kind, const QJsonObject &a, const QJsonObject &b);

/// The rows of `kind` matching `where` (SQL over the table's columns with ? parameters), ordered
/// by id. Throws StorageError.
[[nodiscard]] std::vector<QJsonObject> readRecords(const QSqlDatabase &db, RecordKind kind, const QString &where,
                                                   const QVariantList &parameters = {});
/// The row of `kind` with `id`, if any.
[[nodiscard]] std::optional<QJsonObject> readRecord(const QSqlDatabase &db, RecordKind kind, const QString &id);
/// Inserts `record` (exists = false) or overwrites every column of the row with its id (a deal's
/// credits replaced). Throws StorageError.
void writeRecord(const QSqlDatabase &db, RecordKind kind, const QJsonObject &record, bool exists);

} // namespace attain::storage::pack
