#pragma once

#include "storage/pack/PackFormat.h"

#include <QSqlDatabase>
#include <QString>

namespace attain::storage::pack {

/// What exportPack wrote.
struct PackExportResult
{
    QString packId;
    QString repName;
    int customers = 0, deals = 0, activities = 0, feedback = 0;
};

/// The rep's records in `db` as a pack (not yet written): the deals the rep owns with their
/// credit splits, the rep's activities and feedback, and every customer these refer to.
[[nodiscard]] RepPack buildPack(const QSqlDatabase &db, const QString &repId);

/// Writes the pack of `repId` (empty: the rep whose rep database `db` is) to `path`, through
/// `path.part` renamed into place, so a failed export never leaves half a pack. Throws StorageError.
PackExportResult exportPack(const QSqlDatabase &db, const QString &path, const QString &repId = {});

} // namespace attain::storage::pack
