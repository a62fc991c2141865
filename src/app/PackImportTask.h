#pragma once

#include "storage/Actor.h"
#include "storage/pack/PackMerge.h"

#include <QString>

#include <optional>

class QWidget;

namespace attain::ui {

struct PackImportOutcome
{
    std::optional<storage::pack::PackImportResult> result; ///< none when the import failed
    QString error;                                         ///< why, for the user
};

/// Imports the rep data pack at `packPath` into the database at `databasePath` on a worker thread
/// (its own connection) behind a progress dialog: first a preview that validates the pack and
/// counts its conflicts, then the merge, which asks about each conflict with a
/// MergeConflictDialog on the GUI thread. Nothing is written when it fails or is cancelled.
PackImportOutcome importPackWithProgress(QWidget *parent, const QString &databasePath, const QString &packPath,
                                         const storage::Actor &actor);

/// "12 new, 3 updated, 40 unchanged, 1 conflict kept yours" and the like, for the end of an import.
[[nodiscard]] QString packImportSummary(const storage::pack::PackImportResult &result);

} // namespace attain::ui
