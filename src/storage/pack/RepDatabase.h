#pragma once

#include "storage/Actor.h"
#include "storage/pack/FileSettings.h"

#include <QSqlDatabase>
#include <QString>

namespace attain::storage::pack {

/// What createRepDatabase handed out.
struct RepDatabaseResult
{
    RepFileOwner rep;
    int customers = 0;
    int deals = 0; ///< the rep's own deals (deals of others that the rep's activities mention come along read-only)
    int activities = 0;
    int feedback = 0;
    int targets = 0;
};

/// The rep whose id or (exact) name is `idOrName`. Throws StorageError when there is none or
/// when several reps have that name.
[[nodiscard]] RepFileOwner findRep(const QSqlDatabase &db, const QString &idOrName);

/// Creates a rep's personal database at `path` from the manager's database `managerDb`: the
/// organisation, customer groups, customers, exchange rates and workload norms; the rep's own
/// deals (with credit splits), activities and feedback; the rep's own targets (without their
/// parents). file_settings remembers the rep (rep_id, rep_name), so the app opens it as that
/// rep. On the manager's side the version of each handed-out record is kept in sync_base, the
/// base against which the rep's packs are later merged. The file is written as `path.part` and
/// renamed when complete; an existing `path` is never replaced. Only a manager may hand out a
/// rep's data (`actor`). Throws StorageError.
RepDatabaseResult createRepDatabase(const QSqlDatabase &managerDb, const QString &repId, const QString &path,
                                    const Actor &actor);

} // namespace attain::storage::pack
