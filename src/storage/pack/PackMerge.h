#pragma once

// Importing a rep's data pack into the manager's database (docs/data-formats.md, "Rep data
// packs"): validated first, then merged three-way against sync_base in one transaction.

#include "storage/Actor.h"
#include "storage/pack/PackFormat.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace attain::storage::pack {

/// A record edited both in the manager's database and by the rep since it was last merged.
struct MergeConflict
{
    RecordKind kind = RecordKind::Activity;
    QString recordId;
    QString label;        ///< "activity 3 (id …)"
    QJsonObject local;    ///< canonical: every field
    QJsonObject incoming; ///< canonical: every field
    QStringList fields;   ///< the fields that differ (updated_at not counted)
};

enum class ConflictChoice { KeepLocal, TakeIncoming, Cancel };

/// Asked once per conflict, inside the import's transaction: Cancel rolls the whole import back.
using ConflictResolver = std::function<ConflictChoice(const MergeConflict &)>;

struct PackImportOptions
{
    /// Merge and count, ask the resolver, then roll everything back (a preview).
    bool dryRun = false;
    /// (records done, records in the pack); called from the importing thread.
    std::function<void(int, int)> progress;
};

struct PackImportResult
{
    enum class Status { Imported, AlreadyImported, Cancelled, DryRun };
    Status status = Status::Imported;
    QString packId, repId, repName, exportedAt;
    QString previousImportAt; ///< AlreadyImported: when it was imported
    int inserted = 0;         ///< records new to this database
    int newCustomers = 0;     ///< customers created on the laptop
    int updated = 0;          ///< changed only by the rep: the rep's version taken
    int unchanged = 0;        ///< identical on both sides
    int keptLocal = 0;        ///< changed only here since the rep got it: this database's version kept
    int conflictsKeptLocal = 0;
    int conflictsTookIncoming = 0;
    std::vector<MergeConflict> conflicts; ///< every conflict met, in pack order

    [[nodiscard]] int conflictCount() const { return conflictsKeptLocal + conflictsTookIncoming; }
};

/// Reads and parses the pack at `path` (parsePack's checks). Throws StorageError.
[[nodiscard]] RepPack readPackFile(const QString &path);

/// Checks the pack against `db`: its rep exists, each record belongs to that rep, and every
/// customer, deal, rep and organisation unit a record refers to is in the pack or in `db`.
/// Throws StorageError naming the record.
void validatePack(const QSqlDatabase &db, const RepPack &pack);

/// Imports the pack at `path` into the manager's database `db` (only a manager may): nothing is
/// written unless the whole pack is valid and every conflict is decided. A pack imported
/// before (same pack_id) changes nothing (Status::AlreadyImported). Deletions on either side
/// are not propagated. Throws StorageError.
PackImportResult importPack(const QSqlDatabase &db, const QString &path, const Actor &actor,
                            const ConflictResolver &resolver, const PackImportOptions &options = {});

} // namespace attain::storage::pack
